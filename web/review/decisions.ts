// What a click in the Review tab decides, as corrections with stable handles. Pure: (graph, item) in,
// corrections out; the same ones a person could write in casegraph.corrections.json by hand.
import type { DataGraph } from "../data/index.ts";
import type { Correction, EntityType, FactHandle } from "../../src/schema.ts";
import { handleOf } from "../../src/review/handles.ts";
import type { ReviewItem } from "../../src/review/items.ts";

export const factHandle = (graph: DataGraph, edge: string): FactHandle =>
  ({ source: handleOf(graph, graph.source(edge)), relation: graph.getEdgeAttribute(edge, "type"), target: handleOf(graph, graph.target(edge)) });

export const confirmFact = (graph: DataGraph, edge: string): Correction => ({ action: "confirm", fact: factHandle(graph, edge) });
export const rejectFact = (graph: DataGraph, edge: string): Correction => ({ action: "reject", fact: factHandle(graph, edge) });

/**
 * Accepting one side of a contradiction: its relations confirmed and the other sides' rejected, or,
 * for a value (a penalty, an age), that value confirmed on the entity.
 */
export function acceptSide(graph: DataGraph, item: ReviewItem, index: number): Correction[] {
  const side = item.sides[index]!;
  if (side.edges?.length) {
    const others = item.sides.flatMap((s, i) => (i === index ? [] : s.edges ?? [])).filter((e) => !side.edges!.includes(e));
    return [...side.edges.map((e) => confirmFact(graph, e)), ...others.map((e) => rejectFact(graph, e))];
  }
  const subject = item.nodes[0]!;
  const raw = side.value ?? side.label;
  const value = item.detail === "age" && /^\d+$/.test(raw) ? Number(raw) : raw;
  return [{ action: "confirm", entity: handleOf(graph, subject), attribute: item.detail ?? "value", value }];
}

/** Merging entities: the first keeps its key and label. */
export const merge = (graph: DataGraph, keep: string, other: string): Correction =>
  ({ action: "merge", entities: [handleOf(graph, keep), handleOf(graph, other)] });

/** Splitting off one article's mentions of an entity into an entity of their own. */
export const splitArticle = (graph: DataGraph, node: string, path: string): Correction =>
  ({ action: "split", entity: handleOf(graph, node), article: path });

export const retype = (graph: DataGraph, node: string, to: EntityType): Correction =>
  ({ action: "retype", entity: handleOf(graph, node), to });
