// Argument parsing and file I/O only: everything else is in the pipeline and its stages.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { buildGraph, convertInputs, type BuildWarning, type InputFile } from "./pipeline.ts";
import { ARTICLE_EXTENSIONS } from "./ingest/convert.ts";
import { articleKey } from "./ingest/index.ts";
import { CaseGraphError, InputError } from "./errors.ts";
import type Graph from "graphology";
import { closeSync, openSync, writeSync } from "node:fs";
import { formatPath, formatResults, graphFromJSON, NAMED_QUERIES, neighbourhood, parsePattern, runPattern, shortestPath, type PathResult } from "./query/index.ts";
import { EXPORT_FORMATS, exportFiles, graphmlChunks } from "./export/index.ts";
import { COMMANDS, commandName, commandUsage, parseCommand as parseArgs, positionals, usage, wantsHelp } from "./cli-args.ts";

const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join("|")})$`, "i");

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
      default: return exportCommand(rest);
    }
  } catch (err) {
    if (err instanceof CaseGraphError) {
      console.error(`casegraph: ${err.message}`);
      return err.exitCode;
    }
    throw err;
  }
}

const print = (text: string) => { console.log(text); return 0; };

async function build(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs("build", argv);
  const [input] = positionals("build", positional) as [string];
  const outDir = typeof flags.get("out") === "string" ? (flags.get("out") as string) : "graph";
  const quiet = flags.has("quiet");

  const unreadable: BuildWarning[] = [];
  const found = readArticles(input, unreadable);
  if (found.length === 0 && unreadable.length === 0) throw new InputError(`no articles (.${ARTICLE_EXTENSIONS.join(", .")} files) in '${input}'`);
  const total = found.length + unreadable.length;
  const { files, warnings: unconverted } = await convertInputs(found);
  unreadable.push(...unconverted);
  // On a terminal for long runs, or whenever --progress asks for it; always on stderr.
  const showProgress = flags.has("progress") || (!quiet && process.stderr.isTTY && files.length >= 20);
  const progress = showProgress ? progressBar(files.length) : undefined;
  const { graph, warnings: buildWarnings } = buildGraph(files, { onProgress: progress });
  if (progress) process.stderr.write("\n");

  const out = join(outDir, "graph.json");
  writeChunksAtomically(out, graphJsonChunks(graph));
  const warnings = [...unreadable, ...buildWarnings];
  for (const w of warnings) {
    const built = graph.hasNode(articleKey(w.path));
    console.error(`casegraph: ${built ? "warning:" : "skipped"} ${w.path}: ${w.problem}`);
  }
  writeChunksAtomically(join(outDir, "graph.graphml"), graphmlChunks(graph));
  if (!quiet) console.log(summary(graph, total, warnings, out));
  return 0;
}

/** Every article below `dir`, sorted by path; files that cannot be read are added to `unreadable`. */
export function readArticles(dir: string, unreadable: BuildWarning[] = []): InputFile[] {
  let stat;
  try { stat = statSync(dir); } catch { throw new InputError(`input folder '${dir}' does not exist`); }
  if (!stat.isDirectory()) throw new InputError(`'${dir}' is not a folder`);
  const root = resolve(dir);
  const files: InputFile[] = [];
  const walk = (folder: string) => {
    let entries;
    try { entries = readdirSync(folder, { withFileTypes: true }); }
    catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "error";
      if (folder === root) throw new InputError(`cannot read input folder '${dir}' (${code})`);
      unreadable.push({ path: relative(root, folder).split(sep).join("/"), problem: `cannot read this folder (${code})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) {
        const path = relative(root, full).split(sep).join("/");
        try { files.push({ path, bytes: readFileSync(full) }); }
        catch (err) { unreadable.push({ path, problem: `cannot read it (${(err as NodeJS.ErrnoException).code ?? "error"})` }); }
      }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

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

function summary(graph: Graph, files: number, warnings: readonly BuildWarning[], out: string): string {
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
    `  warnings   ${warnings.length ? `${warnings.length} (${warnings.map((w) => w.path).join(", ")}; see above)` : "none"}`,
  ].join("\n");
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

/** Reads and checks a graph.json (or the graph.json inside a folder); problems are exit-2 errors. */
export function loadGraph(path: string): Graph {
  let file = path;
  let text: string;
  try {
    if (statSync(path).isDirectory()) file = join(path, "graph.json");
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `graph file '${file}' does not exist (build one with: casegraph build <input-dir>)` : `cannot read graph file '${file}' (${code ?? "error"})`);
  }
  return graphFromJSON(text, file);
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
  const pattern = parsePattern(text); // before loading, so a typo is reported at once
  const graph = loadGraph(file);
  const found = runPattern(graph, pattern, { limit: limit + 1 });
  const results = found.slice(0, limit), more = found.length > limit;
  if (flags.has("json")) console.log(JSON.stringify({ pattern: pattern.text, results, truncated: more, entities: entitiesOf(graph, results) }, null, 2));
  else console.log(formatResults(graph, results, pattern.text === text.trim() ? pattern.text : `${text.trim()} (${pattern.text})`, more));
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
