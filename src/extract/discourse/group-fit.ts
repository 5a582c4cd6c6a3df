// Who a description or a counted group of accused cannot stand for: the people a sentence tells were harmed or gave
// evidence. "A stuntman died on set ... X, 38," names no accused; "the jury convicted both men", a sentence after
// "Cashier A and his manager B gave evidence", is not the two who testified; nor are "two security guards accused of
// assaulting a shopper" the shopper and her friend who told the court what they saw. The lede and group readers
// (ledes.ts, groups.ts, lede-groups.ts) leave such people out rather than give a victim or a witness the verdict.
import type { Entity } from "../../types.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { ruleSets, type Frame } from "../engine/rules.ts";
import { victimOvertaken } from "../case/event-clauses.ts";

/** The entities of one slot of a sentence's frames of one kind (the events rules, read ahead of the events stage). */
function slotEntities(l: SentenceLayers, frame: string, slot: string, keep: (f: Frame) => boolean = () => true): Set<Entity> {
  const frames = ruleSets().get("events")!.run(l, l.sentence.index, (r) => r.frame === frame).filter(keep);
  return new Set(frames.flatMap((f) => f.slots.get(slot) ?? []).map((s) => (s.data as EntityData | undefined)?.entity).filter((e): e is Entity => !!e));
}

/** The people a sentence tells were harmed or killed. */
export const victimsIn = (l: SentenceLayers): Set<Entity> => slotEntities(l, "victim", "victim", (f) => !victimOvertaken(l, f));

/** The people a sentence tells giving evidence (the witness of a testimony rule: "A told the court", "B gave evidence"). */
export const witnessesIn = (l: SentenceLayers): Set<Entity> => slotEntities(l, "testify", "witness");

/** The frames that tell someone accused: charged, pleading, tried, convicted or acquitted, sentenced. */
const ACCUSING = new Set(["charge", "plea", "trial", "verdict", "sentence"]);

/** The people a sentence tells accused (the defendant of a charge, plea, trial, verdict or sentence rule). */
export const accusedIn = (l: SentenceLayers): Set<Entity> => {
  const frames = ruleSets().get("events")!.run(l, l.sentence.index, (r) => ACCUSING.has(r.frame));
  return new Set(frames.flatMap((f) => f.slots.get("defendant") ?? []).map((s) => (s.data as EntityData | undefined)?.entity).filter((e): e is Entity => !!e));
};
