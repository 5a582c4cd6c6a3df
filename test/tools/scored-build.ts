// The loss tools' first step: build a corpus into a temporary folder with this checkout's src/, score it against
// its gold with ../shared/eval/score.mjs, and keep the graph, the scorer's misses and the gold (nothing is printed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type Attrs = Record<string, unknown> & { type: string; label: string };
export interface Edge { source: string; target: string; attributes: { type: string } }
export interface Gold { entities: { id: string; type: string; names: string[] }[]; facts: string[][] }

export function scoredBuild(dir: string): { graph: { nodes: { key: string; attributes: Attrs }[]; edges: Edge[] }; misses: { entityFN: string[]; relationFN: string[] }; gold: Gold } {
  const out = mkdtempSync(join(tmpdir(), "casegraph-losses-"));
  try {
    execFileSync(process.execPath, ["src/bin.js", "build", dir, "--out", out, "--quiet"]);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const json = execFileSync(process.execPath, [resolve("../shared/eval/score.mjs"), join(out, "graph.json"), join(dir, "gold.json"), "--json", "--verbose"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Gold;
    return { graph, misses: JSON.parse(json).misses, gold };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
