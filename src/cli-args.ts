// The CLI's commands, their options and their --help text; arguments are parsed by node's util.parseArgs.
import { parseArgs } from "node:util";
import { InputError } from "./errors.ts";
import { EXPORT_FORMATS } from "./export/index.ts";

type Option = { type: "string" | "boolean"; short?: string; value?: string; help: string };
interface Command {
  synopsis: string;
  summary: string;
  /** Lines after the synopsis: what the command does, in a few words. */
  about: string;
  options: Record<string, Option>;
  examples: string[];
}

const json: Option = { type: "boolean", help: "print the results as JSON, for programs" };

export const COMMANDS: Record<string, Command> = {
  build: {
    synopsis: "casegraph build <input-dir> [--out <output-dir>] [--jobs N] [--redis <url>] [--watch] [--quiet] [--progress]",
    summary: "build graph.json from every article in a folder",
    about: "Reads every .txt, .md, .html, .htm and .pdf file below <input-dir> (saved web pages through\n"
      + "Readability, PDFs through pdf.js), writes <output-dir>/graph.json and graph.graphml and prints a\n"
      + "summary. Files that cannot be read as an article are named and skipped; the rest still build.\n"
      + "Each article's extraction is kept in <output-dir>/.casegraph-cache/, so a rebuild extracts only\n"
      + "the articles that are new or changed.",
    options: {
      out: { type: "string", value: "<output-dir>", help: "where graph.json and graph.graphml go (default: graph)" },
      jobs: { type: "string", value: "N", help: "extract on N worker threads (default: one per core)" },
      watch: { type: "boolean", help: "build again whenever a file in <input-dir> changes (Ctrl-C stops)" },
      "no-cache": { type: "boolean", help: "neither read nor keep the extraction cache" },
      redis: { type: "string", value: "<url>", help: "extract on the casegraph workers of this Redis server (redis://host:6379)" },
      quiet: { type: "boolean", help: "print no summary" },
      progress: { type: "boolean", help: "show a progress bar even when not on a terminal" },
    },
    examples: ["casegraph build seeds --out graph", "casegraph build articles --out graph --watch"],
  },
  query: {
    synopsis: 'casegraph query <graph.json> "<pattern or named question>" [--limit N] [--json]',
    summary: "paths matching a pattern or named question, with evidence",
    about: "Patterns chain node steps (a type with [tests]) and edge steps (-TYPE->, <-TYPE-, -TYPE-).\n"
      + "Run `casegraph query <graph.json>` without a pattern to list the named questions.",
    options: {
      limit: { type: "string", value: "N", help: "show at most N paths (default 20)" },
      json,
    },
    examples: ['casegraph query graph/graph.json "judge->trial->verdict"', 'casegraph query graph/graph.json "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]"'],
  },
  path: {
    synopsis: 'casegraph path <graph.json> "<from>" "<to>" [--json]',
    summary: "a shortest path between two entities, with evidence",
    about: "Names are a node key, a label or an alias; a name several entities share is an error that lists them.",
    options: { json },
    examples: ['casegraph path graph/graph.json "Renée Quill" "Otto Garnock"'],
  },
  neighbours: {
    synopsis: 'casegraph neighbours <graph.json> "<entity>" [--depth N] [--limit N] [--json]',
    summary: "everything within N relation hops of an entity",
    about: "Lists every entity within --depth hops, each with the shortest path to it. (`neighbors` works too.)",
    options: {
      depth: { type: "string", value: "N", help: "how many hops (default 1)" },
      limit: { type: "string", value: "N", help: "show at most N entities (default 20)" },
      json,
    },
    examples: ['casegraph neighbours graph/graph.json "Quill" --depth 2'],
  },
  export: {
    synopsis: `casegraph export <graph.json> --format ${EXPORT_FORMATS.join("|")} --out <path> [--with-text]`,
    summary: "a file for Gephi, NetworkX, igraph, Neo4j (csv: a folder), a spreadsheet of facts, or Aleph (ftm)",
    about: "graphml, gexf, csv (a folder of Neo4j import files), cypher and json hold the entities and their\n"
      + "relations, each relation with its evidence sentences (--with-text keeps the Article and Sentence\n"
      + "nodes and the mention edges too); facts-csv is one row per relation with its support, date, outlet\n"
      + "and sentence; ftm is FollowTheMoney entities as JSON lines, for Aleph.",
    options: {
      format: { type: "string", value: "<format>", help: `${EXPORT_FORMATS.slice(0, -1).join(", ")} or ${EXPORT_FORMATS.at(-1)}` },
      out: { type: "string", value: "<path>", help: "the file to write (for csv: the folder for nodes.csv and relationships.csv)" },
      "with-text": { type: "boolean", help: "keep articles, sentences and mention edges" },
      "no-text": { type: "boolean", help: "leave them out (the default)" },
    },
    examples: ["casegraph export graph/graph.json --format gexf --out graph.gexf", "casegraph export graph/graph.json --format facts-csv --out facts.csv"],
  },
  review: {
    synopsis: "casegraph review <graph.json> [--limit N] [--json]",
    summary: "what to check, worst first: contradictions, suspect entities, thin facts",
    about: "Contradictions between articles (each side with its sentence), entities that may be duplicates\n"
      + "or over-merged, facts resting on one sentence and low-confidence facts. The last lines say what\n"
      + "became of the input folder's corrections file (casegraph.corrections.json), which builds apply.",
    options: {
      limit: { type: "string", value: "N", help: "show at most N items (default 20)" },
      json,
    },
    examples: ["casegraph review graph/graph.json --limit 5"],
  },
  worker: {
    synopsis: "casegraph worker --redis <url> [--jobs N]",
    summary: "extract articles for builds run with --redis, on this machine's cores",
    about: "Takes extraction jobs from the Redis server that `casegraph build <dir> --redis <url>` fills, one\n"
      + "article at a time on each of N threads, until Ctrl-C. Start one on every machine that should help;\n"
      + "a worker that stops mid-job loses nothing: its job goes back on the queue for another worker.\n"
      + "Run the same casegraph version as the build (a worker refuses jobs of another extractor version).",
    options: {
      redis: { type: "string", value: "<url>", help: "the Redis server (redis://host:6379)" },
      jobs: { type: "string", value: "N", help: "threads, so articles at a time (default: one per core)" },
    },
    examples: ["casegraph worker --redis redis://127.0.0.1:6379"],
  },
};
const ALIASES: Record<string, string> = { neighbors: "neighbours" };

