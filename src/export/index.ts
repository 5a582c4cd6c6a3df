// Analyst exports: each writer is a pure function from a graph to string chunks; the CLI writes
// them to disk (atomically). See view.ts for what an export holds and the --with-text choice.
//
//   graphml  GraphML for NetworkX, igraph, yEd, Cytoscape, Gephi (written here, streamed)
//   gexf     GEXF 1.2 for Gephi (graphology-gexf)
//   csv      nodes.csv + relationships.csv for neo4j-admin's bulk import (a folder)
//   cypher   a Cypher script for cypher-shell that loads the same graph
//   json     graphology's serialisation, like graph.json
//   facts-csv  one row per relation and evidence sentence, with outlet and date (facts.ts)
//   ftm      FollowTheMoney entities as JSON lines, for Aleph (ftm.ts)
import type Graph from "graphology";
import { InputError } from "../errors.ts";
import { graphmlChunks } from "./graphml.ts";
import { gexfChunks } from "./gexf.ts";
import { neo4jCsv } from "./csv.ts";
import { cypherChunks } from "./cypher.ts";
import { jsonChunks } from "./json.ts";
import { factsCsvChunks } from "./facts.ts";
import { ftmChunks } from "./ftm.ts";
import type { ExportOptions } from "./view.ts";

export { graphmlChunks, gexfChunks, neo4jCsv, cypherChunks, jsonChunks, factsCsvChunks, ftmChunks };
export { exportView, type ExportOptions, type ExportView } from "./view.ts";

export const EXPORT_FORMATS = ["graphml", "gexf", "csv", "cypher", "json", "facts-csv", "ftm"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export: a name (relative to the output folder for csv) and its content. */
export interface ExportFile {
  name: string;
  chunks: Iterable<string>;
}

/**
 * The files one format produces. For csv, `--out` is a folder and the names are nodes.csv and
 * relationships.csv; for the others there is one file, named "" (the --out path itself).
 */
export function exportFiles(graph: Graph, format: string, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case "graphml": return [{ name: "", chunks: graphmlChunks(graph, options) }];
    case "gexf": return [{ name: "", chunks: gexfChunks(graph, options) }];
    case "cypher": return [{ name: "", chunks: cypherChunks(graph, options) }];
    case "json": return [{ name: "", chunks: jsonChunks(graph, options) }];
    case "facts-csv": return [{ name: "", chunks: factsCsvChunks(graph) }];
    case "ftm": return [{ name: "", chunks: ftmChunks(graph, options) }];
    case "csv": return Object.entries(neo4jCsv(graph, options)).map(([name, chunks]) => ({ name, chunks }));
    default: throw new InputError(`casegraph/export: unknown format '${format}'; choose one of ${EXPORT_FORMATS.join(", ")}`);
  }
}

/** The whole of a single-file export as one string (tests and small graphs). */
export function exportString(graph: Graph, format: Exclude<ExportFormat, "csv">, options: ExportOptions = {}): string {
  return [...exportFiles(graph, format, options)[0]!.chunks].join("");
}
