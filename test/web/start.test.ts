// npm start and build:web make sure graph/ holds what seeds/ builds now: by content, not file times,
// so a fresh clone (every file as old as the checkout) is not told that seeds/ or src/ changed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ensureSeedsGraph } from "../../web/scripts/fresh-graph.ts";

const roots: string[] = [];
afterEach(() => { for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true }); vi.restoreAllMocks(); });

/** A project whose stand-in CLI builds graph.json from the seeds' text, and counts its builds. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "casegraph-start-"));
  roots.push(root);
  mkdirSync(join(root, "seeds"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "seeds", "a.txt"), "An article.");
  writeFileSync(join(root, "src", "bin.js"), `
    const fs = require("node:fs"), path = require("node:path");
    const [, , , seeds] = process.argv, out = process.argv[process.argv.indexOf("--out") + 1];
    fs.mkdirSync(out, { recursive: true });
    const text = fs.readdirSync(seeds).sort().map((f) => fs.readFileSync(path.join(seeds, f), "utf8")).join("|");
    fs.writeFileSync(path.join(out, "graph.json"), JSON.stringify({ built: text }));`);
  return root;
}
const graphText = (root: string) => readFileSync(join(root, "graph", "graph.json"), "utf8");
const age = (path: string, secondsAgo: number) => { const t = Date.now() / 1000 - secondsAgo; utimesSync(path, t, t); };
function said(root: string): { status: string; message: string } {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const { status } = ensureSeedsGraph(root);
  const message = log.mock.calls.map((c) => String(c[0])).join("\n");
  log.mockRestore();
  return { status, message };
}

describe("the seeds graph before serving", () => {
  it("is built when it is missing", () => {
    const root = project();
    expect(said(root)).toEqual({ status: "built", message: "built graph/graph.json from seeds/" });
    expect(JSON.parse(graphText(root))).toEqual({ built: "An article." });
  });

  it("is up to date on a fresh clone, where graph/ is older than src/ and seeds/ but is what they build", () => {
    const root = project();
    said(root);
    age(join(root, "graph", "graph.json"), 600);
    const before = statSync(join(root, "graph", "graph.json")).mtimeMs;
    expect(said(root)).toEqual({ status: "up to date", message: "graph/graph.json is up to date (it is what seeds/ builds now)" });
    expect(statSync(join(root, "graph", "graph.json")).mtimeMs).toBe(before); // not rewritten
  });

  it("is rebuilt, and says so, when an article changed, whatever the file times say", () => {
    const root = project();
    said(root);
    writeFileSync(join(root, "seeds", "a.txt"), "An article, corrected.");
    age(join(root, "seeds", "a.txt"), 600);
    expect(said(root)).toEqual({ status: "rebuilt", message: "graph/graph.json was not what seeds/ and src/ build now: rebuilt it" });
    expect(JSON.parse(graphText(root))).toEqual({ built: "An article, corrected." });
  });
});
