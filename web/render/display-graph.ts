// The display graph: positions and base appearance only, keyed like the data graph.
// Sigma draws it and the ForceAtlas2 worker moves it; the data graph is never touched.
import Graph from "graphology";
import { layoutGraph } from "../../src/layout/index.ts";
import type { DataGraph } from "../data/index.ts";
import { edgeColor, nodeColor } from "./palette.ts";

export interface DisplayNode { x: number; y: number; size: number; color: string; label: string; nodeType: string }
export interface DisplayEdge { size: number; color: string; edgeType: string }
export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

const PROVENANCE = new Set(["MENTIONED_IN", "IN_ARTICLE"]);

/** Node size from its number of relations and mentions (provenance structure itself is not counted). */
export function nodeSize(type: string, relations: number, mentions: number): number {
  if (type === "Sentence") return 2;
  if (type === "Article") return 7;
  return Math.min(22, 4 + 2.4 * Math.sqrt(relations + 0.5 * mentions));
}

/** Big graphs draw smaller nodes, so thousands of them do not cover each other at the first zoom level. */
export const sizeScale = (order: number) => (order > 2000 ? Math.max(0.3, Math.sqrt(2000 / order)) : 1);

/** A short label for the canvas: labels longer than 48 characters are cut. */
export const shortLabel = (label: string) => (label.length > 48 ? `${label.slice(0, 46)}…` : label);

export function toDisplayGraph(data: DataGraph): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  // Files from before the layout stage (or made by hand) carry no positions: compute the same layout here.
  let positions: Record<string, { x: number; y: number }> | null = null;
  data.someNode((_, a) => typeof a.x !== "number" || typeof a.y !== "number") && (positions = layoutGraph(data));
  const scale = sizeScale(data.order);
  const relations = new Map<string, number>(), mentions = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  data.forEachEdge((_, e, source, target) => {
    if (e.type === "MENTIONED_IN") bump(mentions, source);
    else if (!PROVENANCE.has(e.type)) { bump(relations, source); bump(relations, target); }
  });
  data.forEachNode((key, a) => {
    const p = positions?.[key] ?? { x: a.x as number, y: a.y as number };
    const type = String(a.type);
    display.addNode(key, {
      x: p.x, y: p.y,
      size: nodeSize(type, relations.get(key) ?? 0, mentions.get(key) ?? 0) * scale,
      color: nodeColor(type),
      label: type === "Sentence" ? `sentence ${Number(a.index) + 1} · ${shortLabel(String(a.label ?? key)).slice(0, 28)}…` : shortLabel(String(a.label ?? key)),
      nodeType: type,
    });
  });
  data.forEachEdge((key, a, source, target) => {
    const type = String(a.type);
    display.addDirectedEdgeWithKey(key, source, target, {
      size: PROVENANCE.has(type) ? 0.5 : 1.5,
      color: edgeColor(type),
      edgeType: type,
    });
  });
  return display;
}
