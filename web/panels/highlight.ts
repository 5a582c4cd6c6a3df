// Text with marked ranges, as DOM. Ranges are relative to `text`; overlapping ranges keep the first, longest.
import { h } from "./dom.ts";
import { visibleText, type Range } from "./markup.ts";

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

/** `hidden` ranges (relative to `text`, sorted) are left out of what is shown: markup the reader skips. */
export function highlightText(text: string, marks: readonly Mark[], hidden: readonly Range[] = []): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const slice = (a: number, b: number) => (hidden.length ? visibleText(text, a, b, hidden) : text.slice(a, b));
  let at = 0;
  for (const m of layoutMarks(text.length, marks)) {
    if (m.start > at) fragment.append(document.createTextNode(slice(at, m.start)));
    const mark = h("mark", { className: m.className, title: m.title }, slice(m.start, m.end));
    if (m.onClick) {
      mark.classList.add("link");
      mark.tabIndex = 0;
      mark.addEventListener("click", (e) => { e.stopPropagation(); m.onClick!(); });
    }
    fragment.append(mark);
    at = m.end;
  }
  if (at < text.length) fragment.append(document.createTextNode(slice(at, text.length)));
  return fragment;
}
