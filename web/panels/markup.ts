// Markdown's marks in an article's text, as ranges the reader leaves out: heading and quote
// markers, list bullets, rules, emphasis, link targets and inline code fences. The text itself is
// not changed (every offset still indexes it); the reader only skips these. Anything that looks
// like HTML is text, shown as written.

export interface Range { start: number; end: number }

const LINE_MARKS = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))/gm;
const TRAILING_HASHES = /[ \t]+#+[ \t]*$/gm;
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;
const PAIRS = [/(?<![\w*])(\*\*)(?=\S)[^\n]*?\S\*\*(?![\w*])/g, /(?<![\w_])(__)(?=\S)[^\n]*?\S__(?![\w_])/g, /(?<![\w*])(\*)(?=[^\s*])[^\n*]*?[^\s*]\*(?![\w*])/g, /(?<![\w_])(_)(?=[^\s_])[^\n_]*?[^\s_]_(?![\w_])/g, /(`)[^`\n]+`/g];
const LINK = /(!?)\[([^\]\n]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g;

/** The ranges of markup in `text[from..to)`, sorted, not overlapping. */
export function markupRanges(text: string, from = 0, to = text.length): Range[] {
  const body = text.slice(from, to);
  const ranges: Range[] = [];
  const add = (start: number, end: number) => { if (end > start) ranges.push({ start: from + start, end: from + end }); };
  for (const re of [LINE_MARKS, TRAILING_HASHES, RULE]) for (const m of body.matchAll(re)) add(m.index, m.index + m[0].length);
  for (const re of PAIRS) for (const m of body.matchAll(re)) { const n = m[1]!.length; add(m.index, m.index + n); add(m.index + m[0].length - n, m.index + m[0].length); }
  for (const m of body.matchAll(LINK)) {
    if (m[1]) { add(m.index, m.index + m[0].length); continue; } // an image: its alt text is not prose
    add(m.index, m.index + 1);
    add(m.index + 1 + m[2]!.length, m.index + m[0].length);
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** `text[start..end)` without the hidden ranges (which are absolute, sorted). */
export function visibleText(text: string, start: number, end: number, hidden: readonly Range[]): string {
  let out = "", at = start;
  for (const r of hidden) {
    if (r.end <= at) continue;
    if (r.start >= end) break;
    if (r.start > at) out += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  return at < end ? out + text.slice(at, end) : out;
}
