// GraphML export of the visible graph through the project's writer (src/export/graphml.ts).
import { graphmlChunks } from "../../src/export/graphml.ts";
import type { DataGraph } from "../data/index.ts";
import { download } from "./index.ts";

/** Article and Sentence nodes go in when the view shows them; otherwise evidence rides on the edges. */
export function downloadGraphML(graph: DataGraph, withText: boolean, fileName = "graph.graphml"): void {
  download(new Blob([...graphmlChunks(graph, { withText })], { type: "application/graphml+xml" }), fileName);
}
