// The drawer under the graph: the timeline and the facts table, as two tabs. Both follow the view
// state: the timeline shows the dated events the filters leave (its own time window aside, so a
// window can be moved), the table the relations the graph shows.
import { computeVisibility, type ViewState, type Visibility } from "./state/index.ts";
import { timelineView } from "./timeline/view.ts";
import { factsTable } from "./facts/table.ts";
import { h, fill } from "./panels/dom.ts";
import type { ViewContext } from "./panels/context.ts";

export function drawer(ctx: ViewContext, slot: HTMLElement) {
  const timeline = timelineView(ctx);
  const table = factsTable(ctx);
  const tabs = {
    timeline: h("button", { type: "button", role: "tab", className: "tab", "data-tab": "timeline" }, "Timeline"),
    facts: h("button", { type: "button", role: "tab", className: "tab", "data-tab": "facts" }, "Facts"),
  };
  let open: "timeline" | "facts" = "timeline";
  let collapsed = false;
  const toggle = h("button", { type: "button", className: "link-button small", "aria-label": "Hide the drawer" }, "hide");
  const panes = h("div", { className: "drawer-body" }, timeline.element, table.element);
  const show = (tab: "timeline" | "facts") => {
    open = tab;
    for (const [name, el] of Object.entries(tabs)) el.setAttribute("aria-selected", String(name === tab));
    timeline.element.hidden = tab !== "timeline";
    table.element.hidden = tab !== "facts";
    if (collapsed) setCollapsed(false);
    if (last) render(last.state, last.visibility, true);
  };
  const setCollapsed = (c: boolean) => {
    collapsed = c;
    slot.classList.toggle("collapsed", c);
    toggle.textContent = c ? "show" : "hide";
  };
  tabs.timeline.addEventListener("click", () => show("timeline"));
  tabs.facts.addEventListener("click", () => show("facts"));
  toggle.addEventListener("click", () => setCollapsed(!collapsed));
  fill(slot, h("div", { className: "tabs drawer-tabs", role: "tablist" }, tabs.timeline, tabs.facts, toggle), panes);

  let last: { state: ViewState; visibility: Visibility } | null = null;
  let baseHidden: ReadonlySet<string> = new Set();
  /** Draws the open tab; `filtersChanged` recomputes what the timeline may show. */
  function render(state: ViewState, visibility: Visibility, filtersChanged: boolean) {
    if (filtersChanged || !last) {
      baseHidden = state.filters.timeWindow ? computeVisibility(ctx.graph, ctx.index, { ...state.filters, timeWindow: null }).hiddenNodes : visibility.hiddenNodes;
    }
    last = { state, visibility };
    if (open === "timeline") timeline.render(state, baseHidden);
    else if (filtersChanged || !table.rows().length) table.render(visibility);
    tabs.timeline.textContent = `Timeline (${timeline.count()})`;
  }
  show("timeline");
  return { render };
}
