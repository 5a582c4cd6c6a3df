// The panel for one edge: its type, its two ends and its evidence.
import { h } from "./dom.ts";
import { entityLink, sentenceBlock } from "./evidence.ts";
import type { ViewContext } from "./context.ts";
import { outletOf, support, supportText } from "../review/support.ts";

export function edgePanel(ctx: ViewContext, key: string): HTMLElement {
  const { graph } = ctx;
  const e = graph.getEdgeAttributes(key);
  const source = graph.source(key), target = graph.target(key);
  let evidence: HTMLElement[] = [];
  if (e.type === "MENTIONED_IN") evidence = [sentenceBlock(ctx, target, [], { start: e.start, end: e.end })];
  else if (Array.isArray(e.evidence)) evidence = (e.evidence as string[]).map((s) => h("div", { className: "quote" }, h("span", { className: "outlet" }, outletOf(graph, s)), sentenceBlock(ctx, s, [source, target])));
  const stated = support(graph, key);
  return h("article", { className: "panel edge-panel", "data-edge": key },
    h("header", {}, h("span", { className: "badge edge" }, String(e.type)), h("h2", {}, entityLink(ctx, source), " → ", entityLink(ctx, target))),
    typeof e.confidence === "number" ? h("p", { className: "muted" }, `confidence ${e.confidence.toFixed(2)}`) : null,
    stated ? h("p", { className: "support" }, supportText(stated),
      e.contested === true ? h("span", { className: "badge contested", title: "Articles disagree on this: see the Review tab" }, "contested") : null,
      e.confirmed === true ? h("span", { className: "badge confirmed", title: "Confirmed in the corrections file" }, "confirmed") : null) : null,
    evidence.length ? h("section", {}, h("h3", {}, "Evidence"), evidence) : h("p", { className: "muted" }, "This edge carries no evidence sentence."),
  );
}
