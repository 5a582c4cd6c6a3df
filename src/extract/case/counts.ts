// Which counts an event of a criminal case is on, where it names none or names them by scope: "all
// counts", "the remaining counts", a mistrial told without its counts, a plea told without its counts.
import type { Entity } from "../../types.ts";
import type { CaseEvent } from "./events.ts";
import type { ChargeNode } from "./charges.ts";

/** Whether an event gives its charges an outcome: a verdict, a sentence, a guilty plea, an appeal's ruling. */
export const settles = (x: CaseEvent) => x.kind === "verdict" || x.kind === "sentence" || x.kind === "appeal" || (x.kind === "plea" && x.set.plea !== "not_guilty");

export const hasOutcome = (events: readonly CaseEvent[], outcome: string) => events.some((e) => e.kind === "verdict" && e.set.outcome === outcome);

/**
 * The charges a verdict is on: those it names, for "all counts" every charge (and those it names), for "the remaining counts" those
 * without a verdict yet (and those it names among them). A jury's verdict that names none ("jurors convicted him on five of the six counts", "ended
 * with a deadlocked jury") is on the defendant's one charge of that trial, when no other verdict of it names that charge.
 */
export function scoped(e: CaseEvent, named: ChargeNode[], all: ChargeNode[], others: ChargeNode[] = [], lone = false): ChargeNode[] {
  // ("guilty on all counts, including rape": every count, the named among them)
  if (e.set.scope === "all") return [...new Set([...named, ...all])];
  // ("cleared of all other charges, including murder": the counts named among the rest, and the rest)
  if (e.set.scope === "remaining" || e.set.scope === "other") return [...new Set([...named, ...all.filter((n) => !others.includes(n))])];
  if (named.length) return named;
  if (lone && all.length === 1 && !others.length) return all;
  return [];
}

/**
 * "X was indicted on 12 counts of wire fraud and two of money laundering ... the jury deadlocked and the judge
 * declared a mistrial": a mistrial that names no count, the only outcome its trial had, ends the trial on every
 * count the article says the defendant was charged with or tried for in this case (never those only another
 * verdict, a sentence or an earlier case names), less those a guilty plea or a dismissal settled. Not a conviction
 * or an acquittal told so: "charged with A and B ... a jury convicted her" may be on either (unnamed-verdicts.test.ts).
 */
