// Running a path pattern: start from whichever end of the pattern has fewer candidate nodes
// (types and tests narrow them through the index), walk the edge steps depth first, keep simple
// paths (no node twice), and report each in the pattern's own order with evidence per hop.
import type Graph from "graphology";
import { QueryError } from "../errors.ts";
import { graphIndex, isRelation, type GraphIndex, type RelationEdge } from "./graph-index.ts";
import { hopBetween, type EdgeFilter } from "./evidence.ts";
import { parsePattern } from "./pattern.ts";
import { fold } from "./text.ts";
import type { AttributeTest, EdgeStep, Hop, MatchOutcome, NodeStep, PathResult, Pattern, RunOptions } from "./types.ts";

export const DEFAULT_LIMIT = 1000;
/**
 * The work one match may do unless told otherwise: edges looked at, and milliseconds. A wildcard
 * pattern of many hops has exponentially many paths; within these a match gives up after half a
 * second, says it was cut short, and the command still answers within about a second.
 */
export const DEFAULT_BUDGET = { steps: 1_000_000, ms: 500 };

/**
 * Every path that matches the pattern, up to `limit` (default 1000). One result per sequence of
 * nodes; each hop lists every edge between its two nodes that the edge step accepts. Results are
 * in a stable order: by the starting candidates in graph order, then by edges in graph order.
 * Results of one run may share Hop objects (a trial's hop appears in each of its verdicts'
 * paths): treat them as read-only.
 */
export function runPattern(graph: Graph, pattern: Pattern | string, options: RunOptions = {}): PathResult[] {
  return matchPattern(graph, pattern, options).results;
}

/**
 * runPattern, and whether the match saw every path: `complete` is false when the limit, the
 * step budget or the time budget stopped it (`stopped` says which), so a caller can say the list
 * was cut short. Results found before a budget ran out are returned, in the usual order.
 */
export function matchPattern(graph: Graph, pattern: Pattern | string, options: RunOptions = {}): MatchOutcome {
  const p = typeof pattern === "string" ? parsePattern(pattern) : pattern;
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!(limit >= 0)) throw new QueryError(`casegraph/query: limit must be a number of results, got ${limit}`);
  const maxSteps = options.budget?.steps ?? DEFAULT_BUDGET.steps, maxMs = options.budget?.ms ?? DEFAULT_BUDGET.ms;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let steps = 0, stopped: MatchOutcome["stopped"] = null;
  if (limit === 0) return { results: [], complete: false, stopped: "limit", steps };
  /** Counts one step; false once the budget is spent. */
  const step = (): boolean => {
    if (stopped) return false;
    if (++steps > maxSteps) stopped = "steps";
    else if ((steps & 1023) === 0 && now() - started > maxMs) stopped = "time";
    return stopped === null;
  };
  const index = graphIndex(graph);
  const tests = p.nodes.map((step) => nodeTest(graph, index, step));

  // Anchor at the more selective end; walking from the last step means walking the edges backwards.
  const first = candidates(graph, index, p.nodes[0]!, tests[0]!);
  const last = p.nodes.length > 1 ? candidates(graph, index, p.nodes[p.nodes.length - 1]!, tests[tests.length - 1]!) : first;
  const backwards = last.length < first.length;
  const stepTests = backwards ? [...tests].reverse() : tests;
  const edges = backwards ? [...p.edges].reverse().map(flip) : p.edges;
  const walks = edges.map((e) => walker(graph, index, e));
  const hops = hopMaker(graph, p);

  const results: PathResult[] = [];
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string, depth: number): boolean => {
    path.push(node);
    onPath.add(node);
    if (depth === edges.length) {
      const nodes = backwards ? [...path].reverse() : [...path];
      results.push({ nodes, hops: hops(nodes) });
    } else {
      for (const next of walks[depth]!(node)) {
        if (!step()) break;
        if (onPath.has(next) || !stepTests[depth + 1]!(next)) continue;
        if (visit(next, depth + 1)) break;
      }
    }
    path.pop();
    onPath.delete(node);
    return results.length >= limit || stopped !== null;
  };
  for (const start of backwards ? last : first) if (!step() || visit(start, 0)) break;
  if (results.length >= limit && !stopped) stopped = "limit";
  return { results, complete: stopped === null, stopped, steps };
}

/**
 * The hops of a matched node sequence, each with the edges its step accepts. Results share
 * prefixes (one trial, many verdicts), so hops are memoised for the run.
 */
function hopMaker(graph: Graph, p: Pattern) {
  const filters = p.edges.map(accepts);
  const memo = new Map<string, Hop>();
  return (nodes: string[]): Hop[] => p.edges.map((e, i) => {
    const u = nodes[i]!, v = nodes[i + 1]!, id = `${i}\u0000${u}\u0000${v}`;
    let hop = memo.get(id);
    if (!hop) memo.set(id, (hop = hopBetween(graph, u, v, filters[i]!, e.direction !== "in", e.direction !== "out")));
    return hop;
  });
}

function flip(e: EdgeStep): EdgeStep {
  return { ...e, direction: e.direction === "out" ? "in" : e.direction === "in" ? "out" : "both" };
}

export function accepts(e: EdgeStep): EdgeFilter {
  if (e.types === "*") return isRelation;
  const set = new Set<string>(e.types);
  return (type) => set.has(type);
}

/**
 * The distinct neighbours of a node across the edges one step accepts, in graph order. Relation
 * steps read the index's typed adjacency; steps naming provenance edges ask graphology.
 */
function walker(graph: Graph, index: GraphIndex, e: EdgeStep): (node: string) => string[] {
  const accept = accepts(e);
  if (e.types === "*" || e.types.every(isRelation)) {
    const lists = e.direction === "out" ? [index.outRelations] : e.direction === "in" ? [index.inRelations] : [index.outRelations, index.inRelations];
    return (node) => {
      const found: string[] = [];
      let seen: Set<string> | undefined; // only for busy nodes: includes() is quicker on short lists
      for (const map of lists) {
        const edges = map.get(node) ?? EMPTY;
        if (!seen && edges.length > 16) seen = new Set(found);
        for (const edge of edges) {
          if (!accept(edge.type)) continue;
          if (seen ? seen.has(edge.other) : found.includes(edge.other)) continue;
          seen?.add(edge.other);
          found.push(edge.other);
        }
      }
      return found;
    };
  }
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

const EMPTY: readonly RelationEdge[] = [];

/**
 * The nodes one step can start from, narrowed through the index (by key, name, role or type)
 * before the step's tests are applied to what is left.
 */
function candidates(graph: Graph, index: GraphIndex, step: NodeStep, test: (node: string) => boolean): readonly string[] {
  const find = (name: string) => step.tests.find((t) => t.name === name && t.op === "=");
  const byKey = find("key"), byName = find("label") ?? find("name"), byRole = find("role");
  let pool: readonly string[];
  if (byKey) pool = graph.hasNode(byKey.value) ? [byKey.value] : [];
  else if (byName) pool = index.byName.get(fold(byName.value)) ?? [];
  else if (byRole) pool = index.roleHolders.get(fold(byRole.value)) ?? [];
  else if (step.type === "*") pool = graph.nodes();
  else if (step.tests.length === 0) return index.byType.get(step.type) ?? [];
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
