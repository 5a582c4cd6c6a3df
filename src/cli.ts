// Argument parsing and file I/O only: everything else is in the pipeline and its stages.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { buildGraph, type InputFile } from "./pipeline.ts";
import { CaseGraphError, InputError } from "./errors.ts";
import type Graph from "graphology";

const USAGE = `casegraph: knowledge graphs of court cases from news articles

usage:
  casegraph build <input-dir> [--out <output-dir>]   build graph.json from every .txt and .md article
  casegraph --help | --version`;

const ARTICLE_EXTENSIONS = /\.(txt|md)$/i;

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "build": return build(rest);
      case "--version": case "-v": console.log(version()); return 0;
      case undefined: case "--help": case "-h": case "help": console.log(USAGE); return 0;
      default: throw new InputError(`unknown command '${command}'\n\n${USAGE}`);
    }
  } catch (err) {
    if (err instanceof CaseGraphError) {
      console.error(`casegraph: ${err.message}`);
      return err.exitCode;
    }
    throw err;
  }
}

/** Splits argv into positional arguments and --flags (with a value unless listed as boolean). */
export function parseArgs(argv: string[], booleans: string[] = []): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) { positional.push(arg); continue; }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length) flags.set(name, argv[++i]!);
    else throw new InputError(`--${name} needs a value`);
  }
  return { positional, flags };
}

function build(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, ["quiet"]);
  const [input, extra] = positional;
  if (!input || extra) throw new InputError("usage: casegraph build <input-dir> [--out <output-dir>]");
  const outDir = typeof flags.get("out") === "string" ? (flags.get("out") as string) : "graph";
  const quiet = flags.has("quiet");

  const files = readArticles(input);
  if (files.length === 0) throw new InputError(`no .txt or .md articles in '${input}'`);
  const progress = !quiet && process.stderr.isTTY && files.length >= 20 ? progressBar(files.length) : undefined;
  const { graph, warnings } = buildGraph(files, { onProgress: progress });
  if (progress) process.stderr.write("\n");

  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, "graph.json"), JSON.stringify(graph.export()));
  for (const w of warnings) console.error(`casegraph: skipped ${w.path}: ${w.problem}`);
  if (!quiet) console.log(summary(graph, files.length, warnings.length, join(outDir, "graph.json")));
  return 0;
}

/** Every article below `dir`, sorted by path; unreadable files come back as empty input that ingest reports. */
export function readArticles(dir: string): InputFile[] {
  let stat;
  try { stat = statSync(dir); } catch { throw new InputError(`input folder '${dir}' does not exist`); }
  if (!stat.isDirectory()) throw new InputError(`'${dir}' is not a folder`);
  const root = resolve(dir);
  const files: InputFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) {
        const path = relative(root, full).split(sep).join("/");
        try { files.push({ path, bytes: readFileSync(full) }); }
        catch (err) { console.error(`casegraph: skipped ${path}: cannot read it (${(err as NodeJS.ErrnoException).code ?? "error"})`); }
      }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Writes to a temporary file beside the target, then renames: readers never see half a file. */
export function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function summary(graph: Graph, files: number, skipped: number, out: string): string {
  const nodes = new Map<string, number>(), edges = new Map<string, number>();
  graph.forEachNode((_, a) => nodes.set(a.type, (nodes.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_, a) => edges.set(a.type, (edges.get(a.type) ?? 0) + 1));
  const list = (m: Map<string, number>, skip: string[]) =>
    [...m].filter(([t]) => !skip.includes(t)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} ${n}`).join(", ") || "none";
  return [
    `built ${out}`,
    `  articles   ${nodes.get("Article") ?? 0} of ${files} files${skipped ? ` (${skipped} skipped, see above)` : ""}`,
    `  sentences  ${nodes.get("Sentence") ?? 0}`,
    `  entities   ${list(nodes, ["Article", "Sentence"])}`,
    `  relations  ${list(edges, ["MENTIONED_IN", "IN_ARTICLE"])}`,
    `  mentions   ${edges.get("MENTIONED_IN") ?? 0}`,
  ].join("\n");
}

function progressBar(total: number): (done: number) => void {
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} articles`);
  };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
