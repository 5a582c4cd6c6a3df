// The export view as graphology's serialisation (the shape of graph.json), streamed one node or
// edge per line. With withText it is a graph.json that still follows the contract (plus the
// evidence_text, evidence_articles and edge label attributes); without, evidence keys name
// Sentence nodes the file leaves out.
import type Graph from "graphology";
import { chunked, exportView, type ExportOptions } from "./view.ts";

export function* jsonChunks(graph: Graph, options: ExportOptions = {}): Generator<string> {
  const view = exportView(graph, options);
  yield* chunked(document());

  function* document(): Generator<string> {
    yield `{"attributes":${JSON.stringify(graph.getAttributes())},"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n"nodes":[`;
    let first = true;
    for (const n of view.nodes()) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: n.key, attributes: n.attributes })}`;
      first = false;
    }
    yield "\n],\n\"edges\":[";
    first = true;
    for (const e of view.edges()) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })}`;
      first = false;
    }
    yield "\n]}\n";
  }
}
