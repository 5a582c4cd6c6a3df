// The panel for one edge: its type, its two ends and its evidence.
import { h } from "./dom.ts";
import { entityLink, sentenceBlock } from "./evidence.ts";
import type { ViewContext } from "./context.ts";

export function edgePanel(ctx: ViewContext, key: string): HTMLElement {
  const { graph } = ctx;
  const e = graph.getEdgeAttributes(key);
  const source = graph.source(key), target = graph.target(key);
  let evidence: HTMLElement[] = [];
  if (e.type === "MENTIONED_IN") evidence = [sentenceBlock(ctx, target, [], { start: e.start, end: e.end })];
  else if (Array.isArray(e.evidence)) evidence = (e.evidence as string[]).map((s) => sentenceBlock(ctx, s, [source, target]));
  return h("article", { className: "panel edge-panel", "data-edge": key },
    h("header", {}, h("span", { className: "badge edge" }, String(e.type)), h("h2", {}, entityLink(ctx, source), " → ", entityLink(ctx, target))),
    typeof e.relation === "string" ? h("p", { className: "kinship" }, `${graph.getNodeAttribute(source, "label")} is the ${e.relation} of ${graph.getNodeAttribute(target, "label")}`) : null,
    typeof e.confidence === "number" ? h("p", { className: "muted" }, `confidence ${e.confidence.toFixed(2)}`) : null,
    Array.isArray(e.rule) && e.rule.length ? h("p", { className: "muted rule" }, `rule${e.rule.length > 1 ? "s" : ""}: ${(e.rule as unknown[]).join(", ")}`) : null,
    e.support !== undefined ? h("p", { className: "muted support" }, `support: ${typeof e.support === "string" ? e.support : JSON.stringify(e.support)}`) : null,
    evidence.length ? h("section", {}, h("h3", {}, "Evidence"), evidence) : h("p", { className: "muted" }, "This edge carries no evidence sentence."),
  );
}
