// A click that sigma's edge picking misses still opens the edge it was meant for.
import { describe, expect, it } from "vitest";
import { distanceToSegment, nearestEdge } from "../../web/render/edge-hit.ts";

const edge = (key: string, x1: number, y1: number, x2: number, y2: number) => ({ key, source: { x: x1, y: y1 }, target: { x: x2, y: y2 } });

describe("clicking near an edge", () => {
  it("measures the distance to the segment, not to the infinite line", () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(3);
    expect(distanceToSegment({ x: 14, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(5);
    expect(distanceToSegment({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2);
  });

  it("picks the nearest edge within the tolerance, and nothing beyond it", () => {
    const edges = [edge("a", 0, 0, 100, 0), edge("b", 0, 10, 100, 10)];
    expect(nearestEdge({ x: 50, y: 3 }, edges, 4)).toBe("a");
    expect(nearestEdge({ x: 50, y: 7 }, edges, 4)).toBe("b");
    expect(nearestEdge({ x: 50, y: 30 }, edges, 4)).toBeNull();
    expect(nearestEdge({ x: 110, y: 0 }, edges, 4)).toBeNull();
  });
});
