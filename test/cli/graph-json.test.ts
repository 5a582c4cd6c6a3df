// graph.json is written in chunks; the bytes must be exactly JSON.stringify(graph.export()).
import { describe, expect, it } from "vitest";
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
});
