// Truecasing. In a Title-Case Headline every word is capitalised, and the first word of a sentence
// always is: wink reads such capitals as names ("Jury/PROPN Deadlocks/PROPN", "Prosecutors/PROPN
// said"). A capitalised word there is read in lower case when it is a common word: the article
// writes it in lower case more often than capitalised mid-sentence, or, where the article does not
// say, wink's lexicon knows it as a common word. Titles before a name (Judge Ann Vale) and a word
// after a given name (Dennis Baker) stay. Headlines with lowered words are tagged again, all in one
// wink pass; where a headline's clause is left without a verb, the word that agrees with the noun
// before it becomes its verb ("jury deadlocks", "prosecutors drop"). A lowered opening word takes
// the tag wink gives it alone.
import type { Token, TokenSentence } from "./tokens.ts";
import { fold } from "./fold.ts";
import { GIVEN_NAMES, THIRD_PERSON, TITLES } from "./vocab.ts";
import { inLexicon, memo, tag, tagWord } from "./wink.ts";
import names from "../lexicon/names.json" with { type: "json" };
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const HAS_LOWER = /\p{Ll}/u;
const LETTER_START = /^\p{L}/u;
const MID_SENTENCE_BEFORE = /^[\p{L}\p{N},]/u;
const CAPS_START = /^\p{Lu}{2,}/u;
const LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;


/** Capitalised, with lower-case letters after: not "SEOUL", not "A.D.". */
const capitalised = (t: Token) => t.cap && HAS_LOWER.test(t.text);
const isWord = (t: Token | undefined) => !!t && LETTER_START.test(t.text);
/** After a word, a number or a comma: a capital here is the writer's choice, not the sentence's. */
const midSentence = (ts: readonly Token[], k: number) => k > 0 && MID_SENTENCE_BEFORE.test(ts[k - 1]!.text);

/** A Title-Case Headline: no closing full stop, and three in four of its longer words capitalised. */
export function isTitleCase(ts: readonly Token[]): boolean {
  const last = ts[ts.length - 1]?.text;
  if (last === "." || last === "!" || last === "?") return false;
  let long = 0, caps = 0;
  for (let k = 1; k < ts.length; k++) {
    const t = ts[k]!;
    if (t.text.length < 4 || !isWord(t)) continue;
    long++;
    if (t.cap) caps++;
    else if (long - caps > 0.25 * ts.length) return false; // too many lower-case words already
  }
  return long >= 3 && caps / long >= 0.75;
}

/** The first word of a sentence, and the first after a dateline ("SEOUL, Jan. 18 (Wire) —", "NEW DELHI:"). */
export function openings(ts: readonly Token[]): number[] {
  const first = ts.findIndex(isWord);
  if (first < 0 || !CAPS_START.test(ts[first]!.text)) return first < 0 ? [] : [first];
  const dash = ts.findIndex((t, k) => k < 12 && /^(?:—|–|-|--|:)$/.test(t.text));
  return dash > 0 && isWord(ts[dash + 1]) ? [first, dash + 1] : [first];
}

// ("Court of King's Bench Justice X", "Ministry of Defence officials": a court's or a body's head word before "of" and a capital opens its name)
const BODY_HEADS = new Set([...names.court_heads, ...names.organization_heads]);
const startsName = (ts: readonly Token[], k: number) => !!ts[k + 1]?.cap || (ts[k + 1]?.lower === "'s" && !!ts[k + 2]?.cap)
  || (ts[k + 1]?.lower === "of" && !!ts[k + 2]?.cap && BODY_HEADS.has(ts[k]!.text));

/** A common word by wink's lexicon: every part of "Ex-Banker" or "Drink-Driving" is, read in lower case. */
export const commonByLexicon = memo((lower: string) => lower.split("-").every((w) => {
  if (!LETTERS.test(w)) return false;
  const { pos, lemma } = tagWord(w);
  if (pos === "PROPN") return false;
  return inLexicon(w) || (lemma !== w && inLexicon(lemma));
}));

/** How often the article writes a word in lower case and capitalised mid-sentence, outside headlines. */
type Evidence = Map<string, { lower: number; capital: number }>;

