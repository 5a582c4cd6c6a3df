// Which nodes and edges the filters hide. Computed once per filter change, read by the reducers.
import type { DataGraph, GraphIndex } from "../data/index.ts";
import type { Filters } from "./types.ts";
import { caseMembers } from "../case/members.ts";
import { hiddenByWindow } from "../timeline/dates.ts";

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

const supportedBy = (articles: Set<string> | undefined, chosen: Set<string>) => {
  if (!articles) return false;
  for (const a of articles) if (chosen.has(a)) return true;
  return false;
};

/** What the filters hide: node types, relation types, articles, outcomes, trial kinds, the open case, the time window, low confidence and what is not contested. */
export function computeVisibility(graph: DataGraph, index: GraphIndex, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const nodeTypes = new Set(filters.hiddenNodeTypes);
  const edgeTypes = new Set(filters.hiddenEdgeTypes);
  const chosen = filters.articles.length ? new Set(filters.articles) : null;
  const outcomes = filters.outcomes.length ? new Set(filters.outcomes) : null;
  const kinds = filters.kinds.length ? new Set(filters.kinds) : null;
  const inCase = filters.caseKey ? caseMembers(graph, filters.caseKey)?.nodes : undefined;
  const outOfWindow = filters.timeWindow ? hiddenByWindow(graph, filters.timeWindow) : undefined;
  const minConfidence = filters.minConfidence ?? 0, contested = filters.contestedOnly ? index.contestedNodes : null;
  graph.forEachNode((key, a) => {
    if (nodeTypes.has(a.type)
      || (chosen && !supportedBy(index.nodeArticles.get(key), chosen))
      || (outcomes && a.type === "Verdict" && !outcomes.has(a.outcome))
      || (kinds && a.type === "Trial" && !kinds.has(a.kind ?? "criminal"))
      || (inCase && !inCase.has(key) && a.type !== "Article" && a.type !== "Sentence")
      || (contested && a.type !== "Article" && a.type !== "Sentence" && !contested.has(key))
      || outOfWindow?.has(key)) hiddenNodes.add(key);
  });
  graph.forEachEdge((key, a, source, target) => {
    if (edgeTypes.has(a.type) || hiddenNodes.has(source) || hiddenNodes.has(target)
      || (chosen && !supportedBy(index.edgeArticles.get(key), chosen))
      || (typeof a.confidence === "number" && a.confidence < minConfidence)
      || (contested && Array.isArray(a.evidence) && a.contested !== true)) hiddenEdges.add(key);
  });
  return { hiddenNodes, hiddenEdges };
}
