// The one reader of graph.json, for every subcommand and the viewer. Browser-safe (no node:).
//
// It reads as a stream: chunks go in, each node and edge is checked and added as soon as it is
// parsed, so no string ever holds the whole file (V8 refuses strings over about 512 MB, and
// `casegraph build` writes bigger files than that). It checks the contract (src/schema.ts, src/graph-check.ts) and
// what graphology would otherwise throw on: unique keys, edges between existing nodes, self-loops
// only where the options allow them, attribute values nested no deeper than MAX_DEPTH. The first
// problem stops it with a GraphFormatError of one line naming the file.
import Graph from "graphology";
import { JsonObjectSplitter, NOT_AN_OBJECT, SplitError } from "./split.ts";
import { z } from "zod";
import { GraphFormatError } from "../errors.ts";
import { GraphFile, SerializedEdge, SerializedNode, type EdgeAttributes, type NodeAttributes } from "../schema.ts";
import { crossCheck } from "../graph-check.ts";

const NOT_AN_OBJECT_HINT = `${NOT_AN_OBJECT} (a casegraph graph.json is an object with options, attributes, nodes and edges)`;

/** How deeply an attribute value may nest arrays and objects; the contract's own need five at most (a contradiction's sides' evidence in the graph attributes). */
export const MAX_DEPTH = 32;

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);
const show = (v: unknown) => clip(typeof v === "string" ? JSON.stringify(v) : String(v));

