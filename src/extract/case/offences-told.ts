// Whether the article tells an offence of a defendant's that a verdict taking another's offences would miss: "Amy Rook
// denied perverting the course of justice. The jury convicted Dale Rook of murder but acquitted Amy Rook" (a denial no
// rule reads as a plea still names her offence). Any sentence but the verdict's that names the defendant (not by a
// pronoun) and an offence not among the ones to be given.
import type { Entity } from "../../types.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";

export function otherOffenceTold(layers: readonly SentenceLayers[], d: Entity, families: ReadonlySet<string>, except: number): boolean {
  for (const l of layers) {
    if (l.sentence.index === except) continue;
    if (!l.spans.some((s) => s.type === "Person" && (s.data as EntityData | undefined)?.entity === d && !(s.data as EntityData).pronoun)) continue;
    if (l.spans.some((s) => s.type === "Charge" && !!(s.data as ChargeData | undefined)?.family && !families.has((s.data as ChargeData).family))) return true;
  }
  return false;
}
