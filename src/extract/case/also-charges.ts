// A co-defendant's verdict told after another's with no offence of its own: "X was found guilty of murder. His
// co-accused, Y, was also convicted", "A jury acquitted X of arson. Y was also cleared". The sentence says Y stood
// trial beside X (alongside.ts) and had the same outcome; with no charge of Y's told anywhere in the article, the
// verdict is on the offences of the one it is told beside: the last verdict before it, in that sentence or the two
// before, of another defendant, that names its offences. Not where it names another outcome ("X was convicted of
// murder. Y was also acquitted" tells of no count of Y's), but for one named their co-accused ("His co-accused, Y, was
// cleared"), nor an earlier trial's, nor a verdict of some counts ("also convicted on two counts").
// Two outcomes told in one sentence, the offence said once ("found A guilty of arson and B not guilty", "acquitted A
// but convicted B of fraud", "as was B": a rule's `gapped`), are on the offences the other verdict of that sentence
// names, whichever comes first, when it is the only other one there that names any.
import type { CaseEvent } from "./events.ts";
import type { SentenceLayers } from "../layers.ts";
import { otherOffenceTold } from "./offences-told.ts";

const DELIVERED = new Set(["guilty", "not_guilty"]);
const GAPPED = new Set(["guilty", "not_guilty", "hung_jury"]);

export function alsoCharges(events: readonly CaseEvent[], layers: readonly SentenceLayers[]): void {
  for (const [i, e] of events.entries()) {
    if (e.kind !== "verdict" || e.charges.length || !e.defendants.length || e.set.scope || e.set.trial) continue;
    // (one whose own charges the article tells has their verdict on those: the cases stage reads them)
    if (events.some((x) => x.charges.length && x.defendants.some((d) => e.defendants.includes(d)))) continue;
    if (e.set.gapped) { gappedCharges(e, events, layers); continue; }
    if ((e.set.alongside !== "before" && e.set.alongside !== "more" && e.set.alongside !== "co") || !DELIVERED.has(e.set.outcome ?? "")) continue;
    const before = events.slice(0, i).filter((x) => x.kind === "verdict" && x.sentence >= e.sentence - 2 && x.charges.length && !x.set.trial).at(-1);
    // ("X was found guilty of murder. His co-accused, Y, was found not guilty": a co-accused named as such, with no "also",
    // was tried on the same offences, whatever the outcome)
    if (!before || before.set.outcome !== e.set.outcome && e.set.alongside !== "co" || before.set.scope || before.defendants.some((d) => e.defendants.includes(d))) continue;
    e.charges = before.charges.filter((c) => !c.data.deed).map((c) => ({ ...c }));
  }
}

/** The offences the other verdicts of a gapped verdict's sentence name, of other defendants, when they name the same ones. */
function gappedCharges(e: CaseEvent, events: readonly CaseEvent[], layers: readonly SentenceLayers[]): void {
  if (!GAPPED.has(e.set.outcome ?? "")) return;
  const others = events.filter((x) => x !== e && x.kind === "verdict" && x.sentence === e.sentence && x.charges.length && !x.set.trial && !x.set.scope
    && x.defendants.length && !x.defendants.some((d) => e.defendants.includes(d)));
  // (two rules may read the one other verdict: the same offences twice are one telling)
  const offences = (x: CaseEvent) => x.charges.map((c) => c.data.family ?? c.data.label).sort().join("|");
  if (!others.length || others.some((x) => offences(x) !== offences(others[0]!))) return;
  // (nor where the article names another offence beside the defendant elsewhere, in words no rule read)
  const families = new Set(others[0]!.charges.map((c) => c.data.family));
  if (e.defendants.some((d) => otherOffenceTold(layers, d, families, e.sentence))) return;
  e.charges = others[0]!.charges.filter((c) => !c.data.deed).map((c) => ({ ...c }));
}
