// Scores the token layer's tags against the hand-tagged samples in test/nlp/data (UPOS, each
// sentence tokenised as wink tokenises it alone). Each sentence is read on its own, as a one-sentence
// article: the corrections get no help from the rest of an article.
import { readFileSync } from "node:fs";
import { tokenizeArticle, type Token } from "../../src/nlp/tokens.ts";

export interface GoldToken { t: string; upos: string; alt?: string; span: [number, number]; lemma?: string; vn?: boolean; ed?: string }
export interface GoldSentence { id: string; kind: "title" | "headline" | "body"; text: string; tokens: GoldToken[] }

export const SAMPLES = ["gold", "heldout", "fresh"] as const;
export type Sample = (typeof SAMPLES)[number];

export function loadSample(name: Sample): GoldSentence[] {
  return (JSON.parse(readFileSync(new URL(`./data/pos-${name}.json`, import.meta.url), "utf8")) as { sentences: GoldSentence[] }).sentences;
}

/** The layer's tokens of one sentence, read as an article of one sentence. */
export function tagSentence(text: string, correct = true): Token[] {
  return tokenizeArticle(text, [{ index: 0, start: 0, end: text.length, text }], { correct })[0]!.tokens;
}

export interface Miss { id: string; text: string; gold: string; got: string; context: string }
export interface Score {
  /** Per category: [right, all]. */
  counts: Record<string, [number, number]>;
  /** Gold tokens inside a word the layer joins at a hyphen ("third-degree"): not scored. */
  joined: number;
  misses: Miss[];
  lemmaMisses: Miss[];
}

export const CATEGORIES = ["all", "words", "caps", "title", "body", "vn", "lemma"] as const;

export function scoreSample(sentences: readonly GoldSentence[], correct = true): Score {
  const counts: Record<string, [number, number]> = Object.fromEntries(CATEGORIES.map((c) => [c, [0, 0]]));
  const score: Score = { counts, joined: 0, misses: [], lemmaMisses: [] };
  const count = (c: string, ok: boolean) => { counts[c]![1]++; if (ok) counts[c]![0]++; };
  for (const s of sentences) {
    const tokens = tagSentence(s.text, correct);
    const at = new Map(tokens.map((t) => [`${t.start}:${t.end}`, t]));
    s.tokens.forEach((g, k) => {
      const t = at.get(`${g.span[0]}:${g.span[1]}`);
      if (!t) { score.joined++; return; }
      const ok = t.pos === g.upos || t.pos === g.alt;
      const context = s.tokens.slice(Math.max(0, k - 3), k + 4).map((x) => (x === g ? `[${x.t}]` : x.t)).join(" ");
      if (!ok) score.misses.push({ id: s.id, text: g.t, gold: g.upos, got: t.pos, context });
      const word = /[\p{L}\p{N}]/u.test(g.t);
      count("all", ok);
      if (word) count("words", ok);
      if (word && /^\p{Lu}/u.test(g.t)) count("caps", ok);
      if (word) count(s.kind === "title" ? "title" : "body", ok);
      if (g.vn) count("vn", ok);
      if (g.lemma) {
        count("lemma", t.lemma === g.lemma);
        if (t.lemma !== g.lemma) score.lemmaMisses.push({ id: s.id, text: g.t, gold: g.lemma, got: t.lemma, context });
      }
    });
  }
  return score;
}

export const percent = ([right, all]: [number, number]) => (all ? (100 * right) / all : NaN);
