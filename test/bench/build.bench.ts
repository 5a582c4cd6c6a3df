// The build benchmark: a 1 / 5 / 20 / 50 MB series of generated corpora (test/bench/corpus.ts).
//   npx tsx test/bench/build.bench.ts [--sizes 1,5,20,50] [--runs 1] [--seed 1] [--rebuild-mb 5] [--jobs-mb 5]
//   CASEGRAPH_BENCH_SIZES=1,5 npm run bench      (a quick run; --rebuild-mb 0 and --jobs-mb 0 skip those parts)
// Each size runs in a process of its own (test/bench/build-one.ts), so its peak RSS is its own.
// Prints, per size: MB per CPU-second and per wall-second (buildGraph and both writers, in
// process), peak RSS, milliseconds per stage, graph.json bytes per input byte, and the ratio of
// its CPU time to a plain regex sentence-and-word pass over the same text. Then, through the
// CLI on a corpus written to disk: a clean build, the rebuild after one article is added (from the
// cache) by a new process and by a --watch process, and a clean build with --jobs 1 and --jobs 2.
// CPU is user + system (what a shared, noisy machine disturbs least); wall is what a user waits. A benchmark: it asserts nothing.
// Aims (issue 10): under 1 GB at 50 MB, per-MB cost at 50 MB within 1.2x that at 5 MB, at least
// 1 MB per CPU-second at 5 MB, a one-article rebuild at 5 MB under 3 s wall.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { SizeResult } from "./build-one.ts";
import { writeCorpus } from "./write-corpus.ts";
import { generateArticles } from "./corpus.ts";
import { watchRebuild } from "./watch-rebuild.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const TSX = join(REPO, "node_modules/.bin/tsx");
const { values: flags } = parseArgs({ options: { sizes: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, "rebuild-mb": { type: "string" }, "jobs-mb": { type: "string" } } });
const list = (s: string) => s.split(",").map(Number).filter((n) => Number.isFinite(n) && n > 0);
const sizes = list(flags.sizes ?? process.env.CASEGRAPH_BENCH_SIZES ?? "1,5,20,50");
const runs = Number(flags.runs ?? 1), seed = Number(flags.seed ?? 1);
const rebuildMb = Number(flags["rebuild-mb"] ?? (sizes.includes(5) ? 5 : 0)), jobsMb = Number(flags["jobs-mb"] ?? (sizes.includes(5) ? 5 : 0));
const mib = (b: number) => b / 1024 / 1024;
const f = (n: number, d = 2, w = 9) => n.toFixed(d).padStart(w);

console.log(`casegraph build benchmark: sizes ${sizes.join(", ")} MB, ${runs} run${runs === 1 ? "" : "s"} each (medians), seed ${seed}, node ${process.version}\n`);

