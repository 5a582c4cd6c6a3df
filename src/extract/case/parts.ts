// Where an article turns to another case: a sentence that opens "Separately," or "In an unrelated
// case," begins a new part, and what was told in a part before it (a death, a magistrate at a bail
// hearing) is not of the case the new part tells.
import type { SentenceLayers } from "../layers.ts";
import { NEW_CASE_OPENERS } from "../../lexicon/index.ts";

/** The part of the article each sentence is in, by sentence index: 0 until the first turn to another case. */
export function caseParts(layers: readonly SentenceLayers[]): (sentence: number) => number {
  const turns: number[] = [];
  for (const l of layers) {
    const ts = l.tokens;
    const opens = NEW_CASE_OPENERS.some((words) => words.every((w, k) => ts[k]?.lower === w) && ts[words.length]?.lower === ",");
    if (opens) turns.push(l.sentence.index);
  }
  return (sentence) => turns.filter((t) => t <= sentence).length;
}