export const commandName = (name: string): string | undefined => (name in COMMANDS ? name : ALIASES[name]);

/** The top-level usage: every command on one line each. */
export function usage(): string {
  const lines = Object.values(COMMANDS).flatMap((c) => [`  ${c.synopsis}`, `      ${c.summary}`]);
  return ["casegraph: knowledge graphs of court cases from news articles", "", "usage:", ...lines,
    "  casegraph --help | --version", "", "`casegraph <command> --help` says more about a command."].join("\n");
}

/** One command's --help. */
export function commandUsage(name: string): string {
  const c = COMMANDS[name]!;
  const flags = Object.entries(c.options).map(([flag, o]) => [`--${flag}${o.value ? ` ${o.value}` : ""}`, o.help] as const);
  flags.push(["--help", "print this help"]);
  const width = Math.max(...flags.map(([f]) => f.length));
  return [`usage: ${c.synopsis}`, "", c.about, "", "options:", ...flags.map(([f, h]) => `  ${f.padEnd(width)}  ${h}`),
    "", "example:", ...c.examples.map((e) => `  ${e}`)].join("\n");
}

/** Whether argv asks for help (before any `--`). */
export const wantsHelp = (argv: readonly string[]): boolean => {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

export interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses a command's arguments; unknown options, missing or empty values are InputErrors that name
 * the option and the command. Positional arguments may come before or after the options.
 */
export function parseCommand(name: string, argv: string[]): Parsed {
  const c = COMMANDS[name]!;
  const options = Object.fromEntries(Object.entries(c.options).map(([k, o]) => [k, { type: o.type }]));
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new InputError(`${argumentProblem(err as NodeJS.ErrnoException, name)} (see casegraph ${name} --help)`);
  }
  const flags = new Map<string, string | true>();
  for (const [k, v] of Object.entries(parsed.values)) {
    if (v === undefined || v === false) continue;
    if (v === "" || (typeof v === "string" && v.trim() === "")) throw new InputError(`--${k} is empty; give ${c.options[k]!.value ?? "a value"} (see casegraph ${name} --help)`);
    flags.set(k, v as string | true);
  }
  return { positional: parsed.positionals, flags };
}

/** util.parseArgs's error, said in casegraph's words. */
function argumentProblem(err: NodeJS.ErrnoException, name: string): string {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? "an option";
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": return `unknown option ${option} for ${name}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(err.message)) return `${option} takes no value`;
      if (/ambiguous/.test(err.message)) return `${option} needs a value (to give one that starts with -, write ${option}=-…)`;
      return `${option} needs a value`;
    default: return err.message.split("\n")[0]!;
  }
}

/**
 * The command's positional arguments, exactly as many as its synopsis names: a missing one or one
 * too many is an InputError that says which.
 */
export function positionals(name: string, positional: string[]): string[] {
  const c = COMMANDS[name]!;
  // the <placeholders> of the synopsis that are not an option's value or optional
  const wanted = [...c.synopsis.replace(/\[[^\]]*\]/g, "").matchAll(/(?<!-\S*\s)("?<[^>]+>"?)/g)].map((m) => m[1]!);
  if (positional.length < wanted.length)
    throw new InputError(`${name} needs ${wanted.slice(positional.length).join(" and ")}\nusage: ${c.synopsis}  (more: casegraph ${name} --help)`);
  if (positional.length > wanted.length)
    throw new InputError(`${name} takes ${wanted.length} argument${wanted.length === 1 ? "" : "s"} (${wanted.join(" ")}); '${positional[wanted.length]}' is one too many (a name with spaces goes in quotes)\nusage: ${c.synopsis}`);
  return positional;
}
