// `casegraph build`: read the folder, map every article (from the cache, in this thread, on worker
// threads), reduce them to one graph, write the output set; with --watch, again on every change.
import { join } from "node:path";
import type { BuiltGraph } from "../build/built-graph.ts";
import type { BuildWarning } from "../pipeline.ts";
import { reduceToArrays } from "../reduce.ts";
import { articleKey } from "../ingest/index.ts";
import { CaseGraphError, InputError } from "../errors.ts";
import type { CorrectionsReport } from "../schema.ts";
import { graphmlChunks } from "../export/index.ts";
import { correctionsSummary, readCorrections, staleCorrections } from "../review/command.ts";
import { abandonOutputFolder, prepareOutputFolder, replaceOutputSet } from "../output/set.ts";
import { graphJsonChunks } from "../output/graph-json.ts";
import { parseCommand as parseArgs, positionals } from "../cli-args.ts";
import { ExtractionCache } from "../build/cache.ts";
import { extractorVersion } from "../build/version.ts";
import { defaultJobs, mapArticles, type KeptMaps } from "../build/map.ts";
import { ARTICLE_KINDS, readArticles, skippedNote, skippedText, type Skipped } from "./articles.ts";
import { watchFolder } from "./watch.ts";
import { newTailMemo, type TailMemo } from "../build/memo.ts";
import { endProfile, profiled, profiledAsync, profiledChunks, startProfile } from "../build/profile.ts";
import { boundHeapGrowth, boundsGrowth, collectGarbage } from "../build/collect.ts";

export interface BuildRequest {
  input: string;
  outDir: string;
  quiet: boolean;
  progress: boolean;
  jobs: number;
  cache: boolean;
  redis?: string;
  /** What a watching process keeps of its last build (src/build/map.ts KeptMaps). */
  kept?: KeptMaps;
  /** And of its tail: the articles' parts of the graph and their text (src/build/memo.ts). */
  memo?: TailMemo;
}

export async function build(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs("build", argv);
  const [input] = positionals("build", positional) as [string];
  const request: BuildRequest = {
    input,
    outDir: typeof flags.get("out") === "string" ? (flags.get("out") as string) : "graph",
    quiet: flags.has("quiet"),
    progress: flags.has("progress"),
    jobs: jobsFlag(flags.get("jobs")),
    cache: !flags.has("no-cache"),
    ...(typeof flags.get("redis") === "string" && { redis: flags.get("redis") as string }),
    // A watching process keeps every article's map between builds: a change re-extracts only the
    // changed articles, without decoding the others from the cache again.
    ...(flags.has("watch") && { kept: new Map(), memo: newTailMemo() }),
  };
  await buildOnce(request);
  if (!flags.has("watch")) return 0;
  // The extractor is loaded (its rules and model too) while the folder is quiet, not when the first change comes.
  if (!request.redis) (await import("../pipeline.ts")).warmUp();
  await watchFolder(input, () => buildOnce(request));
  return 0;
}

export function jobsFlag(raw: string | true | undefined): number {
  if (raw === undefined) return defaultJobs();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InputError(`--jobs must be a whole number from 1 to 256 (got '${raw === true ? "" : raw}')`);
  return n;
}