function evidence(sentences: readonly TokenSentence[], titled: readonly boolean[], words: Iterable<string>): Evidence {
  const out: Evidence = new Map();
  // the lengths of the words asked about, as bits: most tokens are passed over without a look-up
  let lengths = 0;
  for (const w of words) { out.set(w, { lower: 0, capital: 0 }); lengths |= 1 << Math.min(w.length, 31); }
  for (let i = 0; i < sentences.length; i++) {
    if (titled[i]) continue;
    const ts = sentences[i]!.tokens;
    for (let k = 0; k < ts.length; k++) {
      if (!(lengths & (1 << Math.min(ts[k]!.lower.length, 31)))) continue;
      const e = out.get(ts[k]!.lower);
      if (!e) continue;
      if (LOWER_START.test(ts[k]!.text)) e.lower++;
      else if (capitalised(ts[k]!) && midSentence(ts, k)) e.capital++;
    }
  }
  return out;
}

function isCommon(t: Token, ev: Evidence): boolean {
  const e = ev.get(t.lower);
  if (e && e.lower > e.capital) return true;
  if (e && e.capital > 0) return false;
  return commonByLexicon(t.lower);
}

/** A surname after a given name ("Dennis Baker"), where it reads as a noun: one, not a run of them. */
function surname(ts: readonly Token[], k: number, ev: Evidence): boolean {
  const t = ts[k]!, prev = ts[k - 1];
  return !!prev && capitalised(t) && capitalised(prev) && GIVEN_NAMES.has(prev.text) && !isCommon(prev, ev) &&
    /^(?:NOUN|PROPN)$/.test(tagWord(t.lower).pos) && !surname(ts, k - 1, ev);
}

/**
 * A capitalised word keeps its capital when it is not a common word, when it is a surname, and
 * when it is a title before a word that keeps its own ("Director Dennis Baker", "Vice Chairman Park").
 */
function keeps(ts: readonly Token[], k: number, ev: Evidence): boolean {
  const t = ts[k]!, next = ts[k + 1];
  if (!capitalised(t)) return false;
  if (!isCommon(t, ev) || surname(ts, k, ev)) return true;
  return TITLES.has(t.lower.replace(/\.$/, "")) && !!next && keeps(ts, k + 1, ev);
}

/** Lowers the typographic capitals of the article's headlines and sentence openings, and tags those words again. */
export function truecaseArticle(text: string, sentences: readonly TokenSentence[]): void {
  const titled = sentences.map((s) => isTitleCase(s.tokens));
  const candidates = new Map<number, number[]>();
  for (let i = 0; i < sentences.length; i++) {
    const ts = sentences[i]!.tokens;
    // an opening word before a capitalised one starts a name ("Superior Court", "Elizabeth Vale", "State's Attorney")
    const ks = titled[i] ? ts.map((_, k) => k) : openings(ts).filter((k) => ts[k]!.pos === "PROPN" && !startsName(ts, k));
    const cs = ks.filter((k) => capitalised(ts[k]!));
    if (cs.length) candidates.set(i, cs);
  }
  lowerShouted(sentences, titled);
  if (!candidates.size) return;
  const ev = evidence(sentences, titled, [...candidates].flatMap(([i, ks]) => ks.map((k) => sentences[i]!.tokens[k]!.lower)));
  const lowered = new Map<number, number[]>();
  for (const [i, ks] of candidates) {
    const ts = sentences[i]!.tokens;
    const low = ks.filter((k) => !keeps(ts, k, ev));
    for (const k of low) ts[k]!.truecase = ts[k]!.text.toLowerCase();
    if (titled[i] && low.length) lowered.set(i, low);
    // a sentence's opening word takes the tag it has alone in lower case: on the corpora, tagging the
    // sentence again changes no other tag
    else for (const k of low) { const w = tagWord(ts[k]!.lower); ts[k]!.pos = w.pos; ts[k]!.lemma = fold(w.lemma); }
  }
  retag(text, sentences, lowered);
  for (let i = 0; i < sentences.length; i++) if (titled[i]) headlineVerbs(sentences[i]!.tokens);
}

const SHOUTED = /^\p{Lu}{4,}$/u;

/**
 * A live blog's "GUILTY", a key point's "found GUILTY of": a common word in capitals for emphasis, which the
 * article also writes in lower case, is that word ("NOT" before it too), not an acronym. Read in lower case
 * and tagged as such.
 */
