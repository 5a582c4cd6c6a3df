// Where a sentence tells of some other case than the article's own: "a separate tax case", "another trial",
// "found the studio liable for injuries on another shoot".
import type { SentenceLayers } from "../layers.ts";

const ANOTHER = /^(?:another|separate|unrelated|earlier|previous|prior|different|older)$/;
const MATTERS = /^(?:case|cases|suit|suits|lawsuit|lawsuits|action|claim|matter|shoot|production|film|set|trial)$/;

/** "found the studio liable for injuries on another shoot": the sentence tells of another case. */
export function anotherCase(l: SentenceLayers): boolean {
  return l.tokens.some((t, i) => ANOTHER.test(t.lower) && MATTERS.test(l.tokens[i + 1]?.lower ?? ""));
}
/**
 * "she has been acquitted in a separate tax case", "In another case, X was convicted of fraud": a verdict of some
 * other case than the one the article tells, so of a trial of its own (the phrase in the verdict's clause, near it).
 */
export function separateCase(l: SentenceLayers, anchor: number): boolean {
  const ts = l.tokens;
  return separateCases(l).some(([i, j]) => {
    const [a, b] = i < anchor ? [j, anchor] : [anchor, i];
    if (b - a <= 8 && !ts.slice(a, b).some((t) => /^[;,:]$/.test(t.lower))) return true;
    // (fronted: "In a separate case, X was acquitted")
    return i <= 3 && ts[j + 1]?.lower === "," && i < anchor;
  });
}

/** Where a sentence speaks of some other case than the one told: "a separate tax case", "another trial" ([word, noun] indices). */
export function separateCases(l: SentenceLayers): [number, number][] {
  const ts = l.tokens;
  const out: [number, number][] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!SEPARATE.test(ts[i]!.lower)) continue;
    const j = [i + 1, i + 2].find((k) => MATTERS.test(ts[k]?.lower ?? "") || /^(?:prosecution|proceedings?)$/.test(ts[k]?.lower ?? ""));
    if (j !== undefined) out.push([i, j]);
  }
  return out;
}
const SEPARATE = /^(?:another|separate|unrelated|different)$/;
