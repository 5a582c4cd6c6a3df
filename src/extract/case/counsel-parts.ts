// Counsel and judges known by the part they play rather than a role: "Prosecuting, X said", "Y, defending,", "Sentencing
// him, Lord Z said" give the role the words tell; and a fronted counsel who is really a witness is none.
import type { Mention } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseEvent } from "./events.ts";
import { roleInfo } from "../../lexicon/index.ts";

/** The rules that read a judge by a title that is no role ("Lord X", "Lady X"). */
const JUDGE_TITLED = new Set(["preside.scottish-judge", "preside.sentencing-remarks"]);

/**
 * "Prosecuting, Gwen Tallis said", "Rhys Owen, defending,": one who prosecutes is a prosecutor and one
 * who defends a lawyer, where nothing else gives them a legal role (the words that say so are the mention).
 */
export function rolesOfParts(events: readonly CaseEvent[], facts: Facts, anchorOf: (e: CaseEvent) => Mention | undefined): void {
  for (const e of events) {
    // ("Lady X deferred sentence", "Sentencing him, Lord X said": a judge titled Lord or Lady, a title that is no role)
    const j = e.kind === "preside" && JUDGE_TITLED.has(e.rule) ? e.judge : undefined;
    const titledAt = j?.type === "Person" && !facts.relationsFrom(j, "HOLDS_ROLE").some((r) => roleInfo(facts.entity(r.target)!.label)?.legal) ? anchorOf(e) : undefined;
    if (j && titledAt) facts.relate("HOLDS_ROLE", j, facts.role("judge", titledAt, false), e.sentence, e.confidence, e.rule);
    const label = e.kind === "prosecute" ? "prosecutor" : e.kind === "defend" ? "lawyer" : undefined;
    const at = label && anchorOf(e);
    if (!at) continue;
    for (const p of e.people) {
      // (counsel named "BL" or "barrister" who prosecutes is a prosecutor too; one already a prosecutor or a judge is not given it again)
      const legal = facts.relationsFrom(p, "HOLDS_ROLE").map((r) => roleInfo(facts.entity(r.target)!.label)?.legal).filter(Boolean);
      if (p.type !== "Person" || (label === "lawyer" ? legal.length : legal.some((x) => x !== "lawyer"))) continue;
      // ("SEC lawyer Marcus Ratsey, who tried the case": counsel for a party to a suit tries it, and prosecutes no one)
      if (label === "prosecutor" && facts.relationsFrom(p, "REPRESENTS").length) continue;
      facts.relate("HOLDS_ROLE", p, facts.role(label, at, false), e.sentence, e.confidence, e.rule);
    }
  }
}

/**
 * "Testifying for the defence, X said": a witness the sentence tells of, called by a side, is no counsel of that
 * side, though the words after the verb ("for the defence, X said") are those a lawyer is fronted by. Removes the
 * fronted counsel events whose people all testify in the same sentence (only those: "Prosecutor X told the jury"
 * is read as testimony too, and is a prosecutor's).
 */
export function witnessesAreNoCounsel(events: CaseEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if ((e.kind !== "defend" && e.kind !== "prosecute") || !e.people.length || !e.rule.endsWith("-fronted")) continue;
    // ("Prosecuting, X told the court": telling the court is what counsel do too, no sign of a witness)
    const witnesses = new Set(events.filter((x) => x.kind === "testify" && x.sentence === e.sentence && x.rule !== "testify.told-court").flatMap((x) => x.people));
    if (e.people.every((p) => witnesses.has(p))) events.splice(i, 1);
  }
}