function lowerShouted(sentences: readonly TokenSentence[], titled: readonly boolean[]): void {
  const shouted: Token[][] = [];
  for (const s of sentences) shouted.push(s.tokens.filter((t) => SHOUTED.test(t.text) && commonByLexicon(t.lower)));
  if (!shouted.some((ts) => ts.length)) return;
  const ev = evidence(sentences, titled, shouted.flat().map((t) => t.lower));
  sentences.forEach((s, i) => {
    for (const t of shouted[i]!) {
      if (!ev.get(t.lower)?.lower) continue;
      const k = s.tokens.indexOf(t);
      const before = s.tokens[k - 1];
      for (const w of before?.text === "NOT" ? [before, t] : [t]) {
        const tagged = tagWord(w.lower);
        w.truecase = w.lower; w.pos = tagged.pos; w.lemma = fold(tagged.lemma);
      }
    }
  });
}

/**
 * Tags the headlines again with their lowered words, all in one wink pass; a headline that wink now
 * splits differently keeps its tags.
 */
function retag(text: string, sentences: readonly TokenSentence[], lowered: ReadonlyMap<number, number[]>): void {
  if (!lowered.size) return;
  let batch = "";
  const parts: { sentence: TokenSentence; at: number }[] = [];
  for (const [i, ks] of lowered) {
    const s = sentences[i]!;
    let str = text.slice(s.start, s.end);
    for (const k of ks) {
      const t = s.tokens[k]!, a = t.start - s.start, low = t.text.toLowerCase();
      if (low.length === t.text.length) str = str.slice(0, a) + low + str.slice(a + low.length);
    }
    if (batch) batch += "\n\n";
    parts.push({ sentence: s, at: batch.length });
    batch += str;
  }
  const { values, tags, lemmas } = tag(batch);
  let p = 0, cursor = 0;
  let got: { start: number; pos: Token["pos"]; lemma: string }[] = [];
  const apply = () => {
    const { sentence: s, at } = parts[p]!;
    if (got.length !== s.tokens.length || got.some((g, k) => g.start !== s.tokens[k]!.start - s.start + at)) return;
    s.tokens.forEach((t, k) => { t.pos = got[k]!.pos; t.lemma = fold(got[k]!.lemma); });
  };
  for (let k = 0; k < values.length; k++) {
    if (tags[k] === "SPACE") continue;
    const at = batch.indexOf(values[k]!, cursor);
    if (at < 0) continue;
    cursor = at + values[k]!.length;
    while (p + 1 < parts.length && at >= parts[p + 1]!.at) { apply(); got = []; p++; }
    got.push({ start: at, pos: tags[k]!, lemma: lemmas[k] ?? values[k]! });
  }
  apply();
}

/** Can this word be a verb of a third-person (-s form) or plural (bare form) subject? Its lemma, or none. */
const verbReading = memo((w: string): string | null => {
  const t = tag(`${w.endsWith("s") ? "it" : "they"} ${w} it`);
  const words = t.tags.flatMap((p, k) => (p === "SPACE" ? [] : [k]));
  const k = words[1];
  return k !== undefined && t.tags[k] === "VERB" ? fold(t.lemmas[k]!) : null;
});

/**
 * Headlines drop articles and auxiliaries, so a clause may be left with no verb ("jury deadlocks on
 * ...", "prosecutors drop two counts"). In a verbless clause the first noun that agrees with the
 * noun before it (a singular subject and an -s form, a plural one and a bare form), or that follows
 * "and", is its verb, where the word can be one.
 */
function headlineVerbs(ts: Token[]): void {
  let start = 0;
  for (let i = 0; i <= ts.length; i++) {
    if (i < ts.length && !/^(?:;|:|,|—|–|--)$/.test(ts[i]!.text)) continue;
    const clause = ts.slice(start, i);
    start = i + 1;
    if (clause.some((t) => t.pos === "VERB" || t.pos === "AUX")) continue;
    for (let k = 1; k < clause.length; k++) {
      const t = clause[k]!, prev = clause[k - 1]!;
      if (t.pos !== "NOUN" && !(t.pos === "PROPN" && t.truecase !== t.text)) continue;
      const agrees = prev.pos === "CCONJ" || ((prev.pos === "NOUN" || prev.pos === "PROPN") && t.lower.endsWith("s") !== prev.lower.endsWith("s"));
      const lemma = agrees ? (verbReading(t.lower) ?? THIRD_PERSON.get(t.lower) ?? null) : null;
      if (lemma) { t.pos = "VERB"; t.lemma = lemma; break; }
    }
  }
}
