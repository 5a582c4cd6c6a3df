// Stable handles: how a correction names an entity (type + label or alias, narrowed by an article
// path and a sentence's text), never by a node key that changes between builds. Browser-safe: the
// build resolves handles, the viewer makes them.
import type Graph from "graphology";
import type { EntityHandle, EntityType } from "../schema.ts";
import { fold } from "../query/text.ts";

/** Texts compared without regard to case, accents, quote style or runs of white space. */
export const sameText = (a: string, b: string) => fold(a).replace(/\s+/g, " ").trim() === fold(b).replace(/\s+/g, " ").trim();

/** Whether an entity's label or one of its aliases is the handle's name. */
export const namedBy = (name: string, label: string, aliases: readonly string[]) => sameText(label, name) || aliases.some((a) => sameText(a, name));

/** Where an entity is mentioned, as a handle can say it: article path and sentence text. */
export interface Place { path: string; sentence: string }

/**
 * The handle of a node in a graph: its type and label, with the article and then the sentence of
 * its first mention added only when the label alone would name several entities.
 */
export function handleOf(graph: Graph, key: string): EntityHandle {
  const a = graph.getNodeAttributes(key);
  const handle: EntityHandle = { type: a.type as EntityType, name: String(a.label) };
  const others = graph.filterNodes((k, b) => k !== key && b.type === a.type && namedBy(handle.name, String(b.label), Array.isArray(b.aliases) ? b.aliases.map(String) : []));
  if (others.length === 0) return handle;
  const places = (k: string) => mentionPlaces(graph, k);
  const mine = places(key)[0];
  if (!mine) return handle;
  handle.article = mine.path;
  if (!others.some((o) => places(o).some((p) => p.path === mine.path))) return handle;
  handle.sentence = mine.sentence;
  return handle;
}

/** The article path and sentence text of each of a node's mentions, in graph order. */
export function mentionPlaces(graph: Graph, key: string): Place[] {
  const out: Place[] = [];
  graph.forEachOutEdge(key, (_e, attrs, _s, sentence) => {
    if (attrs.type !== "MENTIONED_IN") return;
    const s = graph.getNodeAttributes(sentence);
    const path = graph.hasNode(s.article) ? String(graph.getNodeAttribute(s.article, "path")) : "";
    out.push({ path, sentence: String(s.text) });
  });
  return out;
}

/** A handle as a reader says it: Person "Tobias Delahunt" (in ledger.md). */
export function describeHandle(h: EntityHandle): string {
  return `${h.type} "${h.name}"${h.article ? ` in ${h.article}` : ""}${h.sentence ? ` (sentence "${h.sentence.length > 60 ? `${h.sentence.slice(0, 57)}...` : h.sentence}")` : ""}`;
}
