// CSV in the layout of Neo4j's bulk importer (neo4j-admin database import full):
//
//   nodes.csv          key:ID, :LABEL, then one column per attribute ("start:int", "aliases:string[]")
//   relationships.csv  :START_ID, :END_ID, :TYPE, key, then one column per attribute
//
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
//     --multiline-fields=true neo4j
//
// Every node also carries the label CaseGraph (the Cypher export uses it for its key index).
// Lists of strings are Neo4j string[] joined with ";" (the importer's default delimiter); a list
// column where some string itself holds ";" (sentences do) is written as one JSON string instead,
// so evidence_text usually arrives as JSON. Fields are always quoted, quotes doubled; strings may
// hold line breaks, hence --multiline-fields=true. RFC 4180 line ends (CRLF).
import type Graph from "graphology";
import { asString, chunked, columns, exportView, type Attributes, type Column, type ExportOptions } from "./view.ts";

const ARRAY_DELIMITER = ";";
const NEO4J_TYPE: Record<Column["kind"], string> = {
  boolean: "boolean", int: "int", long: "long", double: "double", string: "string", "string[]": "string[]", json: "string",
};

export interface CsvFiles {
  "nodes.csv": Iterable<string>;
  "relationships.csv": Iterable<string>;
}

export function neo4jCsv(graph: Graph, options: ExportOptions = {}): CsvFiles {
  const view = exportView(graph, options);
  return {
    "nodes.csv": lazily(() => {
      const cols = csvColumns(() => view.nodes(), ["key"]);
      return chunked(rows(["key:ID", ":LABEL", ...cols.map(header)], view.nodes(), (n) => [n.key, `${n.attributes.type};CaseGraph`, ...cols.map((c) => cell(c, n.attributes[c.name]))]));
    }),
    "relationships.csv": lazily(() => {
      const cols = csvColumns(() => view.edges(), ["key"]);
      return chunked(rows([":START_ID", ":END_ID", ":TYPE", "key", ...cols.map(header)], view.edges(), (e) => [e.source, e.target, String(e.attributes.type), e.key, ...cols.map((c) => cell(c, e.attributes[c.name]))]));
    }),
  };
}

/** Columns for CSV: a string[] column whose strings hold the delimiter becomes JSON. */
function csvColumns(elements: () => Iterable<{ attributes: Attributes }>, reserved: string[]): Column[] {
  const cols = columns(elements()).filter((c) => !reserved.includes(c.name));
  const lists = cols.filter((c) => c.kind === "string[]");
  if (lists.length) {
    for (const { attributes } of elements())
      for (const c of lists)
        if (c.kind === "string[]" && (attributes[c.name] as string[] | undefined)?.some((s) => s.includes(ARRAY_DELIMITER))) c.kind = "json";
  }
  return cols;
}

const header = (c: Column) => (c.kind === "string" || c.kind === "json" ? c.name : `${c.name}:${NEO4J_TYPE[c.kind]}`);

function cell(c: Column, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (c.kind === "string[]") return (v as string[]).join(ARRAY_DELIMITER);
  return asString(v);
}

function* rows<T>(head: string[], items: Iterable<T>, row: (item: T) => (string | undefined)[]): Generator<string> {
  yield line(head);
  for (const item of items) yield line(row(item));
}

/** One CSV record: every present field quoted, absent fields empty (Neo4j reads those as no property). */
const line = (fields: (string | undefined)[]) => fields.map((f) => (f === undefined ? "" : `"${f.replace(/"/g, '""')}"`)).join(",") + "\r\n";

function lazily(make: () => Iterable<string>): Iterable<string> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() };
}
