// Per-rule precision on a gold corpus: builds the corpus with the v2 extractor, scores it with
// ../shared/eval/score.mjs, and counts for each rule id the relation edges it made that the scorer
// counted right and wrong (an edge made by several rules counts for each).
//   npx tsx test/tools/rule-precision.ts ../shared/eval/corpus/dev2 [--min 3]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? "../shared/eval/corpus/dev2");
const at = process.argv.indexOf("--min");
const min = at > 0 ? Number(process.argv[at + 1]) : 1;
const out = mkdtempSync(join(tmpdir(), "casegraph-rules-"));
try {
  execFileSync(process.execPath, ["src/bin.js", "build", dir, "--out", out, "--quiet"], { stdio: "inherit" });
  const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as {
    nodes: { key: string; attributes: { type: string; label: string } }[];
    edges: { source: string; target: string; attributes: { type: string; rule?: string[] } }[];
  };
  const verbose = execFileSync(process.execPath, [resolve("../shared/eval/score.mjs"), join(out, "graph.json"), join(dir, "gold.json"), "--verbose"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const section = /relationFP:\n((?: {2}.*\n)*)/.exec(verbose)?.[1] ?? "";
  const wrong = new Map<string, number>();
  for (const line of section.split("\n").map((l) => l.trim()).filter(Boolean)) wrong.set(line, (wrong.get(line) ?? 0) + 1);
  const node = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
  const scored = new Set(["Person", "Role", "Court", "Charge", "Studio", "Film", "Organization", "Trial", "Verdict", "Plea"]);
  const tally = new Map<string, { right: number; wrong: number }>();
  for (const e of graph.edges) {
    const a = e.attributes;
    if (!a.rule?.length) continue;
    const s = node.get(e.source)!, t = node.get(e.target)!;
    if (!scored.has(s.type) || !scored.has(t.type)) continue;
    const line = `${s.type} "${s.label}" -${a.type}-> ${t.type} "${t.label}"`;
    const isWrong = (wrong.get(line) ?? 0) > 0;
    if (isWrong) wrong.set(line, wrong.get(line)! - 1);
    for (const r of a.rule) {
      const row = tally.get(r) ?? { right: 0, wrong: 0 };
      if (isWrong) row.wrong++; else row.right++;
      tally.set(r, row);
    }
  }
  const rows = [...tally].filter(([, t]) => t.right + t.wrong >= min).sort((a, b) => a[1].right / (a[1].right + a[1].wrong) - b[1].right / (b[1].right + b[1].wrong) || (a[0] < b[0] ? -1 : 1));
  console.log(`rule precision on ${dir} (edges between scored nodes; right = not a false positive of the scorer)\n`);
  console.log(`${"rule".padEnd(40)} ${"right".padStart(6)} ${"wrong".padStart(6)} ${"precision".padStart(10)}`);
  for (const [rule, t] of rows) console.log(`${rule.padEnd(40)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${((100 * t.right) / (t.right + t.wrong)).toFixed(1).padStart(9)}%`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
