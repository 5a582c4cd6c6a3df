// A label layer that never draws two labels over each other nor past the canvas edge. Sigma picks
// the candidates (its label grid, plus forced labels) and calls the drawing function once per label
// while it renders a frame; this layer only collects them, and once the frame is drawn places them
// by priority (forced labels, then larger nodes): to the right of the node, else to its left, below
// or above it, wherever it neither leaves the canvas nor covers a label already placed. A label that
// fits nowhere waits for a hover or a closer zoom.
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";

type LabelData = Parameters<NodeLabelDrawingFunction>[1] & { forceLabel?: boolean; key?: string };
interface Box { left: number; right: number; top: number; bottom: number }

/** Space kept between labels and from the canvas edge, in pixels. */
const GAP = 2;

export interface Placed { key: string; label: string; box: Box }

/**
 * Places labels: `measure` gives a label's width. Pure, so it is tested without a canvas; returns
 * the labels drawn, with their boxes, in drawing order.
 */
export function placeLabels(candidates: readonly LabelData[], measure: (label: string) => number, labelSize: number, width: number, height: number): Placed[] {
  const order = [...candidates].filter((c) => c.label).sort((a, b) =>
    Number(!!b.forceLabel) - Number(!!a.forceLabel) || b.size - a.size || String(a.key ?? a.label).localeCompare(String(b.key ?? b.label)));
  const placed: Placed[] = [];
  const free = (b: Box) => placed.every((p) => b.right + GAP <= p.box.left || b.left >= p.box.right + GAP || b.bottom + GAP <= p.box.top || b.top >= p.box.bottom + GAP);
  for (const c of order) {
    const w = measure(c.label!);
    const top = c.y - labelSize / 2 - 1, bottom = c.y + labelSize / 2 + 1;
    if (bottom < 0 || top > height) continue;
    const right = { left: c.x + c.size + 3, right: c.x + c.size + 3 + w, top, bottom };
    const left = { left: c.x - c.size - 3 - w, right: c.x - c.size - 3, top, bottom };
    const lift = c.size + labelSize / 2 + 3;
    const above = { left: c.x - w / 2, right: c.x + w / 2, top: top - lift, bottom: bottom - lift };
    const below = { left: c.x - w / 2, right: c.x + w / 2, top: top + lift, bottom: bottom + lift };
    const inside = (b: Box) => b.left >= GAP && b.right <= width - GAP && b.top >= 0 && b.bottom <= height;
    let box = [right, left, below, above].find((b) => inside(b) && free(b));
    // a forced label (a path, a hovered neighbourhood) is always drawn, inside the canvas
    if (!box && c.forceLabel) {
      const x = Math.min(Math.max(inside(right) || !inside(left) ? right.left : left.left, GAP), Math.max(GAP, width - GAP - w));
      box = { left: x, right: x + w, top, bottom };
    }
    if (box) placed.push({ key: String(c.key ?? c.label), label: c.label!, box });
  }
  return placed;
}

/** The drawing function to give sigma as `defaultDrawNodeLabel`. */
export function labelLayer<N extends Attributes, E extends Attributes>(): NodeLabelDrawingFunction<N, E> {
  let frame: { context: CanvasRenderingContext2D; settings: Settings<N, E>; labels: LabelData[] } | null = null;
  const flush = () => {
    if (!frame) return;
    const { context, settings, labels } = frame;
    frame = null;
    const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
    context.font = `${weight} ${size}px ${font}`;
    const canvas = context.canvas;
    const placed = placeLabels(labels, (l) => context.measureText(l).width, size, canvas.clientWidth || canvas.width, canvas.clientHeight || canvas.height);
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.85)";
    context.lineJoin = "round";
    for (const p of placed) {
      const y = (p.box.top + p.box.bottom) / 2 + size / 3;
      context.strokeText(p.label, p.box.left, y); // a light halo keeps a label readable over edges
      context.fillText(p.label, p.box.left, y);
    }
  };
  return (context, data, settings) => {
    // Sigma calls this for each label of a frame, synchronously: the frame's labels are placed together once it is drawn.
    if (!frame) { frame = { context, settings, labels: [] }; queueMicrotask(flush); }
    frame.labels.push(data as LabelData);
  };
}
