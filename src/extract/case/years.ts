// Years in a case's sentences: the year the article is "now" for, and the year a verdict is said to have been
// given in, so that a verdict two years or more before the article's own events is an earlier trial's.
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";

/** The latest year the article speaks of, or its publication year: "now" for the events it tells. */
const YEAR = /^(?:19|20)\d\d$/; // (made once: articleYear tests every token of an article)
export function articleYear(layers: readonly SentenceLayers[], published?: string): number | undefined {
  const fromFront = published ? Number(/^(\d{4})/.exec(published)?.[1]) : NaN;
  let max = 0;
  for (const l of layers) for (const t of l.tokens) if (YEAR.test(t.text)) max = Math.max(max, Number(t.text));
  if (!Number.isNaN(fromFront)) return max && max <= fromFront ? Math.max(max, fromFront) : fromFront;
  return max || undefined;
}

/**
 * A year said of the verdict itself: inside the match ("convicted in 2008 of fraud") or just after it,
 * past only words about who gave it and where ("... by a jury in Chicago in 2008"), or opening the
 * sentence ("In 2008, a jury ..."). A year after other words dates the offence ("over his assault in 2002"), not the verdict.
 */
export function yearOf(l: SentenceLayers, f: Frame): number | undefined {
  const year = (i: number) => /^(?:19|20)\d\d$/.test(l.tokens[i]?.text ?? "") && l.tokens[i - 1]?.lower === "in";
  // ("In 2019, a jury found ...": a year that opens the sentence dates its clause)
  if (l.tokens[0]?.lower === "in" && year(1) && f.start > 1) return Number(l.tokens[1]!.text);
  for (let i = f.start; i < f.end; i++) if (year(i) && !inRelativeBefore(l, i, f.anchor)) return Number(l.tokens[i]!.text);
  for (let i = f.end; i < Math.min(l.tokens.length, f.end + 9); i++) {
    if (year(i)) return Number(l.tokens[i]!.text);
    const t = l.tokens[i]!;
    if (!(t.cap || /^(?:by|a|the|jury|judge|court|panel|in|at|federal|state|county|district)$/.test(t.lower))) break;
  }
  return undefined;
}

/**
 * "X, who was convicted of burglary in 2016, was found guilty of robbery": a year inside a relative clause that
 * closes before the verdict's verb dates what the clause tells, not the verdict.
 */
function inRelativeBefore(l: SentenceLayers, i: number, anchor: number): boolean {
  if (anchor <= i) return false;
  let opened = false;
  for (let k = i - 1; k >= 0 && !opened; k--) {
    const w = l.tokens[k]!.lower;
    if (w === "who" || w === "which" || w === "whom" || w === "whose") opened = l.tokens[k - 1]?.lower === ",";
    else if (w === "," || w === ";") return false;
  }
  return opened && l.tokens.slice(i + 1, anchor).some((t) => t.lower === ",");
}
