// Lookup tables built once per graph and reused by every query, so queries never scan the whole
// graph: nodes by type, entities by folded name, each person's roles, relation neighbours.
// The tables are dropped when the graph changes (graphology emits an event for every change).
import type Graph from "graphology";
import { RELATION_TYPES } from "../schema.ts";
import { fold } from "./text.ts";

export interface GraphIndex {
  /** Node keys by `type`, in graph order. */
  byType: Map<string, string[]>;
  /** Entity keys (not Article or Sentence) by folded label and by folded alias. */
  byName: Map<string, string[]>;
  /** Folded labels and aliases of every Role each Person HOLDS_ROLE. */
  rolesOf: Map<string, Set<string>>;
  /** Persons by the folded label and aliases of every Role they HOLDS_ROLE. */
  roleHolders: Map<string, string[]>;
  /** Nodes joined to a node by at least one relation edge, either direction, sorted by key. */
  neighbours: Map<string, string[]>;
  /** Each node's relation edges, outgoing and incoming, in graph order: typed adjacency without provenance edges. */
  outRelations: Map<string, RelationEdge[]>;
  inRelations: Map<string, RelationEdge[]>;
}

/** A relation edge seen from one end: its key, type and the node at the other end. */
export interface RelationEdge {
  key: string;
  type: string;
  other: string;
}

const RELATIONS: ReadonlySet<string> = new Set(RELATION_TYPES);
export const isRelation = (type: unknown): boolean => RELATIONS.has(type as string);

const CHANGE_EVENTS = [
  "nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "cleared", "edgesCleared",
  "attributesUpdated", "nodeAttributesUpdated", "edgeAttributesUpdated",
  "eachNodeAttributesUpdated", "eachEdgeAttributesUpdated",
] as const;

const cache = new WeakMap<Graph, GraphIndex>();
const watched = new WeakSet<Graph>();

export function graphIndex(graph: Graph): GraphIndex {
  let index = cache.get(graph);
  if (index) return index;
  index = buildIndex(graph);
  cache.set(graph, index);
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = () => cache.delete(graph);
    for (const event of CHANGE_EVENTS) graph.on(event, drop);
  }
  return index;
}

function buildIndex(graph: Graph): GraphIndex {
  const byType = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const addName = (name: unknown, key: string) => {
    if (typeof name !== "string" || name === "") return;
    const f = fold(name);
    const keys = byName.get(f);
    if (!keys) byName.set(f, [key]);
    else if (keys[keys.length - 1] !== key) keys.push(key);
  };
  graph.forEachNode((key, a) => {
    const list = byType.get(a.type);
    if (list) list.push(key); else byType.set(a.type, [key]);
    if (a.type === "Article" || a.type === "Sentence") return;
    addName(a.label, key);
    if (Array.isArray(a.aliases)) for (const alias of a.aliases) addName(alias, key);
  });

  const rolesOf = new Map<string, Set<string>>();
  const sets = new Map<string, Set<string>>();
  const outRelations = new Map<string, RelationEdge[]>(), inRelations = new Map<string, RelationEdge[]>();
  const push = (map: Map<string, RelationEdge[]>, node: string, edge: RelationEdge) => {
    const list = map.get(node);
    if (list) list.push(edge); else map.set(node, [edge]);
  };
  graph.forEachEdge((key, a, source, target, _sa, ta) => {
    if (!isRelation(a.type)) return;
    push(outRelations, source, { key, type: a.type, other: target });
    push(inRelations, target, { key, type: a.type, other: source });
    let s = sets.get(source);
    if (!s) sets.set(source, (s = new Set()));
    s.add(target);
    let t = sets.get(target);
    if (!t) sets.set(target, (t = new Set()));
    t.add(source);
    if (a.type === "HOLDS_ROLE") {
      let roles = rolesOf.get(source);
      if (!roles) rolesOf.set(source, (roles = new Set()));
      if (typeof ta.label === "string") roles.add(fold(ta.label));
      if (Array.isArray(ta.aliases)) for (const alias of ta.aliases) roles.add(fold(String(alias)));
    }
  });
  const neighbours = new Map<string, string[]>();
  for (const [node, set] of sets) neighbours.set(node, [...set].sort(byKey));
  const roleHolders = new Map<string, string[]>();
  for (const [person, roles] of rolesOf)
    for (const role of roles) {
      const list = roleHolders.get(role);
      if (list) list.push(person); else roleHolders.set(role, [person]);
    }
  return { byType, byName, rolesOf, roleHolders, neighbours, outRelations, inRelations };
}

export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
