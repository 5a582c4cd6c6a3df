// The token layer: one pass of wink-nlp's tokenizer and part-of-speech tagger over an article,
// tokens with offsets into the article text, grouped by the sentences of src/segment, the tags
// corrected for court news (correct.ts). Every later stage (names, the rule engine, the discourse
// code) reads these tokens; none tokenizes again.
import type { Sentence } from "../segment/index.ts";
import { tag, type Pos } from "./wink.ts";
import { fold } from "./fold.ts";
import { correctArticle } from "./correct.ts";
import abbreviations from "../lexicon/abbreviations.json" with { type: "json" };

export type { Pos } from "./wink.ts";
export { fold } from "./fold.ts";

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
  /**
   * The word as the article would write it mid-sentence: lower case where its capital is only
   * typographic (a common word in a title-case headline or opening a sentence: "Jury", "Prosecutors"),
   * else the text. Names, titles before a name and words the article capitalises keep their capital.
   */
  truecase: string;
  /** White space (or the start of the sentence) comes before it. */
  space: boolean;
  /** Position in its sentence. */
  i: number;
}

/**
 * A token of `t`'s fields with those of `changes` put in: built by one object literal, as winkTokens builds
 * every token, so that all tokens share one hidden class (a spread copy has another, and every stage that
 * reads tokens, optimised on the common one, was thrown away at the first joined or split token).
 */
function changed(t: Token, changes: Partial<Token>): Token {
  const c = { ...t, ...changes };
  return { start: c.start, end: c.end, text: c.text, lower: c.lower, lemma: c.lemma, pos: c.pos, cap: c.cap, truecase: c.truecase, space: c.space, i: c.i };
}

/**
 * The lower-case forms of tokens a..b joined by spaces: a phrase to look up. (Not `slice().map().join()`: `map` of no
 * tokens makes an array of another hidden class, and a large function optimised on the others is thrown away at it.)
 */
export function lowerWords(ts: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b && k < ts.length; k++) out += (k > a ? " " : "") + ts[k]!.lower;
  return out;
}

export interface TokenSentence extends Sentence {
  tokens: Token[];
}

export interface TokenizeOptions {
  /** Correct wink's tags for court news (default true; false gives wink's tags as they are). */
  correct?: boolean;
}

const CAPITAL = /^\p{Lu}/u;
// (made once, not at every token: a regular expression literal is a new object each time it is evaluated)
const SPACE = /\s/;
const WORDLIKE = /^[\p{L}\p{N}]/u;

/**
 * Tokens of the article's sentences, in order. Words that wink splits at an inner hyphen
 * ("third-degree", "Jong-un", "U.S.-based") are joined again: the vocabularies and the names
 * treat them as one word.
 */
export function tokenizeArticle(text: string, sentences: readonly Sentence[], options: TokenizeOptions = {}): TokenSentence[] {
  const out: TokenSentence[] = sentences.map((s) => ({ ...s, tokens: [] }));
  if (!sentences.length) return out;
  let s = 0;
  for (const t of winkTokens(text, sentences[0]!.start, sentences[sentences.length - 1]!.end)) {
    while (s < out.length && t.start >= out[s]!.end) s++;
    if (s === out.length) break;
    const sentence = out[s]!;
    if (t.start < sentence.start) continue;
    if (t.end > sentence.end) { t.end = sentence.end; t.text = t.truecase = text.slice(t.start, t.end); t.lower = fold(t.text); }
    sentence.tokens.push(t);
  }
  if (options.correct ?? true) correctArticle(text, out);
  for (const sentence of out) {
    sentence.tokens = splitFinalStop(joinTitleStops(joinHyphens(sentence.tokens)));
    sentence.tokens.forEach((t, i) => { t.i = i; });
    if (sentence.tokens[0]) sentence.tokens[0].space = true;
  }
  return out;
}

