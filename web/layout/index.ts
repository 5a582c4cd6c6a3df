// ForceAtlas2 in a web worker (graphology-layout-forceatlas2's supervisor), on the display graph only.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DisplayGraph } from "../render/display-graph.ts";

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

export function layoutControl(display: DisplayGraph, onChange: (running: boolean) => void): LayoutControl {
  let worker: FA2Layout | null = null;
  return {
    start() {
      worker ??= new FA2Layout(display, { settings: forceAtlas2.inferSettings(display), getEdgeWeight: null });
      worker.start();
      onChange(true);
    },
    stop() {
      worker?.stop();
      onChange(false);
    },
    isRunning: () => worker?.isRunning() ?? false,
    kill() {
      worker?.kill();
      worker = null;
    },
  };
}
