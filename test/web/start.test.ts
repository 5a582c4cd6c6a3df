// npm start and build:web rebuild the seeds graph only when it is missing or older than seeds/ or src/.
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { ensureSeedsGraph } from "../../web/scripts/fresh-graph.ts";

const roots: string[] = [];
afterEach(() => { for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true }); });

/** A project with a stand-in CLI that counts its builds. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), "casegraph-start-"));
  roots.push(root);
  mkdirSync(join(root, "seeds"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "seeds", "a.txt"), "An article.");
  writeFileSync(join(root, "src", "bin.js"), `
    const fs = require("node:fs"), path = require("node:path");
    const out = process.argv[process.argv.indexOf("--out") + 1];
    fs.mkdirSync(out, { recursive: true });
    const count = path.join(out, "builds");
    const n = fs.existsSync(count) ? Number(fs.readFileSync(count, "utf8")) + 1 : 1;
    fs.writeFileSync(count, String(n));
    fs.writeFileSync(path.join(out, "graph.json"), "{}");`);
  return root;
}
const builds = (root: string) => Number(readFileSync(join(root, "graph", "builds"), "utf8"));
const age = (path: string, secondsAgo: number) => { const t = Date.now() / 1000 - secondsAgo; utimesSync(path, t, t); };

describe("the seeds graph before serving", () => {
  it("is built when it is missing", () => {
    const root = project();
    expect(ensureSeedsGraph(root)).toBe(join(root, "graph", "graph.json"));
    expect(builds(root)).toBe(1);
  });

  it("is left alone when it is newer than seeds/ and src/", () => {
    const root = project();
    ensureSeedsGraph(root);
    for (const f of ["seeds/a.txt", "src/bin.js"]) age(join(root, f), 60);
    ensureSeedsGraph(root);
    expect(builds(root)).toBe(1);
  });

  it("is rebuilt when an article or the source changed after it", () => {
    const root = project();
    ensureSeedsGraph(root);
    age(join(root, "graph", "graph.json"), 120);
    age(join(root, "src", "bin.js"), 180);
    age(join(root, "seeds", "a.txt"), 60);
    ensureSeedsGraph(root);
    expect(builds(root)).toBe(2);
  });
});
