// "stated by 2 articles from 2 outlets": from the build's counts, or from the evidence of a graph without them.
import type { DataGraph } from "../data/index.ts";

export function support(graph: DataGraph, edge: string): { articles: number; outlets: number } | null {
  const a = graph.getEdgeAttributes(edge);
  if (!Array.isArray(a.evidence)) return null;
  if (typeof a.articles === "number" && typeof a.outlets === "number") return { articles: a.articles, outlets: a.outlets };
  const articles = new Set<string>(), outlets = new Set<string>();
  for (const s of a.evidence as string[]) {
    if (!graph.hasNode(s)) continue;
    const article = String(graph.getNodeAttribute(s, "article"));
    articles.add(article);
    const source = graph.hasNode(article) ? graph.getNodeAttribute(article, "source") : undefined;
    outlets.add(typeof source === "string" && source ? source.toLowerCase() : article);
  }
  return { articles: articles.size, outlets: outlets.size };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const supportText = (s: { articles: number; outlets: number }) =>
  `stated by ${plural(s.articles, "article", "articles")} from ${plural(s.outlets, "outlet", "outlets")}`;
