// The exports open in the tools analysts use: NetworkX and igraph read them with every node and
// edge, their types and labels intact, and names with é, &, <, > and quotes unchanged.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportString } from "../../src/export/index.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";
import { compare, expectedView, readWithClients, tempDir } from "./helpers.ts";
import { available, needPythonGraphLibraries } from "../support/debian.ts";

if (available(needPythonGraphLibraries())) {
  const graph = trialGraph();
  const sorted = <T extends unknown[]>(rows: T[]) => [...rows].sort(compare);

  describe.each([
    ["graphml", false], ["graphml", true], ["gexf", false], ["gexf", true],
  ] as const)("the %s export (with text: %s)", (format, withText) => {
    const file = join(tempDir(), `graph.${format}`);
    writeFileSync(file, exportString(graph, format, { withText }));
    const seen = readWithClients(format, file);
    const expected = expectedView(graph, { withText });

    it("loads in NetworkX as a directed multigraph with every node and edge, type and label", () => {
      expect(seen.networkx.directed && seen.networkx.multigraph).toBe(true);
      expect(Object.keys(seen.networkx.nodes)).toHaveLength(withText ? 25 : 14);
      const nodes = Object.fromEntries(Object.entries(seen.networkx.nodes).map(([k, v]) => [k, { type: v.type, label: v.label }]));
      expect(nodes).toEqual(expected.nodes);
      expect(sorted(seen.networkx.edges.map((e) => e.slice(0, 4)))).toEqual(expected.edges);
    });

    it("loads in igraph with the same nodes and edges", () => {
      expect(seen.igraph.directed).toBe(true);
      expect(seen.igraph.nodes).toEqual(expected.nodes);
      expect(sorted(seen.igraph.edges)).toEqual(expected.edges);
    });

    it("keeps names with é, ö, &, <, >, \" and ' exactly", () => {
      expect(seen.networkx.nodes["Organization:brayne-sohne"]!.label).toBe("Brayne & Söhne <Holdings>");
      expect(seen.networkx.nodes["Person:zoe-ohara"]!.label).toBe("Zoë \"Zed\" O'Hara");
      expect(JSON.parse(seen.networkx.nodes["Person:zoe-ohara"]!.aliases!)).toEqual(["Zoë \"Zed\" O'Hara"]);
      expect(seen.igraph.nodes["Person:renee-quill"]!.label).toBe("Renée Quill");
    });

    it("carries the evidence sentences on the relation edges", () => {
      const founded = seen.networkx.edges.find((e) => e[2] === "FOUNDED")!;
      expect(JSON.parse(founded[4]!)).toEqual(["The jury could not agree on the fraud charge against Brayne, who founded Brayne & Söhne <Holdings>."]);
    });

    it("lets NetworkX find judge → trial → verdict", () => {
      expect(seen.networkx.judge_paths).toEqual([
        ["Person:renee-quill", "Trial:brayne-1", "Verdict:brayne-mistrial", "mistrial"],
        ["Person:renee-quill", "Trial:brayne-2", "Verdict:brayne-guilty", "guilty"],
      ]);
    });

    if (withText)
      it("keeps article text byte for byte, CRLF included, so every mention offset still holds", () => {
        expect(seen.networkx.offsets_wrong).toBe(0);
      });
  });
}
