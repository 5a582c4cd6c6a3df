// graph.json is written in chunks; the bytes must be exactly JSON.stringify(graph.export()).
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildGraph } from "../../src/pipeline.ts";
import { graphJsonChunks } from "../../src/cli.ts";
import { REPO } from "./run.ts";

describe("graphJsonChunks", () => {
  const seeds = join(REPO, "seeds");
  const files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((path) => ({ path, bytes: readFileSync(join(seeds, path)) }));
  const { graph } = buildGraph(files);

  it.for([64, 4096, 1 << 20])("gives the bytes of JSON.stringify(graph.export()) in chunks of about %i characters", (size) => {
    const chunks = [...graphJsonChunks(graph, size)];
    expect(chunks.join("")).toBe(JSON.stringify(graph.export()));
    if (size === 64) expect(chunks.length).toBeGreaterThan(10);
  });

  it("writes what export() writes for any graph: empty attributes left out, undirected edges marked in a mixed graph", () => {
    const mixed = new Graph({ type: "mixed", multi: true });
    mixed.setAttribute("name", "odd");
    mixed.addNode("a");
    mixed.addNode("b", { label: "B", list: [1, "two"] });
    mixed.addDirectedEdgeWithKey("a>b", "a", "b");
    mixed.addUndirectedEdgeWithKey("a-b", "a", "b", { weight: 0.5 });
    expect([...graphJsonChunks(mixed, 8)].join("")).toBe(JSON.stringify(mixed.export()));
    const empty = new Graph();
    expect([...graphJsonChunks(empty)].join("")).toBe(JSON.stringify(empty.export()));
  });
});
