// Which edge a click on empty canvas meant. Sigma picks edges from a half-resolution buffer, where a
// line under two pixels wide leaves gaps; a click within a few pixels of an edge should still open it.

export interface Point { x: number; y: number }

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x, dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The edge nearest to p among `edges` (key and end points, in screen pixels), if one is within `tolerance`. */
export function nearestEdge(p: Point, edges: Iterable<{ key: string; source: Point; target: Point }>, tolerance: number): string | null {
  let best: string | null = null, bestDistance = tolerance;
  for (const e of edges) {
    const d = distanceToSegment(p, e.source, e.target);
    if (d <= bestDistance) { best = e.key; bestDistance = d; }
  }
  return best;
}
