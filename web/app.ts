// Wires one loaded graph to the page: store, sigma renderer, panels, layout worker, address and exports.
import type Sigma from "sigma";
import { indexGraph, type DataGraph, type GraphIndex } from "./data/index.ts";
import { computeVisibility, createStore, paramsToState, PROVENANCE_NODE_TYPES, showsProvenance, stateToParams, type Filters, type Store, type ViewState, type Visibility } from "./state/index.ts";
import { addProvenance, toDisplayGraph, type DisplayEdge, type DisplayGraph, type DisplayNode } from "./render/display-graph.ts";
import { computeEmphasis } from "./render/emphasis.ts";
import { nearestEdge } from "./render/edge-hit.ts";
import { frame, framingTarget, resultNodes } from "./render/camera.ts";
import { drawGraph, isBig, type Drawn } from "./render/renderer.ts";
import { differsFromPlain } from "./render/reducers.ts";
import { layoutControl } from "./layout/index.ts";
import { queryRunner } from "./paths/runner.ts";
import { pathsPanel } from "./paths/panel.ts";
import { filtersPanel } from "./panels/filters.ts";
import { searchBox } from "./panels/search.ts";
import { nodePanel } from "./panels/node-panel.ts";
import { edgePanel } from "./panels/edge-panel.ts";
import { articlePanel } from "./panels/article-panel.ts";
import { h, fill } from "./panels/dom.ts";
import type { ViewContext } from "./panels/context.ts";
import { downloadJSON, downloadPNG, visibleGraph } from "./export/index.ts";
import { downloadGraphML } from "./export/graphml.ts";
import { drawer } from "./drawer.ts";
import { casePanel } from "./case/panel.ts";
import { reviewPanel, type ReviewOptions } from "./review/panel.ts";

export interface Viewer {
  store: Store;
  renderer: Sigma<DisplayNode, DisplayEdge>;
  display: DisplayGraph;
  layout: ReturnType<typeof layoutControl>;
  kill(): void;
}

export interface Slots {
  canvas: HTMLElement;
  search: HTMLElement;
  tools: HTMLElement;
  filters: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
  /** Under the graph: the timeline and the facts table. */
  drawer: HTMLElement;
}

/** On big graphs, how long the pointer rests on a node before its neighbourhood lights up. */
const HOVER_INTENT_MS = 250;
/** How far from an edge, in pixels, a click on the canvas still opens it. */
const EDGE_CLICK_TOLERANCE = 4;

const ENTITY_FREE = (graph: DataGraph) => !graph.someNode((_, a) => a.type !== "Article" && a.type !== "Sentence");

/** The view state from the address, with keys that are not in this graph dropped. */
function initialState(graph: DataGraph, params: URLSearchParams): ViewState {
  const state = paramsToState(params);
  const sel = state.selection;
  const exists = !sel || (sel.kind === "edge" ? graph.hasEdge(sel.key) : graph.hasNode(sel.key));
  const noFilterParams = !["hide", "show"].some((p) => params.has(p));
  const filters: Filters = ENTITY_FREE(graph) && noFilterParams ? { ...state.filters, hiddenNodeTypes: state.filters.hiddenNodeTypes.filter((t) => t !== "Article" && t !== "Sentence") } : state.filters;
  return { ...state, selection: exists ? sel : null, filters };
}

/** Whether the filters show articles or sentences, which the display graph then needs to hold. */
const drawsProvenance = (filters: Filters) => PROVENANCE_NODE_TYPES.some((t) => !filters.hiddenNodeTypes.includes(t));

/** What a view is built from besides the data graph; built while a big file is being checked. */
export interface Prepared { index: GraphIndex; display: DisplayGraph; drawn?: Drawn }

