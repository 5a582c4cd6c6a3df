// Entry: find the graph (?graph=, the file picker, a drop, or graph.json beside the page), check it, show it.
import { BIG_FILE, fetchText, indexGraph, loadGraphText, type DataGraph, type LoadResult } from "./data/index.ts";
import { checkInWorker, startChecker } from "./data/check-worker.ts";
import { toDisplayGraph, type DisplayGraph, type DisplaySource } from "./render/display-graph.ts";
import { drawGraph, type Drawn } from "./render/renderer.ts";
import { describesView } from "./state/index.ts";
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

/** After corrections were saved and the graph rebuilt: the new graph, in the same view. */
async function reload(message?: string) {
  if (message) notice.push(message);
  const current = new URLSearchParams(location.search);
  const fetched = await fetchText(current.get("graph") || "graph.json");
  if (fetched.ok) await open(fetched.text, current.get("graph") || "graph.json", current);
  else show({ ok: false, name: "graph.json", message: fetched.message }, null);
}

/**
 * Checks a graph file's text and shows it, or shows why it cannot be shown. A big file is checked in
 * a worker while the page builds its view behind a veil; the veil lifts only if the check passes.
 * Its display graph is drawn as soon as the file is parsed (unless the address asks for a particular
 * view), so the GPU draws while the page builds the data graph, its index and the panels.
 */
async function open(text: string, name: string, params: URLSearchParams) {
  clear();
  const big = text.length >= BIG_FILE;
  if (big) document.body.classList.add("checking");
  let display: DisplayGraph | undefined, drawn: Drawn | undefined, early: Viewer | undefined;
  const { result, prepared } = await loadGraphText(text, name, {
    checkElsewhere: checkInWorker,
    early: (data) => {
      const from = data as DisplaySource & { nodes: unknown[]; edges: unknown[] };
      try {
        display = toDisplayGraph(from, { provenance: false });
        if (!describesView(params)) drawn = drawGraph(display, slots.canvas, { order: from.nodes.length, size: from.edges.length });
      } catch {
        // Not a graph this early step can read; the check will say why, or the view is built the usual way.
        (drawn as Drawn | undefined)?.renderer.kill();
        display = drawn = undefined;
      }
    },
    prepare: (graph) => {
      performance.mark("casegraph:imported");
      const prepared: Prepared = { index: indexGraph(graph), display: display ?? toDisplayGraph(graph, { provenance: false }), drawn };
      performance.mark("casegraph:prepared");
      if (big) early = mount(graph, params, prepared);
      return prepared;
    },
  });
  performance.mark("casegraph:checked");
  document.body.classList.remove("checking");
  const shown = result.ok ? early ?? mount(result.graph, params, prepared) : null;
  if (!shown) {
    // The check failed: the view built meanwhile goes.
    const built = early as Viewer | undefined;
    if (built) built.kill();
    else (drawn as Drawn | undefined)?.renderer.kill();
  }
  show(result, shown);
}

function show(result: LoadResult, shown: Viewer | null) {
  if (!shown) clear();
  viewer = shown;
  window.casegraph!.load = result;
  if (!result.ok) {
    message.hidden = false;
    document.body.classList.add("failed");
    fill(message,
      h("h2", {}, "This graph cannot be shown"),
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
  document.body.dataset.state = "loading";
  // A local file cannot be shared by address: start from a clean view.
  history.replaceState(null, "", location.pathname);
  await open(await file.text(), file.name, new URLSearchParams());
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

const params = new URLSearchParams(location.search);
document.body.dataset.state = "loading";
startChecker();
fill(slots.status, "Loading the graph…");
const source = params.get("graph") || "graph.json";
void fetchText(source).then(async (fetched) => {
  performance.mark("casegraph:fetched");
  if (fetched.ok) await open(fetched.text, source, params);
  else show({ ok: false, name: source, message: fetched.message }, null);
});
