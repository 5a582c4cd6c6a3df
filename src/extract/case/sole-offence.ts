// "Lucas Fernsby has been charged with arson. Gemma Fernsby denied the charge when she appeared in court": a denial of
// "the charge" (a plea on every count, none named) by one of whom the article tells no charge of their own is on the one
// offence the article charges anyone with. So is an outcome on no count of a co-accused named as such ("The jury failed
// to reach a verdict on his co-defendant, Y"). Nothing where the article names two offences, where the event speaks of
// an earlier trial, a separate case or another newcomer, or for a plea of guilt (often to a lesser offence than the
// other's).
// ("Six men went on trial charged with conspiracy. Those convicted were A, B and C": an offence told of no one named counts.)
import type { CaseEvent } from "./events.ts";
import { isCivil } from "./event-passes.ts";
import type { SentenceLayers } from "../layers.ts";
import { otherOffenceTold } from "./offences-told.ts";

const OUTCOMES = new Set(["guilty", "not_guilty", "hung_jury"]);

export function soleOffence(events: readonly CaseEvent[], layers: readonly SentenceLayers[]): void {
  const told = events.filter((x) => x.charges.length && !isCivil(x) && !x.otherCase && x.set.trial !== "earlier" && !x.separate);
  const named = told.flatMap((x) => x.charges.filter((c) => c.data.family && !c.data.deed));
  if (new Set(named.map((c) => c.data.family)).size !== 1) return;
  for (const e of events) {
    if (e.charges.length || !e.defendants.length || e.otherCase || e.separate || e.relative || e.fresh || e.set.trial || isCivil(e)) continue;
    const denial = e.kind === "plea" && e.set.plea === "not_guilty" && e.set.scope === "all";
    const beside = e.kind === "verdict" && OUTCOMES.has(e.set.outcome ?? "") && !e.set.scope && (e.set.alongside === "co" || e.set.alongside === "before" && !!e.set.gapped);
    if (!denial && !beside) continue;
    // (one whose own charges the article tells has their plea or verdict on those; "They both deny the charges" after "A
    // is charged with fraud alongside his wife, B": the one offence is A's already, and B's)
    const bare = e.defendants.filter((d) => !told.some((x) => x.defendants.includes(d)));
    if (!bare.length) continue;
    // (told of someone else before it: "the charge" points back to what was named)
    const before = told.filter((x) => x.sentence <= e.sentence).at(-1);
    const ref = before?.charges.find((c) => c.data.family && !c.data.deed);
    if (ref && !bare.some((d) => otherOffenceTold(layers, d, new Set([ref.data.family]), e.sentence))) e.charges = [{ ...ref }];
  }
}
