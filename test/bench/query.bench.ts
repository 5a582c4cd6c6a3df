// The query and export benchmark: a generated graph that follows the contract (default 100k nodes,
// 500k edges), then a typed three-hop pattern, shortest paths between random people, and a
// streamed GraphML export to disk with its peak memory.
//   npx tsx test/bench/query.bench.ts [--nodes 100000] [--edges 500000] [--runs 30] [--seed 1]
// A benchmark, not a test: it asserts nothing. Aims: pattern < 100 ms, shortest path < 10 ms
// (medians), export peak heap well under 3x the graph's own heap.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import Graph from "graphology";
import { parseArgs } from "node:util";
import { writeChunksAtomically } from "../../src/cli.ts";
import { graphmlChunks } from "../../src/export/index.ts";
import { DEFAULT_BUDGET, matchPattern, parsePattern, runPattern, shortestPath } from "../../src/query/index.ts";
import { OUTCOMES } from "../../src/schema.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { random } from "./corpus.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const settle = () => { gc(); gc(); };

const { values: flags } = parseArgs({ options: { nodes: { type: "string" }, edges: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, check: { type: "boolean" } } });
const number = (name: "nodes" | "edges" | "runs" | "seed", fallback: number) => {
  const v = Number(flags[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return Math.round(v);
};
const NODES = number("nodes", 100_000), EDGES = number("edges", 500_000), RUNS = number("runs", 30), SEED = number("seed", 1);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (t: number) => `${t.toFixed(2)} ms`;


/**
 * A graph with the contract's shape at scale: 2% articles, 40% sentences (20 per article), the
 * rest entities in news-like proportions; relations between the right types with 1-2 evidence
 * sentences; IN_ARTICLE for every sentence; MENTIONED_IN (offsets into the article text) for the
 * rest of the edge budget, at least one per entity.
 */
function generate(nodes: number, edges: number, seed: number): Graph {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  const articles = Math.max(1, Math.round(nodes * 0.02)), perArticle = 20;
  const sentences: { key: string; start: number }[] = [];
  for (let a = 0; a < articles; a++) {
    const key = `article:bench/${a}.txt`;
    const parts: string[] = [];
    let text = "";
    for (let i = 0; i < perArticle; i++) {
      const s = `Sentence ${i} of report ${a} says the court heard case ${Math.floor(rnd() * 1e6)}.`;
      parts.push(s);
      sentences.push({ key: `${key}#${i}`, start: text.length });
      text += s + " ";
    }
    g.addNode(key, { type: "Article", label: `Report ${a}`, path: `bench/${a}.txt`, text });
    let at = 0;
    parts.forEach((s, i) => {
      g.addNode(`${key}#${i}`, { type: "Sentence", label: `Report ${a} #${i + 1}`, article: key, index: i, start: at, end: at + s.length, text: s });
      g.addDirectedEdgeWithKey(`${key}#${i}>in`, `${key}#${i}`, key, { type: "IN_ARTICLE" });
      at += s.length + 1;
    });
  }
  const entities = nodes - g.order;
  const share: [string, number][] = [
    ["Person", 0.52], ["Role", 0.001], ["Trial", 0.1], ["Verdict", 0.14], ["Charge", 0.14], ["Court", 0.004],
    ["Organization", 0.035], ["Studio", 0.003], ["Film", 0.028], ["Place", 0.028],
  ];
  const byType = new Map<string, string[]>();
  let made = 0;
  share.forEach(([type, f], i) => {
    const n = i === share.length - 1 ? entities - made : Math.max(2, Math.round(entities * f));
    made += n;
    const keys: string[] = [];
    for (let j = 0; j < n; j++) {
      const key = `${type}:${j}`;
      const label = type === "Role" ? (j === 0 ? "judge" : `role ${j}`) : `${type} ${j}`;
      const attributes: Record<string, unknown> = { type, label };
      if (type !== "Trial" && type !== "Verdict") attributes.aliases = [label];
      if (type === "Verdict") attributes.outcome = pick(OUTCOMES);
      g.addNode(key, attributes);
      keys.push(key);
    }
    byType.set(type, keys);
  });
  const of = (t: string) => byType.get(t)!;
  const people = of("Person"), judges = people.slice(0, Math.ceil(people.length / 30));
  let e = 0;
  const relate = (type: string, source: string, target: string) => {
    const evidence = [pick(sentences).key];
    if (rnd() < 0.3) evidence.push(pick(sentences).key);
    g.addDirectedEdgeWithKey(`r${e++}`, source, target, { type, evidence, confidence: Math.round(rnd() * 100) / 100 });
  };
  const roles = of("Role");
  for (const p of people) relate("HOLDS_ROLE", p, judges.includes(p) ? roles[0]! : pick(roles.slice(1)));
  for (const t of of("Trial")) {
    relate("PRESIDED_OVER", pick(judges), t);
    relate("DEFENDANT_IN", pick(people), t);
    relate("PROSECUTED", pick(people), t);
    relate("TESTIFIED_IN", pick(people), t);
    relate("TESTIFIED_IN", pick(people), t);
    relate("HELD_AT", t, pick(of("Court")));
  }
  for (const v of of("Verdict")) { relate("RESULTED_IN", pick(of("Trial")), v); relate("ON_CHARGE", v, pick(of("Charge"))); if (rnd() < 0.5) relate("ON_CHARGE", v, pick(of("Charge"))); }
  for (const c of of("Charge")) { relate("CHARGED_WITH", pick(people), c); relate("TRIED_FOR", pick(of("Trial")), c); relate("ALLEGED_VICTIM", c, pick(people)); }
  for (const f of of("Film")) { relate("DIRECTED", pick(people), f); relate("PRODUCED", pick(of("Studio")), f); for (let i = 0; i < 12; i++) relate("ACTED_IN", pick(people), f); for (let i = 0; i < 6; i++) relate("WORKED_ON", pick(people), f); }
  for (const o of of("Organization")) relate("FOUNDED", pick(people), o);
  for (let i = 0; i < people.length * 0.35; i++) relate("REPRESENTS", pick(people), pick(people));
  for (let i = 0; i < people.length * 0.5; i++) relate("WORKS_FOR", pick(people), pick(of("Organization")));
  for (let i = 0; i < people.length * 0.6; i++) { const a = pick(people), b = pick(people); if (a !== b) relate("ACCUSED", a, b); }

  const all = [...byType.values()].flat();
  let m = 0;
  const mention = (entity: string) => {
    const s = pick(sentences);
    g.addDirectedEdgeWithKey(`m${m++}`, entity, s.key, { type: "MENTIONED_IN", start: s.start, end: s.start + 8, surface: "Sentence" });
  };
  for (const entity of all) mention(entity);
  while (g.size < edges) mention(pick(all));
  return g;
}

// --- the graph, and how much memory it takes on its own ---------------------------------------
settle();
const heapBefore = process.memoryUsage().heapUsed;
let t0 = performance.now();
const graph = generate(NODES, EDGES, SEED);
const generated = performance.now() - t0;
settle();
const graphHeap = process.memoryUsage().heapUsed - heapBefore;
console.log(`casegraph query benchmark: ${graph.order} nodes, ${graph.size} edges (seed ${SEED}), generated in ${(generated / 1000).toFixed(1)} s`);
console.log(`node ${process.version}; the graph holds ${mib(graphHeap)} of heap; medians over ${RUNS} runs\n`);
if (flags.check) {
  t0 = performance.now();
  const check = checkGraph(graph.export());
  console.log(`contract check: ${check.ok ? "ok" : check.message} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}

// --- a typed three-hop pattern ----------------------------------------------------------------
const PATTERNS = [
  "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial] -ON_CHARGE-> Charge",
  "Person -CHARGED_WITH-> Charge <-ON_CHARGE- Verdict[outcome=guilty] <-RESULTED_IN- Trial",
  "Person -DEFENDANT_IN-> Trial -RESULTED_IN-> Verdict -ON_CHARGE-> Charge",
];
t0 = performance.now();
runPattern(graph, parsePattern(PATTERNS[0]!), { limit: 1 });
console.log(`first query, including building the indexes: ${ms(performance.now() - t0)}`);
settle();
console.log(`heap with the indexes: ${mib(process.memoryUsage().heapUsed - heapBefore)}\n`);
for (const text of PATTERNS) {
  const pattern = parsePattern(text);
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < 3; r++) runPattern(graph, pattern); // warm-up: let the JIT compile
  for (let r = 0; r < RUNS; r++) {
    t0 = performance.now();
    count = runPattern(graph, pattern).length;
    times.push(performance.now() - t0);
  }
  console.log(`pattern  ${ms(median(times)).padStart(10)}  ${String(count).padStart(5)} paths (limit 1000, evidence resolved)  ${text}`);
}

// --- a wildcard pattern of 16 hops: cut short by its budget, not left to run for minutes ----------
{
  const wild = parsePattern(["Role", ...Array(15).fill("*"), "Verdict"].join(" -- "));
  const times: number[] = [];
  let outcome = matchPattern(graph, wild, { limit: 21 });
  for (let r = 0; r < 5; r++) {
    t0 = performance.now();
    outcome = matchPattern(graph, wild, { limit: 21 });
    times.push(performance.now() - t0);
  }
  console.log(`16 hops  ${ms(median(times)).padStart(10)}  ${String(outcome.results.length).padStart(5)} paths, stopped by ${outcome.stopped ?? "nothing"} after ${outcome.steps} edges (budget ${DEFAULT_BUDGET.steps} edges, ${DEFAULT_BUDGET.ms} ms)  ${wild.text.slice(0, 40)}…\n`);
}

// --- shortest paths between random people -----------------------------------------------------
{
  const rnd = random(SEED + 1);
  const people = graph.filterNodes((_, a) => a.type === "Person");
  const times: number[] = [], lengths: number[] = [];
  for (let r = 0; r < Math.max(RUNS, 50); r++) {
    const a = people[Math.floor(rnd() * people.length)]!, b = people[Math.floor(rnd() * people.length)]!;
    t0 = performance.now();
    const path = shortestPath(graph, a, b);
    times.push(performance.now() - t0);
    lengths.push(path ? path.hops.length : -1);
  }
  console.log(`shortest ${ms(median(times)).padStart(10)}  median ${median(lengths)} hops over ${times.length} random pairs of people (max ${ms(Math.max(...times))})\n`);
}

// --- a GraphML export streamed to disk --------------------------------------------------------
// Twice: once as it runs (peak heap and RSS, garbage included, as the process really uses them),
// and once with a forced collection every 32 chunks (what the export itself holds on to).
{
  const dir = mkdtempSync(join(tmpdir(), "casegraph-bench-"));
  const file = join(dir, "graph.graphml");
  for (const collect of [false, true]) {
    settle();
    const base = process.memoryUsage();
    let peakHeap = base.heapUsed, peakRss = base.rss, chunks = 0;
    function* sampled(source: Iterable<string>) {
      for (const chunk of source) {
        if (++chunks % (collect ? 32 : 8) === 0) {
          if (collect) gc();
          const m = process.memoryUsage();
          peakHeap = Math.max(peakHeap, m.heapUsed);
          peakRss = Math.max(peakRss, m.rss);
        }
        yield chunk;
      }
    }
    t0 = performance.now();
    writeChunksAtomically(file, sampled(graphmlChunks(graph)));
    const took = performance.now() - t0;
    if (!collect) {
      console.log(`graphml export: ${mib(statSync(file).size)} in ${(took / 1000).toFixed(1)} s, ${chunks} chunks of ~64 KiB, streamed to disk`);
      console.log(`  peak heap ${mib(peakHeap)} = ${(peakHeap / graphHeap).toFixed(2)}x the graph's own ${mib(graphHeap)} (before: ${mib(base.heapUsed)} with indexes; +${mib(peakHeap - base.heapUsed)} during, mostly garbage not yet collected)`);
      console.log(`  peak rss  ${mib(peakRss)} (before: ${mib(base.rss)}; +${mib(peakRss - base.rss)} during)`);
    } else {
      console.log(`  held by the export itself (heap after forced collections): +${mib(peakHeap - base.heapUsed)} at most`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
