// Sigma reducers: display attributes from the base appearance, the filters and the emphasis.
// Pure functions of their inputs, so they are tested without a browser.
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { Visibility } from "../state/index.ts";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./display-graph.ts";
import type { Emphasis } from "./emphasis.ts";
import { DIM_EDGE, DIM_NODE, PATH_EDGE } from "./palette.ts";

export interface ReducerContext {
  visibility: Visibility;
  emphasis: Emphasis;
  /** Sigma edge program for ordinary edges: arrows, or one-pixel lines ("thin") for very large graphs. */
  edgeProgram?: "arrow" | "thin";
  /** Sigma node program: discs, or square-drawn points ("point") for very large graphs. */
  nodeProgram?: "circle" | "point";
}

/** Dimmed: outside a dimming focus, or outside the path while one is shown. */
const dimmed = (e: Emphasis, inFocus: boolean, inPath: boolean) =>
  !inFocus && !inPath && (e.focus?.dim || e.path !== null);

export function nodeView(key: string, base: DisplayNode, ctx: ReducerContext): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> = { x: base.x, y: base.y, size: base.size, color: base.color, label: base.label, type: ctx.nodeProgram ?? "circle" };
  if (ctx.visibility.hiddenNodes.has(key)) return { ...out, hidden: true };
  const { focus, path, selected } = ctx.emphasis;
  const inPath = path?.nodes.has(key) ?? false;
  const inFocus = focus?.nodes.has(key) ?? false;
  if (dimmed(ctx.emphasis, inFocus, inPath)) return { ...out, color: DIM_NODE, label: null, zIndex: 0 };
  if (inFocus || inPath) Object.assign(out, { forceLabel: true, zIndex: 1 });
  // Sentences are many and their labels long: named only when something points at them.
  else if (base.nodeType === "Sentence" && key !== selected) out.label = null;
  if (key === selected || key === focus?.center || inPath) Object.assign(out, { highlighted: key === selected || key === focus?.center, zIndex: 2 });
  if (inPath) out.size = base.size + 2;
  return out;
}

export function edgeView(key: string, base: DisplayEdge, ctx: ReducerContext): Partial<EdgeDisplayData> {
  const out: Partial<EdgeDisplayData> = { size: base.size, color: base.color, type: ctx.edgeProgram ?? "arrow", label: null };
  if (ctx.visibility.hiddenEdges.has(key)) return { ...out, hidden: true };
  const { focus, path, selected } = ctx.emphasis;
  const inPath = path?.edges.has(key) ?? false;
  const inFocus = focus?.edges.has(key) ?? false;
  // Emphasised edges are few: they always get arrows.
  if (inPath) return { ...out, type: "arrow", color: PATH_EDGE, size: 4, zIndex: 2, label: base.edgeType };
  if (key === selected) return { ...out, type: "arrow", color: PATH_EDGE, size: 3, zIndex: 2, label: base.edgeType };
  if (inFocus) return { ...out, type: "arrow", size: Math.max(base.size, 2), zIndex: 1, label: base.edgeType };
  if (dimmed(ctx.emphasis, inFocus, inPath)) return { ...out, color: DIM_EDGE, zIndex: 0 };
  return out;
}

/** Nothing hidden, nothing emphasised: how a graph looks before any view state applies. */
export const plainContext = (): Pick<ReducerContext, "visibility" | "emphasis"> => ({
  visibility: { hiddenNodes: new Set(), hiddenEdges: new Set() },
  emphasis: { focus: null, path: null, selected: null },
});

/** Whether a context draws the display graph differently from `plainContext`. */
export function differsFromPlain(display: DisplayGraph, context: ReducerContext): boolean {
  const { visibility, emphasis } = context;
  if (emphasis.focus || emphasis.path || emphasis.selected) return true;
  for (const key of visibility.hiddenNodes) if (display.hasNode(key)) return true;
  for (const key of visibility.hiddenEdges) if (display.hasEdge(key)) return true;
  return false;
}
