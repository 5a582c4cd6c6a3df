// The token layer: one pass of wink-nlp's tokenizer and part-of-speech tagger over an article,
// tokens with offsets into the article text, grouped by the sentences of src/segment. Every later
// stage (names, the rule engine, the discourse code) reads these tokens; none tokenizes again.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence } from "../segment/index.ts";

/** Universal part-of-speech tags, as wink-eng-lite-web-model gives them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface Token {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes made straight: what vocabularies and patterns compare. */
  lower: string;
  lemma: string;
  pos: Pos;
  /** Opens with a capital letter. */
  cap: boolean;
  /** White space (or the start of the sentence) comes before it. */
  space: boolean;
  /** Position in its sentence. */
  i: number;
}

export interface TokenSentence extends Sentence {
  tokens: Token[];
}

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

const CAPITAL = /^\p{Lu}/u;
const WORDLIKE = /^[\p{L}\p{N}]/u;
/** Lower case with typographic apostrophes and dashes made plain: "attorney’s" compares as "attorney's". */
export const fold = (s: string) => s.toLowerCase().replace(/[‘’ʼ`]/g, "'").replace(/[‐‑]/g, "-");

/**
 * Tokens of the article's sentences, in order. Words that wink splits at an inner hyphen
 * ("third-degree", "Jong-un", "U.S.-based") are joined again: the vocabularies and the names
 * treat them as one word.
 */
export function tokenizeArticle(text: string, sentences: readonly Sentence[]): TokenSentence[] {
  const out: TokenSentence[] = sentences.map((s) => ({ ...s, tokens: [] }));
  if (!sentences.length) return out;
  const from = sentences[0]!.start, to = sentences[sentences.length - 1]!.end;
  const doc = nlp.readDoc(text.slice(from, to));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as Pos[];
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const raw: Token[] = [];
  let cursor = from;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (tags[k] === "SPACE") continue;
    const at = text.indexOf(value, cursor);
    if (at < 0 || at >= to) continue; // wink never changes a token's text; this only guards the offsets
    const space = at === 0 || /\s/.test(text[at - 1]!);
    raw.push({ start: at, end: at + value.length, text: value, lower: fold(value), lemma: fold(lemmas[k] ?? value), pos: tags[k]!, cap: CAPITAL.test(value), space, i: 0 });
    cursor = at + value.length;
  }
  const joined = joinHyphens(raw);
  let s = 0;
  for (const t of joined) {
    while (s < out.length && t.start >= out[s]!.end) s++;
    if (s === out.length) break;
    const sentence = out[s]!;
    if (t.start < sentence.start) continue;
    if (t.end > sentence.end) { t.end = sentence.end; t.text = text.slice(t.start, t.end); t.lower = fold(t.text); }
    t.i = sentence.tokens.length;
    if (t.i === 0) t.space = true;
    sentence.tokens.push(t);
  }
  return out;
}

/** "third", "-", "degree" written without spaces is one token "third-degree". */
function joinHyphens(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    const prev = out[out.length - 1];
    const next = raw[k + 1];
    if (prev && next && /^[-‐‑]$/.test(t.text) && t.start === prev.end && next.start === t.end && WORDLIKE.test(prev.text) && WORDLIKE.test(next.text)) {
      const text = prev.text + t.text + next.text;
      const proper = (prev.pos === "PROPN" || next.pos === "PROPN") && prev.cap;
      const pos: Pos = proper ? "PROPN" : next.pos === "NOUN" && raw[k + 2]?.pos === "NOUN" ? "ADJ" : next.pos;
      out[out.length - 1] = { ...prev, end: next.end, text, lower: fold(text), lemma: fold(prev.text + t.text) + next.lemma, pos };
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}
