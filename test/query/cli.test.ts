// `casegraph query`, `path` and `neighbours` as a user runs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-in-process.ts";
import { trialGraphJSON } from "../fixtures/trial-graph.ts";

const dir = mkdtempSync(join(tmpdir(), "casegraph-query-"));
const GRAPH = join(dir, "graph.json");
writeFileSync(GRAPH, trialGraphJSON());

const run = runCli;

describe("casegraph query", () => {
  it("prints each path and, under each hop, the quoted sentence with its article and offsets", async () => {
    const { code, out } = await run("query", GRAPH, "Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]");
    expect(code).toBe(0);
    expect(out).toContain("1 path for Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]");
    expect(out).toContain("1. Renée Quill (Person) -PRESIDED_OVER-> Brayne trial (Trial) -RESULTED_IN-> mistrial (Verdict)");
    expect(out).toContain('"Judge Renée Quill declared a mistrial on Friday in the trial of Otto Brayne." (courts/quill-trial.txt, characters 0-76)');
  });

  it("takes named queries with -> and shows what they expand to", async () => {
    const { out } = await run("query", GRAPH, "judge->trial->verdict");
    expect(out).toContain("2 paths for judge->trial->verdict (Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict)");
  });

  it("stops at --limit and says more paths match", async () => {
    const { out } = await run("query", GRAPH, "judge→trial→verdict", "--limit", "1");
    expect(out).toContain("1+ paths");
    expect(out).not.toContain("2. ");
    expect(out).toContain("raise --limit");
  });

  it("gives machines JSON with nodes, hops and evidence", async () => {
    const { out } = await run("query", GRAPH, "judge→trial→verdict", "--json");
    const data = JSON.parse(out);
    expect(data.results).toHaveLength(2);
    expect(data.truncated).toBe(false);
    expect(data.results[0].hops[0].edges[0].evidence[0]).toMatchObject({ path: "courts/quill-trial.txt", start: 0, end: 76 });
    expect(data.entities["Person:renee-quill"]).toEqual({ type: "Person", label: "Renée Quill" });
  });

  it("lists the valid relations when one is unknown, with exit code 2", async () => {
    const { code, err } = await run("query", GRAPH, "Person -JUDGED-> Trial");
    expect(code).toBe(2);
    expect(err).toContain('unknown relation "JUDGED"');
    expect(err).toContain("PRESIDED_OVER, DEFENDANT_IN");
  });

  it("lists the named queries when the pattern is missing", async () => {
    const { code, err } = await run("query", GRAPH);
    expect(code).toBe(2);
    expect(err).toContain("judge→trial→verdict");
  });
});

describe("casegraph path", () => {
  it("prints the shortest path with every parallel edge's sentence", async () => {
    const { code, out } = await run("path", GRAPH, "Otto Brayne", "Ida Brayne");
    expect(code).toBe(0);
    expect(out).toContain("2 hops: Otto Brayne (Person) -DEFENDANT_IN|TESTIFIED_IN-> Brayne retrial (Trial) <-TESTIFIED_IN- Ida Brayne (Person)");
    expect(out).toContain('"Otto Brayne was found guilty of fraud at his retrial."');
    expect(out).toContain('"Brayne testified in his own defence at the retrial."');
  });

  it("lists the candidates for an ambiguous name, with exit code 2", async () => {
    const { code, err } = await run("path", GRAPH, "Brayne", "Quill");
    expect(code).toBe(2);
    expect(err).toContain("Person:otto-brayne (Person \"Otto Brayne\")");
    expect(err).toContain("Person:ida-brayne (Person \"Ida Brayne\")");
  });

  it("says so when nothing joins the two", async () => {
    const data = JSON.parse(trialGraphJSON());
    data.nodes.push({ key: "Place:nowhere", attributes: { type: "Place", label: "Nowhere", aliases: [] } });
    const file = join(dir, "island.json");
    writeFileSync(file, JSON.stringify(data));
    const { code, out } = await run("path", file, "Nowhere", "Quill");
    expect(code).toBe(0);
    expect(out).toBe('no path joins "Nowhere" and "Quill" through relations');
  });

  it("gives JSON with --json", async () => {
    const { out } = await run("path", GRAPH, "Renée Quill", "Charge:fraud", "--json");
    expect(JSON.parse(out).path.nodes).toEqual(["Person:renee-quill", "Trial:brayne-1", "Charge:fraud"]);
  });
});

describe("casegraph neighbours", () => {
  it("lists what lies within --depth hops", async () => {
    const { out } = await run("neighbours", GRAPH, "Quill", "--depth", "1");
    expect(out).toContain("3 paths for \"Quill\" within 1 hop");
    expect(out).toContain("Renée Quill (Person) -HOLDS_ROLE-> judge (Role)");
  });
});

describe("a graph file that cannot be used", () => {
  const cases: [string, string, RegExp][] = [
    ["missing", join(dir, "nope.json"), /graph file '.*nope\.json' does not exist/],
    ["not JSON", write("broken.json", '{"nodes": ['), /'.*broken\.json' is not JSON/],
    ["against the contract", write("wrong.json", JSON.stringify({ attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes: [{ key: "p", attributes: { type: "Person" } }], edges: [] })), /is not a casegraph graph[\s\S]*label/],
  ];
  it.each(cases)("%s: a short message, exit code 2, no stack trace", (_, file, message) => {
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "../../src/bin.js"), "query", file, "Person"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    const stderr = r.stderr.split("\n").filter((l) => l && !l.startsWith("npm warn")).join("\n");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.split("\n").length).toBeLessThanOrEqual(8);
  });
});

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
