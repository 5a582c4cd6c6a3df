// Name and value comparison: case-, accent- and quote-style-insensitive, white space collapsed.

const MARKS = /\p{M}/gu;
const QUOTES: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"' };

/** Already folded: lower-case ASCII words with single spaces (most values: "judge", "mistrial"). */
const FOLDED = /^[a-z0-9_'.&-]+(?: [a-z0-9_'.&-]+)*$/;

/** The form two names are compared in: "José  O’Brien" and "jose o'brien" fold alike. */
export function fold(text: string): string {
  if (FOLDED.test(text)) return text;
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(/[\u2018\u2019\u201c\u201d]/g, (q) => QUOTES[q]!)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance, for "did you mean" hints on short words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest of `options` to `word` when it is close enough to be a likely typo. */
export function closest(word: string, options: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined, bestDistance = Infinity;
  for (const o of options) {
    const d = editDistance(w, o.toLowerCase());
    if (d < bestDistance) { best = o; bestDistance = d; }
  }
  return bestDistance <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}
