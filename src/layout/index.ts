// Build-time layout: deterministic x, y for every node, so the viewer draws its first frame at once.
// Pure form `layoutGraph` returns positions; `assignLayout` writes them onto the graph.
// Same graph in, same numbers out: start positions come from a hash of each key (never Math.random),
// then a fixed number of synchronous ForceAtlas2 iterations, capped by size so big corpora stay fast.
import Graph from "graphology";
import type { ReadableGraph } from "../build/built-graph.ts";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface Position { x: number; y: number }
export interface LayoutOptions {
  /** Override the size-based iteration count. */
  iterations?: number;
}

/**
 * Nanoseconds one layout may spend, roughly. Half a second keeps the stage small beside extraction
 * on big corpora (a 5 MB corpus, 64k nodes, gets no iterations: its hashed start is the layout, and
 * the viewer's ForceAtlas2 worker can refine it), while graphs of a few hundred nodes get the maximum.
 */
const BUDGET_NS = 5e8;
const MAX_ITERATIONS = 150;
/** Coordinates are rounded so the file stays byte-identical and small. */
const round = (v: number) => Math.round(v * 100) / 100 || 0;

/** FNV-1a over the UTF-16 code units of `text`, mixed with a seed; returns a number in [0, 1). */
export function hashUnit(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d) >>> 0; h ^= h >>> 12;
  return h / 0x100000000;
}

/** Iterations for a graph of this size: many for small graphs, few for large ones. */
export function layoutIterations(order: number, size: number): number {
  // inferSettings turns Barnes-Hut on above 2000 nodes: about n log n per iteration, plain FA2 n².
  const perIteration = order > 2000 ? 650 * order * Math.log2(order) + 50 * size : 7 * order * order + 50 * size;
  return Math.min(MAX_ITERATIONS, Math.floor(BUDGET_NS / Math.max(1, perIteration)));
}

/** Deterministic positions for every node of `graph`. Does not touch the graph. */
export function layoutGraph(graph: ReadableGraph, options: LayoutOptions = {}): Record<string, Position> {
  const at = positions(graph, options);
  const out: Record<string, Position> = {};
  for (const { node: key } of graph.nodeEntries()) out[key] = at(key);
  return out;
}

/** Each node's rounded position, by its key: ForceAtlas2's when it runs, else the hashed start. */
function positions(graph: ReadableGraph, options: LayoutOptions): (key: string) => Position {
  const spread = Math.sqrt(Math.max(1, graph.order)) * 10;
  const hashed = (key: string): Position => ({ x: (hashUnit(key, 1) - 0.5) * spread, y: (hashUnit(key, 2) - 0.5) * spread });
  const iterations = graph.size > 0 ? options.iterations ?? layoutIterations(graph.order, graph.size) : 0;
  let laid: Record<string, Position> | null = null;
  if (iterations > 0) {
    const start = new Graph({ type: graph.type as "directed", multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
    for (const { node } of graph.nodeEntries()) start.addNode(node, hashed(node));
    for (const { edge, source, target } of graph.edgeEntries()) if (source !== target) start.addDirectedEdgeWithKey(edge, source, target);
    laid = forceAtlas2(start, { iterations, settings: forceAtlas2.inferSettings(start), getEdgeWeight: null });
  }
  return (key) => {
    const p = laid?.[key] ?? hashed(key);
    return { x: round(p.x), y: round(p.y) };
  };
}

/**
 * Writes `x`, `y` (optional extension attributes of the contract) onto every node; returns the
 * graph. No table of every node's position is made: a large graph (no ForceAtlas2 iterations)
 * has each node's hashed start written as it is reached.
 */
export function assignLayout<G extends ReadableGraph>(graph: G, options: LayoutOptions = {}): G {
  const at = positions(graph, options);
  // Written into each attributes object rather than a copy of it: the same keys in the same order,
  // without a second object per node (a 50 MB corpus makes over half a million nodes).
  for (const { node, attributes } of graph.nodeEntries()) {
    const p = at(node);
    attributes.x = p.x;
    attributes.y = p.y;
  }
  return graph;
}
