// The timeline: the dated events of the graph on a time axis, one lane per node type, each mark
// coloured like its node and as wide as its date is vague (a year spans the year). Click a mark to
// select its node and read its sentence; drag across the axis to filter the graph to a time window.
// Drawn with d3's scale, axis and brush (d3-scale, d3-axis, d3-brush): a time scale with calendar
// ticks and a brush with keyboard-free drag, resize and clear are what a hand-drawn SVG would get wrong.
import { scaleUtc } from "d3-scale";
import { axisBottom } from "d3-axis";
import { brushX, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import { nodeColor } from "../render/palette.ts";
import { h, fill } from "../panels/dom.ts";
import type { ViewContext } from "../panels/context.ts";
import type { ViewState } from "../state/index.ts";
import { EVENT_TYPES, timelineEvents, type TimelineEvent } from "./dates.ts";

const SVG = "http://www.w3.org/2000/svg";
const MARGIN = { left: 70, right: 16, top: 8 };
const ROW = 18, LANE_GAP = 8, AXIS = 24, CHAR = 6.4, LABEL_MAX = 34;
const DAY = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const short = (s: string) => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

export interface TimelineView { element: HTMLElement; render(state: ViewState, hidden: ReadonlySet<string>): void; count(): number }

export function timelineView(ctx: ViewContext): TimelineView {
  const element = h("div", { className: "timeline", "aria-label": "Timeline" });
  let shown: TimelineEvent[] = [];
  let last: { state: ViewState; hidden: ReadonlySet<string> } | null = null;
  new ResizeObserver(() => { if (last && element.isConnected) draw(last.state, last.hidden); }).observe(element);

  function related(state: ViewState): Set<string> | null {
    const sel = state.selection;
    if (sel?.kind !== "node" || !ctx.graph.hasNode(sel.key)) return null;
    // A person, court or charge: the events within two relation hops of it.
    const near = new Set([sel.key]);
    let frontier = [sel.key];
    for (let hop = 0; hop < 2; hop++) {
      const next: string[] = [];
      for (const n of frontier) ctx.graph.forEachEdge(n, (_e, a, s, t) => {
        if (a.type === "MENTIONED_IN" || a.type === "IN_ARTICLE") return;
        const o = s === n ? t : s;
        if (!near.has(o)) { near.add(o); next.push(o); }
      });
      frontier = next;
    }
    return near;
  }

  function draw(state: ViewState, hidden: ReadonlySet<string>) {
    last = { state, hidden };
    shown = timelineEvents(ctx.graph, hidden);
    const windowNote = state.filters.timeWindow
      ? h("span", { className: "window" }, `Graph limited to ${state.filters.timeWindow.from} – ${state.filters.timeWindow.to} `,
        h("button", { type: "button", className: "link-button", onclick: () => ctx.store.dispatch({ type: "setTimeWindow", window: null }) }, "show all times"))
      : h("span", { className: "muted" }, "Drag across the axis to show only a time window.");
    if (shown.length === 0) {
      return fill(element, h("p", { className: "hint" }, "No dated events in view. Trials, verdicts, pleas and charges get a date when their sentence states one (relative dates such as “on Thursday” need the article’s published date)."),
        state.filters.timeWindow ? windowNote : null);
    }
    const lanes = [...EVENT_TYPES.filter((t) => shown.some((e) => e.type === t)), ...new Set(shown.map((e) => e.type).filter((t) => !(EVENT_TYPES as readonly string[]).includes(t)))];
    const width = Math.max(320, element.clientWidth - 4);
    let from = day(shown[0]!.from).getTime(), to = Math.max(...shown.map((e) => day(e.to).getTime())) + DAY;
    const pad = Math.max(30 * DAY, (to - from) * 0.04);
    from -= pad; to += pad;
    const x = scaleUtc().domain([new Date(from), new Date(to)]).range([MARGIN.left, width - MARGIN.right]);
    // Rows inside each lane: a mark goes to the first row whose last label ends before it.
    const placed: { e: TimelineEvent; lane: number; row: number; x0: number; x1: number; left: boolean }[] = [];
    const laneRows = lanes.map(() => 1);
    lanes.forEach((lane, li) => {
      const ends: number[] = [];
      for (const e of shown.filter((ev) => ev.type === lane)) {
        const x0 = x(day(e.from)), x1 = Math.max(x0 + 8, x(new Date(day(e.to).getTime() + DAY)));
        // A label that would run off the right edge goes to the left of its mark.
        const labelWidth = short(e.label).length * CHAR;
        const left = x1 + 4 + labelWidth > width - MARGIN.right && x0 - 4 - labelWidth > MARGIN.left;
        const labelEnd = left ? x1 : x1 + 4 + labelWidth;
        const start = left ? x0 - 4 - labelWidth : x0;
        let row = ends.findIndex((end) => end < start);
        if (row < 0) { row = ends.length; ends.push(0); }
        ends[row] = labelEnd;
        placed.push({ e, lane: li, row, x0, x1, left });
      }
      laneRows[li] = Math.max(1, ends.length);
    });
    const laneTop = lanes.map((_, li) => MARGIN.top + laneRows.slice(0, li).reduce((n, r) => n + r * ROW + LANE_GAP, 0));
    const axisY = laneTop[lanes.length - 1]! + laneRows[lanes.length - 1]! * ROW + 4;
    const height = axisY + AXIS;

    const svg = select(document.createElementNS(SVG, "svg")).attr("width", width).attr("height", height).attr("role", "img").attr("aria-label", `Timeline of ${shown.length} dated events`);
    lanes.forEach((lane, li) => {
      svg.append("text").attr("class", "lane").attr("x", 6).attr("y", laneTop[li]! + 12).text(lane);
      if (li) svg.append("line").attr("class", "lane-rule").attr("x1", 0).attr("x2", width).attr("y1", laneTop[li]! - LANE_GAP / 2).attr("y2", laneTop[li]! - LANE_GAP / 2);
    });
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${axisY})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    // The brush lies under the marks, so a click on a mark selects it and a drag elsewhere brushes.
    const brush = brushX<unknown>().extent([[MARGIN.left, 0], [width - MARGIN.right, height]]).on("end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by the code below, not by a person
      const sel = event.selection as [number, number] | null;
      ctx.store.dispatch({ type: "setTimeWindow", window: sel ? { from: isoDay(x.invert(sel[0])), to: isoDay(new Date(x.invert(sel[1]).getTime() - 1)) } : null });
    });
    const brushLayer = svg.append("g").attr("class", "brush").call(brush);
    const w = state.filters.timeWindow;
    if (w) brushLayer.call(brush.move, [x(day(w.from)), x(new Date(day(w.to).getTime() + DAY))]);

    const selected = state.selection?.kind === "node" ? state.selection.key : null;
    const near = related(state);
    const inWindow = (e: TimelineEvent) => !w || (e.from <= w.to && e.to >= w.from);
    for (const p of placed) {
      const y = laneTop[p.lane]! + p.row * ROW;
      const classes = ["event", p.e.key === selected ? "selected" : "", near && !near.has(p.e.key) ? "dim" : "", inWindow(p.e) ? "" : "outside", p.e.disputed ? "disputed" : ""].filter(Boolean).join(" ");
      const g = svg.append("g").attr("class", classes).attr("data-node", p.e.key).attr("data-date", p.e.date).attr("tabindex", 0).attr("role", "button")
        .attr("aria-label", `${p.e.type} ${p.e.label}, ${p.e.date}${p.e.disputed ? " (the sources disagree)" : ""}`)
        .on("click", () => ctx.focusNode(p.e.key))
        .on("keydown", (ev: KeyboardEvent) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); ctx.focusNode(p.e.key); } });
      g.append("title").text(`${p.e.label}\n${p.e.type} · ${p.e.date}${p.e.disputed ? " · the sources disagree on the date" : ""}`);
      g.append("rect").attr("x", p.x0).attr("y", y + 3).attr("width", p.x1 - p.x0).attr("height", ROW - 6).attr("rx", 3).attr("fill", nodeColor(p.e.type));
      g.append("text").attr("x", p.left ? p.x0 - 4 : p.x1 + 4).attr("text-anchor", p.left ? "end" : "start").attr("y", y + ROW - 5).text(short(p.e.label));
    }
    fill(element, h("div", { className: "timeline-head" }, h("strong", {}, `${shown.length} dated event${shown.length === 1 ? "" : "s"}`), " ", windowNote), svg.node()!);
  }

  return { element, render: draw, count: () => shown.length };
}
