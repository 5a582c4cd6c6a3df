// Which sentences of an article that tells both a criminal case and a civil suit tell the suit's hearing: "X was
// acquitted of manslaughter ... Her husband has since sued X. The civil trial opened at the High Court before Justice
// Y. Mr Z testified that ..." The judge, the court and the witnesses told there are the suit's, not the criminal trial's.
import type { SentenceLayers } from "../layers.ts";
import type { CaseEvent } from "./events.ts";
import { isCivil } from "./event-passes.ts";

/** A suit told as heard: "the civil trial", "in a civil suit heard at", "the civil case". */
const CIVIL_HEARING = /\bcivil (?:trial|case|suit|action|claim|hearing|proceedings)\b/i;
/** Words of the criminal case, which end the suit's part: "the criminal trial", "prosecutors", "the trial" said alone. */
const CRIMINAL_WORDS = /\b(?:criminal|prosecut\w*|(?<!civil )trial)\b/i;
/** Events that tell the criminal case. */
const CRIMINAL_KINDS = new Set(["verdict", "charge", "plea", "sentence", "trial", "appeal", "prosecute"]);
/** How many sentences a suit's hearing, told once, goes on being told without a word of it. */
const REACH = 4;

/** The sentences that tell the suit's hearing (none in an article without both a suit and a criminal case). */
export function civilHearing(events: readonly CaseEvent[], layers: readonly SentenceLayers[]): Set<number> {
  const out = new Set<number>();
  const criminalAt = (i: number) => events.some((e) => e.sentence === i && CRIMINAL_KINDS.has(e.kind) && !isCivil(e));
  if (!events.some(isCivil) || !events.some((e) => CRIMINAL_KINDS.has(e.kind) && !isCivil(e))) return out;
  let last = -Infinity;
  for (const l of layers) {
    const i = l.sentence.index, text = l.sentence.text;
    // (or the suit itself told where a court is named: "is suing his old club, the High Court heard")
    const heard = CIVIL_HEARING.test(text) || events.some((e) => e.sentence === i && isCivil(e) && (e.kind === "verdict" || e.kind === "suit" && l.spans.some((s) => s.type === "Court")));
    if (heard && !criminalAt(i)) { out.add(i); last = i; continue; }
    if (criminalAt(i) || CRIMINAL_WORDS.test(text) || i - last > REACH) { last = -Infinity; continue; }
    out.add(i);
  }
  return out;
}
