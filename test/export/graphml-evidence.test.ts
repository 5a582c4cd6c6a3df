// The GraphML writer quotes each evidence sentence once and reads edges' attributes without
// copying them (src/export/graphml.ts): the file it writes is the one written from exportView's
// edges (their label, evidence_text and evidence_articles) column by column, as it was before.
import { describe, expect, it } from "vitest";
import { graphmlChunks } from "../../src/export/index.ts";
import { asString, exportView, type Column } from "../../src/export/view.ts";
import { xmlAttr, xmlKey, xmlText } from "../../src/export/xml.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";

/** The edge records as the writer wrote them from view.edges(). */
function edgesFromView(graph: ReturnType<typeof trialGraph>, withText: boolean): string {
  const view = exportView(graph, { withText });
  const cols = view.edgeColumns().map((c: Column, i) => ({ ...c, id: `e${i}` }));
  let out = "";
  for (const e of view.edges()) {
    let data = "";
    for (const c of cols) {
      const v = e.attributes[c.name];
      if (v !== undefined && v !== null) data += `<data key="${c.id}">${xmlText(asString(v))}</data>`;
    }
    out += `    <edge id="${xmlAttr(xmlKey(e.key))}" source="${xmlAttr(xmlKey(e.source))}" target="${xmlAttr(xmlKey(e.target))}">${data}</edge>\n`;
  }
  return out;
}

const edgesOf = (file: string) => file.split("\n").filter((l) => l.startsWith("    <edge ")).map((l) => `${l}\n`).join("");

describe("GraphML: relation edges' evidence", () => {
  const graph = trialGraph();
  const sentences = graph.filterNodes((_, a) => a.type === "Sentence");
  // text XML and JSON must escape, a character XML cannot hold, a lone surrogate and a pair
  graph.setNodeAttribute(sentences[0]!, "text", 'He said "guilty" & <left>\r\n\u0001 \ufffe \ud800 😀 \\ end');
  const relations = graph.filterEdges((_, a) => Array.isArray(a.evidence));
  graph.setEdgeAttribute(relations[0]!, "label", null);
  graph.setEdgeAttribute(relations[1]!, "label", "own label");
  graph.setEdgeAttribute(relations[2]!, "evidence", [...(graph.getEdgeAttribute(relations[2]!, "evidence") as string[]), "no-such-sentence", sentences[0]!]);
  graph.setEdgeAttribute(relations[3]!, "evidence", []);

  for (const withText of [false, true])
    it(`is written as exportView gives it (withText: ${withText})`, () => {
      const file = [...graphmlChunks(graph, { withText })].join("");
      expect(edgesOf(file)).toBe(edgesFromView(graph, withText));
      expect(file).toContain('He said \\"guilty\\" &amp; &lt;left&gt;\\r\\n\\u0001 \ufffd \\ud800 😀 \\\\ end');
    });
});
