// graph.json as a stream of chunks, straight from the graph.
import type { Attributes, ReadableGraph } from "../build/built-graph.ts";

/**
 * graph.json in chunks of about 64 KB: the very bytes of `JSON.stringify(graph.export())`,
 * without ever holding them in one string (V8 refuses strings over about 512 MB; a 50 MB corpus
 * makes a bigger graph file than that), and without `graph.export()` itself, which copies every
 * node and edge: each one is written straight from the graph, in the order export() gives.
 *
 * Chunks stay under V8's large-object size (128 KB): a chunk of a megabyte, flattened when it is
 * written, was allocated among the old objects, and the writer's garbage then grew the heap of a
 * 20 MB build by some 80 MB and cost it major collections (peak RSS 822 -> 739 MB).
 *
 * `texts` (src/build/memo.ts TailMemo.json) keeps the text of Article and Sentence nodes and
 * IN_ARTICLE edges by their attributes object for the next build of a watching process, which
 * writes them from it: a node's record up to its x and y (the layout's, which change), an edge's
 * whole record. The caller's word: such an object changes in x and y alone between builds.
 */
export function* graphJsonChunks(graph: ReadableGraph, chunkSize = 1 << 16, texts?: WeakMap<Attributes, string>): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buffer = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let separator = "";
  // export() leaves out empty attributes, and marks undirected edges only in mixed graphs
  for (const { node, attributes } of graph.nodeEntries()) {
    buffer += separator + (texts && KEPT_NODES.has(attributes.type) ? keptNode(node, attributes, texts) : JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes }));
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  buffer += '],"edges":[';
  separator = "";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    let text = texts && attributes.type === "IN_ARTICLE" ? texts.get(attributes) : undefined;
    if (text === undefined) {
      const serialized: Record<string, unknown> = { key: edge, source, target };
      if (!isEmpty(attributes)) serialized.attributes = attributes;
      if (graph.type === "mixed" && undirected) serialized.undirected = true;
      text = JSON.stringify(serialized);
      if (texts && attributes.type === "IN_ARTICLE") texts.set(attributes, text);
    }
    buffer += separator + text;
    separator = ",";
    if (buffer.length >= chunkSize) { yield buffer; buffer = ""; }
  }
  yield `${buffer}]}`;
}

const KEPT_NODES = new Set<unknown>(["Article", "Sentence"]);

/** A node's record from its kept text up to x and y, and its x and y as they are now. */
function keptNode(key: string, attributes: Attributes, texts: WeakMap<Attributes, string>): string {
  const { x, y } = attributes;
  if (typeof x !== "number" || typeof y !== "number") return JSON.stringify({ key, attributes });
  const end = `,"x":${JSON.stringify(x)},"y":${JSON.stringify(y)}}}`;
  const kept = texts.get(attributes);
  if (kept !== undefined) return kept + end;
  const text = JSON.stringify({ key, attributes });
  // x and y last, as the layout left them: the text before them is the part that stays
  if (text.endsWith(end)) texts.set(attributes, text.slice(0, -end.length));
  return text;
}

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};
