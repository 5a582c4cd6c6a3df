// Evidence per hop: every edge between two consecutive nodes of a path that the step accepts
// (parallel edges included), each with the sentences that state it.
import type Graph from "graphology";
import type { Evidence, Hop, HopEdge } from "./types.ts";

/** Which edges a hop keeps: by default every relation edge. */
export type EdgeFilter = (type: string) => boolean;

/**
 * The hop from `source` to `target`: edges source→target when `out`, target→source when `back`.
 * Collects every edge u→v (graphology's outEdges(u, v); its edges(u, v) is both directions at
 * once), never one edge per node pair, so no parallel edge's evidence is lost. Forward edges come
 * first, each group sorted by key.
 */
export function hopBetween(graph: Graph, source: string, target: string, accept: EdgeFilter, out = true, back = true): Hop {
  const edges: HopEdge[] = [];
  const collect = (u: string, v: string, reversed: boolean) => {
    for (const key of graph.outEdges(u, v).sort()) {
      const a = graph.getEdgeAttributes(key);
      if (!accept(a.type)) continue;
      const edge: HopEdge = { key, type: a.type, reversed, evidence: edgeEvidence(graph, key) };
      if (typeof a.confidence === "number") edge.confidence = a.confidence;
      edges.push(edge);
    }
  };
  if (out) collect(source, target, false);
  if (back && source !== target) collect(target, source, true);
  return { source, target, edges };
}

/** The sentences an edge rests on: its `evidence` keys, or for MENTIONED_IN the mention itself. */
export function edgeEvidence(graph: Graph, edge: string): Evidence[] {
  const a = graph.getEdgeAttributes(edge);
  if (a.type === "MENTIONED_IN") {
    const ev = sentenceEvidence(graph, graph.target(edge));
    return ev ? [{ ...ev, start: a.start, end: a.end, surface: a.surface }] : [];
  }
  if (a.type === "IN_ARTICLE") {
    const ev = sentenceEvidence(graph, graph.source(edge));
    return ev ? [ev] : [];
  }
  const keys: unknown = a.evidence;
  if (!Array.isArray(keys)) return [];
  const out: Evidence[] = [];
  for (const key of keys) {
    const ev = typeof key === "string" ? sentenceEvidence(graph, key) : undefined;
    if (ev) out.push(ev);
  }
  return out;
}

/** A Sentence node as evidence, or undefined when the key names no sentence. */
export function sentenceEvidence(graph: Graph, sentence: string): Evidence | undefined {
  if (!graph.hasNode(sentence)) return undefined;
  const s = graph.getNodeAttributes(sentence);
  if (s.type !== "Sentence") return undefined;
  const article = graph.hasNode(s.article) ? graph.getNodeAttributes(s.article) : undefined;
  return {
    sentence,
    article: s.article,
    path: article?.path ?? "",
    title: article?.label ?? "",
    ...(typeof article?.source === "string" && { source: article.source }),
    ...(typeof article?.published === "string" && { published: article.published }),
    ...(typeof article?.url === "string" && { url: article.url }),
    text: s.text,
    start: s.start,
    end: s.end,
  };
}
