// Reading a graph file: text in, a checked graphology graph or a message a person can act on out.
import Graph from "graphology";
import { checkGraph } from "../../src/schema.ts";
import type { DataGraph, LoadResult } from "./types.ts";

const LIMIT = 300;
const clip = (text: string) => (text.length > LIMIT ? `${text.slice(0, LIMIT)}…` : text);

/** Files above this size are checked in a worker while the view is prepared. */
export const BIG_FILE = 2_000_000;

type Parsed = { ok: true; data: { options: { allowSelfLoops?: boolean } } } | { ok: false; message: string };

/** JSON and the outline of a graphology export; the contract itself is checked by checkGraph. */
function parseOutline(text: string, name: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const start = text.trimStart().slice(0, 40);
    const hint = start.startsWith("<") ? " It looks like XML or HTML (GraphML and GEXF are not read here; open a casegraph graph.json)." : "";
    return { ok: false, message: `${name} is not JSON: ${clip((err as Error).message)}.${hint}` };
  }
  if (typeof data !== "object" || data === null || !("nodes" in data) || !("edges" in data) || !("options" in data)) {
    return { ok: false, message: `${name} is JSON but not a casegraph graph: it needs "options", "nodes" and "edges" as written by graphology's export() (see the graph contract in the README).` };
  }
  return { ok: true, data: data as { options: { allowSelfLoops?: boolean } } };
}

const contractMessage = (name: string, message: string) => `${name} does not follow the casegraph graph contract:\n${clip(message)}`;

function toGraph(data: unknown, allowSelfLoops: boolean): DataGraph {
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops });
  graph.import(data as Parameters<Graph["import"]>[0]);
  return graph;
}

/** Parses and checks the text of a graph.json with the project's zod schema and contract checks. */
export function parseGraphText(text: string, name: string): LoadResult {
  const parsed = parseOutline(text, name);
  if (!parsed.ok) return { ok: false, name, message: parsed.message };
  const check = checkGraph(parsed.data);
  if (!check.ok) return { ok: false, name, message: contractMessage(name, check.message) };
  return { ok: true, graph: toGraph(check.graph, check.graph.options.allowSelfLoops), name };
}

export interface LoadSteps<T> {
  /** Builds what the view needs from the data graph. */
  prepare: (graph: DataGraph) => T;
  /** Checks a big file's text elsewhere (a worker) while the view is prepared; without it every file is checked here. */
  checkElsewhere?: (text: string) => Promise<{ ok: boolean; message?: string }>;
  /** For a big file: sees the parsed file before its data graph is built (the viewer starts drawing it). */
  early?: (data: unknown) => void;
}

/**
 * Like parseGraphText, but a big file is checked by `checkElsewhere` while `early` and `prepare`
 * build the view from the same data (the viewer draws it behind a veil). The result says whether
 * the check passed; nothing may be shown unless it did.
 */
export async function loadGraphText<T>(text: string, name: string, { prepare, checkElsewhere, early }: LoadSteps<T>): Promise<{ result: LoadResult; prepared?: T }> {
  if (!checkElsewhere || text.length < BIG_FILE) {
    const result = parseGraphText(text, name);
    return { result, prepared: result.ok ? prepare(result.graph) : undefined };
  }
  const checking = checkElsewhere(text);
  const parsed = parseOutline(text, name);
  if (!parsed.ok) return { result: { ok: false, name, message: parsed.message } };
  let graph: DataGraph | null = null, prepared: T | undefined, failure: string | null = null;
  try {
    early?.(parsed.data);
    graph = toGraph(parsed.data, parsed.data.options.allowSelfLoops ?? false);
    prepared = prepare(graph);
  } catch (err) {
    failure = (err as Error).message;
  }
  const check = await checking;
  if (!check.ok) return { result: { ok: false, name, message: contractMessage(name, check.message ?? "") } };
  if (!graph || failure !== null) return { result: { ok: false, name, message: contractMessage(name, failure ?? "") } };
  return { result: { ok: true, graph, name }, prepared };
}

const STATUS: Record<number, string> = {
  401: "it needs you to sign in", 403: "it refuses to give it", 404: "there is no file at that address", 410: "the file is gone",
};

/**
 * Fetches a graph file's text. Each way it can fail gets its own message: a malformed address, a
 * server that cannot be reached, a server on another site that does not let this page read its
 * files (CORS), an HTTP error (404, ...), or a web page where a graph file was expected.
 */
export async function fetchText(address: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let url: URL;
  try { url = new URL(address, location.href); } catch { return { ok: false, message: `“${address}” is not a valid address.` }; }
  if (!/^https?:$|^blob:$|^data:$/.test(url.protocol)) return { ok: false, message: `Cannot open ${address}: only http and https addresses can be fetched (${url.protocol} is not one).` };
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    const crossOrigin = url.origin !== location.origin;
    // A fetch that other sites may not read fails exactly like an unreachable server: ask again
    // without reading the answer, which succeeds when the server is there.
    const reachable = crossOrigin && (await fetch(url, { mode: "no-cors" }).then(() => true, () => false));
    return { ok: false, message: reachable
      ? `${address} is on another site (${url.origin}), which does not let this page read it: its server sends no Access-Control-Allow-Origin header. Download the file and open it with “Open graph…”, or serve it with that header.`
      : `Could not reach ${url.origin} to fetch ${address}: the network failed (offline, a wrong address, or the server is down).` };
  }
  if (!response.ok) {
    const why = STATUS[response.status] ?? (response.status >= 500 ? "the server failed" : "the request was refused");
    return { ok: false, message: `Could not fetch ${address}: the server answered ${response.status} ${response.statusText}`.trim() + ` (${why}).` };
  }
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (/text\/html/i.test(type) && /^\s*</.test(text))
    return { ok: false, message: `${address} answered with a web page, not a graph file: the address is probably wrong (many servers answer a missing file with their home page).` };
  return { ok: true, text };
}
