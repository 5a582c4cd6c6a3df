// Passes over the case events once read: juries that sat on a civil suit, counts listed after their
// verdict, and trials told with an earlier trial's verdict.
import type { CaseEvent } from "./events.ts";

export const CIVIL = new Set(["liable", "not_liable", "settled"]);

/**
 * "In October, a jury in Manhattan federal court found him not liable in a $40 million lawsuit": the jury told
 * with a civil outcome or suit in its sentence sat on that suit; its court is the suit's, and it is no trial of the
 * criminal case (nor its defendant's). Removes such trial events, giving their court to the civil one.
 */
export function civilJuries(events: CaseEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== "trial" || e.charges.length) continue;
    // ("The SEC's civil case against X went to trial in March": the case that went to trial is the suit the sentence
    // reads, against the same defendants, never a criminal trial of theirs)
    const civil = e.defendants.length
      ? e.rule === "trial.went-to-trial" ? events.filter((c) => c.sentence === e.sentence && c.kind === "suit" && e.defendants.every((d) => c.defendants.includes(d))) : []
      : events.filter((c) => c.sentence === e.sentence && isCivil(c));
    if (!civil.length) continue;
    for (const c of civil) c.court ??= e.court;
    events.splice(i, 1);
  }
}
export const isCivil = (e: CaseEvent) => e.kind === "suit" || CIVIL.has(e.set.outcome ?? "");

/**
 * "Ingleby Bank brought the case against X, its former finance director": one the sentence reads as a suit's plaintiff
 * against the same defendants is not also their prosecutor. Removes such prosecution events.
 */
export function suedNotProsecuted(events: CaseEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== "prosecute" || !e.defendants.length) continue;
    if (events.some((c) => c.sentence === e.sentence && c.kind === "suit" && c.plaintiffs.some((p) => e.people.includes(p)) && e.defendants.every((d) => c.defendants.includes(d)))) events.splice(i, 1);
  }
}

/**
 * "They included X; Y; and Z": counts told one by one after a verdict or plea on "all 10 counts"
 * take that verdict's or plea's outcome (and its defendant).
 */
export function readCountLists(events: CaseEvent[]): void {
  for (const e of events) {
    if (e.kind !== "charge" || e.set.list !== "previous") continue;
    const before = events.filter((x) => (x.kind === "verdict" || x.kind === "plea") && x.sentence < e.sentence && x.sentence >= e.sentence - 2);
    const last = before[before.length - 1];
    if (!last) continue;
    e.kind = last.kind;
    e.set = { ...last.set };
    delete e.set.scope;
    if (!e.defendants.length) e.defendants = [...last.defendants];
  }
}

/**
 * "That first jury had deadlocked on all three counts, and the judge declared a mistrial": a mistrial
 * told in one sentence with an earlier trial's deadlock or mistrial is that earlier trial's.
 * "was found guilty by a District Court jury in 2024": a trial told in one sentence with an earlier
 * trial's verdict on the same defendants is that earlier trial, not one of its own.
 */
export function carryEarlierTrials(events: CaseEvent[]): void {
  const ENDED = new Set(["mistrial", "hung_jury"]);
  const earlierVerdicts = (e: CaseEvent) => events.filter((x) => x !== e && x.kind === "verdict" && x.sentence === e.sentence && x.set.trial === "earlier");
  // ("X's conviction was upheld by the Supreme Court. She was tried at Y in 2020, where a jury found her guilty": just after
  // an appeal that upheld a conviction told as earlier, the defendant's trial and guilty verdict told with no charges of
  // their own are those appealed; "He has also been convicted of campaign financing" is another)
  const upheld = events.filter((x) => x.kind === "appeal" && x.set.outcome === "upheld" && x.defendants.length === 1
    && events.some((v) => v.kind === "verdict" && v.set.trial === "earlier" && v.set.outcome === "guilty" && v.sentence === x.sentence && v.defendants.includes(x.defendants[0]!)));
  const appealedAt = (e: CaseEvent) => upheld.some((x) => e.sentence > x.sentence && e.sentence <= x.sentence + 2 && e.defendants.length === 1 && e.defendants[0] === x.defendants[0]);
  for (const e of events) {
    if (e.set.trial) continue;
    const mistrial = e.kind === "verdict" && ENDED.has(e.set.outcome ?? "") && earlierVerdicts(e).some((x) => ENDED.has(x.set.outcome ?? ""));
    const trial = e.kind === "trial" && e.set.status !== "planned" && e.defendants.length > 0
      && earlierVerdicts(e).some((x) => e.defendants.every((d) => x.defendants.includes(d)));
    const appealed = appealedAt(e) && !e.charges.length && ((e.kind === "trial" && e.set.status !== "planned") || (e.kind === "verdict" && e.set.outcome === "guilty"));
    if (mistrial || trial || appealed) e.set = { ...e.set, trial: "earlier" };
  }
}

/**
 * "A court framed charges of dowry death and cruelty against a man and his parents. Judge X framed charges against A,
 * his father B and mother C under Sections 304B and 498A": charges told against accused described, not named, are the
 * charges of the accused the next sentence or the one after names in a telling of charges that names none.
 */
export function framedApart(events: CaseEvent[]): void {
  for (const e of events) {
    if (e.kind !== "charge" || !e.charges.length || e.defendants.length) continue;
    const named = events.find((x) => x.kind === "charge" && x.set.list === "apart" && x.defendants.length && x.sentence > e.sentence && x.sentence <= e.sentence + 2);
    if (named) e.defendants = [...named.defendants];
  }
}
