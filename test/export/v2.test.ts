// ONTOLOGY v2 through every export: pleas, trial kinds, civil outcomes, damages, dates (with the
// sources' disagreement), kinship and the rules behind each relation, on the invented v2 case.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { parse as parseGexf } from "graphology-gexf";
import { exportString, neo4jCsv } from "../../src/export/index.ts";
import { v2Graph } from "../fixtures/v2-case.ts";
import { parseCsv } from "./csv.ts";

const graph = v2Graph();
const decodeJson = (v: unknown) => (typeof v === "string" && /^[[{]/.test(v) ? JSON.parse(v) : v);

describe.each(["graphml", "gexf"] as const)("%s carries the v2 attributes", (format) => {
  const text = exportString(graph, format);
  const back = format === "graphml" ? parseGraphML(Graph, text) : parseGexf(Graph, text);
  const node = (key: string, name: string) => decodeJson(back.getNodeAttribute(key, name));
  const edge = (key: string, name: string) => decodeJson(back.getEdgeAttribute(key, name));

  it("on nodes: plea, kind, outcome, damages, penalty, date and the dates the sources disagree on", () => {
    expect(node("plea:quist-not-guilty", "plea")).toBe("not_guilty");
    expect(node("trial:wyke-suit", "kind")).toBe("civil");
    expect(node("verdict:wyke-liable", "outcome")).toBe("liable");
    expect(node("verdict:wyke-liable", "damages")).toBe("$2 million");
    expect(node("verdict:quist-guilty", "penalty")).toBe("two years in prison");
    expect(node("verdict:quist-guilty", "date")).toBe("2021-03-15");
    expect(node("verdict:quist-guilty", "date_evidence")).toEqual(["article:gazette/quist-verdict.txt#0"]);
    expect(node("verdict:quist-guilty", "dates")).toEqual(graph.getNodeAttribute("verdict:quist-guilty", "dates"));
  });

  it("on edges: rule, and the relation of a RELATED_TO", () => {
    expect(edge("person:greta-wyke-RELATED_TO->person:tobias-wyke", "relation")).toBe("wife");
    expect(edge("person:nora-quist-ENTERED_PLEA->plea:quist-not-guilty", "rule")).toEqual(["fixture.entered_plea"]);
    expect(edge("studio:larkspur-pictures-PLAINTIFF_IN->trial:wyke-suit", "type")).toBe("PLAINTIFF_IN");
  });
});

describe("Neo4j CSV and Cypher carry the v2 attributes", () => {
  const csv = neo4jCsv(graph);
  const nodes = parseCsv([...csv["nodes.csv"]].join("")), rels = parseCsv([...csv["relationships.csv"]].join(""));
  const nodeRow = (key: string) => Object.fromEntries(nodes[0]!.map((h, i) => [h, nodes.find((r) => r[0] === key)![i]]));
  const relRow = (key: string) => Object.fromEntries(rels[0]!.map((h, i) => [h, rels.find((r) => r[3] === key)![i]]));

  it("typed node columns: plea, kind, damages, date; dates as JSON", () => {
    expect(nodeRow("plea:quist-not-guilty")).toMatchObject({ ":LABEL": "Plea;CaseGraph", plea: "not_guilty", date: "2020-11-02" });
    expect(nodeRow("trial:wyke-suit")).toMatchObject({ kind: "civil" });
    expect(nodeRow("verdict:wyke-liable")).toMatchObject({ outcome: "liable", damages: "$2 million" });
    expect(JSON.parse(nodeRow("verdict:quist-guilty").dates!)).toHaveLength(2);
    expect(nodeRow("verdict:quist-guilty")["date_evidence:string[]"]).toBe("article:gazette/quist-verdict.txt#0");
  });

  it("relationship columns: rule as a string list, relation", () => {
    expect(relRow("person:greta-wyke-RELATED_TO->person:tobias-wyke")).toMatchObject({ ":TYPE": "RELATED_TO", relation: "wife", "rule:string[]": "fixture.related_to" });
  });

  it("Cypher creates Plea nodes and keeps lists as lists", () => {
    const cypher = exportString(graph, "cypher");
    expect(cypher).toContain("CREATE (n:CaseGraph:`Plea`) SET n = row;");
    expect(cypher).toMatch(/`plea`: "not_guilty"/);
    expect(cypher).toMatch(/`rule`: \["fixture\.related_to"\]/);
    expect(cypher).toMatch(/`relation`: "wife"/);
    expect(cypher).toMatch(/`damages`: "\$2 million"/);
  });
});
