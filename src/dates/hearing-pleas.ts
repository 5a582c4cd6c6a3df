// A plea entered at a hearing told in the sentence before it: "X, 29, of Main Street, appeared at Cork District Court on
// Tuesday. He pleaded guilty to drink driving." The plea (and the conviction it makes) told in the next sentence with no
// date of its own was entered at that hearing, on the one day the appearance's clause states. Not after an appearance
// for sentencing, which follows the plea, nor a plea told as background ("had pleaded", "at an earlier hearing").
import type { Sentence } from "../segment/index.ts";
import type { Entity } from "../extract/types.ts";
import { clauseOf, clauses } from "./clauses.ts";
import { TOLD_EARLIER, type DatesOf, type PassDate } from "./passes.ts";

/** A defendant's appearance in court: "appeared at Cork District Court", "appearing before magistrates". */
const APPEARED = /\b(?:appeared|appearing)\s+(?:at|before|in)\b/i;
/** A hearing that comes after the plea: a sentencing. */
const SENTENCING = /\bsentenc|\bjailed\b/i;
/** The words of a plea: "pleaded guilty", "admitted", "denied". */
const PLEADED = /^(?:pleaded|pleads|pled|admitted|admits|denied|denies|entered|changed)\b/i;
/** "at an earlier hearing", "at his first appearance": a plea entered at another hearing. */
const OTHER_HEARING = /\b(?:earlier|previous|prior|first|last|an?\s+\w+)\s+(?:court\s+)?(?:hearing|appearance)\b/i;

/** The undated pleas, and convictions by plea, a hearing told the sentence before dates, with the mention and the hearing's sentence. */
export function hearingPleas(sentences: readonly Sentence[], entities: readonly Entity[], dateOf: ReadonlyMap<Entity, string>, datesOf: DatesOf): PassDate[] {
  const hearings = new Map<number, string>();
  sentences.forEach((s, sentence) => {
    const m = APPEARED.exec(s.text);
    if (!m || SENTENCING.test(s.text)) return;
    const cl = clauses(s.text);
    const dates = new Set(datesOf(sentence).filter((d) => d.value && d.role === "at" && clauseOf(cl, d.start) === clauseOf(cl, m.index)).map((d) => d.value!));
    if (dates.size === 1) hearings.set(sentence, [...dates][0]!);
  });
  if (!hearings.size) return [];
  const out: PassDate[] = [];
  for (const e of entities) {
    if (dateOf.has(e) || !(e.type === "Plea" || e.type === "Verdict" && e.attrs.outcome === "guilty")) continue;
    const mention = e.mentions.find((m) => {
      const s = sentences[m.sentence];
      return s && hearings.has(m.sentence - 1) && PLEADED.test(m.surface) && !TOLD_EARLIER.test(s.text.slice(0, m.start - s.start))
        && !OTHER_HEARING.test(s.text) && !datesOf(m.sentence).length;
    });
    if (mention) out.push({ entity: e, mention, date: hearings.get(mention.sentence - 1)!, sentence: mention.sentence - 1 });
  }
  return out;
}
