// The build-time layout (src/layout): deterministic, complete, pure, and bounded for big graphs.
// It lives under test/web because its only reader is the viewer's first frame.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { assignLayout, hashUnit, layoutGraph, layoutIterations } from "../../src/layout/index.ts";
import { buildGraph } from "../../src/pipeline.ts";

function ring(n: number): Graph {
  const g = new Graph({ type: "directed", multi: true });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { type: "Person", label: `P${i}` });
  for (let i = 0; i < n; i++) g.addEdge(`n${i}`, `n${(i + 1) % n}`, { type: "ACCUSED" });
  return g;
}

describe("build-time layout", () => {
  it("gives every node finite x and y", () => {
    const positions = layoutGraph(ring(30));
    expect(Object.keys(positions)).toHaveLength(30);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("gives the same numbers for the same graph, run after run", () => {
    expect(layoutGraph(ring(50))).toEqual(layoutGraph(ring(50)));
  });

  it("starts each key at its own hashed point, the same every time", () => {
    expect(hashUnit("a", 1)).not.toBe(hashUnit("b", 1));
    expect(hashUnit("a", 1)).not.toBe(hashUnit("a", 2));
    expect(hashUnit("a", 1)).toBe(hashUnit("a", 1));
  });

  it("leaves the graph alone in its pure form and writes x, y in its assigning form", () => {
    const g = ring(5);
    layoutGraph(g);
    expect(g.getNodeAttribute("n0", "x")).toBeUndefined();
    assignLayout(g);
    expect(typeof g.getNodeAttribute("n0", "x")).toBe("number");
    expect(g.getNodeAttribute("n0", "type")).toBe("Person");
  });

  it("copes with graphs that have no edges or no nodes", () => {
    expect(layoutGraph(new Graph())).toEqual({});
    const lonely = new Graph();
    lonely.addNode("a");
    expect(Object.keys(layoutGraph(lonely))).toEqual(["a"]);
  });

  it("spends fewer iterations on bigger graphs, none on very big ones", () => {
    expect(layoutIterations(100, 300)).toBe(150);
    expect(layoutIterations(100, 300)).toBeGreaterThan(layoutIterations(5000, 20000));
    expect(layoutIterations(5000, 20000)).toBeGreaterThan(0);
    expect(layoutIterations(64000, 180000)).toBe(0);
  });

  it("still places every node of a graph too big for iterations, deterministically", () => {
    const g = ring(50);
    const positions = layoutGraph(g, { iterations: 0 });
    expect(Object.keys(positions)).toHaveLength(50);
    expect(positions).toEqual(layoutGraph(g, { iterations: 0 }));
    expect(positions.n0).not.toEqual(positions.n1);
  });

  it("makes the seeds build byte-identical from one run to the next, with positions", () => {
    const dir = "seeds";
    const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ path: f, bytes: readFileSync(join(dir, f)) }));
    const a = buildGraph(files), b = buildGraph(files);
    expect(JSON.stringify(a.graph.export())).toBe(JSON.stringify(b.graph.export()));
    a.graph.forEachNode((_, attrs) => expect(typeof attrs.x).toBe("number"));
    expect(a.timings.layout).toBeGreaterThanOrEqual(0);
  });
});
