// Hostile graph files through every subcommand that reads a graph (queries, review, every export format), and through the viewer's
// reader: a good file answers (exit 0), a bad one is one line naming the file and its first
// problem (exit 2); nothing prints a stack trace or throws past the CLI.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../cli-in-process.ts";
import { cleanup, STACK_FRAME, tempDir } from "../cli/run.ts";
import { parseGraphText } from "../../web/data/load.ts";
import { denseGraph, hostileGraphs } from "./graphs.ts";
import { EXPORT_FORMATS } from "../../src/export/index.ts";

afterAll(cleanup);

const dir = tempDir("casegraph-fuzz-graphs-");
const cases = hostileGraphs(1).map((c) => {
  const path = join(dir, c.name);
  writeFileSync(path, c.bytes);
  return { ...c, path };
});

const A = "Person:renee-quill", B = "Person:ana-ruiz";
const commands: [string, (file: string, out: string) => string[]][] = [
  ["query", (f) => ["query", f, "Person -- * -- *", "--limit", "5"]],
  ["query --json", (f) => ["query", f, "judge→trial→verdict", "--json"]],
  ["path", (f) => ["path", f, A, B]],
  ["neighbours", (f) => ["neighbours", f, A, "--depth", "3"]],
  ["review", (f) => ["review", f]],
  ["review --json", (f) => ["review", f, "--json", "--limit", "5"]],
  ...EXPORT_FORMATS.map((format): [string, (f: string, out: string) => string[]] =>
    [`export ${format}`, (f, out) => ["export", f, "--format", format, "--out", join(out, `x.${format}`)]]),
];

describe.for(cases)("$family: $name", (c) => {
  it.for(commands)("%s", async ([, args]) => {
    const out = tempDir("casegraph-fuzz-out-");
    const r = await runCli(...args(c.path, out));
    expect(r.err).not.toMatch(STACK_FRAME);
    if (c.valid) {
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(`'${c.path}'`);
      expect(r.err).toMatch(c.problem!);
      expect(readdirSync(out)).toEqual([]); // nothing written from a bad file
    }
  });

  const utf8 = (() => { try { new TextDecoder("utf-8", { fatal: true }).decode(c.bytes); return true; } catch { return false; } })();
  it.skipIf(!utf8)("the viewer's reader agrees (on text; bytes that are not UTF-8 are not text)", () => {
    const r = parseGraphText(Buffer.from(c.bytes).toString("utf8"), c.name);
    expect(r.ok).toBe(c.valid);
    if (!r.ok) expect(r.message).toMatch(c.problem!);
  });
});

describe("exports of keys that differ only in characters XML cannot hold", () => {
  const c = cases.find((x) => x.name === "xml-invalid-keys.json")!;
  it.for(["graphml", "gexf"])("%s keeps every node apart", async (format) => {
    const out = join(tempDir(), `x.${format}`);
    expect((await runCli("export", c.path, "--format", format, "--out", out)).code).toBe(0);
    const ids = [...readFileSync(out, "utf8").matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id!.startsWith("person:a"))).toHaveLength(4);
  });
});

describe("a wildcard pattern of 16 hops on a graph full of cycles", () => {
  const file = join(dir, "dense.json");
  writeFileSync(file, JSON.stringify(denseGraph()));
  // Anchored at the one mistrial, the walk runs back through the crowd, and few paths end on a Role.
  const pattern = ["Role", ...Array(15).fill("*"), "Verdict[outcome=mistrial]"].join(" -- ");

  it("stops within its budget and says it was cut short", async () => {
    const r = await runCli("query", file, pattern);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/cut short after/);
    expect(r.err).toBe("");
  });

  it("--json says so too", async () => {
    const r = await runCli("query", file, pattern, "--json");
    const json = JSON.parse(r.out);
    expect(json.truncated).toBe(true);
    expect(json.cutShort).toMatch(/cut short/);
  });

  it("refuses a limit of a million paths with a message, not a crash", async () => {
    const r = await runCli("query", file, "* -- * -- * -- * -- * -- * -- * -- * -- * -- * -- *", "--limit", "1000000");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--limit may be at most 10000/);
  });
});
