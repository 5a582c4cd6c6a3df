// Text with marked ranges, as DOM. Ranges are relative to `text`; overlapping ranges keep the first, longest.
import { h } from "./dom.ts";

export interface Mark {
  start: number;
  end: number;
  className?: string;
  title?: string;
  onClick?: () => void;
}

/** Sorts and drops overlaps: what `highlightText` draws. */
export function layoutMarks(length: number, marks: readonly Mark[]): Mark[] {
  const sorted = marks
    .filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  let end = 0;
  for (const m of sorted) if (m.start >= end) { kept.push(m); end = m.end; }
  return kept;
}

export function highlightText(text: string, marks: readonly Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const m of layoutMarks(text.length, marks)) {
    if (m.start > at) fragment.append(document.createTextNode(text.slice(at, m.start)));
    const mark = h("mark", { className: m.className, title: m.title }, text.slice(m.start, m.end));
    if (m.onClick) {
      mark.classList.add("link");
      mark.tabIndex = 0;
      mark.addEventListener("click", (e) => { e.stopPropagation(); m.onClick!(); });
    }
    fragment.append(mark);
    at = m.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}
