// One size of the build benchmark, in a process of its own (so its peak RSS is its own): a
// generated corpus through the whole pipeline in process (buildArrays, then graph.json and GraphML
// serialised as the CLI writes them, minus the disk), and a plain regex pass over the same files.
//   npx tsx test/bench/build-one.ts --mb 5 [--runs 1] [--seed 1] [--json]
// test/bench/build.bench.ts runs it for each size of a series and prints the tables.
import { parseArgs } from "node:util";
import { mapInOrder, reduceToArrays, emptyTimings, type InputFile } from "../../src/pipeline.ts";
import { graphJsonChunks } from "../../src/output/graph-json.ts";
import { graphmlChunks } from "../../src/export/index.ts";
import { generateCorpus } from "./corpus.ts";
import { boundHeapGrowth, boundsGrowth } from "../../src/build/collect.ts";
import { endProfile, profiledChunks, startProfile } from "../../src/build/profile.ts";

export interface SizeResult {
  mb: number;
  bytes: number;
  articles: number;
  /** Medians over runs, seconds. */
  cpu: number;
  wall: number;
  maxRssMb: number;
  /** Milliseconds per stage (pipeline stages, then serialize: graph.json, graphml). */
  stages: Record<string, number>;
  jsonBytes: number;
  graphmlBytes: number;
  nodes: number;
  edges: number;
  /** CPU seconds of a plain regex sentence-and-word pass over the same text. */
  regexCpu: number;
}

const cpuNow = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

/** Sentences and words by regular expression alone: the floor any text pipeline is measured against. */
export function regexPass(texts: readonly string[]): number {
  let n = 0;
  for (const text of texts) for (const sentence of text.matchAll(/[^.!?\n]+[.!?]*/g)) n += sentence[0].match(/\p{L}+/gu)?.length ?? 0;
  return n;
}

/** CPU seconds of regexPass over the files' text (decoded here, so the texts go with this call). */
function regexCpuOf(files: readonly InputFile[]): number {
  const decoder = new TextDecoder();
  const texts = files.map((f) => decoder.decode(f.bytes));
  const c0 = cpuNow();
  regexPass(texts);
  return cpuNow() - c0;
}

export function measure(megabytes: number, seed: number, runs: number): SizeResult {
  // the corpus is made again for each run (the same, for a seed), so its files' bytes can go after
  // the map, as the build command lets them go (and its peak RSS is the build's, not the benchmark's)
  let files: InputFile[] = generateCorpus(megabytes, seed);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0), articles = files.length;
  // as the build command does (src/build/collect.ts)
  if (boundsGrowth(bytes, bytes)) boundHeapGrowth();
  const regexCpu = regexCpuOf(files);
  const cpu: number[] = [], wall: number[] = [], rows: Record<string, number>[] = [];
  let jsonBytes = 0, graphmlBytes = 0, nodes = 0, edges = 0;
  for (let run = 0; run < runs; run++) {
    if (files.length === 0) files = generateCorpus(megabytes, seed);
    const t0 = performance.now();
    const c0 = cpuNow();
    // CASEGRAPH_PROFILE=1 prints each step's time and memory (with node --expose-gc, the live heap)
    startProfile();
    // buildArrays, with the files let go between the map and the reduce
    const timings = emptyTimings();
    const maps = mapInOrder(files, {}, timings);
    files = [];
    let { graph } = reduceToArrays(maps, {}, timings) as { graph: ReturnType<typeof reduceToArrays>["graph"] | undefined };
    const t1 = performance.now();
    jsonBytes = 0;
    for (const chunk of profiledChunks("graph.json", graphJsonChunks(graph!))) jsonBytes += Buffer.byteLength(chunk);
    const t2 = performance.now();
    graphmlBytes = 0;
    for (const chunk of profiledChunks("graph.graphml", graphmlChunks(graph!))) graphmlBytes += Buffer.byteLength(chunk);
    const t3 = performance.now();
    nodes = graph!.order; edges = graph!.size;
    graph = undefined;
    endProfile();
    cpu.push(cpuNow() - c0);
    wall.push((t3 - t0) / 1000);
    rows.push({ ...timings, "graph.json": t2 - t1, graphml: t3 - t2 });
  }
  const stages = Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, median(rows.map((r) => r[k]!))]));
  return { mb: megabytes, bytes, articles, cpu: median(cpu), wall: median(wall), maxRssMb: process.resourceUsage().maxRSS / 1024,
    stages, jsonBytes, graphmlBytes, nodes, edges, regexCpu };
}

if (process.argv[1]?.endsWith("build-one.ts")) {
  const { values } = parseArgs({ options: { mb: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, json: { type: "boolean" } } });
  const result = measure(Number(values.mb ?? 5), Number(values.seed ?? 1), Number(values.runs ?? 1));
  console.log(values.json ? JSON.stringify(result) : result);
}
