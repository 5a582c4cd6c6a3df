// A verdict told as background to another event: "Lachlan Ridley, who has been convicted of burglary, went on
// trial on Monday charged with armed robbery". A relative clause in the perfect ("who has been", "who had
// previously been") tells of what the defendant already was when the sentence's own event, a trial or a
// charge of another offence, came: an earlier case, never the trial the sentence reports.
import type { SentenceLayers } from "../layers.ts";
import type { CaseEvent } from "./events.ts";

/** Words between "who" and a perfect verdict verb: "who has been", "who had previously been", "who has twice been". */
const PERFECT = /^(?:has|have|had)$/;
const BETWEEN = /^(?:been|previously|already|twice|once|earlier|also|since)$/;

/** Whether the verdict's anchor is in a relative clause in the perfect: "who has (previously) been convicted". */
function perfectRelative(l: SentenceLayers, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && BETWEEN.test(l.tokens[k]!.lower)) k--;
  if (l.tokens[k + 1]?.lower !== "been" && !l.tokens.slice(k + 1, at).some((t) => t.lower === "been")) return false;
  return PERFECT.test(l.tokens[k]?.lower ?? "") && /^(?:who|whom)$/.test(l.tokens[k - 1]?.lower ?? "");
}

/** Words that tell a verdict as the defendant's past: "he had previously been convicted of theft". */
const PAST = /^(?:previously|formerly)$/;

/**
 * "Quillan had previously been banned from driving in 2018 after being convicted of drink-driving": a verdict told as
 * the defendant's past, on offences none of their other events in the article is on, is an earlier case's.
 */
function pastOwnVerdict(e: CaseEvent, events: readonly CaseEvent[], l: SentenceLayers): boolean {
  if (!e.charges.length || !l.tokens.slice(0, e.at).some((t, i) => PAST.test(t.lower) && !closedRelative(l, i, e.at!))) return false;
  const families = new Set(e.charges.map((c) => c.data.family));
  const others = events.filter((x) => x !== e && x.charges.length && x.defendants.some((d) => e.defendants.includes(d)));
  return others.length > 0 && others.every((x) => !x.charges.some((c) => families.has(c.data.family)));
}

/**
 * "X, who had previously been convicted of robbery, was found guilty of possessing a firearm": a word inside a relative
 * clause that closes before the verdict's verb tells of that clause's verdict, not this one.
 */
function closedRelative(l: SentenceLayers, i: number, at: number): boolean {
  const opened = l.tokens.slice(Math.max(0, i - 6), i).some((t, j, all) => /^(?:who|whom)$/.test(t.lower) && all[j - 1]?.lower === ",");
  return opened && l.tokens.slice(i + 1, at).some((t) => t.lower === ",");
}

export function backgroundVerdicts(events: CaseEvent[], layers: readonly SentenceLayers[]): void {
  for (const e of events) {
    if (e.kind !== "verdict" || e.set.trial || e.at === undefined || e.at < 0) continue;
    if (pastOwnVerdict(e, events, layers[e.sentence]!)) { e.set = { ...e.set, trial: "earlier" }; continue; }
    if (!perfectRelative(layers[e.sentence]!, e.at)) continue;
    const families = new Set(e.charges.map((c) => c.data.family));
    // the sentence's own event: a trial or a charge of the same defendant, on other offences
    const main = events.some((x) => x !== e && x.sentence === e.sentence && (x.kind === "trial" || x.kind === "charge")
      && x.defendants.some((d) => e.defendants.includes(d)) && !x.charges.some((c) => families.has(c.data.family)));
    if (main) e.set = { ...e.set, trial: "earlier" };
  }
}
