// The paths panel: named questions, a pattern box, a shortest path, and the results with evidence per hop.
import { NAMED_QUERIES } from "../../src/query/index.ts";
import { h, fill } from "../panels/dom.ts";
import { entityLink, sentenceBlock } from "../panels/evidence.ts";
import { searchBox } from "../panels/search.ts";
import { labelOf, type ViewContext } from "../panels/context.ts";
import type { ViewState } from "../state/index.ts";
import type { QueryOutcome } from "./types.ts";

const ENTITY = (e: { type: string }) => e.type !== "Article";

export function pathsPanel(ctx: ViewContext, outcomeOf: (state: ViewState) => QueryOutcome, cancel: () => void = () => {}): { element: HTMLElement; render(state: ViewState): void } {
  const { store } = ctx;
  const select = h("select", { "aria-label": "Named questions" },
    h("option", { value: "" }, "Choose a question…"),
    Object.entries(NAMED_QUERIES).map(([name, q]) => h("option", { value: name }, `${name} — ${q.description}`)));
  const pattern = h("textarea", { rows: 2, "aria-label": "Path pattern", spellcheck: "false", placeholder: "Person -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict" });
  const run = () => { const text = pattern.value.trim(); store.dispatch({ type: "setQuery", query: text ? { kind: "pattern", text } : null }); };
  select.addEventListener("change", () => {
    const q = NAMED_QUERIES[select.value];
    if (q) { pattern.value = q.pattern; run(); }
  });
  pattern.addEventListener("keydown", (e) => { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); run(); } });

  let from: string | null = null, to: string | null = null;
  const fromBox = searchBox(ctx.index, { placeholder: "from…", label: "Path from", keep: true, allow: ENTITY, onChoose: (e) => { from = e.node; } });
  const toBox = searchBox(ctx.index, { placeholder: "to…", label: "Path to", keep: true, allow: ENTITY, onChoose: (e) => { to = e.node; } });
  const findShortest = () => { if (from && to) store.dispatch({ type: "setQuery", query: { kind: "shortest", from, to } }); };

  const results = h("div", { className: "results", "aria-live": "polite" });
  const element = h("div", { className: "paths" },
    h("section", {}, h("h3", {}, "Questions"), select, pattern,
      h("div", { className: "row" },
        h("button", { type: "button", className: "primary", onclick: run }, "Run pattern"),
        h("button", { type: "button", onclick: () => { pattern.value = ""; select.value = ""; store.dispatch({ type: "setQuery", query: null }); } }, "Clear"))),
    h("section", {}, h("h3", {}, "Shortest path"), fromBox, toBox,
      h("button", { type: "button", className: "primary", onclick: findShortest }, "Find path")),
    results);

  const render = (state: ViewState) => {
    const q = state.query;
    if (q?.kind === "pattern" && pattern.value.trim() !== q.text) {
      pattern.value = q.text;
      select.value = Object.entries(NAMED_QUERIES).find(([, n]) => n.pattern === q.text)?.[0] ?? "";
    }
    if (q?.kind === "shortest") {
      from = q.from; to = q.to;
      fromBox.setValue(labelOf(ctx, q.from)); toBox.setValue(labelOf(ctx, q.to));
    }
    const outcome = outcomeOf(state);
    if (!q) return fill(results);
    if (outcome.running) return fill(results, h("p", { className: "running" }, "Running the pattern…", h("button", { type: "button", className: "cancel-query", onclick: cancel }, "Cancel")));
    if (outcome.error) return fill(results, h("p", { className: "error", role: "alert" }, outcome.error));
    fill(results,
      h("p", { className: "summary" }, outcome.results.length === 0 ? "No paths match." : `${outcome.results.length}${outcome.truncated ? "+" : ""} path${outcome.results.length === 1 ? "" : "s"}`,
        state.activeResult !== null ? h("button", { type: "button", className: "link-button", onclick: () => store.dispatch({ type: "setActiveResult", index: null }) }, "show all") : null),
      outcome.cutShort ? h("p", { className: "cut-short", role: "note" }, outcome.cutShort) : null,
      h("ol", { className: "path-list" }, outcome.results.map((r, i) => h("li", { className: state.activeResult === i ? "path active" : "path", "data-path": String(i), "data-nodes": JSON.stringify(r.nodes) },
        h("button", { type: "button", className: "path-head", title: "Highlight only this path", onclick: () => store.dispatch({ type: "setActiveResult", index: state.activeResult === i ? null : i }) },
          r.nodes.map((n, k) => [k ? h("span", { className: "hop-type" }, ` ${r.hops[k - 1]!.edges.map((e) => (e.reversed ? `←${e.type}` : `${e.type}→`)).join(" / ")} `) : null, h("span", { className: "hop-node" }, labelOf(ctx, n))])),
        h("ol", { className: "hops" }, r.hops.map((hop) => h("li", {},
          // each edge reads the way its relation goes, also where the path walks it backwards
          hop.edges.map((e) => {
            const [from, to] = e.reversed ? [hop.target, hop.source] : [hop.source, hop.target];
            return h("div", { className: "hop-edge", "data-edge": e.key },
              h("div", { className: "hop-line" }, entityLink(ctx, from), h("span", { className: "hop-type" }, e.type), entityLink(ctx, to)),
              e.evidence.map((ev) => sentenceBlock(ctx, ev.sentence, [hop.source, hop.target])));
          }))))))));
  };
  return { element, render };
}
