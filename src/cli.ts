// Argument parsing and file I/O only: everything else is in the pipeline and its stages.
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { buildGraph, convertInputs, type BuildWarning, type InputFile } from "./pipeline.ts";
import { ARTICLE_EXTENSIONS } from "./ingest/convert.ts";
import { articleKey } from "./ingest/index.ts";
import { CaseGraphError, InputError } from "./errors.ts";
import type { CorrectionsReport } from "./schema.ts";
import type Graph from "graphology";
import { closeSync, openSync, writeSync } from "node:fs";
import { DEFAULT_BUDGET, formatPath, formatResults, matchPattern, NAMED_QUERIES, neighbourhood, parsePattern, shortestPath, type PathResult } from "./query/index.ts";
import { EXPORT_FORMATS, exportFiles, graphmlChunks } from "./export/index.ts";
import { correctionsSummary, readCorrections, reviewCommand, staleCorrections } from "./review/command.ts";
import { CORRECTIONS_FILE } from "./review/corrections-file.ts";
import { readGraphFile } from "./graphfile/file.ts";
import { abandonOutputFolder, prepareOutputFolder, replaceOutputSet } from "./output/set.ts";
import { COMMANDS, commandName, commandUsage, parseCommand as parseArgs, positionals, usage, wantsHelp } from "./cli-args.ts";

