// ForceAtlas2 in a web worker (graphology-layout-forceatlas2's supervisor).
// The worker moves a lean shadow graph; positions are copied onto the display graph at a pace the
// page can afford (as much idle time as the last redraw took), so a big graph stays responsive.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DisplayGraph } from "../render/display-graph.ts";

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Holds position updates on screen for a moment (the worker keeps going): the user is pointing at something. */
  hold(ms: number): void;
  /** The display graph has new nodes or edges: the worker starts again from the whole graph. */
  rebuild(): void;
  kill(): void;
}

/** Structure and positions only: what ForceAtlas2 reads. Parallel edges merge; self loops go. */
function shadowOf(display: DisplayGraph): Graph {
  const shadow = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  display.forEachNode((key, a) => { shadow.addNode(key, { x: a.x, y: a.y }); });
  display.forEachEdge((_key, _a, source, target) => { if (source !== target) shadow.mergeEdge(source, target); });
  return shadow;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export function layoutControl(display: DisplayGraph, onChange: (running: boolean) => void): LayoutControl {
  let shadow: Graph | null = null;
  let worker: FA2Layout | null = null;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heldUntil = 0;

  const copyPositions = () => {
    const from = shadow!;
    display.updateEachNodeAttributes((key, a) => {
      // Nodes that joined the display graph after the shadow was made keep their positions.
      if (!from.hasNode(key)) return a;
      const p = from.getNodeAttributes(key);
      a.x = p.x as number;
      a.y = p.y as number;
      return a;
    }, { attributes: ["x", "y"] });
  };
  // Each start begins a new run of the copy loop; a loop from an earlier run ends at its next step.
  let run = 0;
  const loop = async (mine: number) => {
    if (!running || mine !== run) return;
    const wait = heldUntil - performance.now();
    if (wait > 0) { timer = setTimeout(() => void loop(mine), wait); return; }
    copyPositions();
    // Sigma redraws on the next frame; the time until the frame after that is what the copy cost.
    const t0 = performance.now();
    await nextFrame();
    await nextFrame();
    const busy = performance.now() - t0 - 33;
    if (running && mine === run) timer = setTimeout(() => void loop(mine), Math.max(0, busy));
  };

  return {
    start() {
      if (running) return;
      shadow ??= shadowOf(display);
      worker ??= new FA2Layout(shadow, { settings: forceAtlas2.inferSettings(shadow), getEdgeWeight: null });
      worker.start();
      running = true;
      onChange(true);
      void loop(++run);
    },
    stop() {
      if (!running) return;
      running = false;
      clearTimeout(timer);
      worker?.stop();
      if (shadow) copyPositions();
      onChange(false);
    },
    isRunning: () => running,
    hold(ms) { heldUntil = Math.max(heldUntil, performance.now() + ms); },
    rebuild() {
      const wasRunning = running;
      this.stop();
      worker?.kill();
      worker = null;
      shadow = null;
      if (wasRunning) this.start();
    },
    kill() {
      running = false;
      clearTimeout(timer);
      worker?.kill();
      worker = null;
      shadow = null;
    },
  };
}
