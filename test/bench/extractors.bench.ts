// v1 against v2 in one process, alternating, so that a noisy shared machine disturbs both alike:
// extraction alone (ingest and sentences done once beforehand) and the whole build.
//   npx tsx test/bench/extractors.bench.ts [--mb 2] [--runs 3] [--seed 1] [--only extract|build]
// Prints CPU seconds (user + system) per pass, medians, MB/s and the ratio v2 / v1.
// A benchmark, not a test: it asserts nothing. Aim: v2 at least as fast as v1.
import { parseArgs } from "node:util";
import { buildGraph, extractArticle } from "../../src/pipeline.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, only: { type: "string" } } });
const megabytes = Number(flags.mb ?? 2), runs = Math.round(Number(flags.runs ?? 3)), seed = Math.round(Number(flags.seed ?? 1));
const only = flags.only;

const files = generateCorpus(megabytes, seed);
const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
const articles = files.flatMap((file) => {
  const r = parseArticle(file.path, file.bytes);
  return r.ok ? [{ article: r.article, sentences: splitSentences(r.article.text, r.article.bodyStart) }] : [];
});
console.log(`extractors benchmark: ${files.length} generated articles, ${mb.toFixed(2)} MB (seed ${seed}), ${runs} runs, alternating; CPU seconds`);

const cpu = (f: () => void) => {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};
const as = (v: "v1" | "v2", f: () => void) => {
  const before = process.env.CASEGRAPH_EXTRACTOR;
  if (v === "v2") process.env.CASEGRAPH_EXTRACTOR = "v2"; else delete process.env.CASEGRAPH_EXTRACTOR;
  try { return cpu(f); } finally { if (before === undefined) delete process.env.CASEGRAPH_EXTRACTOR; else process.env.CASEGRAPH_EXTRACTOR = before; }
};
const passes = {
  extract: () => { for (const a of articles) extractArticle(a.article, a.sentences); },
  build: () => { buildGraph(files); },
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kinds = (Object.keys(passes) as (keyof typeof passes)[]).filter((k) => !only || k === only);
// warm-up: the JIT, wink's caches, the rules
for (const v of ["v1", "v2"] as const) as(v, () => { for (const a of articles.slice(0, 50)) extractArticle(a.article, a.sentences); });
const times: Record<string, number[]> = {};
for (let run = 0; run < runs; run++) {
  const order = run % 2 ? (["v2", "v1"] as const) : (["v1", "v2"] as const);
  const line: string[] = [];
  for (const kind of kinds) for (const v of order) {
    const t = as(v, passes[kind]);
    (times[`${kind} ${v}`] ??= []).push(t);
    line.push(`${kind} ${v} ${t.toFixed(2)} s`);
  }
  console.log(`run ${run + 1}: ${line.join(", ")}`);
}
console.log(`\n               CPU s   MB/s`);
for (const kind of kinds) {
  const v1 = median(times[`${kind} v1`]!), v2 = median(times[`${kind} v2`]!);
  for (const [v, s] of [["v1", v1], ["v2", v2]] as const) console.log(`  ${`${kind} ${v}`.padEnd(11)} ${s.toFixed(2).padStart(6)} ${(mb / s).toFixed(2).padStart(6)}`);
  // (each run's ratio is of two passes made one after the other: the median of those is the steadier figure)
  const ratios = times[`${kind} v2`]!.map((t, k) => t / times[`${kind} v1`]![k]!);
  console.log(`  ${kind}: v2 / v1 CPU ${(v2 / v1).toFixed(2)} of the medians, ${median(ratios).toFixed(2)} median of the runs' ratios (v2 at ${(1 / median(ratios)).toFixed(2)}x v1's throughput)\n`);
}
