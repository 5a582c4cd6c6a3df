// The legend and the filters: node types (with counts), relation types, articles, verdict outcomes.
import { NODE_TYPES, OUTCOMES, TRIAL_KINDS } from "../../src/schema.ts";
import { showsProvenance, type ViewState } from "../state/index.ts";
import { edgeColor, nodeColor } from "../render/palette.ts";
import { h, fill } from "./dom.ts";
import type { ViewContext } from "./context.ts";
import { reviewFilters } from "../review/filters.ts";

const byKnownOrder = (known: readonly string[]) => (a: string, b: string) => {
  const ia = known.indexOf(a), ib = known.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
};

export function filtersPanel(ctx: ViewContext): { element: HTMLElement; render(state: ViewState): void } {
  const { index, store } = ctx;
  const element = h("div", { className: "filters" });
  const render = (state: ViewState) => {
    const f = state.filters;
    const checkbox = (checked: boolean, onChange: () => void, label: string) =>
      h("input", { type: "checkbox", checked, "aria-label": label, onchange: onChange });
    const nodeTypes = [...index.typeCounts.keys()].sort(byKnownOrder(NODE_TYPES));
    const edgeTypes = [...index.edgeTypeCounts.keys()].sort(byKnownOrder(["MENTIONED_IN", "IN_ARTICLE"]));
    const entityCount = nodeTypes.filter((t) => t !== "Article" && t !== "Sentence").reduce((n, t) => n + (index.typeCounts.get(t) ?? 0), 0);
    fill(element,
      h("label", { className: "toggle" },
        checkbox(showsProvenance(f), () => store.dispatch({ type: "showProvenance", show: !showsProvenance(f) }), "Show articles and sentences"),
        "Show articles and sentences"),
      entityCount === 0 ? h("p", { className: "notice" }, "This graph has no entities yet, only articles and sentences: show them with the toggle above.") : null,
      h("section", { className: "legend", "aria-label": "Node types" }, h("h3", {}, "Node types"),
        h("ul", {}, nodeTypes.map((t) => h("li", { "data-type": t },
          h("label", {}, checkbox(!f.hiddenNodeTypes.includes(t), () => store.dispatch({ type: "toggleNodeType", nodeType: t }), `Show ${t}`),
            h("span", { className: "swatch", style: `background:${nodeColor(t)}` }), h("span", { className: "name" }, t),
            h("span", { className: "count" }, String(index.typeCounts.get(t)))))))),
      h("section", { "aria-label": "Relation types" }, h("h3", {}, "Relations"),
        h("ul", {}, edgeTypes.map((t) => h("li", { "data-edge-type": t },
          h("label", {}, checkbox(!f.hiddenEdgeTypes.includes(t), () => store.dispatch({ type: "toggleEdgeType", edgeType: t }), `Show ${t}`),
            h("span", { className: "line", style: `background:${edgeColor(t)}` }), h("span", { className: "name" }, t),
            h("span", { className: "count" }, String(index.edgeTypeCounts.get(t)))))))),
      index.outcomeCounts.size ? h("section", { "aria-label": "Verdict outcomes" }, h("h3", {}, "Verdict outcome"),
        h("ul", {}, [...index.outcomeCounts.keys()].sort(byKnownOrder(OUTCOMES)).map((o) => h("li", {},
          h("label", {}, checkbox(f.outcomes.includes(o), () => store.dispatch({ type: "setOutcomes", outcomes: f.outcomes.includes(o) ? f.outcomes.filter((x) => x !== o) : [...f.outcomes, o] }), `Only ${o}`),
            h("span", { className: "name" }, o.replace("_", " ")), h("span", { className: "count" }, String(index.outcomeCounts.get(o)))))))) : null,
      index.kindCounts.size > 1 || [...index.kindCounts.keys()].some((k) => k !== "criminal") ? h("section", { "aria-label": "Trial kinds" }, h("h3", {}, "Trial kind"),
        h("ul", {}, [...index.kindCounts.keys()].sort(byKnownOrder(TRIAL_KINDS)).map((k) => h("li", {},
          h("label", {}, checkbox(f.kinds.includes(k), () => store.dispatch({ type: "setKinds", kinds: f.kinds.includes(k) ? f.kinds.filter((x) => x !== k) : [...f.kinds, k] }), `Only ${k} trials`),
            h("span", { className: "name" }, k), h("span", { className: "count" }, String(index.kindCounts.get(k)))))))) : null,
      reviewFilters(ctx, f),
      h("section", { "aria-label": "Articles" }, h("h3", {}, "Sources ", h("span", { className: "muted" }, f.articles.length ? `${f.articles.length} chosen` : "all")),
        h("ul", { className: "articles" }, index.articles.map(({ key, label }) => h("li", {},
          h("label", { title: label }, checkbox(f.articles.includes(key), () => store.dispatch({ type: "setArticles", articles: f.articles.includes(key) ? f.articles.filter((x) => x !== key) : [...f.articles, key] }), `Only ${label}`),
            h("span", { className: "name" }, label)))))),
      h("button", { type: "button", className: "link-button", onclick: () => store.dispatch({ type: "resetFilters" }) }, "Reset filters"),
    );
  };
  return { element, render };
}
