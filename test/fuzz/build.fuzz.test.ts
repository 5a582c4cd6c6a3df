// Hostile articles in one folder beside good ones, through the real `casegraph build` with its
// heap capped at 1 GB: every hostile file builds or is skipped with a warning naming it, every
// good article is built, nothing prints a stack trace, and the graph passes the contract.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, REPO, STACK_FRAME, tempDir, writeFiles } from "../cli/run.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { random } from "../bench/corpus.ts";
import { goodStory, hostileArticles } from "./articles.ts";

afterAll(cleanup);

const HEAP_MB = 1024;
const hostile = hostileArticles(1, 1);
const good = Array.from({ length: 12 }, (_, i) => ({ name: `good/story-${String(i).padStart(2, "0")}.txt`, text: goodStory(random(100 + i), i) }));
let run: { status: number | null; stdout: string; stderr: string };
let graph: ReturnType<typeof checkGraph>;
let dir: string;

beforeAll(() => {
  dir = tempDir("casegraph-fuzz-build-");
  writeFiles(dir, [
    ...hostile.map((f): [string, Uint8Array] => [join("in", f.name.replaceAll("/", "_")), f.bytes]),
    ...good.map((g): [string, string] => [join("in", g.name), g.text]),
  ]);
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, join(REPO, "src/bin.js"), "build", join(dir, "in"), "--out", join(dir, "out")], {
    cwd: REPO, encoding: "utf8", timeout: 240_000, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" },
  });
  if (r.error) throw r.error;
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  graph = checkGraph(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")));
}, 300_000);

describe(`casegraph build on ${hostile.length} hostile files beside 12 good ones, heap capped at ${HEAP_MB} MB`, () => {
  it("exits 0 without a stack trace, and the graph passes the contract", () => {
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(/internal error|heap out of memory/i);
    expect(run.status).toBe(0);
    if (!graph.ok) throw new Error(graph.message);
  });

  it("builds every good article", () => {
    if (!graph.ok) throw new Error(graph.message);
    const articles = new Set(graph.graph.nodes.filter((n) => n.attributes.type === "Article").map((n) => n.attributes.path));
    for (const g of good) expect(articles).toContain(g.name);
  });

  it.for(hostile.map((f) => f.name.replaceAll("/", "_")))("%s is built or named with its reason", (name) => {
    if (!graph.ok) throw new Error(graph.message);
    const built = graph.graph.nodes.some((n) => n.attributes.type === "Article" && n.attributes.path === name);
    const named = run.stderr.split("\n").some((l) => l.startsWith(`casegraph: skipped ${name}: `) || l.startsWith(`casegraph: warning: ${name}: `));
    expect(built || named).toBe(true);
    if (!built) expect(named).toBe(true);
  });

  it("caps titles and never repeats a title in each sentence label", () => {
    if (!graph.ok) throw new Error(graph.message);
    for (const n of graph.graph.nodes) {
      if (n.attributes.type === "Article") expect(n.attributes.label.length).toBeLessThanOrEqual(160);
      if (n.attributes.type === "Sentence") expect(n.attributes.label.length).toBeLessThanOrEqual(60);
    }
  });

  it("drops the empty mentions of glued names with a warning, and keeps the rest of those articles", () => {
    if (!graph.ok) throw new Error(graph.message);
    const glued = hostile.filter((f) => f.family === "glued title").map((f) => f.name);
    for (const name of glued) expect(graph.graph.nodes.some((n) => n.attributes.type === "Article" && n.attributes.path === name)).toBe(true);
    for (const e of graph.graph.edges) if (e.attributes.type === "MENTIONED_IN") expect(e.attributes.surface.length).toBeGreaterThan(0);
  });
});
