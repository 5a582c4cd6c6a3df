// "Velloran's "Salt and Iron" opens in May", "The Oscar-nominated "Night Market" made him a star": in a story that
// names a film, a title-case quotation of two words or more that names nothing else is a title too, cue or none.
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import { titleSpans } from "./titles.ts";
import { QUOTED_NOT_TITLES, QUOTED_NOT_TITLE_OPENERS } from "../lexicon/index.ts";

const WORD = /\p{L}/u;
const PASSED = /^(?:of|him|her|them|it|the|a|an)$/;

/**
 * The films a story quotes without a cue, once it names one film. A quotation stays out when a name overlaps it;
 * when the word before it (or before its "of" or its object) says it is a song, a nickname, a character or a
 * quoted remark ("dubbed", "played", "said", "a performance of"); when it opens an award, an operation or a
 * nickname ("Best", "Operation", "Big"); when a lower-case noun follows it (a modifier: "the "Free Speech"
 * campaign"); and in a title-case headline, where every quotation is in capitals.
 */
export function quotedTitles(doc: Doc, names: readonly NameMention[]): NameMention[] {
  if (!names.some((m) => m.type === "Film")) return [];
  const out: NameMention[] = [];
  for (const s of doc.sentences) {
    if (doc.headline[s.index]) continue;
    const ts = s.tokens;
    for (const span of titleSpans(ts)) {
      if (span.type !== "Quoted") continue;
      const [a, b] = (span.data as { inner: [number, number] }).inner;
      const words = ts.slice(a, b).filter((t) => WORD.test(t.text));
      if (words.length < 2 || ts.slice(a, b).some((t) => /^[!?]$/.test(t.text))) continue;
      if (QUOTED_NOT_TITLE_OPENERS.has(ts[a]!.text.replace(/\.$/, ""))) continue;
      if (names.some((m) => m.sentence === s.index && m.first < b && a < m.last)) continue;
      const after = ts[span.end];
      // ("a rousing performance of "Night Song"", "fans dubbed him "Iron Man"": the word before "of" or an object says what it is)
      let k = span.start - 1;
      while (k > span.start - 3 && k > 0 && PASSED.test(ts[k]!.lower)) k--;
      if (ts[k] && QUOTED_NOT_TITLES.has(ts[k]!.lower)) continue;
      if (after && !after.cap && after.pos === "NOUN") continue;
      const first = ts[a]!, last = ts[b - 1]!;
      const surface = s.text.slice(first.start - s.start, last.end - s.start);
      out.push({ type: "Film", sentence: s.index, start: first.start, end: last.end, surface, name: surface.replace(/\s+/g, " "), first: a, last: b, evidence: "sure" });
    }
  }
  return out;
}
