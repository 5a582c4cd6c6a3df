// Names to nodes, shortest paths and neighbourhoods.
//
// What "shortest path" walks: relation edges (RELATION_TYPES) in either direction, so
// "judge → trial ← defendant" is a path of two hops. Provenance edges (MENTIONED_IN, IN_ARTICLE)
// are not walked, which keeps Article and Sentence nodes out: two people are not "close" because
// one article mentions both. Each hop still lists every relation edge between its two nodes, in
// both directions, with `reversed` set on those that point back.
import type Graph from "graphology";
import { QueryError } from "../errors.ts";
import { byKey, graphIndex, isRelation } from "./graph-index.ts";
import { hopBetween } from "./evidence.ts";
import { DEFAULT_LIMIT } from "./match.ts";
import { editDistance, fold } from "./text.ts";
import type { Hop, PathResult, RunOptions } from "./types.ts";

const TEXT_TYPES = new Set(["Article", "Sentence"]);

/**
 * Entity keys whose key, label or one of whose aliases is `name` (compared case-, accent- and
 * white-space-insensitively). Article and Sentence nodes are not entities. Graph order.
 */
export function findEntities(graph: Graph, name: string): string[] {
  if (graph.hasNode(name) && !TEXT_TYPES.has(graph.getNodeAttribute(name, "type"))) return [name];
  return [...(graphIndex(graph).byName.get(fold(name)) ?? [])];
}

/** The one node `name` refers to: a node key, or a label or alias that names exactly one entity. */
export function resolveEntity(graph: Graph, name: string): string {
  if (graph.hasNode(name)) return name;
  const keys = findEntities(graph, name);
  if (keys.length === 1) return keys[0]!;
  if (keys.length > 1)
    throw new QueryError(`casegraph/query: "${name}" names ${keys.length} entities; give one of these keys instead:\n${keys.map((k) => `  ${describe(graph, k)}`).join("\n")}`);
  const near = suggest(graph, name);
  throw new QueryError(`casegraph/query: no entity is named "${name}"${near.length ? `; similar names:\n${near.map((k) => `  ${describe(graph, k)}`).join("\n")}` : ""}`);
}

/** `key (Type "label")`, as candidates are listed in messages. */
export function describe(graph: Graph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return `${key} (${a.type} "${a.label}")`;
}

/** Up to five entities with a name that contains `name`, or a word within a typo of it. */
function suggest(graph: Graph, name: string): string[] {
  const want = fold(name);
  if (want.length < 2) return [];
  const typo = Math.max(1, Math.floor(want.length / 4));
  const near = (n: string) => n.includes(want) || n.split(" ").some((w) => editDistance(w, want) <= typo) || editDistance(n, want) <= typo;
  const found = new Set<string>();
  for (const [n, keys] of graphIndex(graph).byName) {
    if (!near(n)) continue;
    for (const k of keys) found.add(k);
    if (found.size >= 5) break;
  }
  return [...found].slice(0, 5);
}

/**
 * A shortest path over relation edges (either direction) between two entities named by key, label
 * or alias, or null when none joins them. An ambiguous or unknown name is a QueryError that lists
 * the candidates. Searches from both ends at once, so it touches few nodes even in large graphs;
 * among paths of equal length the result is stable for a given graph.
 */
export function shortestPath(graph: Graph, from: string, to: string): PathResult | null {
  const source = resolveEntity(graph, from), target = resolveEntity(graph, to);
  if (source === target) return { nodes: [source], hops: [] };
  const { neighbours } = graphIndex(graph);
  const side = (root: string): Side => ({ parent: new Map([[root, null]]), dist: new Map([[root, 0]]), frontier: [root] });
  const sides = [side(source), side(target)] as const;
  while (sides[0].frontier.length && sides[1].frontier.length) {
    const forward = sides[0].frontier.length <= sides[1].frontier.length;
    const [near, far] = forward ? sides : [sides[1], sides[0]];
    const next: string[] = [];
    let meet: string | undefined, best = Infinity;
    for (const u of near.frontier) {
      const d = near.dist.get(u)! + 1;
      for (const v of neighbours.get(u) ?? []) {
        if (near.parent.has(v)) continue;
        near.parent.set(v, u);
        near.dist.set(v, d);
        next.push(v);
        const other = far.dist.get(v);
        if (other !== undefined && d + other < best) { best = d + other; meet = v; }
      }
    }
    if (meet !== undefined) {
      const nodes = [...chain(sides[0].parent, meet)].reverse().concat([...chain(sides[1].parent, meet)].slice(1));
      return { nodes, hops: nodes.slice(1).map((v, i) => relationHop(graph, nodes[i]!, v)) };
    }
    near.frontier = next;
  }
  return null;
}

/** One end of the two-ended search: the tree grown so far and its newest level. */
interface Side {
  parent: Map<string, string | null>;
  dist: Map<string, number>;
  frontier: string[];
}

/** meet, its parent, its parent's parent, ... up to the side's root. */
function* chain(parent: Map<string, string | null>, from: string): Iterable<string> {
  for (let n: string | null | undefined = from; n != null; n = parent.get(n)) yield n;
}

function relationHop(graph: Graph, u: string, v: string): Hop {
  return hopBetween(graph, u, v, isRelation);
}

/**
 * Everything within `depth` relation hops (either direction) of a node named by key, label or
 * alias: one PathResult per reached node, the path from the centre to it along a breadth-first
 * tree (so each is a shortest path), nearest first, then by key. The centre itself is not listed.
 * At most `limit` results (default 1000).
 */
export function neighbourhood(graph: Graph, node: string, depth = 1, options: RunOptions = {}): PathResult[] {
  if (!Number.isInteger(depth) || depth < 1) throw new QueryError(`casegraph/query: depth must be a whole number of hops, 1 or more, got ${depth}`);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const centre = resolveEntity(graph, node);
  const { neighbours } = graphIndex(graph);
  const reached = new Map<string, PathResult>([[centre, { nodes: [centre], hops: [] }]]);
  const results: PathResult[] = [];
  let frontier = [centre];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const level: string[] = [];
    for (const u of frontier) {
      const via = reached.get(u)!;
      for (const v of neighbours.get(u) ?? []) {
        if (reached.has(v)) continue;
        reached.set(v, { nodes: [...via.nodes, v], hops: [...via.hops, relationHop(graph, u, v)] });
        level.push(v);
      }
    }
    level.sort(byKey);
    for (const v of level) {
      if (results.length >= limit) return results;
      results.push(reached.get(v)!);
    }
    frontier = level;
  }
  return results;
}
