// A case told across two trials: a first trial that ended without a verdict, or a conviction quashed, and the
// retrial the article reports. Which of the case's events are the first trial's, and when a retrial told as
// ordered is the trial held.
import type { SentenceLayers } from "../layers.ts";
import type { CaseEvent } from "./events.ts";

const ENDED = new Set(["mistrial", "hung_jury"]);
const DECIDED = new Set(["guilty", "not_guilty"]);
/** "His first trial", "the first jury", "a previous trial": words that tell of a trial before the one reported. */
const FIRST = /^(?:first|previous|earlier|original|initial)$/;
const TRIAL_WORDS = /^(?:trial|jury|jurors|panel)$/;
const OF_KIND = /^(?:to|of|under|since|ever)$/;

/**
 * "A jury convicted X of manslaughter at his retrial ... His first trial last year ended when the jury could not
 * reach a verdict": a deadlock or mistrial told of a first trial, naming no count, beside a verdict of the
 * defendant's, is that first trial's (not a second outcome of the trial reported). Marks it `first` as well, for
 * the counts it ended on (counts.ts wholeTrialCounts).
 */
export function firstTrialMistrials(events: CaseEvent[], layers: readonly SentenceLayers[]): void {
  for (const e of events) {
    if (e.kind !== "verdict" || !ENDED.has(e.set.outcome ?? "") || e.charges.length || e.set.scope) continue;
    const ts = layers[e.sentence]!.tokens;
    const end = e.at ?? ts.length;
    // (not "the first trial to come out of the inquiry", "the first jury ever to ...": a first of its kind)
    const first = ts.some((t, i) => i < end && FIRST.test(t.lower) && TRIAL_WORDS.test(ts[i + 1]?.lower ?? "") && !OF_KIND.test(ts[i + 2]?.lower ?? ""));
    if (!first) continue;
    const decided = events.some((x) => x.kind === "verdict" && DECIDED.has(x.set.outcome ?? "") && x.set.trial !== "earlier" && x.defendants.some((d) => e.defendants.includes(d)));
    if (e.set.trial === "earlier" || decided) e.set = { ...e.set, trial: "earlier", first: "yes" };
  }
}

/**
 * "X was convicted in 2019 of murder. The Court of Appeal quashed the conviction last year and ordered a retrial. On
 * Wednesday a jury found him not guilty": a retrial told as ordered or planned before a verdict of the trial the
 * article reports, of a defendant whose earlier trial the article told before, is that trial, held.
 */
export function heldRetrials(events: CaseEvent[]): void {
  for (const e of events) {
    if (e.kind !== "trial" || e.set.status !== "planned" || e.set.trial !== "retrial" || !e.defendants.length) continue;
    const theirs = (x: CaseEvent) => x.kind === "verdict" && x.defendants.some((d) => e.defendants.includes(d));
    const earlier = events.some((x) => theirs(x) && x.sentence <= e.sentence && x.set.trial === "earlier");
    const after = events.some((x) => theirs(x) && x.sentence > e.sentence && x.set.trial !== "earlier" && DECIDED.has(x.set.outcome ?? ""));
    if (earlier && after) e.set = { ...e.set, status: "held" };
  }
}

/** "at a retrial", "in his retrial", "at the retrial": where a verdict was given. */
const AT_RETRIAL = /^(?:at|in)$/;
const RETRIAL_OWNERS = /^(?:a|an|the|his|her|their)$/;

/**
 * "X, who was convicted of murder in 2019, was cleared at a retrial on Friday", "X, whose 2019 murder conviction was
 * quashed, was acquitted at a retrial": a verdict told as given at a retrial is the reported trial's, and the
 * defendant's other verdict of another outcome in the same sentence is the first trial's (one trial with both a
 * conviction and an acquittal on the same count would be a wrong fact).
 */
export function retrialVerdicts(events: CaseEvent[], layers: readonly SentenceLayers[]): void {
  for (const e of events) {
    if (e.kind !== "verdict" || !DECIDED.has(e.set.outcome ?? "") || e.set.trial === "earlier" || e.at === undefined) continue;
    const ts = layers[e.sentence]!.tokens;
    let atRetrial = false;
    for (let i = e.at + 1; i < Math.min(ts.length, e.at + 8) && !atRetrial; i++) {
      if (ts[i]!.lower === "," || ts[i]!.lower === ";") break;
      atRetrial = ts[i]!.lower === "retrial" && RETRIAL_OWNERS.test(ts[i - 1]?.lower ?? "") && AT_RETRIAL.test(ts[i - 2]?.lower ?? "");
    }
    if (!atRetrial) continue;
    // (so the conviction an appeal quashed is the first trial's too: "whose 2019 conviction was quashed", trials.ts)
    e.set = { ...e.set, retrial: "held" };
    for (const x of events) {
      if (x === e || x.kind !== "verdict" || x.sentence !== e.sentence || x.set.trial === "earlier" || !DECIDED.has(x.set.outcome ?? "") || x.set.outcome === e.set.outcome) continue;
      if (x.defendants.some((d) => e.defendants.includes(d))) x.set = { ...x.set, trial: "earlier" };
    }
  }
}
