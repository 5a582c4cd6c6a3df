// Trials told in a suit's words: "the civil trial of X", "the defamation trial of X" is the trial of a suit against X,
// not of a criminal charge.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import { SUIT_KINDS } from "../spans/charge-words.ts";


/** Whether a held trial's frame names it a suit's trial by the word before its noun ("the civil trial of X began"). */
export function suitTrial(l: SentenceLayers, f: Frame): boolean {
  if (f.frame !== "trial" || f.set.status === "planned") return false;
  const k = f.anchor >= 0 ? f.anchor : f.start;
  if (!/^(?:trial|retrial)$/.test(l.tokens[k]?.lower ?? "")) return false;
  return [k - 1, k - 2].some((i) => i >= f.start && SUIT_KINDS.test(l.tokens[i]?.lower ?? ""));
}
