// The display graph: positions and base appearance only, keyed like the data graph.
// Sigma draws it and the ForceAtlas2 worker moves it; the data graph is never touched.
//
// Articles and sentences (about a fifth of a big graph's nodes and half its edges, all hidden by
// default) join the display graph the first time the filters show them; from then on the filters
// hide them through the reducers like everything else. Until then sigma neither indexes nor draws them.
import Graph from "graphology";
import { layoutGraph } from "../../src/layout/index.ts";
import type { DataGraph } from "../data/index.ts";
import { edgeColor, nodeColor } from "./palette.ts";
import { distinctLabels } from "../data/labels.ts";

export interface DisplayNode { x: number; y: number; size: number; color: string; label: string; nodeType: string }
export interface DisplayEdge { size: number; color: string; edgeType: string }
export type DisplayGraph = Graph<DisplayNode, DisplayEdge, { provenance?: boolean }>;

const PROVENANCE = new Set(["MENTIONED_IN", "IN_ARTICLE"]);
const isProvenanceNode = (type: string) => type === "Article" || type === "Sentence";

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

/**
 * What a display graph is built from: the data graph, or the same graph as graph.json serialises it
 * (a big file gives that first, before its data graph is built).
 */
export type DisplaySource = DataGraph | Serialized;
interface Serialized {
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

type Attributes = Record<string, unknown>;
const eachNode = (from: DisplaySource, visit: (key: string, a: Attributes) => void) =>
  "forEachNode" in from ? from.forEachNode(visit) : from.nodes.forEach((n) => visit(n.key, n.attributes ?? {}));
const eachEdge = (from: DisplaySource, visit: (key: string, a: Attributes, source: string, target: string) => void) =>
  "forEachEdge" in from ? from.forEachEdge(visit) : from.edges.forEach((e, i) => visit(e.key ?? `#${i}`, e.attributes ?? {}, e.source, e.target));
const orderOf = (from: DisplaySource) => ("forEachNode" in from ? from.order : from.nodes.length);

/** Positions from the file, or (for files from before the layout stage, or made by hand) the build's layout. */
function positionsOf(from: DisplaySource): (key: string, a: Attributes) => { x: number; y: number } {
  let missing = false;
  eachNode(from, (_, a) => { missing ||= typeof a.x !== "number" || typeof a.y !== "number"; });
  if (!missing) return (_, a) => ({ x: a.x as number, y: a.y as number });
  const graph = "forEachNode" in from ? from : Graph.from(from as Parameters<typeof Graph.from>[0], { type: "directed", multi: true, allowSelfLoops: true });
  const computed = layoutGraph(graph);
  return (key) => computed[key]!;
}

function addNodes(display: DisplayGraph, from: DisplaySource, provenance: boolean, size: (key: string, type: string) => number) {
  const position = positionsOf(from);
  const names = provenance ? new Map<string, string>() : distinctLabels({ forEachNode: (v) => eachNode(from, v), forEachEdge: (v) => eachEdge(from, v) });
  eachNode(from, (key, a) => {
    const type = String(a.type);
    if (isProvenanceNode(type) !== provenance) return;
    display.addNode(key, {
      ...position(key, a),
      size: size(key, type),
      color: nodeColor(type),
      label: type === "Sentence" ? `sentence ${Number(a.index) + 1} · ${shortLabel(String(a.label ?? key)).slice(0, 28)}…` : shortLabel(names.get(key) ?? String(a.label ?? key)),
      nodeType: type,
    });
  });
}

function addEdges(display: DisplayGraph, from: DisplaySource, provenance: boolean) {
  eachEdge(from, (key, a, source, target) => {
    const type = String(a.type);
    if (PROVENANCE.has(type) !== provenance || !display.hasNode(source) || !display.hasNode(target)) return;
    display.addDirectedEdgeWithKey(key, source, target, {
      size: PROVENANCE.has(type) ? 0.5 : 1.5,
      color: edgeColor(type),
      edgeType: type,
    });
  });
}

/** The display graph of a graph; with `provenance: false`, without its articles and sentences. */
export function toDisplayGraph(from: DisplaySource, { provenance = true } = {}): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const scale = sizeScale(orderOf(from));
  const relations = new Map<string, number>(), mentions = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  eachEdge(from, (_, e, source, target) => {
    const type = String(e.type);
    if (type === "MENTIONED_IN") bump(mentions, source);
    else if (!PROVENANCE.has(type)) { bump(relations, source); bump(relations, target); }
  });
  addNodes(display, from, false, (key, type) => nodeSize(type, relations.get(key) ?? 0, mentions.get(key) ?? 0) * scale);
  addEdges(display, from, false);
  if (provenance) addProvenance(display, from);
  return display;
}

/** Adds the articles, sentences and provenance edges, once; says whether it added anything. */
export function addProvenance(display: DisplayGraph, from: DisplaySource): boolean {
  if (display.getAttribute("provenance")) return false;
  display.setAttribute("provenance", true);
  const scale = sizeScale(orderOf(from));
  addNodes(display, from, true, (_, type) => nodeSize(type, 0, 0) * scale);
  addEdges(display, from, true);
  return true;
}
