// Entry: find the graph (?graph=, the file picker, a drop, or graph.json beside the page), check it, show it.
// The file is read and checked in a worker (data/loader.ts), with progress and a Cancel button;
// only a graph that passed the check reaches the page.
import { graphOfChecked, indexGraph, loadGraphFile, type DataGraph, type LoadResult, type LoadSource, type Progress } from "./data/index.ts";
import type { SerializedGraph } from "graphology-types";
import { toDisplayGraph } from "./render/display-graph.ts";
import { mountViewer, type Prepared, type Viewer } from "./app.ts";
import { h, fill } from "./panels/dom.ts";

const $ = (id: string) => document.getElementById(id)!;
const slots = { canvas: $("graph"), search: $("search-slot"), tools: $("tools"), filters: $("filters"), details: $("details"), status: $("status"), drawer: $("drawer") };
const message = $("message");
let viewer: Viewer | null = null;

declare global {
  interface Window {
    /** For tests and benchmarks: the current viewer, and how the last load went. */
    casegraph?: { viewer: Viewer | null; load: LoadResult | null; loadedAt: number; firstFrameAt: number };
  }
}
window.casegraph = { viewer: null, load: null, loadedAt: 0, firstFrameAt: 0 };

function clear() {
  viewer?.kill();
  viewer = null;
  for (const slot of [slots.search, slots.tools, slots.filters, slots.details, slots.status, slots.drawer]) fill(slot);
  slots.canvas.replaceChildren();
}

const mount = (graph: DataGraph, params: URLSearchParams, prepared?: Prepared) =>
  mountViewer(graph, slots, params, prepared, (next) => {
    const query = next.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }, { reload, notice: notice.splice(0).join(" ") || undefined });

/** What the Review tab of the next graph shown says first (why it was reloaded). */
const notice: string[] = [];

/** When the last reload began: a rebuild's event that comes with it (corrections saved) is the same graph. */
let reloadedAt = -Infinity;

/** After corrections were saved and the graph rebuilt: the new graph, in the same view. */
async function reload(message?: string) {
  reloadedAt = performance.now();
  if (message) notice.push(message);
  const current = new URLSearchParams(location.search);
  const source = current.get("graph") || "graph.json";
  await load({ kind: "url", url: source, base: location.href }, source, current);
}

/** The load under way, if any: a new one cancels it. */
let loading: { cancel(): void } | null = null;

/** Reads and checks a graph in the worker, showing progress and a Cancel button, then shows it or why not. */
async function load(source: LoadSource, name: string, params: URLSearchParams) {
  loading?.cancel();
  clear();
  document.body.dataset.state = "loading";
  const bar = h("progress", { className: "load-bar", max: 1 }) as HTMLProgressElement;
  const text = h("p", { className: "load-text" }, `Loading ${name}…`);
  const cancel = h("button", { type: "button", className: "load-cancel" }, "Cancel");
  const panel = h("div", { className: "loading", role: "status" }, text, bar, cancel);
  slots.canvas.replaceChildren(panel);
  const current = loadGraphFile(source, name, (p) => {
    text.textContent = progressText(name, p);
    if (p.total) bar.value = Math.min(1, p.bytes / p.total); else bar.removeAttribute("value");
  });
  loading = current;
  cancel.addEventListener("click", () => current.cancel());
  const result = await current.done;
  if (loading !== current) return; // a newer load took over
  loading = null;
  panel.remove();
  performance.mark("casegraph:checked");
  if (!result.ok) return show({ ok: false, name, message: result.message }, null, result.cancelled);
  open(result.data, name, params);
}

function progressText(name: string, p: Progress): string {
  const size = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const read = p.total ? `${size(p.bytes)} of ${size(p.total)}` : size(p.bytes);
  return p.checking ? `Checking ${name}: ${p.items.toLocaleString("en")} nodes and edges read…` : `Reading ${name}: ${read}, ${p.items.toLocaleString("en")} nodes and edges…`;
}

/** Shows a checked graph. */
function open(data: SerializedGraph, name: string, params: URLSearchParams) {
  const graph = graphOfChecked(data);
  performance.mark("casegraph:imported");
  const prepared: Prepared = { index: indexGraph(graph), display: toDisplayGraph(graph, { provenance: false }) };
  performance.mark("casegraph:prepared");
  show({ ok: true, graph, name }, mount(graph, params, prepared));
}

function show(result: LoadResult, shown: Viewer | null, cancelled = false) {
  if (!shown) clear();
  viewer = shown;
  window.casegraph!.load = result;
  if (!result.ok) {
    message.hidden = false;
    document.body.classList.add("failed");
    fill(message,
      h("h2", {}, cancelled ? "Loading cancelled" : "This graph cannot be shown"),
      h("pre", { className: "problem" }, result.message),
      h("p", {}, "Open another graph.json with “Open graph…”, drop one on the page, or pass its address as ?graph=…"));
    document.title = "casegraph viewer: cannot show the graph";
  } else {
    message.hidden = true;
    document.body.classList.remove("failed");
    document.title = `casegraph viewer: ${result.name}`;
  }
  window.casegraph!.viewer = viewer;
  window.casegraph!.loadedAt = performance.now();
  performance.mark("casegraph:mounted");
  // Sigma draws while it is constructed. Reading one pixel back waits until the (software) GPU has
  // finished that drawing, so firstFrameAt is when the first frame really exists.
  requestAnimationFrame(() => {
    for (const canvas of Object.values(viewer?.renderer.getCanvases() ?? {})) {
      const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
    window.casegraph!.firstFrameAt = performance.now();
  });
  document.body.dataset.state = result.ok ? "ready" : "error";
}

async function openFile(file: File) {
  followsRebuilds = false;
  // A local file cannot be shared by address: start from a clean view.
  history.replaceState(null, "", location.pathname);
  await load({ kind: "file", file }, file.name, new URLSearchParams());
}

const input = $("file-input") as HTMLInputElement;
input.addEventListener("change", () => { const f = input.files?.[0]; if (f) void openFile(f); input.value = ""; });

const drop = $("drop");
let depth = 0;
window.addEventListener("dragenter", (e) => { if (e.dataTransfer?.types.includes("Files")) { depth++; drop.hidden = false; } });
window.addEventListener("dragleave", () => { if (--depth <= 0) { depth = 0; drop.hidden = true; } });
window.addEventListener("dragover", (e) => e.preventDefault());
window.addEventListener("drop", (e) => {
  e.preventDefault();
  depth = 0;
  drop.hidden = true;
  const f = e.dataTransfer?.files[0];
  if (f) void openFile(f);
});

/** The graph beside the page is shown, so a rebuild of it is shown too (until a file is opened). */
let followsRebuilds = false;

/**
 * The dev server (npm start) sends a `graph` event on /graph-events when the graph beside the page
 * is rebuilt (web/scripts/graph-plugin.ts); the new graph is then loaded in the same view. A static
 * site has no such stream: the request fails once and is not tried again.
 */
function followRebuilds() {
  if (typeof EventSource === "undefined") return;
  followsRebuilds = true;
  const events = new EventSource("graph-events");
  events.addEventListener("graph", () => {
    if (!followsRebuilds || new URLSearchParams(location.search).get("graph")) return;
    if (performance.now() - reloadedAt < 2000) return;
    void reload("The graph was rebuilt: this is the new one.");
  });
  events.addEventListener("error", () => { if (events.readyState === EventSource.CLOSED) events.close(); });
}

const params = new URLSearchParams(location.search);
const source = params.get("graph") || "graph.json";
void load({ kind: "url", url: source, base: location.href }, source, params);
if (!params.get("graph")) followRebuilds();
