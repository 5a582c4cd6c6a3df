// Makes sure graph/ holds the graph that seeds/ and src/ build now. File times cannot tell (a fresh
// clone gives every file the time of the checkout), so the seeds are built into a temporary folder
// and the result compared with graph/: only a graph that differs is replaced, and the message says
// what happened.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const FILES = ["graph.json", "graph.graphml"];

const same = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

export function ensureSeedsGraph(root: string): { path: string; status: "built" | "rebuilt" | "up to date" } {
  const graphDir = join(root, "graph"), out = join(graphDir, "graph.json");
  const fresh = mkdtempSync(join(tmpdir(), "casegraph-seeds-"));
  try {
    const run = spawnSync(process.execPath, [join(root, "src", "bin.js"), "build", join(root, "seeds"), "--out", fresh, "--quiet"], { stdio: ["ignore", "inherit", "inherit"] });
    if (run.status !== 0) throw new Error(`building the seeds graph failed (exit ${run.status})`);
    const existed = existsSync(out);
    const changed = FILES.filter((f) => existsSync(join(fresh, f)) && !same(join(fresh, f), join(graphDir, f)));
    if (!changed.length) {
      console.log("graph/graph.json is up to date (it is what seeds/ builds now)");
      return { path: out, status: "up to date" };
    }
    mkdirSync(graphDir, { recursive: true });
    for (const f of changed) copyFileSync(join(fresh, f), join(graphDir, f));
    console.log(existed ? "graph/graph.json was not what seeds/ and src/ build now: rebuilt it" : "built graph/graph.json from seeds/");
    return { path: out, status: existed ? "rebuilt" : "built" };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
