// Every format gives back what went in: graphology-graphml reads our GraphML into an equal graph,
// Python's csv module and a JSON reader read the CSV, Cypher and JSON exports, and awkward names
// survive each of them.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { exportString, exportView, neo4jCsv } from "../../src/export/index.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";
import { writeTemp } from "./helpers.ts";
import { needPython, PYTHON, REQUIRED } from "../support/debian.ts";

/** Python's csv module reads the Neo4j CSV; without python3 (and outside CI) those tests skip. */
const noPython = needPython().missing !== null && !REQUIRED;

const graph = trialGraph();
const AWKWARD = ["Brayne & Söhne <Holdings>", "Zoë \"Zed\" O'Hara", "Renée Quill"];

/** The export view as plain data, the way a reader should give it back. */
function viewData(withText: boolean) {
  const view = exportView(graph, { withText });
  return {
    nodes: Object.fromEntries([...view.nodes()].map((n) => [n.key, n.attributes])),
    edges: Object.fromEntries([...view.edges()].map((e) => [e.key, { source: e.source, target: e.target, attributes: e.attributes }])),
  };
}

describe("GraphML read back by graphology-graphml", () => {
  it.each([false, true])("gives a graph equal to the export (with text: %s)", (withText) => {
    const xml = exportString(graph, "graphml", { withText });
    const back = parseGraphML(Graph, xml);
    // Lists are JSON strings in GraphML; their <key> says so in a <desc>.
    const json = new Set([...xml.matchAll(/<key id="[^"]+" for="(node|edge)" attr.name="([^"]+)"[^/>]*>\s*<desc>JSON/g)].map((m) => `${m[1]}:${m[2]}`));
    const decode = (domain: string, a: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(a).map(([k, v]) => [k, json.has(`${domain}:${k}`) ? JSON.parse(v as string) : v]));
    expect(back.type).toBe("directed");
    expect(back.multi).toBe(true);
    const nodes = Object.fromEntries(back.mapNodes((k, a) => [k, decode("node", a)]));
    const edges = Object.fromEntries(back.mapEdges((k, a, source, target) => [k, { source, target, attributes: decode("edge", a) }]));
    expect({ nodes, edges }).toEqual(viewData(withText));
  });

  it("replaces characters XML cannot hold instead of writing a file no parser opens", () => {
    const g = trialGraph();
    g.setNodeAttribute("Person:ana-ruiz", "label", "Ana\u0007Ruiz\u0000");
    const back = parseGraphML(Graph, exportString(g, "graphml"));
    expect(back.getNodeAttribute("Person:ana-ruiz", "label")).toBe("Ana\uFFFDRuiz\uFFFD");
  });
});

describe("every format keeps awkward names", () => {
  it("GEXF", () => {
    const gexf = exportString(graph, "gexf");
    for (const name of AWKWARD.slice(0, 2)) expect(gexf).not.toContain(name); // never raw: & < " must be escaped
    const back = (parseGEXF as (g: typeof Graph, s: string) => Graph)(Graph, gexf);
    expect(AWKWARD.map((n) => back.someNode((_, a) => a.label === n))).toEqual([true, true, true]);
  });

  it.skipIf(noPython)("Neo4j CSV, as Python's csv module reads it", () => {
    const files = neo4jCsv(graph);
    const nodes = readCsv([...files["nodes.csv"]].join(""));
    const rels = readCsv([...files["relationships.csv"]].join(""));
    expect(nodes[0]!.slice(0, 4)).toEqual(["key:ID", ":LABEL", "type", "label"]);
    expect(rels[0]!.slice(0, 4)).toEqual([":START_ID", ":END_ID", ":TYPE", "key"]);
    expect(nodes).toHaveLength(1 + 14);
    expect(rels).toHaveLength(1 + 18);
    const labels = nodes.slice(1).map((r) => r[3]);
    for (const name of AWKWARD) expect(labels).toContain(name);
    const ohara = nodes.find((r) => r[0] === "Person:zoe-ohara")!;
    expect(ohara[1]).toBe("Person;CaseGraph");
    expect(ohara[nodes[0]!.indexOf("aliases:string[]")]).toBe("Zoë \"Zed\" O'Hara");
    const founded = rels.find((r) => r[2] === "FOUNDED")!;
    const textColumn = rels[0]!.findIndex((h) => h.startsWith("evidence_text"));
    expect(founded[textColumn]).toBe("The jury could not agree on the fraud charge against Brayne, who founded Brayne & Söhne <Holdings>.");
  });

  it.skipIf(noPython)("Neo4j CSV writes a list column as JSON when its strings hold the array delimiter", () => {
    const g = trialGraph();
    g.setNodeAttribute("Person:ana-ruiz", "aliases", ["Ana Ruiz", "Ruiz; Ana"]);
    const nodes = readCsv([...neo4jCsv(g)["nodes.csv"]].join(""));
    const column = nodes[0]!.indexOf("aliases");
    expect(column).toBeGreaterThan(0);
    expect(JSON.parse(nodes.find((r) => r[0] === "Person:ana-ruiz")![column]!)).toEqual(["Ana Ruiz", "Ruiz; Ana"]);
  });

  it("Cypher: every row literal reads back as the node or relationship it came from", () => {
    const script = exportString(graph, "cypher");
    // Row literals are one per line; with backticked keys turned into quoted ones they are JSON.
    const rows = script.split("\n").filter((l) => l.startsWith("  {")).map((l) => JSON.parse(l.trim().replace(/,$/, "").replace(/`([^`]+)`:/g, '"$1":')));
    const nodes = rows.filter((r) => !("s" in r)), rels = rows.filter((r) => "s" in r);
    const { nodes: vn, edges: ve } = viewData(false);
    expect(Object.fromEntries(nodes.map(({ key, ...rest }) => [key, rest]))).toEqual(vn);
    expect(Object.fromEntries(rels.map(({ s, t, p: { key, ...rest } }) => [key, { source: s, target: t, attributes: rest }]))).toEqual(ve);
    expect(script).toContain("CREATE CONSTRAINT casegraph_key IF NOT EXISTS FOR (n:CaseGraph) REQUIRE n.key IS UNIQUE;");
    expect(script).toMatch(/\] AS row\nMATCH \(a:CaseGraph \{key: row\.s\}\), \(b:CaseGraph \{key: row\.t\}\) CREATE \(a\)-\[r:`PRESIDED_OVER`\]->\(b\) SET r = row\.p;/);
  });

  it("JSON: with text it is a graph.json that still follows the contract", async () => {
    const { checkGraph } = await import("../../src/graph-check.ts");
    const data = JSON.parse(exportString(graph, "json", { withText: true }));
    expect(checkGraph(data).ok).toBe(true);
    expect(Graph.from(data).getNodeAttribute("Organization:brayne-sohne", "label")).toBe("Brayne & Söhne <Holdings>");
    const lean = JSON.parse(exportString(graph, "json"));
    expect(lean.nodes.map((n: { attributes: { type: string } }) => n.attributes.type)).not.toContain("Sentence");
  });
});

describe("exports are deterministic", () => {
  it.each(["graphml", "gexf", "cypher", "json"] as const)("%s: the same graph gives the same bytes", (format) => {
    expect(exportString(trialGraph(), format, { withText: true })).toBe(exportString(trialGraph(), format, { withText: true }));
  });
});

import { parse as parseGEXF } from "graphology-gexf";

function readCsv(text: string): string[][] {
  const file = writeTemp("export.csv", text);
  const run = spawnSync(PYTHON, ["-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))", file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}
