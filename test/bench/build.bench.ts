// The build benchmark: a generated corpus (default 5 MB) through the whole pipeline, in process.
//   npx tsx test/bench/build.bench.ts [--mb 5] [--runs 3] [--seed 1]
// Prints throughput (MB/s, articles/s) by CPU time (user + system: what a shared, noisy machine
// disturbs least) and by wall time, milliseconds per stage and peak memory; medians over runs.
// Compare extractors in one run of the machine: CASEGRAPH_EXTRACTOR=v2 picks the new one.
// A benchmark, not a test: it asserts nothing. Aim: >= 2 MB/s on one core, < 1 GB for 50 MB.
import { buildGraph } from "../../src/pipeline.ts";
import { parseArgs } from "node:util";
import { graphJsonChunks } from "../../src/cli.ts";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string" }, runs: { type: "string" }, seed: { type: "string" } } });
const number = (name: keyof typeof flags, fallback: number) => {
  const v = Number(flags[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const megabytes = number("mb", 5), runs = Math.round(number("runs", 3)), seed = Math.round(number("seed", 1));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mib = (bytes: number) => bytes / 1024 / 1024;
const fixed = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

let t0 = performance.now();
const files = generateCorpus(megabytes, seed);
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
console.log(`casegraph build benchmark: ${files.length} generated articles, ${mib(bytes).toFixed(2)} MB (seed ${seed}), generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`node ${process.version}, ${runs} run${runs > 1 ? "s" : ""}, medians below\n`);

type Row = Record<string, number>;
const rows: Row[] = [];
let peakHeap = 0, peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
};
let summary = "";
const cpu: number[] = [];
for (let run = 0; run < runs; run++) {
  t0 = performance.now();
  const c0 = process.cpuUsage();
  const { graph, timings, warnings } = buildGraph(files, { onProgress: (done) => { if (done % 25 === 0) sample(); } });
  sample();
  const t1 = performance.now();
  let jsonLength = 0;
  for (const chunk of graphJsonChunks(graph)) jsonLength += chunk.length; // what the CLI writes, minus the disk
  sample();
  const total = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  const stages: Record<string, number> = timings;
  rows.push({ ...stages, serialize: performance.now() - t1, total });
  summary = `graph: ${graph.order} nodes, ${graph.size} edges, ${mib(jsonLength).toFixed(1)} MB of JSON, ${warnings.length} warnings`;
  console.log(`run ${run + 1}: ${(total / 1000).toFixed(2)} s wall, ${(cpu.at(-1)! / 1000).toFixed(2)} s CPU, max RSS so far ${mib(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB`);
}

const med = (k: string) => median(rows.map((r) => r[k] ?? 0));
const seconds = med("total") / 1000, cpuSeconds = median(cpu) / 1000;
console.log(`\n${summary}`);
console.log(`\nthroughput (buildGraph + graph.json serialisation, extractor ${process.env.CASEGRAPH_EXTRACTOR === "v2" ? "v2" : "v1"})`);
console.log(`                  CPU      wall`);
console.log(`  MB/s        ${fixed(mib(bytes) / cpuSeconds, 2)} ${fixed(mib(bytes) / seconds, 2)}`);
console.log(`  articles/s  ${fixed(files.length / cpuSeconds, 0)} ${fixed(files.length / seconds, 0)}`);
console.log(`\ntime per stage (ms, median)`);
// The stages are whatever buildGraph reports, in its order: the pipeline may grow new ones.
for (const stage of Object.keys(rows[0]!))
  console.log(`  ${stage.padEnd(10)}  ${fixed(med(stage))}`);
const maxRss = process.resourceUsage().maxRSS * 1024; // kilobytes on every platform Node supports
console.log(`\npeak memory (whole process, corpus included)`);
console.log(`  max RSS     ${fixed(mib(Math.max(maxRss, peakRss)), 0)} MB`);
console.log(`  heap used   ${fixed(mib(peakHeap), 0)} MB (sampled every 25 articles)`);
