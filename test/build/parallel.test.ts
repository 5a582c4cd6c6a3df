// Extraction on worker threads: the same maps and the same files whatever the number of threads.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STACK_FRAME, casegraph, cleanup, tempDir, writeFiles } from "../cli/run.ts";
import { generateArticles } from "../bench/corpus.ts";
import { mapArticles, threadMapper } from "../../src/build/map.ts";
import { mapFile } from "../../src/pipeline.ts";
import { ExtractionCache, contentHash, decodeEntry } from "../../src/build/cache.ts";
import { extractorVersion } from "../../src/build/version.ts";

afterAll(cleanup);
// every article count is enough for a thread here (a real build waits for a few hundred)
process.env.CASEGRAPH_ARTICLES_PER_THREAD = "1";

const articles = [...generateArticles(30_000, 11)].map(({ path, text }) => [path, text] as [string, string]);
const files = articles.map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) }));

describe("worker threads", () => {
  it("each thread's map of an article equals the one made in this thread", async () => {
    const version = extractorVersion();
    const tasks = files.slice(0, 4).map((f) => ({ ...f, hash: "h", version }));
    const got: unknown[] = [];
    await threadMapper(2)(tasks, (k, entry) => { got[k] = decodeEntry(entry, version, tasks[k]!.path, "h"); });
    for (const [k, f] of tasks.entries()) expect(got[k]).toEqual(await mapFile(f));
  });
  it("mapArticles gives the maps in path order with 1 and 2 jobs", async () => {
    const one = await mapArticles(files, { jobs: 1 }), two = await mapArticles(files, { jobs: 2 });
    expect(two.maps.map((m) => m.path)).toEqual(files.map((f) => f.path));
    expect(two.maps).toEqual(one.maps);
  });
  it("a rebuild maps its new article on a thread while this one decodes the cache: the same maps, the entry stored", async () => {
    const cache = new ExtractionCache(tempDir(), extractorVersion(), () => {});
    await mapArticles(files.slice(1), { cache, jobs: 1 });
    process.env.CASEGRAPH_OVERLAP_CACHED = "1";
    try {
      const rebuilt = await mapArticles(files, { cache, jobs: 2 });
      expect(rebuilt.extracted).toBe(1);
      expect(rebuilt.maps).toEqual((await mapArticles(files, { jobs: 1 })).maps);
      expect(cache.has(files[0]!.path, contentHash(files[0]!.bytes))).toBe(true);
    } finally {
      delete process.env.CASEGRAPH_OVERLAP_CACHED;
    }
  });
});

describe("casegraph build --jobs", () => {
  it("writes the same files with --jobs 1 and --jobs 2 (on two threads)", () => {
    const dir = tempDir(), input = join(dir, "in");
    writeFiles(input, articles);
    const out = (jobs: number) => {
      const o = join(dir, `out-${jobs}`);
      const r = casegraph(["build", input, "--out", o, "--quiet", "--jobs", String(jobs)]);
      expect(r.status, r.stderr).toBe(0);
      return [readFileSync(join(o, "graph.json")), readFileSync(join(o, "graph.graphml"))];
    };
    const [json1, graphml1] = out(1), [json2, graphml2] = out(2);
    expect(json2!.equals(json1!)).toBe(true);
    expect(graphml2!.equals(graphml1!)).toBe(true);
  });
  it.for(["0", "two", "1.5"])("--jobs %s is one line naming the option", (jobs) => {
    const dir = tempDir();
    writeFiles(dir, [["in/a.txt", articles[0]![1]]]);
    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out"), "--jobs", jobs]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`casegraph: --jobs must be a whole number from 1 to 256 (got '${jobs}')\n`);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
