// Sentences quoted as evidence in review items, each with its outlet. Browser-safe.
import type Graph from "graphology";
import { sentenceEvidence } from "../query/evidence.ts";
import type { Evidence } from "../query/types.ts";

export type Quote = Evidence & { outlet: string };

export const labelOf = (graph: Graph, key: string) => (graph.hasNode(key) ? String(graph.getNodeAttribute(key, "label")) : key);

/** A sentence as evidence, with the outlet of its article (front matter `source`, else the path). */
export function quote(graph: Graph, sentence: string): Quote | undefined {
  const ev = sentenceEvidence(graph, sentence);
  if (!ev) return undefined;
  const source = graph.hasNode(ev.article) ? graph.getNodeAttribute(ev.article, "source") : undefined;
  return { ...ev, outlet: typeof source === "string" && source ? source : ev.path };
}
export const quotes = (graph: Graph, sentences: readonly string[]): Quote[] => sentences.flatMap((s) => quote(graph, s) ?? []);
