// A Cypher script that loads the same graph as the CSV export, for cypher-shell:
//
//   cypher-shell -u neo4j -p <password> -f graph.cypher
//
// Nodes get their type as label plus CaseGraph, with a uniqueness constraint on CaseGraph.key
// so relationships find their ends through an index. Rows go in batches through UNWIND, one
// statement per label or relationship type per batch (Cypher cannot take a label as a parameter).
// Strings are written as double-quoted Cypher literals: Cypher's escapes (\" \\ \n \r \t \uXXXX)
// are JSON's, so JSON.stringify writes them. Lists stay lists; objects become JSON strings.
import type Graph from "graphology";
import { chunked, exportView, type Attributes, type ExportOptions } from "./view.ts";

const BATCH = 500;

export function* cypherChunks(graph: Graph, options: ExportOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  yield* chunked(script());

  function* script(): Generator<string> {
    yield `// casegraph export; ${view.withText ? "with Article and Sentence nodes" : "entities and relations only, evidence sentences on the relationships"}\n`;
    yield "CREATE CONSTRAINT casegraph_key IF NOT EXISTS FOR (n:CaseGraph) REQUIRE n.key IS UNIQUE;\n";
    yield* batches(view.nodes(), (n) => String(n.attributes.type), (n) => map({ key: n.key, ...n.attributes }),
      (label) => `CREATE (n:CaseGraph:${name(label)}) SET n = row;`);
    yield* batches(view.edges(), (e) => String(e.attributes.type), (e) => `{\`s\`: ${JSON.stringify(e.source)}, \`t\`: ${JSON.stringify(e.target)}, \`p\`: ${map({ key: e.key, ...e.attributes })}}`,
      (type) => `MATCH (a:CaseGraph {key: row.s}), (b:CaseGraph {key: row.t}) CREATE (a)-[r:${name(type)}]->(b) SET r = row.p;`);
  }
}

/**
 * Rows grouped by label (or relationship type) in order of first appearance, in batches of 500:
 * `UNWIND [ row, row, ... ] AS row` then the group's statement. Holds one row list per group, not the text.
 */
function* batches<T>(items: Iterable<T>, group: (item: T) => string, row: (item: T) => string, statement: (group: string) => string): Generator<string> {
  const pending = new Map<string, string[]>();
  const flush = function* (g: string, rows: string[]) {
    yield `UNWIND [\n  ${rows.join(",\n  ")}\n] AS row\n${statement(g)}\n`;
  };
  for (const item of items) {
    const g = group(item);
    let rows = pending.get(g);
    if (!rows) pending.set(g, (rows = []));
    rows.push(row(item));
    if (rows.length >= BATCH) { yield* flush(g, rows); pending.set(g, []); }
  }
  for (const [g, rows] of pending) if (rows.length) yield* flush(g, rows);
}

/** A Cypher map literal: keys in backticks, values as Cypher literals. */
function map(attributes: Attributes): string {
  const parts: string[] = [];
  for (const k in attributes) {
    const v = attributes[k];
    if (v === undefined || v === null) continue;
    parts.push(`${name(k)}: ${literal(v)}`);
  }
  return `{${parts.join(", ")}}`;
}

function literal(v: unknown): string {
  if (typeof v === "string" || typeof v === "boolean") return JSON.stringify(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return JSON.stringify(v);
  if (Array.isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x))) return JSON.stringify(v);
  return JSON.stringify(JSON.stringify(v));
}

/** A label, type or property name, backticked (backticks inside doubled). */
const name = (n: string) => `\`${n.replace(/`/g, "``")}\``;
