// Sentences and tokens, each with offsets into the article text. Pure.
import abbreviations from "./abbreviations.json" with { type: "json" };

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface Sentence extends Span {
  index: number;
}

const ABBREVIATIONS = new Set([...abbreviations.titles, ...abbreviations.months, ...abbreviations.other]);
// A run of sentence-final punctuation, closing quotes or brackets, then white space or the end.
const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const LINE = /[^\r\n]+/g;

/**
 * Splits `text[from..to)` into sentences. A line break always ends a sentence (headlines and
 * datelines carry no full stop); inside a line a full stop ends one unless it closes an
 * abbreviation ("Ms.", "U.S.", "Jan."), an initial ("J. Robert") or is followed by lower case.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  };
  const body = text.slice(from, to);
  for (const line of body.matchAll(LINE)) {
    const lineStart = from + line.index;
    const lineText = line[0];
    let start = 0;
    for (const m of lineText.matchAll(TERMINATOR)) {
      const end = m.index + m[0].length;
      if (end >= lineText.length) break;
      if (!endsSentence(lineText, m.index, end)) continue;
      push(lineStart + start, lineStart + end);
      start = end;
    }
    push(lineStart + start, lineStart + lineText.length);
  }
  return out;
}

function endsSentence(line: string, at: number, end: number): boolean {
  const next = /\S/.exec(line.slice(end))?.[0] ?? "";
  if (next && /[\p{Ll},;:)\]\-–—]/u.test(next)) return false;
  if (line[at] !== "." || line.slice(at, end).length > 1) return true;
  const word = /([\p{L}.]+)$/u.exec(line.slice(0, at))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Robert Oppenheimer"
  const bare = word.toLowerCase().replace(/^\.+/, "");
  return !ABBREVIATIONS.has(bare);
}

const TOKEN = /(?:\p{Lu}\.){2,}|[#@]?[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|\S/gu;

/** Words, numbers and punctuation of `text[from..to)` with their offsets. */
export function tokenize(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}
