// The facts table: every relation as rows a reporter can check, one row per relation and evidence
// sentence, each citing its outlet, published date, address and the sentence itself. The viewer's
// table and `casegraph export --format facts-csv` are both made from factRows. Browser-safe.
import type Graph from "graphology";
import { isRelation } from "../query/graph-index.ts";

export interface FactRow {
  /** The relation edge's key, shared by the rows of one relation. */
  edge: string;
  source: string;
  target: string;
  subject: string;
  subjectType: string;
  /** The relation type; RELATED_TO with its kinship: "RELATED_TO (wife)". */
  relation: string;
  object: string;
  objectType: string;
  confidence: number | undefined;
  /** How many articles and outlets state it, and whether it is contested or confirmed: "2 articles from 2 outlets, contested". */
  support: string;
  /** The date of the fact's event: the verdict's, plea's, trial's or charge's, in that order. */
  date: string;
  outlet: string;
  published: string;
  url: string;
  /** The article's path. */
  article: string;
  /** The evidence Sentence key and its text. */
  sentenceKey: string;
  sentence: string;
  rule: string;
}

export const FACT_COLUMNS = ["subject", "subject_type", "relation", "object", "object_type", "confidence", "support", "date",
  "outlet", "published", "url", "article", "sentence", "rule", "edge"] as const;

const DATE_ORDER = ["Verdict", "Plea", "Trial", "Charge"];
const text = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v));

const count = (n: unknown, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
/** The review stage's counts and marks on a relation, as text; "" on a graph built without them. */
export function supportOf(a: Record<string, unknown>): string {
  if (typeof a.articles !== "number" || typeof a.outlets !== "number") return "";
  return [`${count(a.articles, "article")} from ${count(a.outlets, "outlet")}`, a.contested === true && "contested", a.confirmed === true && "confirmed"]
    .filter(Boolean).join(", ");
}

/** The date a fact is about: the first dated of its ends in the order verdict, plea, trial, charge. */
export function factDate(graph: Graph, source: string, target: string): string {
  const ends = [source, target].map((k) => graph.getNodeAttributes(k))
    .filter((a) => DATE_ORDER.includes(a.type) && typeof a.date === "string")
    .sort((a, b) => DATE_ORDER.indexOf(a.type) - DATE_ORDER.indexOf(b.type));
  return ends[0]?.date ?? "";
}

/** Every relation's rows, dated facts first by date, then by subject, relation and object. */
export function factRows(graph: Graph): FactRow[] {
  const rows: FactRow[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (!isRelation(a.type)) return;
    const s = graph.getNodeAttributes(source), t = graph.getNodeAttributes(target);
    const base = {
      edge, source, target,
      subject: text(s.label), subjectType: text(s.type),
      relation: a.relation ? `${a.type} (${a.relation})` : String(a.type),
      object: text(t.label), objectType: text(t.type),
      confidence: typeof a.confidence === "number" ? a.confidence : undefined,
      support: supportOf(a),
      date: factDate(graph, source, target),
      rule: Array.isArray(a.rule) ? a.rule.join(" ") : "",
    };
    const evidence: unknown[] = Array.isArray(a.evidence) && a.evidence.length ? a.evidence : [""];
    for (const key of evidence) {
      const sentence = typeof key === "string" && graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      const article = sentence && graph.hasNode(sentence.article) ? graph.getNodeAttributes(sentence.article) : undefined;
      rows.push({
        ...base,
        outlet: text(article?.source), published: text(article?.published), url: text(article?.url), article: text(article?.path),
        sentenceKey: text(key), sentence: text(sentence?.text),
      });
    }
  });
  const undatedLast = (r: FactRow) => (r.date ? `0${r.date}` : "1");
  return rows.sort((x, y) => cmp(undatedLast(x), undatedLast(y)) || cmp(x.subject, y.subject) || cmp(x.relation, y.relation)
    || cmp(x.object, y.object) || cmp(x.edge, y.edge) || cmp(x.published, y.published) || cmp(x.sentenceKey, y.sentenceKey));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A row as CSV fields, in FACT_COLUMNS order. */
export function factFields(r: FactRow): string[] {
  return [r.subject, r.subjectType, r.relation, r.object, r.objectType, r.confidence === undefined ? "" : String(r.confidence), r.support, r.date,
    r.outlet, r.published, r.url, r.article, r.sentence, r.rule, r.edge];
}

/**
 * RFC 4180 CSV (CRLF line ends, every field quoted, quotes doubled), UTF-8. A text field that
 * starts with =, +, -, @ or a tab gets a leading apostrophe, so a spreadsheet shows an article's
 * text instead of running it as a formula.
 */
export function* factsCsvChunks(graph: Graph): Generator<string> {
  yield csvLine([...FACT_COLUMNS]);
  let buffer = "";
  for (const row of factRows(graph)) {
    buffer += csvLine(factFields(row));
    if (buffer.length >= 1 << 16) { yield buffer; buffer = ""; }
  }
  if (buffer) yield buffer;
}

export const csvLine = (fields: string[]) => fields.map((f) => `"${(/^[=+\-@\t\r]/.test(f) ? `'${f}` : f).replace(/"/g, '""')}"`).join(",") + "\r\n";
