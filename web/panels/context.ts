// What every panel needs: the data, its index, the store, and a way to move the camera.
import type { DataGraph, GraphIndex } from "../data/index.ts";
import type { Store } from "../state/index.ts";

export interface ViewContext {
  graph: DataGraph;
  index: GraphIndex;
  store: Store;
  /** Selects a node and moves the camera to it. */
  focusNode(key: string): void;
}

/** A node's name as the view shows it: its label, with a qualifier where another node shares it. */
export const labelOf = (ctx: ViewContext, key: string): string =>
  ctx.index.names.get(key) ?? (ctx.graph.hasNode(key) ? String(ctx.graph.getNodeAttribute(key, "label") ?? key) : key);
export const typeOf = (ctx: ViewContext, key: string): string =>
  ctx.graph.hasNode(key) ? String(ctx.graph.getNodeAttribute(key, "type")) : "?";
