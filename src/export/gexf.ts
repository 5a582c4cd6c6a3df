// GEXF for Gephi, written by graphology-gexf. Its writer turns a list attribute into a GEXF
// `liststring` joined with "|" (GEXF 1.2), which loses lists whose strings hold "|" and which
// some readers (NetworkX) return as one plain string anyway; so lists and objects go in as JSON
// strings, as in the GraphML export. It also escapes but does not filter characters XML cannot
// hold, so strings pass through xmlSafe first, and keys through xmlKey (so that keys which
// differ only in such characters stay two keys). Not streamed: graphology-gexf builds one string.
import Graph from "graphology";
import { write } from "graphology-gexf";
import { asString, exportView, type Attributes, type ExportOptions } from "./view.ts";
import { xmlKey, xmlSafe } from "./xml.ts";

export function* gexfChunks(graph: Graph, options: ExportOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  const flat = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const n of view.nodes()) flat.addNode(xmlKey(n.key), flatten(n.attributes));
  for (const e of view.edges()) flat.addDirectedEdgeWithKey(xmlKey(e.key), xmlKey(e.source), xmlKey(e.target), flatten(e.attributes));
  // Every attribute goes into <attvalues>; only `label` is lifted onto the element. Without these
  // formatters graphology-gexf would read attributes named x, y, size, color... as viz data.
  const format = (_key: string, attributes: Attributes) => {
    const { label, ...rest } = attributes;
    return { label: label as string | undefined, attributes: rest };
  };
  yield write(flat, { formatNode: format, formatEdge: format, pretty: true, version: "1.2" });
}

function flatten(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const name in attributes) {
    const v = attributes[name];
    if (v === undefined || v === null) continue;
    out[xmlKey(name)] = typeof v === "number" || typeof v === "boolean" ? v : xmlSafe(asString(v));
  }
  return out;
}
