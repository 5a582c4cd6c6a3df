// The CLI's conventions, as a new user meets them: --help everywhere, --version, and mistakes in the
// arguments named in one line with exit code 2.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runCli } from "../cli-in-process.ts";
import { STACK_FRAME, casegraph } from "./run.ts";

const COMMANDS = ["build", "query", "path", "neighbours", "export", "review"] as const;

describe("casegraph --help", () => {
  it("lists every command, exit 0", async () => {
    for (const args of [["--help"], ["-h"], []]) {
      const r = await runCli(...args);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.out).toContain(`casegraph ${c} `);
    }
  });

  it.for(COMMANDS)("casegraph %s --help prints that command's usage and options, exit 0", async (command) => {
    const r = await runCli(command, "--help");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(new RegExp(`^usage: casegraph ${command} `));
    expect(r.out).toMatch(/options:\n {2}--/);
    expect(r.out).toMatch(/example:\n {2}casegraph /);
    // the same text for -h, for `casegraph help <command>`, and with other arguments around it
    expect((await runCli(command, "-h")).out).toBe(r.out);
    expect((await runCli("help", command)).out).toBe(r.out);
    expect((await runCli(command, "some-input", "--help", "--no-such-flag")).out).toBe(r.out);
  });

  it("names every option a command takes in its help", async () => {
    expect((await runCli("build", "--help")).out).toMatch(/--out <output-dir>[\s\S]*--quiet[\s\S]*--progress/);
    expect((await runCli("neighbours", "--help")).out).toMatch(/--depth N[\s\S]*--limit N[\s\S]*--json/);
    expect((await runCli("export", "--help")).out).toMatch(/--format[\s\S]*--out <path>[\s\S]*--with-text/);
    // every export format, facts-csv and ftm included, and what the two are for
    expect((await runCli("export", "--help")).out).toMatch(/graphml, gexf, csv, cypher, json, facts-csv or ftm/);
    expect((await runCli("export", "--help")).out).toMatch(/facts-csv is one row per relation[\s\S]*ftm is FollowTheMoney/);
    expect((await runCli("review", "--help")).out).toMatch(/--limit N[\s\S]*--json[\s\S]*casegraph\.corrections\.json/);
    expect((await runCli("neighbors", "--help")).out).toMatch(/^usage: casegraph neighbours/);
  });

  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await runCli("--version")).toMatchObject({ code: 0, out: version });
  });
});

describe("mistakes in the arguments: one line naming them, exit code 2", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown option", ["build", "seeds", "--foo"], /^casegraph: unknown option --foo for build \(see casegraph build --help\)$/],
    ["an unknown option of another command", ["query", "g.json", "judge->trial->verdict", "--depth", "2"], /unknown option --depth for query/],
    ["an unknown short option", ["path", "g.json", "a", "b", "-x"], /unknown option -x for path/],
    ["an option without its value", ["build", "seeds", "--out"], /^casegraph: --out needs a value/],
    ["an empty value", ["build", "seeds", "--out", ""], /^casegraph: --out is empty; give <output-dir>/],
    ["an empty value after =", ["export", "g.json", "--format", "csv", "--out="], /--out is empty/],
    ["a value for a switch", ["build", "seeds", "--quiet=yes"], /--quiet takes no value/],
    ["a negative number", ["neighbours", "g.json", "x", "--depth", "-1"], /--depth needs a value \(to give one that starts with -, write --depth=-…\)/],
    ["a missing argument", ["path", "g.json", "Someone"], /^casegraph: path needs "<to>"/],
    ["one argument too many", ["neighbours", "g.json", "Ada", "Byron"], /'Byron' is one too many \(a name with spaces goes in quotes\)/],
    ["no input folder", ["build"], /^casegraph: build needs <input-dir>/],
    ["an unknown option of review", ["review", "g.json", "--limt", "5"], /^casegraph: unknown option --limt for review \(see casegraph review --help\)$/],
    ["an empty value for review", ["review", "g.json", "--limit="], /^casegraph: --limit is empty; give N/],
    ["review without its graph", ["review"], /^casegraph: review needs <graph\.json>/],
    ["an unknown command", ["biuld", "seeds"], /^casegraph: unknown command 'biuld'; the commands are build, query, path, neighbours, export, review/],
    ["an unknown option before any command", ["--frob"], /^casegraph: unknown option '--frob'/],
  ];
  it.for(cases)("%s", async ([, args, message]) => {
    const r = await runCli(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
  });

  it("in a real process too: the message and no stack trace", () => {
    const r = casegraph(["export", "graph/graph.json", "--fromat", "gexf"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("casegraph: unknown option --fromat for export (see casegraph export --help)");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