export function wholeTrialCounts(e: CaseEvent, d: Entity, mine: readonly CaseEvent[], own: ChargeNode[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): ChargeNode[] {
  // (an earlier trial's only where the text calls it the first of this case: "Her first trial ended in a hung jury")
  if ((e.set.trial === "earlier" && !e.set.first) || (e.set.outcome !== "mistrial" && e.set.outcome !== "hung_jury")) return [];
  const earlier = e.set.trial === "earlier";
  const verdicts = mine.filter((x) => x.kind === "verdict" && (x.set.trial === "earlier") === earlier && x.set.outcome !== "dismissed");
  // (a jury that could not agree and the mistrial declared are one outcome)
  const outcome = (x: CaseEvent) => (x.set.outcome === "hung_jury" ? "mistrial" : x.set.outcome);
  if (verdicts.some((x) => outcome(x) !== outcome(e) || chargesOf(x, d).length || x.set.scope)) return [];
  const settledElse = new Set(mine.filter((x) => x.kind === "plea" && x.set.plea !== "not_guilty" || x.kind === "verdict" && x.set.outcome === "dismissed").flatMap((x) => chargesOf(x, d)));
  return own.filter((n) => !settledElse.has(n) && mine.some((x) => (x.kind === "charge" || x.kind === "trial" || x.kind === "plea" && x.set.plea === "not_guilty") && x.set.trial !== "earlier" && !x.otherCase && chargesOf(x, d).includes(n)));
}

/**
 * "X had pleaded not guilty to theft and false accounting ... On Tuesday he changed his plea to guilty": a changed plea
 * that names no count is on the counts X's not-guilty pleas of this case named, less those a verdict of another
 * outcome or a dismissal settled; none when X made another guilty plea the change does not account for.
 */
export function changedPleaCharges(e: CaseEvent, d: Entity, mine: readonly CaseEvent[], all: ChargeNode[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): ChargeNode[] {
  if (mine.some((x) => x !== e && x.kind === "plea" && x.set.plea !== "not_guilty" && !x.set.changed)) return [];
  const denied = mine.filter((x) => x.kind === "plea" && x.set.plea === "not_guilty" && x.set.trial !== "earlier" && !x.otherCase);
  if (!denied.length) return [];
  const settledElse = new Set(mine.filter((x) => x.kind === "verdict" && x.set.outcome !== "guilty").flatMap((x) => chargesOf(x, d)));
  // (a denial that named none: the counts it was to, "charged with A and B ... pleaded not guilty")
  const named = denied.flatMap((x) => chargesOf(x, d));
  const before = named.length ? named : unnamedPleaCharges(mine.filter((x) => !x.set.changed), "not_guilty", d, all, chargesOf);
  return [...new Set(before)].filter((n) => !settledElse.has(n));
}

/**
 * "X pleaded not guilty" with no count named: the counts the article says X is charged with or tried for
 * (never only convicted of), when X made no plea of another kind; a guilty plea so told only where X faces one count.
 */
export function unnamedPleaCharges(mine: readonly CaseEvent[], plea: string, d: Entity, all: ChargeNode[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): ChargeNode[] {
  // (a plea changed since, "changed his plea to guilty", leaves the denial's counts as they were)
  if (mine.some((x) => x.kind === "plea" && x.set.plea !== plea && !(plea === "not_guilty" && x.set.changed))) return [];
  const own = all.filter((n) => {
    const told = mine.filter((x) => chargesOf(x, d).includes(n));
    // ("In 2019, prosecutors dropped a charge of X against him": a count known only as what was dropped is none the
    // plea was to; "first charged him with X, but those charges were dropped" is)
    const dropped = told.filter((x) => x.kind === "verdict" && x.set.outcome === "dismissed");
    const charged = told.filter((x) => (x.kind === "charge" || x.kind === "trial") && x.set.trial !== "earlier");
    // (a count known only from a verdict may be another case's: "convicted of fraud in 2009 in a separate case")
    // (a charge read with no verb of its own from the words the dismissal names: "dropped a charge of X against him")
    const objectOf = (x: CaseEvent, y: CaseEvent) => x.kind === "charge" && (x.at ?? -1) < 0 && x.sentence === y.sentence && x.charges.some((c) => y.charges.some((o) => o.mention.start === c.mention.start));
    return charged.some((x) => !dropped.some((y) => objectOf(x, y)));
  });
  // ("A jury convicted X of seven counts ... X had pleaded not guilty": with no charge told apart, the counts
  // of the trial's verdicts are the ones denied; never those of an earlier case)
  if (plea === "not_guilty" && !own.length && !mine.some((x) => x.set.trial === "earlier")) {
    return all.filter((n) => mine.some((x) => x.kind === "verdict" && x.set.outcome !== "dismissed" && chargesOf(x, d).includes(n)));
  }
  if (plea === "not_guilty") return own;
  return own.length === 1 && !mine.some((x) => x.kind === "verdict" && x.set.outcome === "dismissed") ? own : [];
}

/**
 * "X was charged with A and B ... On Friday a jury acquitted her": a conviction or an acquittal that names no count,
 * the only outcome of its trial, is on the counts one telling named together, where that telling names every count the
 * article gives the defendant and nothing since told one apart (none dropped, amended, pleaded to or ruled on alone).
 * With counts told in several places ("charged with A ... later also charged with B") it may be on any of them: none.
 */
export function oneSetCounts(e: CaseEvent, d: Entity, mine: readonly CaseEvent[], all: ChargeNode[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): ChargeNode[] {
  if (e.set.trial || e.set.scope || e.otherCase || (e.set.outcome !== "guilty" && e.set.outcome !== "not_guilty") || all.length < 2) return [];
  // (another outcome of the defendant's, or one told by a verdict that repeats no other: "cleared of A. The jury convicted her")
  if (mine.some((x) => x !== e && (x.kind === "verdict" || x.kind === "appeal") && (x.set.outcome !== e.set.outcome || x.set.trial || x.set.scope || chargesOf(x, d).length))) return [];
  const tellers = mine.filter((x) => x !== e && chargesOf(x, d).length);
  const told = (x: CaseEvent) => (x.kind === "charge" || x.kind === "trial" || x.kind === "plea" && x.set.plea === "not_guilty") && !x.set.trial && !x.otherCase && x.sentence <= e.sentence;
  if (!tellers.length || !tellers.every(told)) return [];
  return tellers.some((x) => all.every((n) => chargesOf(x, d).includes(n))) ? all : [];
}

/**
 * "He faces separate charges in Toowoomba of two counts of rape. He has denied those charges": counts told only as
 * another case's are none the plea of this case is on (the article's one plea of the defendant's stands for this case).
 */
export function otherCaseOnly(n: ChargeNode, e: CaseEvent, d: Entity, mine: readonly CaseEvent[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): boolean {
  const told = mine.filter((x) => x !== e && chargesOf(x, d).includes(n));
  return told.length > 0 && told.every((x) => x.otherCase && x.kind === "charge");
}

/**
 * "Prosecutors dropped the theft charge ... she pleaded guilty to the remaining charges": a plea on the rest is on the
 * defendant's counts that nothing told before it settled (a dismissal, a verdict, a guilty plea, a sentence); where
 * nothing did, the rest of what is unknown, and it is on none.
 */
export function remainingPleaCounts(e: CaseEvent, d: Entity, mine: readonly CaseEvent[], own: ChargeNode[], chargesOf: (e: CaseEvent, d: Entity) => ChargeNode[]): ChargeNode[] {
  const settled = new Set(mine.filter((x) => x !== e && x.sentence <= e.sentence && settles(x)).flatMap((x) => chargesOf(x, d)));
  return settled.size ? own.filter((n) => !settled.has(n)) : [];
}
