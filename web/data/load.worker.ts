// Reads a graph file off the main thread: fetches it (or reads the chosen File) as a stream,
// feeds the project's graph reader chunk by chunk, reports progress, refuses a file past the
// viewer's limits as soon as it sees it, and hands the checked graph to the page.
import { GraphReader } from "../../src/graphfile/reader.ts";
import type { LoadRequest, LoadReply } from "./loader.ts";
import { fetchGraph, webPageInstead } from "./fetch.ts";
import { GraphFormatError } from "../../src/errors.ts";

const post = (reply: LoadReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
  const { source, name, limits } = event.data;
  try {
    let stream: ReadableStream<Uint8Array>, total: number | null;
    let webPage: (start: string) => string | null = () => null;
    if (source.kind === "file") {
      stream = source.file.stream();
      total = source.file.size;
    } else {
      const fetched = await fetchGraph(source.url, source.base);
      if (!fetched.ok) throw new LoadProblem(fetched.message);
      const response = fetched.response, address = source.url;
      webPage = (start) => webPageInstead(address, response, start);
      if (!response.body) throw new LoadProblem(`Could not fetch ${source.url}: the server sent no file`);
      const length = Number(response.headers.get("content-length"));
      total = Number.isFinite(length) && length > 0 ? length : null;
      stream = response.body;
    }
    if (total !== null && total > limits.bytes) throw new LoadProblem(tooBig(name, `${mb(total)}`, limits));
    const reader = new GraphReader(name);
    let bytes = 0, last = 0;
    const chunks = stream.getReader();
    for (;;) {
      const { done, value } = await chunks.read();
      if (done) break;
      // the first piece tells a web page (a server's answer to a wrong address) from a graph file
      const page = bytes === 0 && webPage(new TextDecoder().decode(value.subarray(0, 64)));
      if (page) throw new LoadProblem(page);
      bytes += value.length;
      if (bytes > limits.bytes) throw new LoadProblem(tooBig(name, `over ${mb(limits.bytes)}`, limits));
      reader.write(value);
      if (reader.items > limits.items) throw new LoadProblem(tooBig(name, `over ${limits.items.toLocaleString("en")} nodes and edges`, limits));
      const now = performance.now();
      if (now - last > 100) { last = now; post({ kind: "progress", bytes, total, items: reader.items }); }
    }
    post({ kind: "progress", bytes, total, items: reader.items, checking: true });
    const graph = reader.end();
    post({ kind: "loaded", data: graph.export() });
  } catch (err) {
    post({ kind: "failed", message: err instanceof LoadProblem || err instanceof GraphFormatError ? (err as Error).message : `${name} could not be read: ${(err as Error).message}` });
  }
};

class LoadProblem extends Error {}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

function tooBig(name: string, size: string, limits: LoadRequest["limits"]): string {
  return `${name} is too big for the viewer (${size}): it opens graph files of up to ${mb(limits.bytes)} and ${limits.items.toLocaleString("en")} nodes and edges together.\n`
    + "Build a graph of fewer articles (casegraph build on a folder of some of them), or explore this one with casegraph query, path and neighbours, which read graphs of any size.";
}
