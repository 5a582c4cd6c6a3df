// A graph.json's text or parsed data to a graphology graph, checked first by the one graph reader
// (src/graphfile/reader.ts). Pure, so the CLI and the viewer share one set of messages.
import type Graph from "graphology";
import { GraphReader } from "../graphfile/reader.ts";

/** Parses and checks graph.json text; `name` (a path or URL) goes into the error messages. */
export function graphFromJSON(text: string, name = "graph.json"): Graph {
  return GraphReader.fromText(text, name);
}

/** Checks already-parsed graph.json data and builds the graph. */
export function graphFromData(data: unknown, name = "graph.json"): Graph {
  return GraphReader.fromData(data, name);
}
