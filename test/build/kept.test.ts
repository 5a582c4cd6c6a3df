// What build --watch keeps between builds (src/build/map.ts KeptMaps): every article's map, so a
// change re-extracts only the changed articles. Each rebuild of one process gives the files of a
// clean build, the cache keeps an entry for every article, and the reduce leaves the kept maps as
// they were (they are frozen here: a write to them would throw).
import { afterAll, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { casegraph, cleanup, tempDir, writeFiles } from "../cli/run.ts";
import { generateArticles } from "../bench/corpus.ts";
import { buildOnce, type BuildRequest } from "../../src/commands/build.ts";
import { newTailMemo } from "../../src/build/memo.ts";
import type { KeptMaps } from "../../src/build/map.ts";

afterAll(cleanup);

const articles = [...generateArticles(10_000, 11)].map(({ path, text }) => [path, text] as [string, string]);
const output = (out: string) => ({ json: readFileSync(join(out, "graph.json")), graphml: readFileSync(join(out, "graph.graphml")) });

function freeze(value: unknown): void {
  if (!value || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) freeze(v);
}

describe("build --watch: the maps kept between builds", () => {
  const dir = tempDir(), input = join(dir, "in"), out = join(dir, "out");
  writeFiles(input, articles.slice(0, -1));
  const kept: KeptMaps = new Map();
  const memo = newTailMemo();
  const request: BuildRequest = { input, outDir: out, quiet: true, progress: false, jobs: 1, cache: true, kept, memo };
  const steps: { name: string; change: () => void; files: number }[] = [
    { name: "first build", change: () => {}, files: articles.length - 1 },
    { name: "nothing changed", change: () => {}, files: articles.length - 1 },
    { name: "an article added", change: () => writeFiles(input, [articles.at(-1)!]), files: articles.length },
    { name: "an article changed", change: () => writeFileSync(join(input, articles[1]![0]), `${articles[1]![1]}\nThe judge thanked the jury.\n`), files: articles.length },
    { name: "an article removed", change: () => rmSync(join(input, articles[3]![0])), files: articles.length - 1 },
  ];
  it.for(steps)("$name: the files of a clean build", { timeout: 180_000 }, async ({ change, files }) => {
    change();
    await buildOnce(request);
    for (const { map } of kept.values()) freeze(map);
    expect(kept.size).toBe(files);
    const clean = join(tempDir(), "clean");
    const r = casegraph(["build", input, "--out", clean, "--quiet", "--no-cache"]);
    expect(r.status, r.stderr).toBe(0);
    const built = output(out), fresh = output(clean);
    expect(built.json.equals(fresh.json)).toBe(true);
    expect(built.graphml.equals(fresh.graphml)).toBe(true);
    // the cache keeps an entry for every article, kept in memory or not
    expect(readdirSync(join(out, ".casegraph-cache")).filter((n) => !n.endsWith(".tmp"))).toHaveLength(files);
  });
  it("keeps each article's part of the graph, its text and its check for the next build", () => {
    for (const { map } of kept.values()) {
      const part = memo.parts.get(map.document!)!;
      expect(part).toBeDefined();
      expect(memo.json.has(part.article.attributes)).toBe(true);
      expect(memo.checked.has(part.sentences[0]!.attributes)).toBe(true);
    }
  });
});
