// Sentences and tokens, each with offsets into the article text. Pure.
import abbreviations from "../lexicon/abbreviations.json" with { type: "json" };
import { GIVEN_NAMES, TITLES_OR_GIVEN } from "../lexicon/index.ts";

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface Sentence extends Span {
  index: number;
}

/** Never end a sentence: a name or a number follows ("Ms. Varga", "Jan. 5", "No. 2"). */
const NUMBER_PREFIXES = new Set(abbreviations.numberPrefixes);
const NEVER_FINAL = new Set([...abbreviations.titles, ...abbreviations.months, ...abbreviations.prefixes.filter((p) => !NUMBER_PREFIXES.has(p))]);
/** May end a sentence, when a usual sentence opener follows ("in the U.S. He said"). */
const MAYBE_FINAL = new Set(abbreviations.endings);
const STARTERS = new Set(abbreviations.sentenceStarters.words);
/** A company's suffixes that may end a sentence ("Ltd.", "Inc."; not "Co.", as in "Co. Kerry"). */
const COMPANY_ENDINGS = new Set(["inc", "ltd", "corp", "plc", "bhd"]);
const UPPER_WORD = /^\p{Lu}/u;
/** Places written as initials ("U.S."): a person's name after one opens a sentence. */
const PLACE_INITIALS = new Set(abbreviations.places);
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_NEXT = /^\s*\p{Ll}/u, CONTINUING = /[\p{Ll},;:)\]\-–—]/u, LETTER_OR_DOT = /[\p{L}.]/u, INITIAL = /^\p{Lu}$/u;
const DOTTED_WORD = /^(?:\p{L}\.)+\p{L}$/u, FOLLOWING_WORD = /^["'“‘(]*(\p{L}+)/u;
/** A family name after a given name: a capitalised word (or an initial) that ends its word. */
const NAME_AFTER = /^ (?:\p{Lu}\. )?\p{Lu}[\p{L}'’-]+\b/u;

// A run of sentence-final punctuation, closing quotes or brackets, then white space or the end.
const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const LINE = /[^\r\n]+/g;
const ENDS_WITH_TERMINATOR = /[.!?…]["'”’)\]]*\s*$/;
// Markdown furniture in front of a paragraph: a heading, a quote, a list bullet.
const BLOCK_MARKER = /^[ \t]*(?:#{1,6}|>|[-*+])[ \t]+/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The longest stretch of text taken as one sentence; real sentences are far shorter. */
export const MAX_SENTENCE = 2000;

/**
 * Splits `text[from..to)` into sentences. A line break ends a sentence (headlines and datelines
 * carry no full stop) unless the next line carries on a hard-wrapped sentence: it starts in
 * lower case, or the line before ends with a comma. Inside a paragraph a full stop ends a
 * sentence unless it closes an abbreviation ("Ms.", "U.S. District", "Jan."), an initial
 * ("J. Robert") or is followed by lower case. Spans without a letter or digit ("---") are dropped.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // A run-on without full stops (a table, a transcript, a broken file) is cut at a comma or a space
    // so that no "sentence" grows past MAX_SENTENCE: the rules that read a sentence stay linear.
    while (end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf(", ") + 1, window.lastIndexOf("; ") + 1) || window.lastIndexOf(" ") || MAX_SENTENCE;
      push(start, start + (cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE));
      start += cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
      while (start < end && /\s/.test(text[start]!)) start++;
    }
    if (end > start && WORD_CHAR.test(text.slice(start, end))) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  for (const [blockStart, blockEnd] of paragraphs(text, from, to)) {
    const block = text.slice(blockStart, blockEnd);
    let start = BLOCK_MARKER.exec(block)?.[0].length ?? 0;
    for (const m of block.matchAll(TERMINATOR)) {
      const end = m.index + m[0].length;
      if (end >= block.length) break;
      if (!endsSentence(block, m.index, end)) continue;
      push(blockStart + start, blockStart + end);
      start = end;
    }
    push(blockStart + start, blockEnd);
  }
  return out;
}

/** Runs of lines that belong together: a line joins the one before when it continues its sentence. */
function* paragraphs(text: string, from: number, to: number): Generator<[number, number]> {
  const body = text.slice(from, to);
  let current: [number, number] | undefined;
  let previousLine = "";
  LINE.lastIndex = 0;
  for (let m; (m = LINE.exec(body)); ) {
    if (!/\S/.test(m[0])) continue;
    const start = from + m.index, end = start + m[0].length;
    const gap = current ? text.slice(current[1], start) : "";
    const adjacent = current !== undefined && /^(?:\r\n|\r|\n)$/.test(gap.replace(/[ \t]/g, ""));
    if (adjacent && continues(previousLine, m[0])) current![1] = end;
    else {
      if (current) yield current;
      current = [start, end];
    }
    previousLine = m[0];
  }
  if (current) yield current;
}

function continues(line: string, next: string): boolean {
  if (ENDS_WITH_TERMINATOR.test(line) || BLOCK_MARKER.test(next)) return false;
  return LOWER_NEXT.test(next) || /,\s*$/.test(line);
}

function endsSentence(block: string, at: number, end: number): boolean {
  let n = end;
  while (n < block.length && /\s/.test(block[n]!)) n++;
  const next = block[n] ?? "";
  if (next && CONTINUING.test(next)) return false;
  if (block[at] !== "." || end - at > 1) return true;
  let w = at;
  while (w > 0 && LETTER_OR_DOT.test(block[w - 1]!)) w--;
  const word = block.slice(w, at);
  if (INITIAL.test(word)) return false; // an initial: "J. Paul Ruiz"
  const bare = word.toLowerCase().replace(/^\.+/, "");
  if (NEVER_FINAL.has(bare)) return false;
  // ("No. 10", "Sec. 302"; but "He said no. The judge ...")
  if (NUMBER_PREFIXES.has(bare)) return !/^[\p{N}#]/u.test(next);
  if (MAYBE_FINAL.has(bare) || DOTTED_WORD.test(bare)) {
    const following = FOLLOWING_WORD.exec(block.slice(n, n + 40))?.[1] ?? "";
    // (or a person's name opens the next one: "charged in the U.S. James Ruiz, an engineer, pleaded guilty";
    // not "U.S. District Judge", "U.S. Marshall")
    // (and after a company's suffix, its own name or a person's opens the next one: "sued Kinloss Hemsley Inc. Kinloss
    // Hemsley said", "from Peter Kinloss Ltd. Peter Kinloss said")
    if (COMPANY_ENDINGS.has(bare) && following && following === firstOfCapitalisedRun(block.slice(Math.max(0, w - 80), w))) return true;
    const person = (PLACE_INITIALS.has(bare) || COMPANY_ENDINGS.has(bare)) && GIVEN_NAMES.has(following) && !TITLES_OR_GIVEN.has(following) && NAME_AFTER.test(block.slice(n + following.length, n + following.length + 40));
    return STARTERS.has(following.toLowerCase()) || person;
  }
  return true;
}

/** The first word of the run of capitalised words that ends `text`: "Kinloss" of "sued Kinloss Hemsley ". */
function firstOfCapitalisedRun(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let r = words.length;
  while (r > 0 && UPPER_WORD.test(words[r - 1]!)) r--;
  return words[r];
}

// Dotted abbreviations ("U.S.", "p.m."), numbers ("1,500", "3.5"), words with inner
// hyphens, apostrophes, dots or ampersands ("third-degree", "Ruiz's", "AT&T"), or one mark.
const TOKEN = /(?:\p{L}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[#@]?[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|\S/gu;

/** Words, numbers and punctuation of `text[from..to)` with their offsets. */
export function tokenize(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}
