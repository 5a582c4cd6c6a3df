// GraphML writer. graphology-graphml only parses, and no maintained GraphML writer for graphology
// exists, so this writes it: one <key> per attribute (with `for` and `attr.type`), lists and
// objects as JSON strings (their <key> says so in a <desc>), everything XML-escaped, directed
// edges with their keys as ids. A generator of string chunks, so a large graph streams to disk
// without the whole document ever being in memory.
import type { ReadableGraph } from "../build/built-graph.ts";
import { asString, chunked, exportView, type Attributes, type Column, type ExportOptions, type ExportView } from "./view.ts";
import { isRelation } from "../query/graph-index.ts";
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
    const quoted = quotedEvidence(view);
    // each edge as view.edges() gives it (a label where it has none, the evidence quoted), its attributes not copied
    for (const e of view.heldEdges()) {
      const a = e.attributes, quotes = isRelation(a.type) && Array.isArray(a.evidence) ? quoted(a.evidence as unknown[]) : undefined;
      yield `    <edge id="${xmlAttr(xmlKey(e.key))}" source="${xmlAttr(xmlKey(e.source))}" target="${xmlAttr(xmlKey(e.target))}">${data(edgeColumns, a, quotes, true)}</edge>\n`;
    }
    yield "  </graph>\n</graphml>\n";
  }
}

function data(cols: readonly (Column & { id: string })[], attributes: Attributes, quotes?: Quotes, edge = false): string {
  let out = "";
  for (const c of cols) {
    if (quotes && (c.name === "evidence_text" || c.name === "evidence_articles")) {
      out += `<data key="${c.id}">${c.name === "evidence_text" ? quotes.texts : quotes.paths}</data>`;
      continue;
    }
    // an edge without a label is labelled with its type (src/export/view.ts)
    const v = edge && c.name === "label" && attributes.label === undefined ? attributes.type : attributes[c.name];
    if (v === undefined || v === null) continue;
    out += `<data key="${c.id}">${xmlText(asString(v))}</data>`;
  }
  return out;
}

/** A relation's evidence_text and evidence_articles, each written as it is (JSON, XML-escaped). */
interface Quotes { texts: string; paths: string }

/**
 * The evidence columns of relation edges, as exportView gives them and data() would write them
 * (`xmlText(JSON.stringify(list))`), from each sentence's and path's written form, made once: a
 * sentence is evidence for several relations and an article's path for most of its relations.
 * The same bytes: JSON.stringify of a list of strings is its items' JSON between brackets and
 * commas, and xmlText changes characters one by one (JSON leaves no lone surrogate to split).
 */
function quotedEvidence(view: ExportView): (evidence: readonly unknown[]) => Quotes {
  // by sentence key: its text's written form and its article path's (one string per path)
  const sentences = new Map<unknown, [text: string, path: string]>(), paths = new Map<string, string>();
  const writtenOf = (key: unknown) => {
    let w = sentences.get(key);
    if (w === undefined) {
      // (exportView quotes each item as given: a non-string item finds no sentence)
      const [text, path] = view.quote(key as string);
      let p = paths.get(path);
      if (p === undefined) paths.set(path, (p = xmlText(JSON.stringify(path))));
      sentences.set(key, (w = [xmlText(JSON.stringify(text)), p]));
    }
    return w;
  };
  return (evidence) => {
    let t = "[", p = "[";
    for (let i = 0; i < evidence.length; i++) {
      const [text, path] = writtenOf(evidence[i]);
      const sep = i > 0 ? "," : "";
      t += sep + text;
      p += sep + path;
    }
    return { texts: `${t}]`, paths: `${p}]` };
  };
}
