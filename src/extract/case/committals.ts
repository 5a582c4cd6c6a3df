// A committal (or a remand until trial, a trial date set) the article tells before the trial it reports: "X was sent for trial at Y Crown Court ... On Friday a
// jury found him not guilty". The trial the committal set up is the one held, at the committal's court.
import type { CaseEvent } from "./events.ts";

const DECIDED = new Set(["guilty", "not_guilty"]);
/** The rules that read a committal ("committed to stand trial", "was sent for trial at X") or a trial set up as one
 * is ("was remanded in custody until his trial at X", "A trial date was set for March 3 at X"). */
const COMMITTAL = /^trial\.(?:committed|remanded-until-trial$|date-set$)/;

/**
 * A committal of a defendant of whom the article tells a verdict of a trial (not an earlier one) and no guilty plea
 * is that trial, held: the trial was to come when the defendant was committed, and the article reports its end.
 */
export function heldCommittals(events: CaseEvent[]): void {
  for (const e of events) {
    if (e.kind !== "trial" || e.set.status !== "planned" || !COMMITTAL.test(e.rule) || !e.defendants.length) continue;
    const theirs = (x: CaseEvent) => x.defendants.some((d) => e.defendants.includes(d));
    const decided = events.some((x) => x.kind === "verdict" && theirs(x) && x.set.trial !== "earlier" && DECIDED.has(x.set.outcome ?? ""));
    const admitted = events.some((x) => x.kind === "plea" && theirs(x) && x.set.plea === "guilty");
    if (decided && !admitted) e.set = { ...e.set, status: "held" };
  }
}