const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join("|")})$`, "i");
const ARTICLE_KINDS = `.${ARTICLE_EXTENSIONS.join(", .")}`;

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h") return print(usage());
    if (command === "--version" || command === "-v") return print(version());
    if (command === "help") return print(rest[0] && commandName(rest[0]) ? commandUsage(commandName(rest[0])!) : usage());
    const name = commandName(command);
    if (!name) throw new InputError(`unknown ${command.startsWith("-") ? "option" : "command"} '${command}'; the commands are ${Object.keys(COMMANDS).join(", ")} (see casegraph --help)`);
    if (wantsHelp(rest)) return print(commandUsage(name));
    switch (name) {
      case "build": return await build(rest);
      case "query": return query(rest);
      case "path": return path(rest);
      case "neighbours": return neighbours(rest);
      case "review": return review(rest);
      default: return exportCommand(rest);
    }
  } catch (err) {
    if (err instanceof CaseGraphError) {
      console.error(`casegraph: ${err.message}`);
      return err.exitCode;
    }
    // Not the user's mistake: one line, the stack only when asked for.
    if (process.env.CASEGRAPH_DEBUG) throw err;
    console.error(`casegraph: internal error: ${String((err as Error)?.message ?? err).split("\n")[0]} (a bug in casegraph: please report it; CASEGRAPH_DEBUG=1 shows where)`);
    return 70;
  }
}

const print = (text: string) => { console.log(text); return 0; };

async function build(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs("build", argv);
  const [input] = positionals("build", positional) as [string];
  const outDir = typeof flags.get("out") === "string" ? (flags.get("out") as string) : "graph";
  const quiet = flags.has("quiet");

  const unreadable: BuildWarning[] = [];
  const skipped: Skipped = { hidden: 0, other: 0 };
  const found = readArticles(input, unreadable, skipped);
  if (found.length === 0 && unreadable.length === 0) throw new InputError(`no articles (${ARTICLE_KINDS} files) in '${input}'${skippedNote(skipped)}`);
  const total = found.length + unreadable.length;
  // A person's decisions live in the input folder, never in the output folder that a build replaces whole.
  const correctionProblems: BuildWarning[] = [];
  const corrections = readCorrections(input, (path, problem) => correctionProblems.push({ path, problem }));
  // The output folder is checked (and what a stopped build left is cleaned up) before the work starts.
  const folder = prepareOutputFolder(outDir, OUTPUT_SET, input);
  for (const line of folder.recovered) console.error(`casegraph: note: ${line}`);
  let graph: Graph, buildWarnings: BuildWarning[], report: CorrectionsReport | undefined;
  try {
    // Saved web pages and PDFs become text first; one that is not an article is a warning.
    const { files, warnings: unconverted } = await convertInputs(found);
    unreadable.push(...unconverted);
    // On a terminal for long runs, or whenever --progress asks for it; always on stderr.
    const showProgress = flags.has("progress") || (!quiet && process.stderr.isTTY && files.length >= 20);
    const progress = showProgress ? progressBar(files.length) : undefined;
    ({ graph, warnings: buildWarnings, corrections: report } = buildGraph(files, { onProgress: progress, corrections }));
    if (progress) process.stderr.write("\n");
  } catch (err) {
    abandonOutputFolder(folder);
    throw err;
  }
  const warnings = [...unreadable, ...buildWarnings, ...correctionProblems];
  for (const w of warnings) {
    const built = graph.hasNode(articleKey(w.path));
    console.error(`casegraph: ${built ? "warning:" : "skipped"} ${w.path}: ${w.problem}`);
  }
  for (const stale of staleCorrections(report)) console.error(`casegraph: warning: ${stale}`);
  replaceOutputSet(folder, [{ name: "graph.json", chunks: graphJsonChunks(graph) }, { name: "graph.graphml", chunks: graphmlChunks(graph) }]);
  if (!quiet) console.log(summary(graph, total, warnings, join(outDir, "graph.json"), skipped, correctionsSummary(report)));
  return 0;
}

/** The files a build writes, replaced together (src/output/set.ts). */
const OUTPUT_SET = ["graph.json", "graph.graphml"];

/** What the walk of the input folder passed over without a warning, for the summary. */
export interface Skipped {
  /** Files and folders whose names start with a dot, and node_modules folders. */
  hidden: number;
  /** Files that are not articles (not .txt, .md, .html, .htm or .pdf), the corrections file aside. */
  other: number;
}

/**
 * Every article below `dir`, sorted by path; files that cannot be read are added to `unreadable`.
 * Links are followed, to files and to folders, but a folder is read once: a link back up the tree
 * (a loop) or to a folder already read is a warning. Only regular files are read (a named pipe
 * would never end), and none larger than MAX_ARTICLE_BYTES.
 */
export function readArticles(dir: string, unreadable: BuildWarning[] = [], skipped: Skipped = { hidden: 0, other: 0 }): InputFile[] {
  let stat;
  try { stat = statSync(dir); } catch { throw new InputError(`input folder '${dir}' does not exist`); }
  if (!stat.isDirectory()) throw new InputError(`'${dir}' is not a folder`);
  const root = resolve(dir);
  const files: InputFile[] = [];
  const seen = new Set<string>(); // real paths of the folders read
  const rel = (full: string) => relative(root, full).split(sep).join("/");
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? "error";
  const walk = (folder: string) => {
    let entries;
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) { unreadable.push({ path: rel(folder), problem: `a link to a folder already read (${real}); not read again` }); return; }
      seen.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (err) {
      if (folder === root) throw new InputError(`cannot read input folder '${dir}' (${code(err)})`);
      unreadable.push({ path: rel(folder), problem: `cannot read this folder (${code(err)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") { skipped.hidden++; continue; }
      const full = join(folder, entry.name);
      let target = entry as { isDirectory(): boolean; isFile(): boolean };
      if (entry.isSymbolicLink()) {
        try { target = statSync(full); }
        catch (err) { unreadable.push({ path: rel(full), problem: `a link to nothing (${code(err)})` }); continue; }
      }
      if (target.isDirectory()) { walk(full); continue; }
      if (!ARTICLE_FILE.test(entry.name)) { if (folder !== root || entry.name !== CORRECTIONS_FILE) skipped.other++; continue; }
      const path = rel(full);
      if (!target.isFile()) { unreadable.push({ path, problem: "not a regular file (a pipe, socket or device); not read" }); continue; }
      try {
        const size = statSync(full).size;
        if (size > MAX_ARTICLE_BYTES) { unreadable.push({ path, problem: `the file is ${(size / 1e6).toFixed(0)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1e6} MB (split it into smaller files)` }); continue; }
        files.push({ path, bytes: readFileSync(full) });
      } catch (err) { unreadable.push({ path, problem: `cannot read it (${code(err)})` }); }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The largest article file read. A 10 MB article builds in well under a minute; memory grows with size. */
export const MAX_ARTICLE_BYTES = 32_000_000;

const skippedNote = (s: Skipped) => (s.hidden || s.other ? ` (passed over: ${skippedText(s)})` : "");
const skippedText = (s: Skipped) => [
  s.hidden ? `${s.hidden} hidden file${s.hidden === 1 ? "" : "s"} or folder${s.hidden === 1 ? "" : "s"}` : "",
  s.other ? `${s.other} file${s.other === 1 ? "" : "s"} not ${ARTICLE_KINDS}` : "",
].filter(Boolean).join(", ");

/**
 * graph.json in chunks of about a megabyte: the very bytes of `JSON.stringify(graph.export())`,
 * without ever holding them in one string (V8 refuses strings over about 512 MB; a 50 MB corpus
 * makes a bigger graph file than that), and without `graph.export()` itself, which copies every
 * node and edge: each one is written straight from the graph, in the order export() gives.
 */
export function* graphJsonChunks(graph: Graph, chunkSize = 1 << 20): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buffer = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let separator = "";
  // export() leaves out empty attributes, and marks undirected edges only in mixed graphs
  for (const { node, attributes } of graph.nodeEntries()) {
    buffer += separator + JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes });
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  buffer += '],"edges":[';
  separator = "";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === "mixed" && undirected) serialized.undirected = true;
    buffer += separator + JSON.stringify(serialized);
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  yield `${buffer}]}`;
}

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export function writeAtomically(path: string, content: string): void {
  writeChunksAtomically(path, [content]);
}

