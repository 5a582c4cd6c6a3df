// GraphML writer. graphology-graphml only parses, and no maintained GraphML writer for graphology
// exists, so this writes it: one <key> per attribute (with `for` and `attr.type`), lists and
// objects as JSON strings (their <key> says so in a <desc>), everything XML-escaped, directed
// edges with their keys as ids. A generator of string chunks, so a large graph streams to disk
// without the whole document ever being in memory.
import type { ReadableGraph } from "../build/built-graph.ts";
import { asString, chunked, exportView, type Attributes, type Column, type ExportOptions } from "./view.ts";
import { xmlAttr, xmlKey, xmlText } from "./xml.ts";

const GRAPHML_TYPE: Record<Column["kind"], string> = {
  boolean: "boolean", int: "int", long: "long", double: "double", string: "string", "string[]": "string", json: "string",
};

export function* graphmlChunks(graph: ReadableGraph, options: ExportOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  // First pass: the columns, so every <key> is declared before it is used.
  const nodeColumns = view.nodeColumns().map((c, i) => ({ ...c, id: `n${i}` }));
  const edgeColumns = view.edgeColumns().map((c, i) => ({ ...c, id: `e${i}` }));
  yield* chunked(document());

  function* document(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
    yield `  <!-- casegraph export; ${view.withText ? "with Article and Sentence nodes" : "entities and relations only, evidence sentences on the edges"} -->\n`;
    for (const [domain, cols] of [["node", nodeColumns], ["edge", edgeColumns]] as const)
      for (const c of cols) {
        const head = `  <key id="${c.id}" for="${domain}" attr.name="${xmlAttr(xmlKey(c.name))}" attr.type="${GRAPHML_TYPE[c.kind]}"`;
        yield c.kind === "string[]" || c.kind === "json" ? `${head}>\n    <desc>JSON-encoded ${c.kind === "string[]" ? "list of strings" : "value"}</desc>\n  </key>\n` : `${head}/>\n`;
      }
    yield '  <graph edgedefault="directed">\n';
    for (const n of view.nodes()) yield `    <node id="${xmlAttr(xmlKey(n.key))}">${data(nodeColumns, n.attributes)}</node>\n`;
    for (const e of view.edges())
      yield `    <edge id="${xmlAttr(xmlKey(e.key))}" source="${xmlAttr(xmlKey(e.source))}" target="${xmlAttr(xmlKey(e.target))}">${data(edgeColumns, e.attributes)}</edge>\n`;
    yield "  </graph>\n</graphml>\n";
  }
}

function data(cols: readonly (Column & { id: string })[], attributes: Attributes): string {
  let out = "";
  for (const c of cols) {
    const v = attributes[c.name];
    if (v === undefined || v === null) continue;
    out += `<data key="${c.id}">${xmlText(asString(v))}</data>`;
  }
  return out;
}
