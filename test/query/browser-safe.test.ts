import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The viewer bundles src/query for the browser: nothing in it (or what it imports) may need Node.
describe("src/query runs in the browser", () => {
  const folder = join(import.meta.dirname, "../../src/query");
  const files = readdirSync(folder).filter((f) => f.endsWith(".ts"));
  const sources = [...files.map((f) => join(folder, f)), join(folder, "../schema.ts"), join(folder, "../errors.ts")];

  it.each(sources.map((s) => [s.split("/src/")[1]!, s]))("%s imports no node: module", (_, path) => {
    const imports = [...readFileSync(path, "utf8").matchAll(/^\s*(?:import|export)[^'"]*from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
    for (const spec of imports) expect(spec, `${path} imports ${spec}`).toMatch(/^(\.{1,2}\/|graphology$|zod$)/);
  });
});