/** wink's tokens of text[from..to), white space left out, with offsets into the text. */
function winkTokens(original: string, from: number, to: number): Token[] {
  // wink splits a word at a letter outside its alphabet ("Wiśniewski", "Ilić", "Pōmare"): it reads
  // the text with such letters folded to their base letter, one for one, so offsets stay the same
  // (and a run of more than LONGEST characters without a space, no word of any language, is cut by a
  // space every LONGEST characters, one for one: wink tests each word with a regular expression that
  // takes the square of its length)
  const text = cutLongRuns(foldLetters(original));
  const { values, tags, lemmas } = tag(text.slice(from, to));
  const out: Token[] = [];
  let cursor = from;
  for (let k = 0; k < values.length; k++) {
    const folded = values[k]!;
    if (tags[k] === "SPACE") continue;
    const at = text.indexOf(folded, cursor);
    if (at < 0 || at >= to) continue; // wink never changes a token's text; this only guards the offsets
    // markdown's strong emphasis ("**Tomas Hrubin**") is markup, no word of the sentence
    if ((folded === "*" || folded === "_") && (text[at + 1] === folded || text[at - 1] === folded)) { cursor = at + 1; continue; }
    const value = original.slice(at, at + folded.length);
    const space = at === 0 || SPACE.test(text[at - 1]!);
    const lower = fold(value);
    out.push({ start: at, end: at + value.length, text: value, lower, lemma: lemmas[k] && lemmas[k] !== folded ? fold(lemmas[k]!) : lower, pos: tags[k]!, cap: CAPITAL.test(value), truecase: value, space, i: 0 });
    cursor = at + value.length;
  }
  return out;
}

const LONGEST = 64;
// (a run is matched only from its first character: tried at every character, the expression read each
// word's characters again from each of them, and took a tenth of the token layer's own time)
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONGEST + 1},}`, "g");
const CHUNK = new RegExp(`(\\S{${LONGEST}})\\S`, "g");
function cutLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(CHUNK, "$1 "));
}

const SPECIAL_LETTERS: Record<string, string> = { "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t" };

/** Letters with diacritics outside Latin-1 as their base letter, one UTF-16 unit for one. */
function foldLetters(text: string): string {
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (ch) => {
    const d = ch.normalize("NFD");
    return d.length > 1 && /^[A-Za-z][\u0300-\u036f]+$/.test(d) ? d[0]! : SPECIAL_LETTERS[ch] ?? ch;
  });
}

const HYPHEN = /^[-‐‑]$/;
const isHyphen = (t: Token) => HYPHEN.test(t.text);
const isStop = (t: Token) => t.text === ".";

/** Titles written short, whose full stop wink splits off ("Const.", "Det."): one word before a name, as "Sgt." is. */
const TITLE_ABBREVIATIONS = new Set(abbreviations.titles);

/** "Const . Ann Roe" is "Const. Ann Roe": a title's stop, before a capital, is the title's. */
function joinTitleStops(raw: Token[]): Token[] {
  // (most sentences have no stop before their last token: the tokens as they are, not a copy)
  const stop = raw.findIndex(isStop);
  if (stop < 0 || stop === raw.length - 1) return raw;
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!, next = raw[k + 1];
    if (next?.text === "." && next.start === t.end && t.cap && TITLE_ABBREVIATIONS.has(t.lower) && raw[k + 2]?.cap) {
      out.push(changed(t, { end: next.end, text: t.text + ".", lower: t.lower + ".", truecase: t.truecase + ".", pos: "PROPN" }));
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "... of Landau Moss LLP." : a sentence that ends on a word written short keeps its stop in the word, and
 * rules that read a name up to the sentence's stop find none. The stop is the sentence's: a token of its own.
 */
function splitFinalStop(tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (!last || !/^\p{L}{2,}\.$/u.test(last.text)) return tokens;
  const word = last.text.slice(0, -1);
  return [...tokens.slice(0, -1),
    changed(last, { end: last.end - 1, text: word, lower: fold(word), lemma: last.lemma.endsWith(".") ? last.lemma.slice(0, -1) : last.lemma, truecase: last.truecase.slice(0, -1) }),
    changed(last, { start: last.end - 1, text: ".", lower: ".", lemma: ".", pos: "PUNCT", cap: false, truecase: ".", space: false })];
}

/** "third", "-", "degree" written without spaces is one token "third-degree". */
function joinHyphens(raw: Token[]): Token[] {
  // (most sentences have none: the tokens as they are, not a copy)
  if (!raw.some(isHyphen)) return raw;
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    const prev = out[out.length - 1];
    const next = raw[k + 1];
    if (prev && next && isHyphen(t) && t.start === prev.end && next.start === t.end && WORDLIKE.test(prev.text) && WORDLIKE.test(next.text)) {
      const text = prev.text + t.text + next.text;
      const proper = (prev.pos === "PROPN" || next.pos === "PROPN") && prev.cap;
      const pos: Pos = proper ? "PROPN" : next.pos === "NOUN" && raw[k + 2]?.pos === "NOUN" ? "ADJ" : next.pos;
      out[out.length - 1] = changed(prev, { end: next.end, text, lower: fold(text), lemma: fold(prev.text + t.text) + next.lemma, pos, truecase: prev.truecase + t.text + next.truecase });
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}