const results: SizeResult[] = [];
for (const mb of sizes) {
  const r = spawnSync(TSX, [join(REPO, "test/bench/build-one.ts"), "--mb", String(mb), "--runs", String(runs), "--seed", String(seed), "--json"],
    { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) { console.log(`${mb} MB: the run failed (exit ${r.status})`); continue; }
  const result = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as SizeResult;
  results.push(result);
  console.log(`${mb} MB done: ${result.articles} articles, ${result.cpu.toFixed(1)} s CPU, ${result.wall.toFixed(1)} s wall, peak RSS ${result.maxRssMb.toFixed(0)} MB`);
}

if (results.length) {
  const cols = results.map((r) => `${f(mib(r.bytes), 1, 7)} MB`).join("");
  const row = (name: string, cell: (r: SizeResult) => string) => console.log(`${name.padEnd(26)}${results.map(cell).join("")}`);
  console.log(`\n${"in process".padEnd(26)}${cols}`);
  row("articles", (r) => String(r.articles).padStart(10));
  row("MB per CPU-second", (r) => f(mib(r.bytes) / r.cpu, 3, 10));
  row("MB per wall-second", (r) => f(mib(r.bytes) / r.wall, 3, 10));
  row("CPU s per MB", (r) => f(r.cpu / mib(r.bytes), 2, 10));
  row("peak RSS (MB)", (r) => f(r.maxRssMb, 0, 10));
  row("graph.json bytes/input byte", (r) => f(r.jsonBytes / r.bytes, 1, 10));
  row("graph.json (MB)", (r) => f(mib(r.jsonBytes), 1, 10));
  row("graph.graphml (MB)", (r) => f(mib(r.graphmlBytes), 1, 10));
  row("nodes", (r) => String(r.nodes).padStart(10));
  row("edges", (r) => String(r.edges).padStart(10));
  row("regex pass CPU s", (r) => f(r.regexCpu, 3, 10));
  row("build / regex CPU", (r) => f(r.cpu / r.regexCpu, 0, 10));
  console.log(`\ntime per stage (ms, wall: on a busy machine, compare CPU above)`);
  for (const stage of Object.keys(results[0]!.stages)) row(`  ${stage}`, (r) => f(r.stages[stage] ?? 0, 0, 10));
  if (results.length > 1) {
    // against 5 MB when it was run: at 1 MB, warming the JIT up is a good part of the time
    const [a, b] = [results.find((r) => r.mb === 5 && r !== results.at(-1)) ?? results[0]!, results.at(-1)!];
    console.log(`\nper-MB CPU cost at ${b.mb} MB is ${((b.cpu / mib(b.bytes)) / (a.cpu / mib(a.bytes))).toFixed(2)}x that at ${a.mb} MB`);
  }
}

/** Children's CPU seconds so far (Linux: /proc/self/stat cutime + cstime), or NaN elsewhere. */
function childrenCpu(): number {
  try { const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" "); return (Number(fields[13]) + Number(fields[14])) / 100; } catch { return NaN; }
}
function cli(args: string[]): { wall: number; cpu: number } {
  const c0 = childrenCpu(), t0 = performance.now();
  const r = spawnSync(process.execPath, [join(REPO, "src/bin.js"), ...args], { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`casegraph ${args.join(" ")} failed: ${r.stderr}`);
  return { wall: (performance.now() - t0) / 1000, cpu: childrenCpu() - c0 };
}
const line = (name: string, m: { wall: number; cpu: number }) => console.log(`  ${name.padEnd(44)} ${f(m.wall, 2, 7)} s wall ${f(m.cpu, 2, 7)} s CPU`);

const work = mkdtempSync(join(tmpdir(), "casegraph-bench-"));
try {
  if (rebuildMb > 0) {
    const input = join(work, "rebuild"), out = join(work, "rebuild-out");
    const n = writeCorpus(input, rebuildMb, seed);
    console.log(`\nthe CLI on ${rebuildMb} MB (${n} articles) from disk, one job, whole process`);
    line("clean build (fills the cache)", cli(["build", input, "--out", out, "--quiet", "--jobs", "1"]));
    const [extra] = generateArticles(6_000, seed + 1000);
    writeFileSync(join(input, "added-article.txt"), extra!.text);
    line("one article added: rebuild from the cache", cli(["build", input, "--out", out, "--quiet", "--jobs", "1"]));
    line("nothing changed: rebuild from the cache", cli(["build", input, "--out", out, "--quiet", "--jobs", "1"]));
    // the same article again, now to a watching process that holds every other article's map
    unlinkSync(join(input, "added-article.txt"));
    const watched = await watchRebuild(REPO, input, out, { path: "added-article.txt", text: extra!.text });
    console.log(`  ${"one article added: a --watch process".padEnd(44)} ${f(watched.wall, 2, 7)} s wall ${f(watched.cpu, 2, 7)} s CPU (${watched.quiet} s of it waiting for quiet)`);
  }
  if (jobsMb > 0) {
    const input = join(work, "jobs");
    const n = writeCorpus(input, jobsMb, seed);
    console.log(`\nthe CLI on ${jobsMb} MB (${n} articles), clean builds (--no-cache), whole process`);
    for (const jobs of [1, 2]) line(`--jobs ${jobs}`, cli(["build", input, "--out", join(work, `jobs-out-${jobs}`), "--quiet", "--no-cache", "--jobs", String(jobs)]));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
