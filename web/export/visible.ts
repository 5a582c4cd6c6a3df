// The visible graph: what the filters leave, as a graph that still follows the contract.
import Graph from "graphology";
import type { DataGraph } from "../data/index.ts";
import type { DisplayGraph } from "../render/display-graph.ts";
import type { Filters, Visibility } from "../state/index.ts";

/**
 * The part of the data graph the filters leave visible, with the current positions.
 * Sentences and articles that visible evidence or mentions point at are kept, so the file still follows the contract.
 */
export function visibleGraph(data: DataGraph, display: DisplayGraph, visibility: Visibility, filters: Filters): DataGraph {
  const chosen = filters.articles.length ? new Set(filters.articles) : null;
  const out = new Graph({ type: "directed", multi: true, allowSelfLoops: data.allowSelfLoops });
  const keep = new Set<string>();
  const keepSentence = (s: string) => {
    if (!data.hasNode(s) || keep.has(s)) return;
    keep.add(s);
    const article = data.getNodeAttribute(s, "article");
    if (typeof article === "string" && data.hasNode(article)) keep.add(article);
  };
  data.forEachNode((key, a) => {
    if (visibility.hiddenNodes.has(key)) return;
    keep.add(key);
    if (a.type === "Sentence") keepSentence(key);
  });
  data.forEachEdge((key, a, source, target) => {
    if (a.type === "MENTIONED_IN") {
      // A visible entity keeps its mentions even while sentences are not drawn, unless a source filter excludes them.
      if (keep.has(source) && (!chosen || chosen.has(data.getNodeAttribute(target, "article")))) keepSentence(target);
    } else if (!visibility.hiddenEdges.has(key) && Array.isArray(a.evidence)) {
      for (const s of a.evidence as string[]) keepSentence(s);
    }
  });
  data.forEachNode((key, a) => {
    if (!keep.has(key)) return;
    const p = display.hasNode(key) ? display.getNodeAttributes(key) : null;
    out.addNode(key, p ? { ...a, x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 } : { ...a });
  });
  data.forEachEdge((key, a, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    const provenance = a.type === "MENTIONED_IN" || a.type === "IN_ARTICLE";
    // Provenance edges follow their nodes; relation edges follow the filters.
    if (provenance || !visibility.hiddenEdges.has(key)) out.addDirectedEdgeWithKey(key, source, target, { ...a });
  });
  return out;
}
