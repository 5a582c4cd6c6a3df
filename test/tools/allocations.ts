// Development tool: what extraction allocates, by function, garbage included. node --heap-prof
// reports only what is still alive at exit; this asks V8's sampling heap profiler to keep the
// objects the collector took too, so short-lived garbage (a regular expression literal evaluated at
// every token, an array spread in a loop) shows where it is made. Figures are sampled (one sample
// per 32 kB on average): compare totals of a few runs, not single rows.
//   npx tsx test/bench/write-corpus.ts ... or a corpus.json as test/bench/extractors-child.ts reads it, then
//   npx tsx test/tools/allocations.ts <corpus.json> [self|total] [rows]
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { extractArticle } from "../../src/pipeline.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";

interface Node { callFrame: { functionName: string; url: string }; selfSize: number; children: Node[] }

const [corpusFile, mode = "self", rows = "40"] = process.argv.slice(2);
if (!corpusFile) throw new Error("usage: allocations.ts <corpus.json> [self|total] [rows]");
const encoder = new TextEncoder();
const files = (JSON.parse(readFileSync(corpusFile, "utf8")) as { path: string; text: string }[]);
const articles = files.flatMap((f) => {
  const r = parseArticle(f.path, encoder.encode(f.text));
  return r.ok ? [{ article: r.article, sentences: splitSentences(r.article.text, r.article.bodyStart) }] : [];
});
const megabytes = files.reduce((n, f) => n + encoder.encode(f.text).length, 0) / 1024 / 1024;
// warm-up: the rules, the lexicons and the language model are loaded before sampling starts
for (const a of articles.slice(0, 50)) extractArticle(a.article, a.sentences);

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (const a of articles) extractArticle(a.article, a.sentences);
const { profile } = await session.post("HeapProfiler.stopSampling") as unknown as { profile: { head: Node } };

const label = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}`;
const sums = new Map<string, number>();
let total = 0;
// (a built-in, such as sort or Map.set, is named with the function that called it)
const walk = (n: Node, above: ReadonlySet<string>, caller = "") => {
  const k = n.callFrame.url || !caller ? label(n) : `${n.callFrame.functionName} < ${caller}`;
  total += n.selfSize;
  if (mode === "self") sums.set(k, (sums.get(k) ?? 0) + n.selfSize);
  else for (const f of new Set([...above, k])) sums.set(f, (sums.get(f) ?? 0) + n.selfSize);
  const next = above.has(k) ? above : new Set([...above, k]);
  for (const c of n.children) walk(c, next, n.callFrame.url ? k : caller);
};
walk(profile.head, new Set());
console.log(`${(total / 1e6).toFixed(0)} MB allocated (sampled) for ${megabytes.toFixed(2)} MB of text: ${(total / 1e6 / megabytes).toFixed(0)} MB per MB`);
for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) console.log(`${(v / 1e6).toFixed(1).padStart(8)} MB ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
