// What the view state emphasises: the hovered or selected neighbourhood, and path results.
import type { DataGraph } from "../data/index.ts";
import type { ViewState } from "../state/index.ts";

export interface PathLike { nodes: string[]; hops: { edges: { key: string }[] }[] }

export interface Emphasis {
  /** The hovered or selected node and its neighbours; others are dimmed when `dim`. */
  focus: { center: string; nodes: Set<string>; edges: Set<string>; dim: boolean } | null;
  /** Nodes and edges of the path results (or of the active one). */
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** The selected node or edge, drawn highlighted. */
  selected: string | null;
}

function neighbourhood(graph: DataGraph, center: string, hiddenEdges: Set<string>, dim: boolean) {
  const nodes = new Set([center]);
  const edges = new Set<string>();
  graph.forEachEdge(center, (edge, _a, source, target) => {
    if (hiddenEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === center ? target : source);
  });
  return { center, nodes, edges, dim };
}

/**
 * `dimOnHover: false` keeps a hover to the hovered neighbourhood (nothing else changes), which big
 * graphs need so a hover redraws a handful of nodes instead of all of them. A selection always dims.
 */
function mentionedIn(graph: DataGraph, sentence: string) {
  const nodes = new Set([sentence]);
  const edges = new Set<string>();
  graph.forEachInEdge(sentence, (edge, a, source) => {
    if (a.type !== "MENTIONED_IN") return;
    nodes.add(source);
    edges.add(edge);
  });
  return { center: sentence, nodes, edges, dim: true };
}

export function computeEmphasis(graph: DataGraph, state: ViewState, results: readonly PathLike[], hiddenEdges: Set<string>, dimOnHover = true): Emphasis {
  const sel = state.selection;
  const selectedNode = sel?.kind === "node" && graph.hasNode(sel.key) ? sel.key : null;
  const center = state.hovered && graph.hasNode(state.hovered) ? state.hovered : selectedNode;
  // An open sentence shows what it mentions.
  const sentence = !state.hovered && sel?.kind === "sentence" && graph.hasNode(sel.key) ? sel.key : null;
  let path: Emphasis["path"] = null;
  if (results.length) {
    const shown = state.activeResult !== null && results[state.activeResult] ? [results[state.activeResult]!] : results;
    path = { nodes: new Set(), edges: new Set() };
    for (const r of shown) {
      for (const n of r.nodes) path.nodes.add(n);
      for (const h of r.hops) for (const e of h.edges) path.edges.add(e.key);
    }
  }
  // While a path is shown, only hovering changes focus: the path stays readable after a click.
  const focusCenter = path ? (state.hovered && graph.hasNode(state.hovered) ? state.hovered : null) : center;
  return {
    focus: focusCenter ? neighbourhood(graph, focusCenter, hiddenEdges, dimOnHover || focusCenter !== state.hovered)
      : sentence && !path ? mentionedIn(graph, sentence) : null,
    path,
    selected: selectedNode ?? (sel?.kind === "edge" && graph.hasEdge(sel.key) ? sel.key : null),
  };
}
