// Court listings open each entry with the defendant's name in capitals: "DARREN MUNCASTER, 36, of ...".
import type { TokenSentence } from "../nlp/tokens.ts";
import type { NameMention } from "../types.ts";
import { NON_NAME, isPlace } from "../lexicon/index.ts";

/** A word in capitals a court listing names someone with: "MUNCASTER", "O'NEILL", "SMITH-JONES". */
const LISTED_WORD = /^\p{Lu}[\p{Lu}'’]*(?:-\p{Lu}[\p{Lu}'’]*)?$/u;
const WORD_STARTS = /(^|[-'’])(\p{Ll})/gu, MC_PREFIX = /^Mc(\p{Ll})/u;
const titleCased = (w: string) => w.toLowerCase().replace(WORD_STARTS, (_, a: string, b: string) => a + b.toUpperCase()).replace(MC_PREFIX, (_, c: string) => `Mc${c.toUpperCase()}`);

/**
 * "DARREN MUNCASTER, 36, of Brackenside Road": a court listing opens each entry with the defendant's
 * name in capitals, then the age. Two to four such words at the start of a line, then ", <age>,",
 * are someone's name, called in title case ("Darren Hollinshead") as the report writes it after.
 */
export function listedName(s: TokenSentence): NameMention | undefined {
  const ts = s.tokens;
  let k = 0;
  while (k < ts.length && k < 5 && LISTED_WORD.test(ts[k]!.text) && ts[k]!.text.length > 1) k++;
  if (k < 2 || k > 4 || ts[k]?.text !== "," || !/^\d{1,2}$/.test(ts[k + 1]?.text ?? "") || ts[k + 2]?.text !== ",") return undefined;
  const words = ts.slice(0, k);
  if (words.some((t) => NON_NAME.has(titleCased(t.text)) || isPlace(titleCased(t.text)))) return undefined;
  const name = words.map((t) => titleCased(t.text)).join(" ");
  const start = ts[0]!.start, end = ts[k - 1]!.end;
  return { type: "Person", sentence: s.index, start, end, surface: s.text.slice(start - s.start, end - s.start), name, first: 0, last: k, evidence: "sure" };
}
