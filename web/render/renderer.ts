// The sigma renderer of a display graph, with its settings and the context its reducers read.
// Made apart from the rest of the view so that a big file can be drawn as soon as it is parsed:
// the (software) GPU then draws while the page builds the data graph, its index and the panels.
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "./display-graph.ts";
import { edgeView, nodeView, plainContext, type ReducerContext } from "./reducers.ts";
import { labelLayer } from "./labels.ts";

/** Nodes plus edges above which the viewer switches to its big-graph behaviour. */
export const BIG_GRAPH = 50_000;
export const isBig = (counts: { order: number; size: number }) => counts.order + counts.size > BIG_GRAPH;

export interface Drawn {
  renderer: Sigma<DisplayNode, DisplayEdge>;
  /** What the reducers read; the view replaces its parts and refreshes the renderer. */
  context: ReducerContext;
  big: boolean;
}

/**
 * Draws `display` in `container` as `view` says (by default, everything plain). `counts` are the whole graph's (articles and sentences included),
 * which decide the big-graph behaviour: plain line edges, nodes as point sprites (one vertex each;
 * with software WebGL the instanced discs took 460 ms a frame for 16k nodes, points 26 ms), and no
 * edge picking (it draws every edge a second time; big graphs open an edge from its node's panel).
 */
export function drawGraph(display: DisplayGraph, container: HTMLElement, counts: { order: number; size: number },
  view: Pick<ReducerContext, "visibility" | "emphasis"> = plainContext()): Drawn {
  const big = isBig(counts);
  const small = counts.order < 400;
  const context: ReducerContext = { ...view, edgeProgram: big ? "thin" : "arrow", nodeProgram: big ? "point" : "circle" };
  const renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    nodeReducer: (key, attrs) => nodeView(key, attrs, context),
    edgeReducer: (key, attrs) => edgeView(key, attrs, context),
    enableEdgeEvents: !big,
    nodeProgramClasses: { point: NodePointProgram as unknown as NodeProgramType<DisplayNode, DisplayEdge> },
    edgeProgramClasses: { thin: EdgeLineProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge> },
    minEdgeThickness: big ? 1 : 1.7,
    renderEdgeLabels: true,
    zIndex: true,
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2937" },
    // sigma's label grid picks the candidates; the label layer draws those that fit, none over another or past the edge
    defaultDrawNodeLabel: labelLayer(),
    edgeLabelSize: 10,
    edgeLabelColor: { color: "#4b5563" },
    labelDensity: small ? 1.5 : 0.6,
    labelGridCellSize: small ? 70 : 90,
    // Small graphs label every node; big ones only nodes drawn large enough to carry a label.
    labelRenderedSizeThreshold: small ? 0 : 6,
    defaultEdgeType: "arrow",
    hideEdgesOnMove: display.size > 20000,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
  });
  // Hand the drawing to the GPU now, so it draws while the page goes on building the view.
  for (const canvas of Object.values(renderer.getCanvases())) (canvas.getContext("webgl2") ?? canvas.getContext("webgl"))?.flush();
  performance.mark("casegraph:sigma");
  return { renderer, context, big };
}