function summary(graph: Graph, files: number, warnings: readonly BuildWarning[], out: string, skipped: Skipped, corrections?: string): string {
  const nodes = new Map<string, number>(), edges = new Map<string, number>();
  graph.forEachNode((_, a) => nodes.set(a.type, (nodes.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_, a) => edges.set(a.type, (edges.get(a.type) ?? 0) + 1));
  const list = (m: Map<string, number>, skip: string[]) =>
    [...m].filter(([t]) => !skip.includes(t)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} ${n}`).join(", ") || "none";
  return [
    `built ${out}`,
    `  articles   ${nodes.get("Article") ?? 0} of ${files} files`,
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
function contested(graph: Graph, out: string): string {
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

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

// --- queries and exports -------------------------------------------------------------------

const DEFAULT_CLI_LIMIT = 20;
/** More paths than this are not a list a person reads; and each holds its evidence in memory. */
const MAX_CLI_LIMIT = 10_000;

/** Why a match stopped before it saw every path, for the user. */
function cutShort(stopped: "steps" | "time", steps: number): string {
  const why = stopped === "time" ? `after ${DEFAULT_BUDGET.ms / 1000} s` : `after looking at ${steps.toLocaleString("en")} edges`;
  return `cut short ${why}: the pattern matches too many paths to try them all, so more may match; narrow it with types or tests on its steps`;
}

/** Reads and checks a graph.json (or the graph.json inside a folder) as a stream; problems are exit-2 errors. */
export function loadGraph(path: string): Graph {
  return readGraphFile(path);
}

/** Writes chunks to a temporary file beside the target, then renames: streamed, never half a file. */
export function writeChunksAtomically(path: string, chunks: Iterable<string>): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, "w");
    try { for (const chunk of chunks) writeSync(fd, chunk); } finally { closeSync(fd); }
    renameSync(tmp, path);
  } catch (err) {
    try { rmSync(tmp, { force: true }); } catch { /* no temporary file could have been made */ }
    const e = err as NodeJS.ErrnoException;
    if (e.code) throw new CaseGraphError(`cannot write '${path}': ${e.code}`);
    throw err;
  }
}

function limitFlag(flags: Map<string, string | true>, name = "limit", fallback = DEFAULT_CLI_LIMIT): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${name} must be a whole number, 1 or more (got '${raw === true ? "" : raw}')`);
  return n;
}

/** Type and label of every node in the results, so --json output reads without the graph. */
function entitiesOf(graph: Graph, results: PathResult[]): Record<string, { type: string; label: string }> {
  const out: Record<string, { type: string; label: string }> = {};
  for (const r of results) for (const n of r.nodes) out[n] ??= { type: graph.getNodeAttribute(n, "type"), label: graph.getNodeAttribute(n, "label") };
  return out;
}

