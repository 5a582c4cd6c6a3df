// A verdict's delivery told apart from its outcomes: "The jury returned its verdicts on Thursday after two days of
// deliberations. Amelia Doe was convicted of fraud but acquitted of forgery." The outcomes told in that sentence or the
// next two (or, after "The verdicts came on Thursday", in the sentence before it), with no date of their own, were
// delivered on the one day the delivery's own clause states. Not a delivery that did not happen ("could not reach a
// verdict"), nor an outcome told as background ("had been acquitted"), nor one across a sentence that tells another time.
import lexicon from "../lexicon/dates.json" with { type: "json" };
import type { Sentence } from "../segment/index.ts";
import type { Entity, Mention } from "../extract/types.ts";
import { clauseOf, clauses } from "./clauses.ts";
import { TOLD_EARLIER, type DatesOf, type PassDate } from "./passes.ts";

const alternatives = (list: string[]) => list.map((w) => w.replace(/\s+/g, "\\s+")).join("|");
/** "returned its verdicts", "reached a unanimous verdict", "the verdicts came", "the verdict was read", "after the verdict on Friday", "took 11 hours to reach its verdict". */
const DELIVERY = new RegExp(`\\b(?:(?:${alternatives(lexicon.deliveryBefore)})\\s+(?:[\\p{L}'’]+\\s+){0,2}verdicts?|verdicts?,?\\s+(?:${alternatives(lexicon.deliveryAfter)})|(?:${alternatives(lexicon.deliveryNoun)})(?=\\s+on\\s)|\\btook\\s+(?:[\\p{L}\\d-]+\\s+){1,5}to\\s+(?:reach|return|deliver)\\s+(?:[\\p{L}'’]+\\s+){0,2}verdicts?)\\b`, "iu");
/** A delivery that has not happened: "could not reach a verdict", "has yet to return", "never delivered a verdict". */
const UNDONE = /\b(?:not|never|n't|yet|failed|without|to|will|would|could|may|might|expected|due)\s+(?:\p{L}+\s+)?$/iu;
/** "The verdicts came on Thursday": a delivery that opens its sentence with the verdicts speaks of those just told. */
const BACK = /^(?:the|its|their|that|this|those|these)\s+(?:[\p{L}'’]+\s+){0,2}verdicts?\b/iu;
/** The outcomes a jury or bench delivers together at the end of a trial. */
const OUTCOMES = new Set(["guilty", "not_guilty", "liable", "not_liable", "hung_jury"]);

/** The few words, with no comma, between a delivery's words and a date after them that is its own (one before them is right before). */
const ADJACENT = /^[^,;]{0,25}$/;

interface Delivery { sentence: number; date: string; back: boolean }

/** The sentences that tell a delivery with one date in its clause. */
function deliveries(sentences: readonly Sentence[], datesOf: DatesOf): Delivery[] {
  const out: Delivery[] = [];
  sentences.forEach((s, sentence) => {
    const m = DELIVERY.exec(s.text);
    if (!m || UNDONE.test(s.text.slice(0, m.index))) return;
    const cl = clauses(s.text);
    const own = clauseOf(cl, m.index);
    const inClause = datesOf(sentence).filter((d) => d.value && d.role === "at" && clauseOf(cl, d.start) === own);
    // ("retired on Monday and reached its verdicts on Wednesday": the date next to the delivery's words, where the clause has more)
    const next = inClause.filter((d) => d.start >= m.index + m[0].length ? ADJACENT.test(s.text.slice(m.index + m[0].length, d.start)) : !s.text.slice(d.end, m.index).trim());
    const dates = new Set((inClause.length > 1 ? next : inClause).map((d) => d.value!));
    if (dates.size === 1) out.push({ sentence, date: [...dates][0]!, back: BACK.test(s.text.trim()) });
  });
  return out;
}

/** The undated verdicts a delivery dates, each with the mention its date is told for and the delivery's sentence. */
export function deliveryDates(sentences: readonly Sentence[], entities: readonly Entity[], dateOf: ReadonlyMap<Entity, string>, datesOf: DatesOf): PassDate[] {
  const told = deliveries(sentences, datesOf);
  if (!told.length) return [];
  const dated = (i: number) => datesOf(i).length > 0;
  const fits = (d: Delivery, m: Mention) => {
    const s = sentences[m.sentence];
    if (!s || TOLD_EARLIER.test(s.text.slice(0, m.start - s.start))) return false;
    if (m.sentence === d.sentence) return true;
    if (d.back && m.sentence === d.sentence - 1) return !dated(m.sentence);
    if (m.sentence < d.sentence || m.sentence > d.sentence + 2 || dated(m.sentence)) return false;
    for (let i = d.sentence + 1; i < m.sentence; i++) if (dated(i)) return false;
    return true;
  };
  const out: PassDate[] = [];
  for (const e of entities) {
    if (e.type !== "Verdict" || dateOf.has(e) || !OUTCOMES.has(String(e.attrs.outcome)) || / \(earlier\)/.test(e.label)) continue;
    const found = told.flatMap((d) => e.mentions.filter((m) => fits(d, m)).map((mention) => ({ d, mention })));
    const dates = new Set(found.map((f) => f.d.date));
    if (dates.size !== 1) continue;
    const { d, mention } = found[0]!;
    out.push({ entity: e, mention, date: d.date, sentence: d.sentence });
  }
  return out;
}
