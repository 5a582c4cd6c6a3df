// Entry: find the graph (?graph=, the file picker, a drop, or graph.json beside the page), check it, show it.
import { fetchGraph, readGraphFile, type LoadResult } from "./data/index.ts";
import { mountViewer, type Viewer } from "./app.ts";
import { h, fill } from "./panels/dom.ts";

const $ = (id: string) => document.getElementById(id)!;
const slots = { canvas: $("graph"), search: $("search-slot"), tools: $("tools"), filters: $("filters"), details: $("details"), status: $("status") };
const message = $("message");
let viewer: Viewer | null = null;

declare global {
  interface Window {
    /** For tests and benchmarks: the current viewer, and how the last load went. */
    casegraph?: { viewer: Viewer | null; load: LoadResult | null; loadedAt: number };
  }
}
window.casegraph = { viewer: null, load: null, loadedAt: 0 };

function clear() {
  viewer?.kill();
  viewer = null;
  for (const slot of [slots.search, slots.tools, slots.filters, slots.details, slots.status]) fill(slot);
  slots.canvas.replaceChildren();
}

function show(result: LoadResult, params: URLSearchParams) {
  clear();
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
    viewer = mountViewer(result.graph, slots, params, (next) => {
      const query = next.toString();
      history.replaceState(null, "", query ? `?${query}` : location.pathname);
    });
  }
  window.casegraph!.viewer = viewer;
  window.casegraph!.loadedAt = performance.now();
  document.body.dataset.state = result.ok ? "ready" : "error";
}

async function openFile(file: File) {
  document.body.dataset.state = "loading";
  // A local file cannot be shared by address: start from a clean view.
  history.replaceState(null, "", location.pathname);
  show(await readGraphFile(file), new URLSearchParams());
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
fill(slots.status, "Loading the graph…");
void fetchGraph(params.get("graph") || "graph.json").then((result) => show(result, params));
