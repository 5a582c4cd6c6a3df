// Who a counted group of accused cannot stand for: "the jury convicted both men", a sentence after "Cashier A and his
// manager B gave evidence", is not the two who testified; nor are "two security guards accused of assaulting a shopper"
// the shopper and her friend who told the court what they saw. The group readers (groups.ts, lede-groups.ts) leave such
// people out rather than give a witness the verdict.
import type { Entity } from "../../types.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { ruleSets } from "../engine/rules.ts";

/** The people a sentence tells giving evidence (the witness of a testimony rule: "A told the court", "B gave evidence"). */
export function witnessesIn(l: SentenceLayers): Set<Entity> {
  const frames = ruleSets().get("events")!.run(l, l.sentence.index, (r) => r.frame === "testify");
  return new Set(frames.flatMap((f) => f.slots.get("witness") ?? []).map((s) => (s.data as EntityData | undefined)?.entity).filter((e): e is Entity => !!e));
}