/** One build of the folder into the output set. */
export async function buildOnce({ input, outDir, quiet, progress: forceProgress, jobs, cache: useCache, redis, kept, memo }: BuildRequest): Promise<void> {
  startProfile();
  const unreadable: BuildWarning[] = [];
  const skipped: Skipped = { hidden: 0, other: 0 };
  const found = profiled("read", () => readArticles(input, unreadable, skipped));
  if (found.length === 0 && unreadable.length === 0) throw new InputError(`no articles (${ARTICLE_KINDS} files) in '${input}'${skippedNote(skipped)}`);
  const total = found.length + unreadable.length;
  const inputSize = found.reduce((n, f) => n + f.bytes.length, 0);
  // a large input's build, or one that extracts much, bounds the heap's growth (src/build/collect.ts), process-wide
  // (each build of a watching process decides for itself: its first extracts every article, the next few)
  const beforeExtraction = (bytes: number) => boundHeapGrowth(boundsGrowth(inputSize, bytes) ? 30 : 0);
  // A person's decisions live in the input folder, never in the output folder that a build replaces whole.
  const correctionProblems: BuildWarning[] = [];
  const corrections = readCorrections(input, (path, problem) => correctionProblems.push({ path, problem }));
  // The output folder is checked (and what a stopped build left is cleaned up) before the work starts.
  const folder = prepareOutputFolder(outDir, OUTPUT_SET, input);
  for (const line of folder.recovered) console.error(`casegraph: note: ${line}`);
  const cache = useCache ? new ExtractionCache(folder.dir, extractorVersion(), (file, problem) => console.error(`casegraph: warning: ${file}: ${problem}`)) : undefined;
  let graph: BuiltGraph, buildWarnings: BuildWarning[], report: CorrectionsReport | undefined, extracted: number, articles: number;
  try {
    // On a terminal for long runs, or whenever --progress asks for it; always on stderr.
    const showProgress = forceProgress || (!quiet && process.stderr.isTTY && found.length >= 20);
    const progress = showProgress ? progressBar(found.length) : undefined;
    const mapped = await profiledAsync("map", () => mapArticles(found, { cache, jobs, onProgress: progress, beforeExtraction, ...(redis && { redis }), ...(kept && { kept }) }));
    extracted = mapped.extracted;
    // The files' bytes are not needed past the map: let them go before the reduce (50 MB for 50 MB).
    articles = found.length;
    found.length = 0;
    ({ graph, warnings: buildWarnings, corrections: report } = reduceToArrays(mapped.maps, { corrections, ...(memo && { memo }) }));
    if (progress) process.stderr.write("\n");
  } catch (err) {
    abandonOutputFolder(folder);
    throw err;
  }
  // Saved web pages and PDFs that are not articles come first, as they did when they were converted first.
  const warnings = [...unreadable, ...buildWarnings, ...correctionProblems];
  for (const w of warnings) {
    const built = graph.hasNode(articleKey(w.path));
    console.error(`casegraph: ${built ? "warning:" : "skipped"} ${w.path}: ${w.problem}`);
  }
  for (const stale of staleCorrections(report)) console.error(`casegraph: warning: ${stale}`);
  await profiledAsync("write", () => replaceOutputSet(folder, [
    { name: "graph.json", chunks: profiledChunks("graph.json", graphJsonChunks(graph, undefined, memo?.json)) },
    { name: "graph.graphml", chunks: profiledChunks("graph.graphml", graphmlChunks(graph)) },
  ]));
  // Only once the new set is in place: entries of removed and changed articles go.
  profiled("prune", () => cache?.prune());
  const reused = cache ? articles - extracted : 0;
  if (!quiet) console.log(profiled("summary", () => summary(graph, total, warnings, join(outDir, "graph.json"), skipped, correctionsSummary(report), reused)));
  endProfile();
  // A watching process's reduce makes no full collection of its own (src/reduce.ts): what this
  // build let go is collected now, with the new files in place, so the next build starts from
  // the heap it needs and not on top of this one's garbage.
  if (memo) collectGarbage();
}

/** The files a build writes, replaced together (src/output/set.ts). */
const OUTPUT_SET = ["graph.json", "graph.graphml"];

function summary(graph: BuiltGraph, files: number, warnings: readonly BuildWarning[], out: string, skipped: Skipped, corrections: string | undefined, reused: number): string {
  const nodes = new Map<string, number>(), edges = new Map<string, number>();
  for (const { attributes: a } of graph.nodeEntries()) nodes.set(a.type as string, (nodes.get(a.type as string) ?? 0) + 1);
  for (const type of graph.edgeTypes()) edges.set(type as string, (edges.get(type as string) ?? 0) + 1);
  const list = (m: Map<string, number>, skip: string[]) =>
    [...m].filter(([t]) => !skip.includes(t)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} ${n}`).join(", ") || "none";
  return [
    `built ${out}`,
    `  articles   ${nodes.get("Article") ?? 0} of ${files} files${reused ? ` (${files - reused} extracted, ${reused} from the cache)` : ""}`,
    `  sentences  ${nodes.get("Sentence") ?? 0}`,
    `  entities   ${list(nodes, ["Article", "Sentence"])}`,
    `  relations  ${list(edges, ["MENTIONED_IN", "IN_ARTICLE"])}`,
    `  mentions   ${edges.get("MENTIONED_IN") ?? 0}`,
    `  contested  ${contested(graph, out)}`,
    ...(corrections ? [`  corrections ${corrections}`] : []),
    `  warnings   ${warnings.length ? `${warnings.length} (${warnings.map((w) => w.path).join(", ")}; see above)` : "none"}`,
    ...(skipped.hidden || skipped.other ? [`  passed over ${skippedText(skipped)}`] : []),
  ].join("\n");
}

/** "2 contradictions (casegraph review lists them)", or "none". */
function contested(graph: BuiltGraph, out: string): string {
  const n = ((graph.getAttribute("contradictions") ?? []) as { resolved?: boolean }[]).filter((c) => !c.resolved).length;
  return n ? `${n} contradiction${n === 1 ? "" : "s"} between articles (casegraph review ${out} lists them)` : "none";
}

function progressBar(total: number): (done: number) => void {
  const width = 30;
  let shown = -1;
  return (done) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown && done !== total) return; // one redraw per percent, not per article
    shown = percent;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} articles`);
  };
}