export function mountViewer(graph: DataGraph, slots: Slots, params: URLSearchParams, prepared: Prepared | undefined, onAddress: (params: URLSearchParams) => void, review: ReviewOptions = {}): Viewer {
  const index = prepared?.index ?? indexGraph(graph);
  const display = prepared?.display ?? toDisplayGraph(graph, { provenance: false });
  const store = createStore(initialState(graph, params));
  if (drawsProvenance(store.get().filters)) addProvenance(display, graph);
  // Pattern queries run in a worker; when one answers, the highlight, the paths panel and the camera follow.
  const queries = queryRunner(graph, () => {
    const state = store.get();
    context.emphasis = emphasise(state);
    refresh("reduce");
    paths.render(state);
    const results = outcomeOf(state.query).results;
    if (results.length) requestAnimationFrame(() => frame(renderer, resultNodes(state, results, visibility), { minRatio: frameRatio }));
  });
  const outcomeOf = queries.outcomeOf;
  /** How close the camera may come when it frames: small graphs stay in view around what is framed. */
  const frameRatio = graph.order < 300 ? 0.45 : 0.05;

  // Hovers on big graphs redraw only the hovered neighbourhood, and full redraws wait until the
  // panels have painted.
  const big = isBig(graph);
  const emphasise = (state: ViewState) => computeEmphasis(graph, state, outcomeOf(state.query).results, visibility.hiddenEdges, !big);
  let visibility: Visibility = computeVisibility(graph, index, store.get().filters);
  performance.mark("casegraph:visibility");
  const view = { visibility, emphasis: emphasise(store.get()) };
  const { renderer, context } = prepared?.drawn ?? drawGraph(display, slots.canvas, graph, view);
  if (prepared?.drawn) {
    // Drawn before the view state was known (a big file, drawn as soon as it was parsed): draw it again if the state shows.
    Object.assign(context, view);
    if (differsFromPlain(display, context)) renderer.refresh();
  }
  const focusNode = (key: string) => {
    if (!graph.hasNode(key)) return;
    const kind = graph.getNodeAttribute(key, "type") === "Sentence" ? "sentence" : "node";
    store.dispatch({ type: "select", selection: { kind, key } });
    const d = renderer.getNodeDisplayData(key);
    if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, graph.order < 300 ? 0.8 : 0.3) }, { duration: 450 });
  };
  const ctx: ViewContext = { graph, index, store, focusNode };

  // Panels.
  const filters = filtersPanel(ctx);
  const paths = pathsPanel(ctx, (s) => outcomeOf(s.query), () => queries.cancel());
  const detailsBody = h("div", { className: "details-body" });
  const caseBody = h("div", { className: "details-body case-body" });
  const reviewTab = reviewPanel(ctx, review);
  const tab = (name: string, hidden = false) => h("button", { type: "button", role: "tab", className: "tab", hidden }, name);
  // The Case tab shows only while a case is chosen (case= in the address).
  const tabs = { details: tab("Details"), case: tab("Case", true), paths: tab("Paths"), review: tab("Review") };
  let reviewShown = false;
  const showTab = (shown: keyof typeof tabs) => {
    for (const [name, button] of Object.entries(tabs)) button.setAttribute("aria-selected", String(name === shown));
    detailsBody.hidden = shown !== "details";
    caseBody.hidden = shown !== "case";
    paths.element.hidden = shown !== "paths";
    reviewTab.element.hidden = shown !== "review";
    if (shown === "review" && !reviewShown) { reviewShown = true; reviewTab.render(); }
  };
  tabs.details.addEventListener("click", () => showTab("details"));
  tabs.case.addEventListener("click", () => showTab("case"));
  tabs.paths.addEventListener("click", () => showTab("paths"));
  tabs.review.addEventListener("click", () => showTab("review"));
  fill(slots.details, h("div", { className: "tabs", role: "tablist" }, tabs.details, tabs.case, tabs.paths, tabs.review), detailsBody, caseBody, paths.element, reviewTab.element);
  const bottom = drawer(ctx, slots.drawer);
  fill(slots.filters, filters.element);
  fill(slots.search, searchBox(index, { placeholder: "Search names and aliases…", label: "Search the graph", onChoose: (e) => focusNode(e.node) }));

  const layout = layoutControl(display, (running) => {
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  });
  const layoutButton = h("button", { type: "button", title: "ForceAtlas2 in a web worker", onclick: () => (layout.isRunning() ? layout.stop() : layout.start()) }, "Run layout");
  const exportVisible = () => visibleGraph(graph, display, visibility, store.get().filters);
  fill(slots.tools,
    layoutButton,
    h("button", { type: "button", onclick: () => renderer.getCamera().animatedReset({ duration: 300 }) }, "Fit"),
    h("span", { className: "sep" }),
    h("button", { type: "button", title: "Download the view as a PNG image", onclick: () => void downloadPNG(renderer) }, "PNG"),
    h("button", { type: "button", title: "Download the visible graph as graph.json", onclick: () => downloadJSON(exportVisible()) }, "JSON"),
    h("button", { type: "button", title: "Download the visible graph as GraphML", onclick: () => downloadGraphML(exportVisible(), showsProvenance(store.get().filters)) }, "GraphML"),
    h("button", { type: "button", title: "Copy the address of this view", onclick: () => void navigator.clipboard?.writeText(location.href) }, "Copy link"),
  );

  const renderDetails = (state: ViewState) => {
    const sel = state.selection;
    if (!sel) return fill(detailsBody, h("p", { className: "hint" }, "Search for a name, or click a node or an edge to read its evidence."));
    const exists = sel.kind === "edge" ? graph.hasEdge(sel.key) : graph.hasNode(sel.key);
    if (!exists) return fill(detailsBody, h("p", { className: "error" }, `${sel.key} is not in this graph.`));
    fill(detailsBody, sel.kind === "node" ? [nodePanel(ctx, sel.key), reviewTab.tools(sel.key)] : sel.kind === "edge" ? edgePanel(ctx, sel.key) : articlePanel(ctx, sel.key));
    detailsBody.scrollTop = 0;
  };
  const renderStatus = () => {
    const shown = graph.order - visibility.hiddenNodes.size;
    fill(slots.status, `${shown} of ${graph.order} nodes · ${graph.size - visibility.hiddenEdges.size} of ${graph.size} edges shown`);
  };

  let pendingRefresh: "full" | "reduce" | null = null;
  const refresh = (kind: "full" | "reduce") => {
    if (!big) return void renderer.refresh({ skipIndexation: kind === "reduce" });
    if (pendingRefresh === "full") return;
    const scheduled = pendingRefresh !== null;
    pendingRefresh = kind;
    // Let the panels paint first: the redraw of a big graph takes a while.
    if (!scheduled) requestAnimationFrame(() => setTimeout(() => {
      const skipIndexation = pendingRefresh === "reduce";
      pendingRefresh = null;
      renderer.refresh({ skipIndexation });
    }));
  };

  const onState = (state: ViewState, previous: ViewState | null) => {
    const filtersChanged = !previous || state.filters !== previous.filters;
    if (filtersChanged) {
      // Sigma indexes nodes and edges as they join the display graph; the layout starts again with them.
      if (drawsProvenance(state.filters) && addProvenance(display, graph)) layout.rebuild();
      visibility = computeVisibility(graph, index, state.filters);
      context.visibility = visibility;
      filters.render(state);
      renderStatus();
      if (!previous || state.filters.caseKey !== previous.filters.caseKey) {
        const key = state.filters.caseKey;
        tabs.case.hidden = !key;
        fill(caseBody, key ? casePanel(ctx, key) : null);
        if (key) showTab("case");
        else if (previous?.filters.caseKey) showTab("details");
      }
    }
    if (filtersChanged || state.selection !== previous?.selection) bottom.render(state, visibility, filtersChanged);
    const before = context.emphasis;
    context.emphasis = emphasise(state);
    const onlyHover = previous && !filtersChanged && state.hovered !== previous.hovered && state.selection === previous.selection
      && state.query === previous.query && state.activeResult === previous.activeResult;
    const focus = [before.focus, context.emphasis.focus];
    if (!previous) {
      // Sigma drew this state when it was constructed.
    } else if (onlyHover && focus.every((f) => !f?.dim)) {
      // Only the two neighbourhoods change: redraw just them (those the display graph holds).
      const nodes = focus.flatMap((f) => (f ? [...f.nodes] : [])).filter((n) => display.hasNode(n));
      const edges = focus.flatMap((f) => (f ? [...f.edges] : [])).filter((e) => display.hasEdge(e));
      renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    } else {
      refresh(filtersChanged ? "full" : "reduce");
    }
    if (!previous || state.selection !== previous.selection) {
      renderDetails(state);
      if (state.selection && (previous || !state.filters.caseKey)) showTab("details");
    }
    if (!previous || state.query !== previous.query || state.activeResult !== previous.activeResult) {
      paths.render(state);
      if (state.query && (!previous || state.query !== previous.query)) showTab("paths");
    }
    if (previous && state.hovered === previous.hovered) onAddress(stateToParams(state, new URLSearchParams(location.search)));
    // after a path result, a question or a filter, the camera shows what is shown
    const target = framingTarget(previous, state, outcomeOf(state.query).results, visibility, () => display.nodes());
    if (target) requestAnimationFrame(() => frame(renderer, target, { animate: previous !== null, minRatio: frameRatio }));
  };
  store.subscribe(onState);
  showTab(store.get().query ? "paths" : store.get().filters.caseKey ? "case" : "details");
  onState(store.get(), null);
  // After a save and rebuild, the Review tab says what became of the corrections, whatever else the address shows.
  if (review.notice) showTab("review");

  // While the pointer is busy on the canvas, the layout's moves wait, so a click is answered at once.
  for (const type of ["pointerdown", "pointermove", "wheel"]) slots.canvas.addEventListener(type, () => layout.hold(600), { passive: true });
  // On a big graph every highlight is a full WebGL redraw: highlight only where the pointer rests.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hover = (node: string | null) => {
    clearTimeout(hoverTimer);
    if (big && node) hoverTimer = setTimeout(() => store.dispatch({ type: "hover", node }), HOVER_INTENT_MS);
    else store.dispatch({ type: "hover", node });
  };
  renderer.on("enterNode", ({ node }) => hover(node));
  renderer.on("leaveNode", () => hover(null));
  renderer.on("downNode", () => clearTimeout(hoverTimer));
  renderer.on("clickNode", ({ node }) => {
    const kind = graph.getNodeAttribute(node, "type") === "Sentence" ? "sentence" : "node";
    store.dispatch({ type: "select", selection: { kind, key: node } });
  });
  renderer.on("clickEdge", ({ edge }) => store.dispatch({ type: "select", selection: { kind: "edge", key: edge } }));
  renderer.on("clickStage", ({ event }) => {
    const edge = big ? null : nearestEdge(event, visibleSegments(), EDGE_CLICK_TOLERANCE);
    store.dispatch({ type: "select", selection: edge ? { kind: "edge", key: edge } : null });
  });
  renderer.on("enterEdge", () => slots.canvas.classList.add("pointer"));
  renderer.on("leaveEdge", () => slots.canvas.classList.remove("pointer"));

  // Visible edges as screen segments, for clicks that sigma's picking misses (see render/edge-hit.ts).
  function* visibleSegments() {
    for (const { edge, source, target } of display.edgeEntries()) {
      if (renderer.getEdgeDisplayData(edge)?.hidden) continue;
      const s = renderer.getNodeDisplayData(source), t = renderer.getNodeDisplayData(target);
      if (s && t && !s.hidden && !t.hidden) yield { key: edge, source: renderer.framedGraphToViewport(s), target: renderer.framedGraphToViewport(t) };
    }
  }

  // A shared address can point at a node: show it.
  const sel = store.get().selection;
  if (sel?.kind === "node") requestAnimationFrame(() => focusNode(sel.key));

  return {
    store, renderer, display, layout,
    kill() { clearTimeout(hoverTimer); queries.kill(); layout.kill(); renderer.kill(); },
  };
}
