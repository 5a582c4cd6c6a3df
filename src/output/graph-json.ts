// graph.json as a stream of chunks, straight from the graph.
import type { ReadableGraph } from "../build/built-graph.ts";

/**
 * graph.json in chunks of about a megabyte: the very bytes of `JSON.stringify(graph.export())`,
 * without ever holding them in one string (V8 refuses strings over about 512 MB; a 50 MB corpus
 * makes a bigger graph file than that), and without `graph.export()` itself, which copies every
 * node and edge: each one is written straight from the graph, in the order export() gives.
 */
export function* graphJsonChunks(graph: ReadableGraph, chunkSize = 1 << 20): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buffer = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let separator = "";
  // export() leaves out empty attributes, and marks undirected edges only in mixed graphs
  for (const { node, attributes } of graph.nodeEntries()) {
    buffer += separator + JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes });
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  buffer += '],"edges":[';
  separator = "";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === "mixed" && undirected) serialized.undirected = true;
    buffer += separator + JSON.stringify(serialized);
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  yield `${buffer}]}`;
}

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};
