import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Graph from "graphology";
import { exportView, type ExportOptions } from "../../src/export/index.ts";

import { PYTHON } from "../support/debian.ts";
const CLIENTS = join(import.meta.dirname, "clients.py");

export interface ClientView {
  networkx: {
    multigraph: boolean; directed: boolean;
    nodes: Record<string, { type: string; label: string; aliases: string | null }>;
    edges: [string, string, string, string, string | null][];
    judge_paths: [string, string, string, string][];
    offsets_wrong: number;
  };
  igraph: { directed: boolean; nodes: Record<string, { type: string; label: string }>; edges: [string, string, string, string][] };
}

/** What NetworkX and igraph read from an export file. Fails loudly if they are not installed. */
export function readWithClients(format: "graphml" | "gexf", file: string): ClientView {
  const run = spawnSync(PYTHON, [CLIENTS, format, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.error || run.status !== 0)
    throw new Error(`${PYTHON} could not read ${file} (install Debian's python3-networkx and python3-igraph):\n${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as ClientView;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "casegraph-export-"));
}

export function writeTemp(name: string, content: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

/** Type and label of every node, and [source, target, type, label] of every edge, of an export view. */
export function expectedView(graph: Graph, options: ExportOptions = {}) {
  const view = exportView(graph, options);
  const nodes: Record<string, { type: string; label: string }> = {};
  for (const n of view.nodes()) nodes[n.key] = { type: n.attributes.type as string, label: n.attributes.label as string };
  const edges = [...view.edges()].map((e) => [e.source, e.target, e.attributes.type, e.attributes.label] as [string, string, string, string]).sort(compare);
  return { nodes, edges };
}

export function compare(a: unknown[], b: unknown[]): number {
  const x = JSON.stringify(a), y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
