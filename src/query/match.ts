// Running a path pattern: start from whichever end of the pattern has fewer candidate nodes
// (types and tests narrow them through the index), walk the edge steps depth first, keep simple
// paths (no node twice), and report each in the pattern's own order with evidence per hop.
import type Graph from "graphology";
import { QueryError } from "../errors.ts";
import { graphIndex, isRelation, type GraphIndex } from "./graph-index.ts";
import { hopBetween, type EdgeFilter } from "./evidence.ts";
import { parsePattern } from "./pattern.ts";
import { fold } from "./text.ts";
import type { AttributeTest, EdgeStep, NodeStep, PathResult, Pattern, RunOptions } from "./types.ts";

export const DEFAULT_LIMIT = 1000;

/**
 * Every path that matches the pattern, up to `limit` (default 1000). One result per sequence of
 * nodes; each hop lists every edge between its two nodes that the edge step accepts. Results are
 * in a stable order: by the starting candidates in graph order, then by edges in graph order.
 */
export function runPattern(graph: Graph, pattern: Pattern | string, options: RunOptions = {}): PathResult[] {
  const p = typeof pattern === "string" ? parsePattern(pattern) : pattern;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!(limit >= 0)) throw new QueryError(`casegraph/query: limit must be a number of results, got ${limit}`);
  if (limit === 0) return [];
  const index = graphIndex(graph);
  const tests = p.nodes.map((step) => nodeTest(graph, index, step));

  // Anchor at the more selective end; walking from the last step means walking the edges backwards.
  const first = candidates(graph, index, p.nodes[0]!, tests[0]!);
  const last = p.nodes.length > 1 ? candidates(graph, index, p.nodes[p.nodes.length - 1]!, tests[tests.length - 1]!) : first;
  const backwards = last.length < first.length;
  const steps = backwards ? [...tests].reverse() : tests;
  const edges = backwards ? [...p.edges].reverse().map(flip) : p.edges;
  const walks = edges.map((e) => walker(graph, e));

  const results: PathResult[] = [];
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string, depth: number): boolean => {
    path.push(node);
    onPath.add(node);
    if (depth === edges.length) {
      const nodes = backwards ? [...path].reverse() : [...path];
      results.push({ nodes, hops: hops(graph, p, nodes) });
    } else {
      for (const next of walks[depth]!(node)) {
        if (onPath.has(next) || !steps[depth + 1]!(next)) continue;
        if (visit(next, depth + 1)) break;
      }
    }
    path.pop();
    onPath.delete(node);
    return results.length >= limit;
  };
  for (const start of backwards ? last : first) if (visit(start, 0)) break;
  return results;
}

/** The hops of a matched node sequence, each with the edges its step accepts. */
function hops(graph: Graph, p: Pattern, nodes: string[]) {
  return p.edges.map((e, i) => hopBetween(graph, nodes[i]!, nodes[i + 1]!, accepts(e), e.direction !== "in", e.direction !== "out"));
}

function flip(e: EdgeStep): EdgeStep {
  return { ...e, direction: e.direction === "out" ? "in" : e.direction === "in" ? "out" : "both" };
}

export function accepts(e: EdgeStep): EdgeFilter {
  if (e.types === "*") return isRelation;
  const set = new Set<string>(e.types);
  return (type) => set.has(type);
}

/** The distinct neighbours of a node across the edges one step accepts, in graph order. */
function walker(graph: Graph, e: EdgeStep): (node: string) => string[] {
  const accept = accepts(e);
  return (node) => {
    const seen = new Set<string>();
    const add = (_edge: string, a: { type?: unknown }, source: string, target: string) => {
      if (accept(a.type as string)) seen.add(source === node ? target : source);
    };
    if (e.direction === "out") graph.forEachOutEdge(node, add);
    else if (e.direction === "in") graph.forEachInEdge(node, add);
    else graph.forEachEdge(node, add);
    return [...seen];
  };
}

/** The nodes one step can start from, narrowed by the index where a test allows it. */
function candidates(graph: Graph, index: GraphIndex, step: NodeStep, test: (node: string) => boolean): string[] {
  const byName = step.tests.find((t) => (t.name === "label" || t.name === "name") && t.op === "=");
  const byKey = step.tests.find((t) => t.name === "key" && t.op === "=");
  let pool: readonly string[];
  if (byKey) pool = graph.hasNode(byKey.value) ? [byKey.value] : [];
  else if (byName) pool = index.byName.get(fold(byName.value)) ?? [];
  else if (step.type === "*") pool = graph.nodes();
  else pool = index.byType.get(step.type) ?? [];
  return pool.filter(test);
}

/** A predicate for one node step: its type, then every attribute test. */
function nodeTest(graph: Graph, index: GraphIndex, step: NodeStep): (node: string) => boolean {
  const checks = step.tests.map((t) => attributeTest(graph, index, t));
  return (node) => {
    const a = graph.getNodeAttributes(node);
    if (step.type !== "*" && a.type !== step.type) return false;
    for (const check of checks) if (!check(node, a)) return false;
    return true;
  };
}

type Check = (node: string, attributes: Record<string, unknown>) => boolean;

function attributeTest(_graph: Graph, index: GraphIndex, t: AttributeTest): Check {
  const want = fold(t.value);
  const hit = t.op === "~" ? (v: string) => v.includes(want) : (v: string) => v === want;
  const any = (values: Iterable<string>) => {
    for (const v of values) if (hit(v)) return true;
    return false;
  };
  const verdict = (found: boolean) => (t.op === "!=" ? !found : found);
  switch (t.name) {
    case "role":
      return (node) => verdict(any(index.rolesOf.get(node) ?? []));
    case "key":
      return (node) => verdict(hit(fold(node)));
    case "label": case "name":
      return (_, a) => verdict(any(names(a)));
    default:
      return (_, a) => verdict(any(values(a[t.name])));
  }
}

function* names(a: Record<string, unknown>): Iterable<string> {
  if (typeof a.label === "string") yield fold(a.label);
  if (Array.isArray(a.aliases)) for (const alias of a.aliases) yield fold(String(alias));
}

function* values(v: unknown): Iterable<string> {
  if (v === undefined || v === null) return;
  if (Array.isArray(v)) for (const x of v) yield fold(String(x));
  else yield fold(typeof v === "object" ? JSON.stringify(v) : String(v));
}
