// Argument parsing and file I/O only: everything else is in the pipeline and its stages.
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { CaseGraphError, InputError } from "./errors.ts";
import type Graph from "graphology";
import { closeSync, openSync, writeSync } from "node:fs";
import { DEFAULT_BUDGET, formatPath, formatResults, matchPattern, NAMED_QUERIES, neighbourhood, parsePattern, shortestPath, type PathResult } from "./query/index.ts";
import { EXPORT_FORMATS, exportFiles } from "./export/index.ts";
import { reviewCommand } from "./review/command.ts";
import { readGraphFile } from "./graphfile/file.ts";
import { COMMANDS, commandName, commandUsage, parseCommand as parseArgs, positionals, usage, wantsHelp } from "./cli-args.ts";
import { build } from "./commands/build.ts";
import { worker } from "./commands/worker.ts";

// Kept here for the code and tests that import them from the CLI.
export { readArticles, MAX_ARTICLE_BYTES, type Skipped } from "./commands/articles.ts";
export { graphJsonChunks } from "./output/graph-json.ts";

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
      case "worker": return await worker(rest);
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

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export function writeAtomically(path: string, content: string): void {
  writeChunksAtomically(path, [content]);
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
