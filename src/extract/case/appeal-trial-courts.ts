// Where the trial an appeal ruled on was held, in a report of the appeal: "The Court of Appeal quashed X's conviction ...
// Justice Y, who heard the case at the High Court in Z, ...", "X was found guilty at Z Crown Court in 2021". The
// appeal court rules; the one other court the article names, one that tries cases, held the trial.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseParts } from "./parts.ts";
import { trialCourtsOf } from "./first-courts.ts";

/** The rule of a trial held at the one trial court an appeal report names beside its appeal court. */
const APPEAL_TRIAL_COURT = "case.the-appeal-trial-court";
/** Names of courts that hear appeals: never the trial's, in an appeal report. */
const APPEAL_COURT = /\b(?:appeal|appeals|appellate|supreme|cassation|highest|apex|constitutional|top court|hc)\b/i;
/** A high court: a trial court below a court of appeal (as in Kenya, Malaysia, New Zealand, Ireland, Singapore), itself
 * a court of appeal below a supreme court (as in India). */
const HIGH_COURT = /\bhigh court\b/i, COURT_OF_APPEAL = /\b(?:court of appeal|appeal court|courts? of appeals|appeals court|appellate)\b/i;

export function appealTrialCourts(facts: Facts, parts: CaseParts): void {
  const rulings = facts.relations.filter((r) => r.type === "RULED" && /^(?:upheld|overturned)$/.test(String(facts.entity(r.target)?.attrs.outcome ?? "")));
  if (!rulings.length) return;
  const ruling = new Set(rulings.map((r) => r.source));
  const rulers = [...ruling].map((id) => facts.entity(id)!);
  // (a high court is the trial's only below a court of appeal that ruled: below a supreme court it heard an appeal itself)
  const belowAppeal = rulers.every((c) => COURT_OF_APPEAL.test(c.label) && !/\bsupreme\b/i.test(c.label));
  const ruledOn = new Set(facts.relations.filter((r) => r.type === "OVERTURNS" && rulings.some((x) => x.target === r.source)).map((r) => r.target));
  const trials = [...new Set(facts.relations.filter((r) => r.type === "RESULTED_IN" && ruledOn.has(r.target)).map((r) => r.source))].map((id) => facts.entity(id)!);
  const named = facts.entities.filter((c) => c.type === "Court" && c.mentions.length && !ruling.has(c.id) && !c.mentions.every((m) => parts.asPlace(m))
    && (!APPEAL_COURT.test(c.label) || HIGH_COURT.test(c.label) && belowAppeal && !/\b(?:appeal|appeals|appellate)\b/i.test(c.label)));
  const courts = trialCourtsOf(named);
  // (nor beside a retrial the ruling is not on, one that ended in a mistrial or a hung jury: the court may be that one's)
  const ruledTrials = new Set(trials.map((t) => t.id));
  const ended = (t: Entity) => facts.relationsFrom(t, "RESULTED_IN").some((r) => /^(?:mistrial|hung_jury)$/.test(String(facts.entity(r.target)?.attrs.outcome ?? "")));
  const others = facts.entities.filter((t) => t.type === "Trial" && !ruledTrials.has(t.id) && t.attrs.status !== "planned" && (/\bretrial\b/.test(t.label) || ended(t)));
  if (courts.length !== 1 || others.length) return;
  const court: Entity = courts[0]!;
  // (not where any trial of the article is already said to be held elsewhere: the court named may be another case's)
  if (facts.relations.some((r) => r.type === "HELD_AT" && r.target !== court.id)) return;
  for (const t of trials) if (t.attrs.status !== "planned" && !facts.relationsFrom(t, "HELD_AT").length) facts.relate("HELD_AT", t, court, court.mentions[0]!.sentence, 0.6, APPEAL_TRIAL_COURT);
}
