// Reading a graph file: text in, a checked graphology graph or a message a person can act on out.
import Graph from "graphology";
import { checkGraph } from "../../src/schema.ts";
import type { LoadResult } from "./types.ts";

const LIMIT = 300;
const clip = (text: string) => (text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text);

/** Parses and checks the text of a graph.json with the project's zod schema and contract checks. */
export function parseGraphText(text: string, name: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const start = text.trimStart().slice(0, 40);
    const hint = start.startsWith("<") ? " It looks like XML or HTML (GraphML and GEXF are not read here; open a casegraph graph.json)." : "";
    return { ok: false, name, message: `${name} is not JSON: ${clip((err as Error).message)}.${hint}` };
  }
  if (typeof data !== "object" || data === null || !("nodes" in data) || !("edges" in data) || !("options" in data)) {
    return { ok: false, name, message: `${name} is JSON but not a casegraph graph: it needs "options", "nodes" and "edges" as written by graphology's export() (see the graph contract in the README).` };
  }
  const check = checkGraph(data);
  if (!check.ok) return { ok: false, name, message: `${name} does not follow the casegraph graph contract:\n${clip(check.message)}` };
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: check.graph.options.allowSelfLoops });
  graph.import(check.graph as unknown as Parameters<Graph["import"]>[0]);
  return { ok: true, graph, name };
}

/** Fetches a graph by address; network and HTTP failures become messages too. */
export async function fetchGraph(url: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (err) {
    return { ok: false, name: url, message: `Could not fetch ${url}: ${(err as Error).message}` };
  }
  if (!response.ok) {
    return { ok: false, name: url, message: `Could not fetch ${url}: the server answered ${response.status} ${response.statusText}`.trim() };
  }
  return parseGraphText(await response.text(), url);
}

/** Reads a File from the picker or a drop. */
export async function readGraphFile(file: File): Promise<LoadResult> {
  return parseGraphText(await file.text(), file.name);
}
