// Shared by the viewer's unit tests: the fixtures, loaded the way the viewer loads them.
import { readFileSync } from "node:fs";
import { parseGraphText, indexGraph, type DataGraph, type GraphIndex } from "../../web/data/index.ts";

export const fixturePath = (name: string) => new URL(`../fixtures/viewer-${name}.json`, import.meta.url).pathname;
export const fixtureText = (name: string) => readFileSync(fixturePath(name), "utf8");

export function loadFixture(name: string): { graph: DataGraph; index: GraphIndex } {
  const result = parseGraphText(fixtureText(name), `viewer-${name}.json`);
  if (!result.ok) throw new Error(result.message);
  return { graph: result.graph, index: indexGraph(result.graph) };
}
