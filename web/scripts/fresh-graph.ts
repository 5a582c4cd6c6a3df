// Builds the seeds graph when graph/graph.json is missing or older than seeds/ or src/.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

export function ensureSeedsGraph(root: string): string {
  const out = join(root, "graph", "graph.json");
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  const sources = Math.max(newest(join(root, "seeds")), newest(join(root, "src")));
  if (built >= sources) {
    console.log(`graph/graph.json is up to date`);
    return out;
  }
  console.log(built ? "seeds/ or src/ changed: rebuilding graph/graph.json" : "building graph/graph.json from seeds/");
  const run = spawnSync(process.execPath, [join(root, "src", "bin.js"), "build", join(root, "seeds"), "--out", join(root, "graph")], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`building the seeds graph failed (exit ${run.status})`);
  return out;
}
