// An acquittal told as an appeal court's ruling: "The High Court acquitted X, quashing the conviction entered by
// a magistrate's court", "Justice Y acquitted the actor of all charges ... while allowing Kohli's appeal". The
// acquittal is no verdict of a trial: it overturns the trial's conviction, which stays that trial's.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { SentenceLayers } from "../layers.ts";
import type { CaseEvent } from "./events.ts";
import { separateCases } from "./other-cases.ts";
import { APPELLATE, TRIAL_HIGH_COURT } from "./people.ts";

/** Words of a sentence that tell an appeal allowed or a conviction undone. */
const ON_APPEAL = /\b(?:on appeal|allow(?:ed|ing|s)? (?:(?:his|her|their|the|an?) )?(?:[\p{L}-]+(?:'s|’s) )?appeals?|quash(?:ed|es|ing)|set(?:s|ting)? aside|overturn(?:ed|s|ing)|revers(?:ed|es|ing))\b/iu;
/** Words that tell a conviction or a sentence undone: "overturning his conviction", "setting aside the death sentence". */
const UNDONE = /\b(?:quash(?:ed|es|ing)|set(?:s|ting)? aside|overturn(?:ed|s|ing)|revers(?:ed|es|ing))\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[\p{L}-]+\s+){0,2}(?:conviction|convictions|sentence|sentences|verdict)\b/iu;
/** Words that put an acquittal at a trial: a jury's, a retrial's. */
const AT_TRIAL = /\b(?:jury|jurors|retrial|re-trial|trial)\b/i;

/**
 * Turns an acquittal told with an appeal allowed, of one whose conviction the article tells, into an
 * appeal that overturned it. A bare acquittal of theirs told elsewhere with no jury or trial (a headline's
 * "X acquitted") is that ruling again.
 */
export function acquittalsOnAppeal(events: CaseEvent[], layers: readonly SentenceLayers[], facts: Facts): void {
  const text = (e: CaseEvent) => layers[e.sentence]!.sentence.text;
  // (a sentence passed tells a conviction: "acquitted X, who had been sentenced to life by a sessions court in 2019")
  const conviction = (x: CaseEvent, d: Entity) => (x.kind === "verdict" && x.set.outcome === "guilty" || x.kind === "sentence" && !x.otherCase) && x.defendants.includes(d);
  const convicted = (d: Entity) => events.some((x) => conviction(x, d));
  const acquittal = (e: CaseEvent) => e.kind === "verdict" && e.set.outcome === "not_guilty" && e.defendants.length > 0;
  const courts = facts.entities.filter((c) => c.type === "Court" && c.mentions.length && APPELLATE.test(c.label));
  // ("convicted by a special court in 2018 ... the Kelton High Court on Monday acquitted him": an appeal court's
  // acquittal, named in its sentence, of one convicted in an earlier sentence, and no trial's words with it)
  const appealCourtHere = (e: CaseEvent) => {
    const here = courts.filter((c) => !TRIAL_HIGH_COURT.test(c.label) && c.mentions.some((m) => m.sentence === e.sentence));
    return here.length === 1 ? here[0] : undefined;
  };
  // (or in the acquittal's own sentence, by another court that holds trials: "... acquitted X, who had been
  // sentenced to life imprisonment by a sessions court")
  const otherTrialCourt = (x: CaseEvent, e: CaseEvent) => x.sentence === e.sentence && x !== e && !!x.court && x.court !== e.court && !APPELLATE.test(x.court.label);
  const convictedBefore = (d: Entity, e: CaseEvent) => events.some((x) => conviction(x, d) && (x.sentence < e.sentence || otherTrialCourt(x, e)));
  // ("The High Court convicted X of manslaughter but acquitted him of murder": a split verdict, both told in one
  // sentence by one court with no appeal's words, is that court's trial ruling on each count, not an appeal)
  const splitHere = (e: CaseEvent) => !ON_APPEAL.test(text(e)) && events.some((x) => x !== e && x.kind === "verdict" && x.set.outcome === "guilty"
    && x.sentence === e.sentence && !x.relative && !x.otherCase && (!x.court || !e.court || x.court === e.court) && e.defendants.every((d) => x.defendants.includes(d)));
  const byAppealCourt = (e: CaseEvent) => !AT_TRIAL.test(text(e)) && !splitHere(e) && !!appealCourtHere(e) && e.defendants.every((d) => convictedBefore(d, e));
  // ("acquitted X of dowry death, overturning his conviction by a sessions court": the sentence tells the conviction undone,
  // whether or not the article tells it as a verdict of its own; "setting aside the death sentence handed to him" too)
  // ("The High Court set aside the conviction of a man ... A division bench comprising Justice A and Justice B acquitted X":
  // the acquittal of an appeal bench told in the sentence after the conviction undone)
  const benchAfterUndone = (e: CaseEvent) => e.sentence > 0 && events.some((x) => x.kind === "panel" && x.sentence === e.sentence) && UNDONE.test(layers[e.sentence - 1]!.sentence.text);
  const undone = (e: CaseEvent) => UNDONE.test(text(e)) || benchAfterUndone(e);
  // (never one "in a separate tax case": that acquittal undoes no conviction the article tells)
  const ruled = events.filter((e) => acquittal(e) && (ON_APPEAL.test(text(e)) || byAppealCourt(e) || benchAfterUndone(e)) && !/\bjury\b|\bjurors\b|\bre-?trial\b/i.test(text(e))
    && !separateCases(layers[e.sentence]!).length && (e.defendants.every(convicted) || undone(e)));
  if (!ruled.length) return;
  // the appeal court named in the ruling's sentence or last before it (within a few), else the article's one
  const appealCourt = (at: number) => {
    const near = courts.map((c) => ({ c, m: Math.max(...c.mentions.map((m) => m.sentence).filter((s) => s <= at && s >= at - 3)) })).filter((x) => x.m >= 0);
    const last = Math.max(...near.map((x) => x.m));
    const best = near.filter((x) => x.m === last);
    return best.length === 1 ? best[0]!.c : courts.length === 1 ? courts[0] : undefined;
  };
  const families = (e: CaseEvent) => new Set(e.charges.map((c) => c.data.family));
  for (const e of events) {
    const first = ruled.find((r) => r === e || acquittal(e) && !AT_TRIAL.test(text(e)) && e.defendants.every((d) => r.defendants.includes(d))
      && [...families(e)].every((f) => families(r).has(f) || r.set.scope === "all"));
    if (!first) continue;
    const court = first.court ?? (byAppealCourt(first) ? appealCourtHere(first) : undefined) ?? appealCourt(first.sentence);
    e.kind = "appeal";
    e.set = { ...e.set, outcome: "overturned" };
    delete e.set.trial;
    e.court ??= court;
  }
  // (the bench's acquittal after the sentence that told the conviction set aside is that same ruling, told once)
  const told = (e: CaseEvent) => events.some((x) => x !== e && x.kind === "appeal" && x.set.outcome === "overturned" && x.sentence === e.sentence - 1 && e.defendants.every((d) => x.defendants.includes(d)));
  for (let k = events.length - 1; k >= 0; k--) if (ruled.includes(events[k]!) && benchAfterUndone(events[k]!) && told(events[k]!)) events.splice(k, 1);
}
