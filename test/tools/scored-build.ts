// The loss tools' first step: build a corpus into a temporary folder with this checkout's src/, score it against
// its gold with ../shared/eval/score.mjs, and keep the graph, the scorer's misses and the gold (nothing is printed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type Attrs = Record<string, unknown> & { type: string; label: string };
export interface Edge { source: string; target: string; attributes: { type: string } }
export interface Gold { entities: { id: string; type: string; names: string[] }[]; facts: string[][] }

export function scoredBuild(dir: string): { graph: { nodes: { key: string; attributes: Attrs }[]; edges: Edge[] }; misses: Record<string, string[]> & { entityFN: string[]; relationFN: string[] }; gold: Gold } {
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

/** A name as the tools compare them: accents, case, possessives, punctuation and a leading article gone. */
export const normName = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/'s\b/g, "")
  .replace(/[^a-z0-9#]+/g, " ").trim().replace(/^(the|a|an) /, "").trim();
/** The same, with "former" and an honorific gone too ("the former Ms Ruiz" is "ruiz"). */
export const normPersonName = (s: string) => normName(s).replace(/^former /, "").replace(/^(mr|ms|mrs|dr) /, "").trim();

/** Each node's edges out and in. */
export function edgeIndex(edges: readonly Edge[]): { outOf: Map<string, Edge[]>; into: Map<string, Edge[]> } {
  const outOf = new Map<string, Edge[]>(), into = new Map<string, Edge[]>();
  for (const e of edges) {
    (outOf.get(e.source) ?? outOf.set(e.source, []).get(e.source)!).push(e);
    (into.get(e.target) ?? into.set(e.target, []).get(e.target)!).push(e);
  }
  return { outOf, into };
}

/** A gold path token's type and attribute tests: "Trial{status=planned}" is a Trial whose status is planned. */
export function parseToken(tok: string): { type: string; tests: [string, string][] } {
  const m = /^([A-Za-z]+)(?:\{(.*)\})?$/.exec(tok)!;
  return { type: m[1]!, tests: (m[2] ?? "").split(",").filter(Boolean).map((kv) => kv.split("=").map((x) => x.trim()) as [string, string]) };
}

/**
 * The graph nodes a gold id stands for (any node of its type with a name that `norm` makes equal to one of the
 * gold's), none when the scorer matched none; and whether a node fits a gold path token.
 */
export function goldNodes(nodes: ReadonlyMap<string, Attrs>, gold: Gold, misses: { entityFN: string[] }, norm: (s: string) => string) {
  const goldById = new Map(gold.entities.map((e) => [e.id, e]));
  const unmatched = new Set(misses.entityFN.map((l) => l.split(/\s+/)[1]!));
  return {
    nodesOf(id: string): string[] {
      const g = goldById.get(id);
      if (!g || unmatched.has(id)) return [];
      const names = new Set(g.names.map(norm));
      return [...nodes].filter(([, a]) => a.type === g.type && [a.label, ...((a.aliases as string[]) ?? [])].some((n) => names.has(norm(String(n))))).map(([k]) => k);
    },
    fits(k: string, tok: string): boolean {
      const p = parseToken(tok), a = nodes.get(k)!;
      return a.type === p.type && p.tests.every(([x, v]) => String(a[x] ?? "").toLowerCase() === v.toLowerCase());
    },
  };
}
