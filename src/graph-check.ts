// The graph contract's checks beyond what a schema can say, on a parsed graph.json or on a
// graph in memory before the build writes it. The schemas themselves are in schema.ts.
import { z } from "zod";
import { compile, type Accepts } from "./schema-compile.ts";
import type { ReadableGraph } from "./build/built-graph.ts";
import {
  GraphFile, RELATION_ENDS, SerializedEdge, SerializedNode,
  type EntityType, type NodeAttributes,
} from "./schema.ts";

export type GraphCheck = { ok: true; graph: GraphFile } | { ok: false; message: string };

/**
 * Checks a parsed graph.json against the contract: the schema, then what a schema cannot say
 * (edges point at existing nodes, offsets and surfaces agree with the article text, relation
 * ends have the right types, evidence names Sentence nodes).
 */
export function checkGraph(data: unknown): GraphCheck {
  const parsed = GraphFile.safeParse(data);
  if (!parsed.success) return { ok: false, message: z.prettifyError(parsed.error) };
  const graph = parsed.data;
  const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  const problems = crossCheck((key) => nodes.get(key), nodes, graph.edges);
  return problems.length ? { ok: false, message: problems.join("\n") } : { ok: true, graph };
}

/**
 * The checks of `checkGraph` on a graph in memory, one node and edge at a time, for the build to
 * run before it writes: `checkGraph(graph.export())` would hold two more copies of the whole graph
 * at once (the export and zod's parsed copy of it), over a gigabyte for a 50 MB corpus.
 *
 * `checked` (src/build/memo.ts TailMemo.checked): attributes objects of Article and Sentence nodes
 * and IN_ARTICLE edges that passed in an earlier build of a watching process, where they are an
 * unchanged article's part (x and y aside, which the layout writes as numbers): they are passed
 * over, and the ones that pass now are added.
 */
export function checkGraphInMemory(graph: ReadableGraph, checked?: WeakSet<object>): { ok: true } | { ok: false; message: string } {
  const problems: string[] = [];
  const invalid = (where: string, error: z.ZodError) => { if (problems.length < 10) problems.push(`${where}: ${z.prettifyError(error)}`); };
  const options = GraphFile.shape.options.safeParse({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  if (!options.success) invalid("options", options.error);
  const attributes = GraphFile.shape.attributes.safeParse(graph.getAttributes());
  if (!attributes.success) invalid("attributes", attributes.error);
  // One pass over the nodes, then one over the edges: each record passes the schemas compiled to
  // plain predicates (src/schema-compile.ts), which accept only what zod surely would (zod itself
  // sees only the rest, for its verdict and message), then what a schema cannot say is checked on
  // it at once. A record the schema refuses is not checked further.
  const { node: nodeAccepted, edge: edgeAccepted } = compiledRecords();
  const known = (attributes: object) => checked?.has(attributes) === true;
  const nodeAt = graph.findNodeAttributes
    ? (key: string) => graph.findNodeAttributes!(key) as NodeAttributes | undefined
    : (key: string) => (graph.hasNode(key) ? (graph.getNodeAttributes(key) as NodeAttributes) : undefined);
  const cross = crossChecker(nodeAt, (m) => { if (problems.length < 10) problems.push(m); });
  for (const { node, attributes } of graph.nodeEntries()) {
    if (known(attributes)) continue;
    const record = { key: node, attributes };
    if (nodeAccepted(record)) { cross.node(node, attributes as NodeAttributes); continue; }
    const parsed = SerializedNode.safeParse(record);
    if (!parsed.success) invalid(`node ${node}`, parsed.error);
    else cross.node(node, attributes as NodeAttributes);
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    if (known(attributes)) continue;
    const record = { key: edge, source, target, attributes };
    if (edgeAccepted(record)) { cross.edge(record as SerializedEdge); continue; }
    const parsed = SerializedEdge.safeParse(record);
    if (!parsed.success) invalid(`edge ${edge}`, parsed.error);
    else cross.edge(record as SerializedEdge);
  }
  if (problems.length) return { ok: false, message: problems.join("\n") };
  if (checked) {
    for (const { attributes } of graph.nodeEntries()) if (attributes.type === "Article" || attributes.type === "Sentence") checked.add(attributes);
    for (const { attributes } of graph.edgeEntries()) if (attributes.type === "IN_ARTICLE") checked.add(attributes);
  }
  return { ok: true };
}

let compiled: { node: Accepts; edge: Accepts } | undefined;
const compiledRecords = () => (compiled ??= { node: compile(SerializedNode), edge: compile(SerializedEdge) });

/** What a schema cannot say; the first `max` problems (the graph reader stops at the first). */
export function crossCheck(
  nodeAt: (key: string) => NodeAttributes | undefined,
  nodes: Iterable<[string, NodeAttributes]>,
  edges: Iterable<SerializedEdge>,
  max = 10,
): string[] {
  const problems: string[] = [];
  const cross = crossChecker(nodeAt, (m) => { if (problems.length < max) problems.push(m); });
  for (const [key, a] of nodes) cross.node(key, a);
  for (const e of edges) cross.edge(e);
  return problems;
}

/** crossCheck one record at a time: a node's checks, an edge's, each problem handed to `problem`. */
function crossChecker(nodeAt: (key: string) => NodeAttributes | undefined, problem: (message: string) => void) {
  const textOf = (sentenceKey: string) => {
    const s = nodeAt(sentenceKey);
    if (s?.type !== "Sentence") return undefined;
    const a = nodeAt(s.article);
    return a?.type === "Article" ? a.text : undefined;
  };
  return {
    node(key: string, a: NodeAttributes): void {
      const dateEvidence = "date_evidence" in a && Array.isArray(a.date_evidence) ? (a.date_evidence as string[]) : [];
      for (const ev of dateEvidence) if (nodeAt(ev)?.type !== "Sentence") problem(`node ${key}: date evidence ${ev} is not a Sentence`);
      if (a.type !== "Sentence") return;
      const text = textOf(key);
      if (text === undefined) problem(`sentence ${key}: article ${a.article} is missing`);
      else if (text.slice(a.start, a.end) !== a.text) problem(`sentence ${key}: text is not the article's slice ${a.start}..${a.end}`);
    },
    edge(e: SerializedEdge): void {
      const s = nodeAt(e.source), t = nodeAt(e.target);
      if (!s || !t) { problem(`edge ${e.key}: ${!s ? e.source : e.target} is not a node`); return; }
      const a = e.attributes;
      if (a.type === "MENTIONED_IN") {
        // the target is a Sentence: its article's text, without looking the sentence up again
        const article = t.type === "Sentence" ? nodeAt(t.article) : undefined;
        const text = article?.type === "Article" ? article.text : undefined;
        if (text === undefined) problem(`edge ${e.key}: MENTIONED_IN must point at a Sentence`);
        else if (text.slice(a.start, a.end) !== a.surface) problem(`edge ${e.key}: surface "${a.surface}" is not the text at ${a.start}..${a.end}`);
      } else if (a.type === "IN_ARTICLE") {
        if (s.type !== "Sentence" || t.type !== "Article") problem(`edge ${e.key}: IN_ARTICLE joins a Sentence to an Article`);
      } else {
        const [from, to] = RELATION_ENDS[a.type];
        if (!from.includes(s.type as EntityType) || !to.includes(t.type as EntityType))
          problem(`edge ${e.key}: ${a.type} cannot join ${s.type} to ${t.type}`);
        for (const ev of a.evidence) if (nodeAt(ev)?.type !== "Sentence") problem(`edge ${e.key}: evidence ${ev} is not a Sentence`);
      }
    },
  };
}
