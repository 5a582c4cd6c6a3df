// One pass over the data graph for everything the view looks up often.
import type { DataGraph, GraphIndex, Mention, SearchEntry } from "./types.ts";
import { distinctLabels } from "./labels.ts";

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const add = (m: Map<string, Set<string>>, k: string, v: string) => {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
};

export function indexGraph(graph: DataGraph): GraphIndex {
  const sentencesOf = new Map<string, string[]>();
  const mentionsIn = new Map<string, Mention[]>();
  const nodeArticles = new Map<string, Set<string>>();
  const edgeArticles = new Map<string, Set<string>>();
  const typeCounts = new Map<string, number>();
  const edgeTypeCounts = new Map<string, number>();
  const outcomeCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  const articles: { key: string; label: string }[] = [];
  const search: SearchEntry[] = [];
  const articleOfSentence = new Map<string, string>();
  const contestedNodes = new Set<string>();
  const contradictions: unknown = graph.getAttribute("contradictions");
  if (Array.isArray(contradictions)) for (const c of contradictions as { resolved?: boolean; subject: string; sides: { node?: string }[] }[]) {
    if (c.resolved || !graph.hasNode(c.subject)) continue;
    contestedNodes.add(c.subject);
    for (const s of c.sides) if (s.node && graph.hasNode(s.node)) contestedNodes.add(s.node);
  }
  const names = distinctLabels(graph);

  graph.forEachNode((key, a) => {
    bump(typeCounts, a.type);
    if (a.type === "Article") {
      articles.push({ key, label: names.get(key) ?? String(a.label || a.path) });
      add(nodeArticles, key, key);
    } else if (a.type === "Sentence") {
      articleOfSentence.set(key, a.article);
      add(nodeArticles, key, a.article);
      const list = sentencesOf.get(a.article) ?? [];
      list.push(key);
      sentencesOf.set(a.article, list);
    } else if (a.type === "Verdict") {
      bump(outcomeCounts, a.outcome);
    } else if (a.type === "Trial") {
      bump(kindCounts, typeof a.kind === "string" ? a.kind : "criminal");
    }
    if (a.type !== "Sentence") {
      const label = names.get(key) ?? String(a.label ?? key);
      search.push({ node: key, type: a.type, label, text: String(a.label ?? key).toLowerCase() });
      const aliases: unknown = a.aliases;
      if (Array.isArray(aliases)) {
        const seen = new Set([String(a.label ?? key).toLowerCase()]);
        for (const alias of aliases) {
          const text = String(alias).toLowerCase();
          if (seen.has(text)) continue;
          seen.add(text);
          search.push({ node: key, type: a.type, label, text, alias: String(alias) });
        }
      }
    }
  });
  for (const list of sentencesOf.values()) list.sort((x, y) => graph.getNodeAttribute(x, "start") - graph.getNodeAttribute(y, "start"));

  graph.forEachEdge((edge, a, source, target) => {
    bump(edgeTypeCounts, a.type);
    if (a.type === "MENTIONED_IN") {
      const list = mentionsIn.get(target) ?? [];
      list.push({ edge, entity: source, sentence: target, start: a.start, end: a.end });
      mentionsIn.set(target, list);
      const article = articleOfSentence.get(target);
      if (article) { add(nodeArticles, source, article); add(edgeArticles, edge, article); }
    } else if (a.type === "IN_ARTICLE") {
      add(edgeArticles, edge, target);
    } else if (Array.isArray(a.evidence)) {
      if (a.contested === true) { contestedNodes.add(source); contestedNodes.add(target); }
      for (const sentence of a.evidence as string[]) {
        const article = articleOfSentence.get(sentence);
        if (article) add(edgeArticles, edge, article);
      }
    }
  });
  for (const list of mentionsIn.values()) list.sort((x, y) => x.start - y.start || y.end - x.end);
  articles.sort((x, y) => x.label.localeCompare(y.label));
  search.sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  return { sentencesOf, mentionsIn, nodeArticles, edgeArticles, typeCounts, edgeTypeCounts, contestedNodes, outcomeCounts, kindCounts, articles, search, names };
}

/** Suggestions for a typed query: prefix matches first (of the name or of any word), then substrings. */
export function suggest(index: GraphIndex, query: string, limit = 8, allow?: (entry: SearchEntry) => boolean): SearchEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index.search) {
    if (allow && !allow(entry)) continue;
    const at = entry.text.indexOf(q);
    if (at < 0) continue;
    const score = at === 0 ? 0 : /\W/.test(entry.text[at - 1] ?? "") ? 1 : 2;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.text.length - b.entry.text.length || a.entry.text.localeCompare(b.entry.text));
  const out: SearchEntry[] = [];
  const seen = new Set<string>();
  for (const { entry } of scored) {
    if (seen.has(entry.node)) continue;
    seen.add(entry.node);
    out.push(entry);
    if (out.length >= limit) break;
  }
  return out;
}
