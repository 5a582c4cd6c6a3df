// Courts where a case is only first heard: "He appeared at Y Magistrates' Court and was sent for trial at Z Crown
// Court", "arraigned in Y Municipal Court ... moved to Z County Superior Court". Beside a court that tries cases, such a
// court held no trial the article tells of.
import type { Entity } from "../../types.ts";
import { FIRST_HEARING_COURTS } from "../../lexicon/index.ts";
import type { CaseEvent } from "./events.ts";

/** Whether a court's name says a case is first heard there and then sent on ("Y Magistrates' Court", "Y Municipal Court"). */
export const firstHearingCourt = (court: Entity) => FIRST_HEARING_COURTS.test(court.label);

/** Of an article's courts, those that may have held its trial: the first-hearing ones left out where another remains. */
export function trialCourtsOf(courts: readonly Entity[]): Entity[] {
  const higher = courts.filter((c) => !firstHearingCourt(c));
  return higher.length ? higher : [...courts];
}

/** Whether an event tells of a trial in another court than `court`: a first-hearing court passed over by `trialCourtsOf`
 * counts only where a trial or a verdict is told there (a summary trial), not a first appearance or a remand. */
export function triedElsewhere(events: readonly CaseEvent[], court: Entity | undefined, passed: readonly Entity[]): boolean {
  return events.some((e) => e.kind !== "appeal" && e.court && e.court !== court && !(passed.includes(e.court) && e.kind !== "trial" && e.kind !== "verdict"));
}
