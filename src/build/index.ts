// Graph assembly: resolved entities and relations in, the graphology graph of the contract out.
import type Graph from "graphology";
import { BuiltGraph, type EdgeKeyOf } from "./built-graph.ts";
import { clipText, type Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { EntityType, RelationType } from "../schema.ts";
import type { DocumentPart } from "./memo.ts";

export interface SourcedMention {
  article: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
}
export interface GraphEntity {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Type-specific attributes: outcome, status, date, date_evidence (Sentence keys), dates... */
  attrs: Record<string, unknown>;
  mentions: SourcedMention[];
}
export interface GraphRelation {
  type: RelationType;
  source: string;
  target: string;
  /** Sentence keys. */
  evidence: string[];
  confidence: number;
  /** Rule ids, sorted. */
  rule: string[];
  relation?: string;
  /** Review: articles and distinct outlets that state it, whether it is contested or confirmed. */
  articles?: number;
  outlets?: number;
  contested?: boolean;
  confirmed?: boolean;
}
export interface Corpus {
  documents: { article: Article; sentences: Sentence[] }[];
  entities: GraphEntity[];
  relations: GraphRelation[];
}

export const sentenceKey = (articleKey: string, index: number) => `${articleKey}#${index}`;
/** The key of a relation's edge in the graph. */
export const relationKey = (r: Pick<GraphRelation, "source" | "type" | "target">) => `${r.source}-${r.type}->${r.target}`;

/**
 * The key of every edge a build makes, from its ends and attributes: a sentence's IN_ARTICLE edge,
 * a mention's MENTIONED_IN edge, a relation's edge (relationKey). The graph makes them when they
 * are read rather than holding them (src/build/built-graph.ts).
 */
export const derivedEdgeKey: EdgeKeyOf = (source, target, a) =>
  a.type === "IN_ARTICLE" ? `${source}>in` : a.type === "MENTIONED_IN" ? `${source}>${target}@${a.start}-${a.end}` : `${source}-${a.type}->${target}`;

/** An article's Article and Sentence nodes and IN_ARTICLE edges. */
function documentPart({ article, sentences }: { article: Article; sentences: Sentence[] }): DocumentPart {
  const { key, path, text, title, source, published, url, format, byline } = article;
  const attributes = { type: "Article", label: title, path, text, ...(source && { source }), ...(published && { published }), ...(url && { url }),
    ...(byline && { byline }), ...(format && { format }) };
  const short = sentencePrefix(title);
  return {
    article: { key, attributes },
    sentences: sentences.map((s) => ({
      key: sentenceKey(key, s.index),
      attributes: { type: "Sentence", label: `${short} #${s.index + 1}`, article: key, index: s.index, start: s.start, end: s.end, text: s.text },
      edge: { type: "IN_ARTICLE" },
    })),
  };
}

const HAS_ALIASES = new Set<EntityType>(["Person", "Role", "Court", "Charge", "Studio", "Film", "Organization", "Place"]);

/** The start of a title that names a sentence ("Jury convicts former… #3"): never the whole title again per sentence. */
const SENTENCE_PREFIX = 40;
export function sentencePrefix(title: string): string {
  return title.length <= SENTENCE_PREFIX ? title : `${clipText(title, SENTENCE_PREFIX - 1).trimEnd()}…`;
}

/** Builds the directed multigraph. Callers pass documents, entities and relations in a stable order. */
export function assemble(corpus: Corpus): Graph {
  return assembleArrays(corpus).toGraph();
}

/**
 * The same graph as plain arrays (what a build writes from, without graphology's indexes). With
 * `consume` the corpus's entities and relations are emptied as they go into the graph, so each
 * one's mentions can be collected while the rest are added (the build's reduce holds no other
 * reference to them).
 */
export function assembleArrays(corpus: Corpus, parts?: WeakMap<object, DocumentPart>, consume = false): BuiltGraph {
  const graph = new BuiltGraph(derivedEdgeKey);
  // each article's Sentence nodes by sentence index, as node numbers: a mention's sentence is found
  // without its key being made and hashed (the node of key sentenceKey(article, index), as before)
  const sentenceNodes = new Map<string, number[]>();
  for (const document of corpus.documents) {
    // an article's nodes and edges are a function of the article alone: a watching process makes them once
    let part = parts?.get(document);
    if (!part) { part = documentPart(document); parts?.set(document, part); }
    graph.addNode(part.article.key, part.article.attributes);
    const numbers: number[] = [];
    sentenceNodes.set(part.article.key, numbers);
    for (const s of part.sentences) {
      numbers[s.attributes.index as number] = graph.order;
      graph.addNode(s.key, s.attributes);
      graph.addKeylessEdge(s.key, part.article.key, s.edge);
    }
  }
  const entities: (GraphEntity | undefined)[] = corpus.entities;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (consume) entities[i] = undefined;
    const attributes: Record<string, unknown> = { type: e.type, label: e.label };
    if (HAS_ALIASES.has(e.type)) attributes.aliases = e.aliases;
    Object.assign(attributes, e.attrs);
    const source = graph.order;
    graph.addNode(e.key, attributes);
    for (const m of e.mentions) {
      const target = sentenceNodes.get(m.article)?.[m.sentence];
      if (target === undefined) graph.addMention(e.key, sentenceKey(m.article, m.sentence), m.start, m.end, m.surface); // no such sentence: it says so
      else graph.addMentionAt(source, target, m.start, m.end, m.surface);
    }
  }
  const relations: (GraphRelation | undefined)[] = corpus.relations;
  // With `consume` the relations' arrays are the graph's: each evidence sentence's key becomes the
  // graph's own copy of it (resolution made one per article and sentence), and relations found by
  // the same rules share one array of their ids (frozen: an edit meant for one edge must not change the others).
  const rules = new Map<string, string[]>();
  const shared = (rule: string[]) => {
    const id = rule.join("\u0000"), known = rules.get(id);
    if (known) return known;
    rules.set(id, Object.freeze(rule) as string[]);
    return rule;
  };
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    if (consume) {
      relations[i] = undefined;
      const ev = r.evidence;
      for (let j = 0; j < ev.length; j++) ev[j] = graph.heldKey(ev[j]!) ?? ev[j]!;
    }
    graph.addEdge(relationKey(r), r.source, r.target, {
      type: r.type,
      evidence: r.evidence,
      confidence: Math.round(r.confidence * 100) / 100,
      ...(r.rule.length > 0 && { rule: consume ? shared(r.rule) : r.rule }),
      ...(r.relation && { relation: r.relation }),
      ...(r.articles !== undefined && { articles: r.articles, outlets: r.outlets }),
      ...(r.contested && { contested: true }),
      ...(r.confirmed && { confirmed: true }),
    });
  }
  if (consume) entities.length = relations.length = 0;
  return graph.seal();
}
