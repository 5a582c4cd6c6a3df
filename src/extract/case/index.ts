// Cases: the events stage's frames grouped into charges, trials, verdicts and pleas.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import type { Facts } from "../facts.ts";
import type { Doc } from "../document.ts";

export function assembleCases(_frames: readonly Frame[], _layers: readonly SentenceLayers[], _facts: Facts, _doc: Doc): void {
  // filled in by the case assembly
}
