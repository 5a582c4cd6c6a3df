// Framing: after a path result, a question or a filter, the camera shows what is shown, with room
// around it for the labels. What to frame is decided by a pure function; moving is sigma's.
import type Sigma from "sigma";
import { getCameraStateToFitViewportToNodes } from "@sigma/utils";
import type { ViewState, Visibility } from "../state/index.ts";
import type { PathLike } from "./emphasis.ts";

/** Extra room around the framed nodes, as a factor of the tightest fit. */
const MARGIN = 1.3;
const DURATION = 450;

/**
 * The nodes the camera should frame after a state change, or null when it should stay: the nodes
 * of the path results shown (or of the active one) when the question or the active result
 * changed; the visible nodes when the filters changed or the question was cleared. `drawn` lists
 * the nodes the display graph holds.
 */
export function framingTarget(previous: ViewState | null, state: ViewState, results: readonly PathLike[], visibility: Visibility, drawn: () => Iterable<string>): string[] | null {
  const visible = () => [...drawn()].filter((n) => !visibility.hiddenNodes.has(n));
  const queryChanged = previous ? state.query !== previous.query || state.activeResult !== previous.activeResult : state.query !== null;
  if (queryChanged && results.length) return resultNodes(state, results, visibility);
  // the first view shows the whole graph, unless the address opened a case alone
  if (!previous) return state.filters.caseKey ? visible() : null;
  if (queryChanged && !state.query) return visible();
  if (state.filters !== previous.filters && !state.query) return visible();
  return null;
}

/** The visible nodes of the path results shown: the active one, or all. */
export function resultNodes(state: ViewState, results: readonly PathLike[], visibility: Visibility): string[] {
  const shown = state.activeResult !== null && results[state.activeResult] ? [results[state.activeResult]!] : results;
  return [...new Set(shown.flatMap((r) => r.nodes))].filter((n) => !visibility.hiddenNodes.has(n));
}

/**
 * Moves the camera to show `nodes`, with a margin; one node is centred. It zooms in no closer than
 * `minRatio`, so two nodes side by side are shown with their surroundings, not filling the screen.
 */
export function frame(renderer: Sigma, nodes: readonly string[], options: { animate?: boolean; minRatio?: number } = {}): void {
  const minRatio = options.minRatio ?? 0.05;
  const camera = renderer.getCamera();
  const duration = options.animate === false ? 0 : DURATION;
  const drawn = nodes.filter((n) => renderer.getNodeDisplayData(n));
  if (drawn.length === 0) return;
  if (drawn.length === 1) {
    const d = renderer.getNodeDisplayData(drawn[0]!)!;
    camera.animate({ x: d.x, y: d.y, ratio: Math.max(minRatio, Math.min(camera.ratio, 0.5)) }, { duration });
    return;
  }
  const fit = getCameraStateToFitViewportToNodes(renderer as unknown as Sigma, drawn);
  camera.animate({ ...fit, ratio: Math.max(minRatio, fit.ratio * MARGIN) }, { duration });
}