function query(argv: string[]): number {
  const { positional, flags } = parseArgs("query", argv);
  if (positional.length === 1) {
    const named = Object.entries(NAMED_QUERIES).map(([name, q]) => `  ${name.padEnd(26)} ${q.description}`).join("\n");
    throw new InputError(`query needs a pattern or a named question after the graph\nusage: casegraph query <graph.json> "<pattern>" [--limit N] [--json]\n\npatterns look like: Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]\nnamed queries:\n${named}`);
  }
  const [file, text] = positionals("query", positional) as [string, string];
  const limit = limitFlag(flags);
  if (limit > MAX_CLI_LIMIT) throw new InputError(`--limit may be at most ${MAX_CLI_LIMIT} (got ${limit}); narrow the pattern instead`);
  const pattern = parsePattern(text); // before loading, so a typo is reported at once
  const graph = loadGraph(file);
  const outcome = matchPattern(graph, pattern, { limit: limit + 1 });
  const results = outcome.results.slice(0, limit), more = outcome.results.length > limit;
  const cut = outcome.stopped === "steps" || outcome.stopped === "time" ? cutShort(outcome.stopped, outcome.steps) : null;
  if (flags.has("json")) console.log(JSON.stringify({ pattern: pattern.text, results, truncated: more || cut !== null, ...(cut && { cutShort: cut }), entities: entitiesOf(graph, results) }, null, 2));
  else console.log(formatResults(graph, results, pattern.text === text.trim() ? pattern.text : `${text.trim()} (${pattern.text})`, more) + (cut ? `\n\n(${cut})` : ""));
  return 0;
}

function path(argv: string[]): number {
  const { positional, flags } = parseArgs("path", argv);
  const [file, from, to] = positionals("path", positional) as [string, string, string];
  const graph = loadGraph(file);
  const result = shortestPath(graph, from, to);
  if (flags.has("json")) console.log(JSON.stringify({ from, to, path: result, entities: entitiesOf(graph, result ? [result] : []) }, null, 2));
  else if (!result) console.log(`no path joins "${from}" and "${to}" through relations`);
  else console.log(formatPath(graph, result, `${result.hops.length} hop${result.hops.length === 1 ? "" : "s"}: `));
  return 0;
}

function neighbours(argv: string[]): number {
  const { positional, flags } = parseArgs("neighbours", argv);
  const [file, name] = positionals("neighbours", positional) as [string, string];
  const depth = limitFlag(flags, "depth", 1), limit = limitFlag(flags);
  const graph = loadGraph(file);
  const found = neighbourhood(graph, name, depth, { limit: limit + 1 });
  const results = found.slice(0, limit), more = found.length > limit;
  if (flags.has("json")) console.log(JSON.stringify({ entity: name, depth, results, truncated: more, entities: entitiesOf(graph, results) }, null, 2));
  else console.log(formatResults(graph, results, `"${name}" within ${depth} hop${depth === 1 ? "" : "s"}`, more));
  return 0;
}

function review(argv: string[]): number {
  const { positional, flags } = parseArgs("review", argv);
  const [file] = positionals("review", positional) as [string];
  console.log(reviewCommand(loadGraph(file), { json: flags.has("json"), limit: limitFlag(flags) }));
  return 0;
}

function exportCommand(argv: string[]): number {
  const { positional, flags } = parseArgs("export", argv);
  const [file] = positionals("export", positional) as [string];
  const format = flags.get("format"), out = flags.get("out");
  const usage = `usage: casegraph export <graph.json> --format ${EXPORT_FORMATS.join("|")} --out <path> [--with-text]`;
  if (typeof out !== "string") throw new InputError(`export needs --out <path>: where to write the file\n${usage}`);
  if (typeof format !== "string" || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new InputError(`${format === undefined ? "--format is missing" : `unknown format '${format}'`}; choose one of ${EXPORT_FORMATS.join(", ")}\n${usage}`);
  if (flags.has("with-text") && flags.has("no-text")) throw new InputError("give --with-text or --no-text, not both");
  const graph = loadGraph(file);
  const files = exportFiles(graph, format, { withText: flags.has("with-text") });
  for (const f of files) writeChunksAtomically(f.name ? join(out, f.name) : out, f.chunks);
  console.log(`wrote ${files.map((f) => (f.name ? join(out, f.name) : out)).join(" and ")}`);
  return 0;
}