/** The first zod issue on one line: where and what. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? issue.path.join(".") : "value";
  return `${where}: ${issue.message}`;
}

/** Whether a value nests arrays or objects deeper than `max`; iterative, so any depth is safe. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}

export class GraphReader {
  private readonly splitter = new JsonObjectSplitter(new Set(["nodes", "edges"]), {
    member: (key, value) => {
      this.topKeys.add(key);
      if (key === "options") this.setOptions(value);
      else if (key === "attributes") this.setAttributes(value);
      else if (key === "nodes" || key === "edges") this.fail(`"${key}" is not a list`);
    },
    list: (key) => this.topKeys.add(key),
    item: (key, value) => (key === "nodes" ? this.addNode(value) : this.addEdge(value)),
  });
  private readonly encoder = new TextEncoder();
  private graph: Graph | null = null;
  private attributes: Record<string, unknown> | null = null;
  private readonly early: { nodes: unknown[]; edges: unknown[] } = { nodes: [], edges: [] };
  /** Edges whose ends have not been read yet (a file that lists edges before nodes). */
  private waiting: { key: string; source: string; target: string; attributes: EdgeAttributes }[] = [];
  private readonly waitingKeys = new Set<string>();
  private readonly topKeys = new Set<string>();
  private nodeCount = 0;
  private edgeCount = 0;

  /** `name` (a path or an address) begins every message. */
  constructor(readonly name: string) {}

  /** Nodes and edges read so far. */
  get items(): number {
    return this.nodeCount + this.edgeCount;
  }

  private fail(problem: string): never {
    throw new GraphFormatError(`'${this.name}' is not a casegraph graph: ${problem} (see the graph contract in README.md)`);
  }

  /** Reads the next piece of the file, text or UTF-8 bytes. */
  write(chunk: string | Uint8Array): this {
    try {
      if (typeof chunk !== "string") this.splitter.write(chunk);
      else for (let at = 0; at < chunk.length; ) {
        // a megabyte of text at a time, never cutting a surrogate pair
        let end = Math.min(chunk.length, at + (1 << 20));
        if (end < chunk.length && /[\ud800-\udbff]/.test(chunk[end - 1]!)) end--;
        this.splitter.write(this.encoder.encode(chunk.slice(at, end)));
        at = end;
      }
    } catch (err) {
      throw this.translate(err);
    }
    return this;
  }

  /** The end of the file: the checked graph. */
  end(): Graph {
    try { this.splitter.end(); } catch (err) { throw this.translate(err); }
    return this.finish();
  }

  /** Errors of the JSON layer as one line naming the file. */
  private translate(err: unknown): unknown {
    if (err instanceof GraphFormatError) return err;
    if (err instanceof SplitError && err.message === NOT_AN_OBJECT) return new GraphFormatError(`'${this.name}' is not a casegraph graph: ${NOT_AN_OBJECT_HINT}`);
    if (err instanceof SplitError) return new GraphFormatError(`'${this.name}' is not JSON: ${clip(err.message, 160)}`);
    if (err instanceof RangeError) return new GraphFormatError(`'${this.name}' cannot be read: a value in it is too long or nested too deeply for JavaScript`);
    if (err instanceof TypeError && /encoded data/i.test(err.message)) return new GraphFormatError(`'${this.name}' is not UTF-8 text`);
    return err;
  }

  private finish(): Graph {
    for (const key of ["options", "nodes", "edges"]) if (!this.topKeys.has(key)) this.fail(`it has no "${key}"`);
    if (!this.graph) this.fail('"options" is missing');
    for (const e of this.waiting) {
      if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) this.fail(`edge ${show(e.key)}: ${show(this.graph.hasNode(e.source) ? e.target : e.source)} is not a node`);
      this.graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    }
    if (this.attributes) this.graph.replaceAttributes(this.attributes);
    const graph = this.graph;
    const nodeAt = (key: string) => (graph.hasNode(key) ? (graph.getNodeAttributes(key) as NodeAttributes) : undefined);
    function* nodes(): Generator<[string, NodeAttributes]> { for (const { node, attributes } of graph.nodeEntries()) yield [node, attributes as NodeAttributes]; }
    function* edges() { for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { key: edge, source, target, attributes: attributes as EdgeAttributes }; }
    const problems = crossCheck(nodeAt, nodes(), edges(), 1);
    if (problems.length) this.fail(problems[0]!);
    return graph;
  }

  /** Reads a whole text (graphFromJSON). */
  static fromText(text: string, name: string): Graph {
    return new GraphReader(name).write(text).end();
  }

  /** Checks data already parsed (by JSON.parse in a worker, say) and builds the graph. */
  static fromData(data: unknown, name: string): Graph {
    const reader = new GraphReader(name);
    if (typeof data !== "object" || data === null || Array.isArray(data)) reader.fail(NOT_AN_OBJECT_HINT);
    const d = data as Record<string, unknown>;
    for (const key of Object.keys(d)) reader.topKeys.add(key);
    if ("options" in d) reader.setOptions(d.options);
    if ("attributes" in d) reader.setAttributes(d.attributes);
    for (const [list, add] of [["nodes", (v: unknown) => reader.addNode(v)], ["edges", (v: unknown) => reader.addEdge(v)]] as const) {
      const items = d[list];
      if (list in d && !Array.isArray(items)) reader.fail(`"${list}" is not a list`);
      if (Array.isArray(items)) for (const item of items) add(item);
    }
    return reader.finish();
  }

  private setOptions(value: unknown): void {
    if (this.graph) this.fail('"options" appears twice');
    const parsed = GraphFile.shape.options.safeParse(value);
    if (!parsed.success) this.fail(`options: ${firstIssue(parsed.error)}`);
    this.graph = new Graph({ type: "directed", multi: true, allowSelfLoops: parsed.data.allowSelfLoops });
    const { nodes, edges } = this.early;
    this.early.nodes = []; this.early.edges = [];
    for (const n of nodes) this.addNode(n);
    for (const e of edges) this.addEdge(e);
  }

  private setAttributes(value: unknown): void {
    if (nestedDeeperThan(value, MAX_DEPTH)) this.fail(`graph attributes nest deeper than ${MAX_DEPTH} levels`);
    const parsed = GraphFile.shape.attributes.safeParse(value);
    if (!parsed.success) this.fail(`attributes: ${firstIssue(parsed.error)}`);
    this.attributes = parsed.data;
  }

  private addNode(value: unknown): void {
    if (!this.graph) { this.early.nodes.push(value); return; }
    const where = `node ${++this.nodeCount}${typeof (value as { key?: unknown })?.key === "string" ? ` (${show((value as { key: string }).key)})` : ""}`;
    if (nestedDeeperThan(value, MAX_DEPTH)) this.fail(`${where}: its attributes nest deeper than ${MAX_DEPTH} levels`);
    const parsed = SerializedNode.safeParse(value);
    if (!parsed.success) this.fail(`${where}: ${firstIssue(parsed.error)}`);
    const { key, attributes } = parsed.data;
    if (this.graph.hasNode(key)) this.fail(`node key ${show(key)} appears twice`);
    this.graph.addNode(key, attributes);
  }

  private addEdge(value: unknown): void {
    if (!this.graph) { this.early.edges.push(value); return; }
    const where = `edge ${++this.edgeCount}${typeof (value as { key?: unknown })?.key === "string" ? ` (${show((value as { key: string }).key)})` : ""}`;
    if (nestedDeeperThan(value, MAX_DEPTH)) this.fail(`${where}: its attributes nest deeper than ${MAX_DEPTH} levels`);
    if ((value as { undirected?: unknown })?.undirected === true) this.fail(`${where}: an undirected edge in a directed graph`);
    const parsed = SerializedEdge.safeParse(value);
    if (!parsed.success) this.fail(`${where}: ${firstIssue(parsed.error)}`);
    const e = parsed.data;
    if (this.graph.hasEdge(e.key) || this.waitingKeys.has(e.key)) this.fail(`edge key ${show(e.key)} appears twice`);
    if (e.source === e.target && !this.graph.allowSelfLoops) this.fail(`${where} joins ${show(e.source)} to itself, and the options say "allowSelfLoops": false`);
    if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) { this.waitFor(e); return; }
    this.graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }

  /** An edge read before its nodes: kept until the end (only files not written by casegraph do this). */
  private waitFor(e: { key: string; source: string; target: string; attributes: EdgeAttributes }): void {
    this.waiting.push(e);
    this.waitingKeys.add(e.key);
  }
}
