// GraphML export through the project's writer in src/export, once it exists.
import type { DataGraph } from "../data/index.ts";

/** Downloads the graph as GraphML; null while src/export has no GraphML writer. */
export const graphmlWriter: ((graph: DataGraph) => void) | null = null;
