// Reading a graph file's text on the main thread (tests, and pages that cannot start a worker):
// the project's one graph reader (src/graphfile/reader.ts) checks it; a problem is a message.
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { GraphReader } from "../../src/graphfile/reader.ts";
import type { DataGraph, LoadResult } from "./types.ts";

/** Parses and checks the text of a graph.json. */
export function parseGraphText(text: string, name: string): LoadResult {
  try {
    return { ok: true, graph: GraphReader.fromText(text, name), name };
  } catch (err) {
    const start = text.trimStart().slice(0, 40);
    const hint = start.startsWith("<") ? "\nIt looks like XML or HTML (GraphML and GEXF are not read here; open a casegraph graph.json)." : "";
    return { ok: false, name, message: `${(err as Error).message}${hint}` };
  }
}

/** The data graph of a file the reader has already checked (in the loading worker). */
export function graphOfChecked(data: SerializedGraph): DataGraph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: data.options?.allowSelfLoops ?? false });
  graph.import(data);
  return graph;
}
