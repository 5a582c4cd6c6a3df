// Pattern nodes made over in one shape. The parser makes each kind of node as an object literal of
// its own fields (a token test, a mention, a group with or without a name, a repeat; a group's
// firsts and dispatch added later), and V8 gives each of those layouts a hidden class of its own:
// the matcher, which reads `kind`, `test`, `name` and the rest of every node it walks (some two
// million per MB), then reads them through its slow, many-shaped path. Nodes with every field, in
// one order (undefined where a kind has none), are read through one shape. Nothing reads a node's
// keys, so an undefined field is the absent one.
import type { PatternNode } from "./pattern.ts";

/** Every field of every kind of node. */
interface AnyNode {
  kind: PatternNode["kind"];
  test: unknown; words: unknown; anchor: unknown; source: unknown;
  name: unknown; types: unknown; list: unknown;
  alternatives: PatternNode[][] | undefined; firsts: unknown; dispatch: unknown;
  node: PatternNode | undefined; min: unknown; max: unknown;
}

/** The sequence's nodes (and theirs, all the way down) as new nodes of the one shape. */
export function oneShape(nodes: readonly PatternNode[]): PatternNode[] {
  return nodes.map(shaped);
}

function shaped(n: PatternNode): PatternNode {
  const any = n as Partial<AnyNode>;
  const out: AnyNode = {
    kind: n.kind,
    test: any.test, words: any.words, anchor: any.anchor, source: any.source,
    name: any.name, types: any.types, list: any.list,
    alternatives: any.alternatives?.map(oneShape), firsts: any.firsts, dispatch: any.dispatch,
    node: any.node && shaped(any.node), min: any.min, max: any.max,
  };
  return out as unknown as PatternNode;
}
