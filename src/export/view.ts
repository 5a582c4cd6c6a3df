// What an export holds: the graph as analysts see it, produced lazily so writers can stream.
//
// Default (withText: false): entities and relation edges only. Article and Sentence nodes and the
// MENTIONED_IN / IN_ARTICLE edges are left out, but every relation edge keeps its provenance as
// attributes: `evidence` (Sentence keys, as in graph.json), `evidence_text` (the sentences'
// text) and `evidence_articles` (the articles' paths). With withText: true the Article and
// Sentence nodes and provenance edges are kept too, so the full text and every mention offset
// travel with the file. Every edge gets a `label` (its type) when it has none, since tools such
// as Gephi and yEd show labels. Iteration follows graph order, so output is deterministic.
import type { ReadableGraph } from "../build/built-graph.ts";
import { isRelation } from "../query/graph-index.ts";

export interface ExportOptions {
  /** Keep Article and Sentence nodes and the provenance edges (default false). */
  withText?: boolean;
}

export type Attributes = Record<string, unknown>;
export interface ExportNode { key: string; attributes: Attributes }
export interface ExportEdge { key: string; source: string; target: string; attributes: Attributes }

export interface ExportView {
  withText: boolean;
  nodes(): Iterable<ExportNode>;
  edges(): Iterable<ExportEdge>;
  /**
   * The kept edges with their attributes as the graph holds them (not to be changed): without the
   * `label` and the evidence_text and evidence_articles that edges() adds, for a writer that
   * adds them as it writes (from `quote`).
   */
  heldEdges(): Iterable<ExportEdge>;
  /** An evidence sentence's text and its article's path ("" and "" for a sentence not in the graph). */
  quote(sentence: string): [text: string, path: string];
  /** The node and edge columns, found without building the exported edges (no evidence lookups). */
  nodeColumns(): Column[];
  edgeColumns(): Column[];
}

const TEXT_NODES = new Set(["Article", "Sentence"]);

export function exportView(graph: ReadableGraph, options: ExportOptions = {}): ExportView {
  const withText = options.withText ?? false;
  const keepEdge = (type: unknown) => withText || isRelation(type);
  /** A sentence's text and its article's path, without building a whole Evidence record. */
  const find = graph.findNodeAttributes ? (key: string) => graph.findNodeAttributes!(key) : (key: string) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined);
  const quote = (sentence: string): [text: string, path: string] => {
    const s = find(sentence);
    if (!s) return ["", ""];
    const path = find(String(s.article))?.path ?? "";
    return [typeof s.text === "string" ? s.text : "", typeof path === "string" ? path : ""];
  };
  // the edges an export keeps, the others passed over without their keys and attributes being made
  const keptEdges = () => (withText ? graph.edgeEntries() : graph.edgeEntriesOfType ? graph.edgeEntriesOfType(keepEdge) : graph.edgeEntries());
  const view: ExportView = {
    withText,
    *nodes() {
      for (const { node, attributes } of graph.nodeEntries()) {
        if (!withText && TEXT_NODES.has(attributes.type as string)) continue;
        yield { key: node, attributes };
      }
    },
    quote,
    *heldEdges() {
      for (const { edge, attributes, source, target } of keptEdges()) if (keepEdge(attributes.type)) yield { key: edge, source, target, attributes };
    },
    *edges() {
      for (const { edge, attributes, source, target } of keptEdges()) {
        if (!keepEdge(attributes.type)) continue;
        const out: Attributes = { ...attributes };
        if (out.label === undefined) out.label = attributes.type;
        if (isRelation(attributes.type) && Array.isArray(attributes.evidence)) {
          const quotes = attributes.evidence.map(quote);
          out.evidence_text = quotes.map((q: [string, string]) => q[0]);
          out.evidence_articles = quotes.map((q: [string, string]) => q[1]);
        }
        yield { key: edge, source, target, attributes: out };
      }
    },
    nodeColumns: () => columns(view.nodes()),
    edgeColumns() {
      let relations = false, unlabelled = false;
      const raw = columns((function* () {
        for (const { attributes } of keptEdges()) {
          if (!keepEdge(attributes.type)) continue;
          if (attributes.label === undefined) unlabelled = true;
          if (isRelation(attributes.type) && Array.isArray(attributes.evidence)) relations = true;
          yield { attributes };
        }
      })());
      const extra: Column[] = [];
      if (unlabelled && !raw.some((c) => c.name === "label")) extra.push({ name: "label", kind: "string" });
      if (relations) extra.push({ name: "evidence_text", kind: "string[]" }, { name: "evidence_articles", kind: "string[]" });
      return order([...raw.filter((c) => !extra.some((x) => x.name === c.name)), ...extra]);
    },
  };
  return view;
}

/** How a column is written: scalars by their kind, lists of strings natively where a format can. */
export type Kind = "boolean" | "int" | "long" | "double" | "string" | "string[]" | "json";

export interface Column { name: string; kind: Kind }

/**
 * The attribute columns of a set of elements, `type` and `label` first, then by name, each with
 * the narrowest kind that holds every value: whole numbers are int (32-bit) or long, other
 * numbers double, lists of strings string[], other lists and objects json, mixed kinds string.
 */
export function columns(elements: Iterable<{ attributes: Attributes }>): Column[] {
  const kinds = new Map<string, Kind>();
  for (const { attributes } of elements) {
    for (const name in attributes) {
      const kind = kindOf(attributes[name]);
      if (kind === undefined) continue;
      const seen = kinds.get(name);
      kinds.set(name, seen === undefined ? kind : merge(seen, kind));
    }
  }
  return order([...kinds].map(([name, kind]) => ({ name, kind })));
}

/** `type` and `label` first, then by name. */
function order(cols: Column[]): Column[] {
  const first = ["type", "label"];
  return cols.sort(({ name: a }, { name: b }) => {
    const i = first.indexOf(a), j = first.indexOf(b);
    if (i >= 0 || j >= 0) return (i < 0 ? 2 : i) - (j < 0 ? 2 : j);
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

function kindOf(v: unknown): Kind | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") {
    if (!Number.isInteger(v)) return "double";
    return Math.abs(v) <= 0x7fffffff ? "int" : "long";
  }
  if (typeof v === "string") return "string";
  if (Array.isArray(v)) return v.every((x) => typeof x === "string") ? "string[]" : "json";
  return "json";
}

function merge(a: Kind, b: Kind): Kind {
  if (a === b) return a;
  const numeric = ["int", "long", "double"];
  if (numeric.includes(a) && numeric.includes(b)) return a === "double" || b === "double" ? "double" : "long";
  if ((a === "string[]" || a === "json") && (b === "string[]" || b === "json")) return "json";
  return "string";
}

/** A value as one string: lists and objects as JSON, everything else as written. */
export function asString(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v !== null) return JSON.stringify(v);
  return String(v);
}

/** Joins many small strings into chunks of about `size` characters, for fewer, larger writes. */
export function* chunked(parts: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = "";
  for (const part of parts) {
    buffer += part;
    if (buffer.length >= size) { yield buffer; buffer = ""; }
  }
  if (buffer) yield buffer;
}
