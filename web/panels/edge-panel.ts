// The panel for one edge: its type, its two ends, how many articles and outlets state it, and its evidence.
import { h } from "./dom.ts";
import { entityLink, sentenceBlock } from "./evidence.ts";
import type { ViewContext } from "./context.ts";
import { support, supportText } from "../review/support.ts";

export function edgePanel(ctx: ViewContext, key: string): HTMLElement {
  const { graph } = ctx;
  const e = graph.getEdgeAttributes(key);
  const source = graph.source(key), target = graph.target(key);
  let evidence: HTMLElement[] = [];
  if (e.type === "MENTIONED_IN") evidence = [sentenceBlock(ctx, target, [], { start: e.start, end: e.end })];
  // Each sentence names its outlet and published date (sentenceBlock), as the Review tab's do.
  else if (Array.isArray(e.evidence)) evidence = (e.evidence as string[]).map((s) => sentenceBlock(ctx, s, [source, target]));
  const stated = support(graph, key);
  return h("article", { className: "panel edge-panel", "data-edge": key },
    h("header", {}, h("span", { className: "badge edge" }, String(e.type)), h("h2", {}, entityLink(ctx, source), " → ", entityLink(ctx, target))),
    typeof e.relation === "string" ? h("p", { className: "kinship" }, `${graph.getNodeAttribute(source, "label")} is the ${e.relation} of ${graph.getNodeAttribute(target, "label")}`) : null,
    typeof e.confidence === "number" ? h("p", { className: "muted" }, `confidence ${e.confidence.toFixed(2)}`) : null,
    Array.isArray(e.rule) && e.rule.length ? h("p", { className: "muted rule" }, `rule${e.rule.length > 1 ? "s" : ""}: ${(e.rule as unknown[]).join(", ")}`) : null,
    stated ? h("p", { className: "support" }, supportText(stated),
      e.contested === true ? h("span", { className: "badge contested", title: "Articles disagree on this: see the Review tab" }, "contested") : null,
      e.confirmed === true ? h("span", { className: "badge confirmed", title: "Confirmed in the corrections file" }, "confirmed") : null) : null,
    evidence.length ? h("section", {}, h("h3", {}, "Evidence"), evidence) : h("p", { className: "muted" }, "This edge carries no evidence sentence."),
  );
}
