// `casegraph export` and the graph.graphml that `casegraph build` writes, as a user sees them.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli-in-process.ts";
import { trialGraphJSON } from "../fixtures/trial-graph.ts";
import { readWithClients, tempDir } from "./helpers.ts";
import { needPythonGraphLibraries, REQUIRED } from "../support/debian.ts";

/** NetworkX and igraph read the exports here; without them (and outside CI) those tests skip. */
const noPython = needPythonGraphLibraries().missing !== null && !REQUIRED;

const ROOT = join(import.meta.dirname, "../..");
const dir = tempDir();
const GRAPH = join(dir, "graph.json");
writeFileSync(GRAPH, trialGraphJSON());

const run = runCli;

describe("casegraph export", () => {
  it.each(["graphml", "gexf", "cypher", "json"])("--format %s writes one file and leaves no temporary file", async (format) => {
    const out = join(dir, format, `graph.${format}`);
    const { code } = await run("export", GRAPH, "--format", format, "--out", out);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, format))).toEqual([`graph.${format}`]);
    expect(readFileSync(out, "utf8")).toContain("Brayne");
  });

  it("--format csv writes nodes.csv and relationships.csv into the --out folder", async () => {
    const out = join(dir, "neo4j");
    const { code, out: said } = await run("export", GRAPH, "--format", "csv", "--out", out);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["nodes.csv", "relationships.csv"]);
    expect(said).toContain("nodes.csv");
    expect(readFileSync(join(out, "nodes.csv"), "utf8").split("\r\n")[0]).toMatch(/^"key:ID",":LABEL","type","label"/);
  });

  it.skipIf(noPython)("leaves Article and Sentence nodes out by default and keeps them with --with-text", async () => {
    await run("export", GRAPH, "--format", "graphml", "--out", join(dir, "lean.graphml"));
    await run("export", GRAPH, "--format", "graphml", "--out", join(dir, "full.graphml"), "--with-text");
    const lean = readWithClients("graphml", join(dir, "lean.graphml")), full = readWithClients("graphml", join(dir, "full.graphml"));
    expect(Object.values(lean.networkx.nodes).map((n) => n.type)).not.toContain("Sentence");
    expect(Object.keys(lean.networkx.nodes)).toHaveLength(14);
    expect(Object.keys(full.networkx.nodes)).toHaveLength(25);
    expect(full.networkx.edges.filter((e) => e[2] === "MENTIONED_IN").length).toBeGreaterThan(0);
  });

  it("names the formats when --format is unknown, with exit code 2", async () => {
    const { code, err } = await run("export", GRAPH, "--format", "xlsx", "--out", join(dir, "x"));
    expect(code).toBe(2);
    expect(err).toContain("unknown format 'xlsx'; choose one of graphml, gexf, csv, cypher, json");
    expect(existsSync(join(dir, "x"))).toBe(false);
  });

  it("reports a graph file that breaks the contract in a few lines, exit code 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(trialGraphJSON()), edges: [{ key: "e", source: "Person:ana-ruiz", target: "Person:ghost", attributes: { type: "ACCUSED", evidence: ["s"], confidence: 1 } }] }));
    const { code, err } = await run("export", bad, "--format", "gexf", "--out", join(dir, "bad.gexf"));
    expect(code).toBe(2);
    expect(err).toContain("is not a casegraph graph");
    expect(err).toContain(`"Person:ghost" is not a node`);
    expect(existsSync(join(dir, "bad.gexf"))).toBe(false);
  });
});

describe("the seeds graph", () => {
  // Built by the real CLI from seeds/, so this follows the extractor: it needs a Person who
  // HOLDS_ROLE judge and PRESIDED_OVER a Trial that RESULTED_IN a mistrial Verdict.
  const out = tempDir();
  const build = spawnSync(process.execPath, [join(ROOT, "src/bin.js"), "build", join(ROOT, "seeds"), "--out", out, "--quiet"], { encoding: "utf8" });

  it("casegraph build writes graph.graphml beside graph.json", () => {
    expect(build.status, build.stderr).toBe(0);
    // and the extraction cache, hidden beside them
    expect(readdirSync(out).sort()).toEqual([".casegraph-cache", "graph.graphml", "graph.json"]);
  });

  it.skipIf(noPython)("seeds graph: NetworkX finds judge → trial → mistrial verdict in the graph.graphml that build wrote", () => {
    const seen = readWithClients("graphml", join(out, "graph.graphml"));
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    const entities = json.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type !== "Article" && n.attributes.type !== "Sentence");
    expect(Object.keys(seen.networkx.nodes)).toHaveLength(entities.length);
    expect(Object.keys(seen.igraph.nodes)).toHaveLength(entities.length);
    expect(seen.networkx.judge_paths.map((p) => p[3])).toContain("mistrial");
  });
});
