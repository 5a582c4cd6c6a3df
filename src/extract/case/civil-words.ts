// Trials told in a suit's words: "the civil trial of X", "the defamation trial of X" is the trial of a suit against X,
// not of a criminal charge.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import { DETERMINERS, SUIT_KINDS } from "../spans/charge-words.ts";

/** Nouns of a suit after "in a": "in a civil case", "in a lawsuit", "in her defamation action". */
const SUIT_NOUNS = /^(?:lawsuit|lawsuits|suit|suits)$/;
const KIND_NOUNS = /^(?:case|claim|action|trial|proceedings)$/;

/**
 * Whether a trial or an acquittal is told as a suit's by the words after it: "went on trial in a civil case brought
 * by X", "was cleared in a defamation case": the suit's trial and its finding, not a criminal trial or a verdict of guilt.
 */
export function toldInSuit(l: SentenceLayers, f: Frame): boolean {
  if (f.frame !== "trial" && f.frame !== "verdict") return false;
  const ts = l.tokens;
  // (the frame may have read the setting itself: "was cleared in a civil case" is a bare acquittal's)
  const from = (f.anchor >= 0 ? f.anchor : f.start) + 1;
  for (let i = from; i <= f.end; i++) if (ts[i]?.lower === "in") return suitAfter(ts, i + 1);
  return false;
}

function suitAfter(ts: SentenceLayers["tokens"], at: number): boolean {
  let i = at;
  if (!DETERMINERS.has(ts[i]?.lower ?? "")) return false;
  let kind = false;
  for (let n = 0; n < 4 && ts[++i]; n++) {
    const w = ts[i]!.lower;
    if (SUIT_NOUNS.test(w)) return true;
    if (KIND_NOUNS.test(w)) return kind;
    if (SUIT_KINDS.test(w)) kind = true;
    else if (!/^(?:ADJ|NOUN)$/.test(ts[i]!.pos)) return false;
  }
  return false;
}

/** Whether a held trial's frame names it a suit's trial by the word before its noun ("the civil trial of X began"). */
export function suitTrial(l: SentenceLayers, f: Frame): boolean {
  if (f.frame !== "trial" || f.set.status === "planned") return false;
  const k = f.anchor >= 0 ? f.anchor : f.start;
  if (!/^(?:trial|retrial)$/.test(l.tokens[k]?.lower ?? "")) return false;
  return [k - 1, k - 2].some((i) => i >= f.start && SUIT_KINDS.test(l.tokens[i]?.lower ?? ""));
}
