// A graph.json's text to a graphology graph, checked against the contract first. Pure, so the
// CLI (which reads the file) and the viewer (which fetches it) share one set of messages.
import Graph from "graphology";
import { GraphFormatError } from "../errors.ts";
import { checkGraph } from "../schema.ts";

/** Parses and checks graph.json text; `name` (a path or URL) goes into the error messages. */
export function graphFromJSON(text: string, name = "graph.json"): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphFormatError(`'${name}' is not JSON (${(err as Error).message})`);
  }
  return graphFromData(data, name);
}

/** Checks already-parsed graph.json data and builds the graph. */
export function graphFromData(data: unknown, name = "graph.json"): Graph {
  const check = checkGraph(data);
  if (!check.ok) {
    const lines = check.message.split("\n");
    const shown = lines.slice(0, 6).map((l) => `  ${l}`).join("\n");
    throw new GraphFormatError(`'${name}' is not a casegraph graph (see the graph contract in README.md):\n${shown}${lines.length > 6 ? `\n  ... and ${lines.length - 6} more` : ""}`);
  }
  return Graph.from(check.graph as Parameters<typeof Graph.from>[0]);
}
