// Loading a graph file in a worker (load.worker.ts): progress while it is read and checked, a way
// to cancel, and a refusal for files past the viewer's limits. Where workers cannot start, the
// file is read here, on the main thread, with the same reader.
import { GraphReader } from "../../src/graphfile/reader.ts";
import type { SerializedGraph } from "graphology-types";
import { fetchGraph, webPageInstead } from "./fetch.ts";

/** What the viewer opens at most: past this a graph takes minutes and gigabytes to show. */
export const VIEWER_LIMITS = { bytes: 400_000_000, items: 750_000 };

/** A file chosen or dropped, or an address as the user gave it (`?graph=`), read against `base`, the page's address. */
export type LoadSource = { kind: "url"; url: string; base: string } | { kind: "file"; file: File };
export interface LoadRequest { source: LoadSource; name: string; limits: typeof VIEWER_LIMITS }
export interface Progress { bytes: number; total: number | null; items: number; checking?: boolean }
export type LoadReply =
  | ({ kind: "progress" } & Progress)
  | { kind: "loaded"; data: SerializedGraph }
  | { kind: "failed"; message: string };
export type Loaded = { ok: true; data: SerializedGraph } | { ok: false; message: string; cancelled?: boolean };

export interface Loading {
  done: Promise<Loaded>;
  cancel(): void;
}

export function loadGraphFile(source: LoadSource, name: string, onProgress: (p: Progress) => void, limits = VIEWER_LIMITS): Loading {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return { done: loadHere(source, name), cancel: () => {} };
  }
  let settle: (l: Loaded) => void = () => {};
  const done = new Promise<Loaded>((resolve) => { settle = resolve; });
  const finish = (l: Loaded) => { worker.terminate(); settle(l); };
  worker.onmessage = (event: MessageEvent<LoadReply>) => {
    const reply = event.data;
    if (reply.kind === "progress") onProgress(reply);
    else if (reply.kind === "loaded") finish({ ok: true, data: reply.data });
    else finish({ ok: false, message: reply.message });
  };
  worker.onerror = (event) => finish({ ok: false, message: `${name} could not be read: ${event.message || "the loading worker stopped"}` });
  worker.postMessage({ source, name, limits } satisfies LoadRequest);
  return { done, cancel: () => finish({ ok: false, cancelled: true, message: `Loading ${name} was cancelled.` }) };
}

async function loadHere(source: LoadSource, name: string): Promise<Loaded> {
  try {
    let text: string;
    if (source.kind === "file") text = await source.file.text();
    else {
      const fetched = await fetchGraph(source.url, source.base);
      if (!fetched.ok) return fetched;
      text = await fetched.response.text();
      const page = webPageInstead(source.url, fetched.response, text.slice(0, 64));
      if (page) return { ok: false, message: page };
    }
    return { ok: true, data: GraphReader.fromText(text, name).export() };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}
