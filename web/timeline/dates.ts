// Dates as time spans, and which nodes a time window keeps. Pure: the timeline, the brush and the
// visibility read them. A date is as precise as its text: 2021 spans the year, 2021-03 the month.
import type { DataGraph } from "../data/index.ts";
import type { TimeWindow } from "../state/types.ts";

export const EVENT_TYPES = ["Charge", "Plea", "Trial", "Verdict"] as const;
const PROVENANCE = new Set(["MENTIONED_IN", "IN_ARTICLE"]);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a date covers, as ISO days; undefined for anything else. */
export function dateSpan(date: unknown): { from: string; to: string } | undefined {
  const m = typeof date === "string" ? DATE.exec(date) : null;
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2], m[3]];
  if (d) return { from: date as string, to: date as string };
  if (mo) return { from: `${y}-${mo}-01`, to: `${y}-${mo}-${String(new Date(Date.UTC(+y, +mo, 0)).getUTCDate()).padStart(2, "0")}` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Every date a node states: its `date`, and each of `dates` when the sources disagree. */
export function datesOf(attributes: Record<string, unknown>): string[] {
  const listed = Array.isArray(attributes.dates) ? (attributes.dates as { date?: unknown }[]).map((d) => d?.date).filter((d): d is string => typeof d === "string") : [];
  const all = [...(typeof attributes.date === "string" ? [attributes.date] : []), ...listed];
  return [...new Set(all)].filter((d) => dateSpan(d));
}

const overlaps = (date: string, w: TimeWindow) => { const s = dateSpan(date)!; return s.from <= w.to && s.to >= w.from; };

/**
 * What a time window hides: dated nodes none of whose dates falls in it, except the trial of a
 * verdict that does (a trial lasts until its verdict); and any other entity not joined to a kept
 * event (undated charges, people, courts; the roles of kept people stay). Articles and sentences
 * are left to their own filters.
 */
export function hiddenByWindow(graph: DataGraph, window: TimeWindow): Set<string> {
  const kept = new Set<string>();
  graph.forEachNode((key, a) => { if (datesOf(a).some((d) => overlaps(d, window))) kept.add(key); });
  const neighbours = (key: string) => {
    const out: string[] = [];
    graph.forEachEdge(key, (_e, a, s, t) => { if (!PROVENANCE.has(a.type)) out.push(s === key ? t : s); });
    return out;
  };
  for (const k of [...kept]) for (const n of neighbours(k)) if (graph.getNodeAttribute(n, "type") === "Trial") kept.add(n);
  for (const k of [...kept]) for (const n of neighbours(k)) if (datesOf(graph.getNodeAttributes(n)).length === 0) kept.add(n);
  for (const k of [...kept]) if (graph.getNodeAttribute(k, "type") === "Person")
    graph.forEachOutEdge(k, (_e, a, _s, t) => { if (a.type === "HOLDS_ROLE") kept.add(t); });
  const hidden = new Set<string>();
  graph.forEachNode((key, a) => { if (a.type !== "Article" && a.type !== "Sentence" && !kept.has(key)) hidden.add(key); });
  return hidden;
}

/** One mark on the timeline: a dated node, once per date it states. */
export interface TimelineEvent {
  key: string;
  type: string;
  label: string;
  date: string;
  from: string;
  to: string;
  /** The sources give this node more than one date. */
  disputed: boolean;
}

/** The dated nodes among those not hidden, once per date, in time order. */
export function timelineEvents(graph: DataGraph, hidden: ReadonlySet<string>): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  graph.forEachNode((key, a) => {
    if (hidden.has(key) || a.type === "Article" || a.type === "Sentence") return;
    const dates = datesOf(a);
    for (const date of dates) events.push({ key, type: a.type, label: String(a.label ?? key), date, ...dateSpan(date)!, disputed: dates.length > 1 });
  });
  return events.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.key < y.key ? -1 : 1));
}
