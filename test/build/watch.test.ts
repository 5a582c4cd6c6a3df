// casegraph build --watch: a change in the folder rebuilds the graph, the same as a clean build.
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, casegraph, cleanup, tempDir, writeFiles } from "../cli/run.ts";
import { generateArticles } from "../bench/corpus.ts";

afterAll(cleanup);

const articles = [...generateArticles(8_000, 3)].map(({ path, text }) => [path, text] as [string, string]);

describe("casegraph build --watch", () => {
  it("builds, then builds again when an article is added, and stops on SIGTERM", async () => {
    const dir = tempDir(), input = join(dir, "in"), out = join(dir, "out");
    writeFiles(input, articles.slice(0, -1));
    const child = spawn(process.execPath, [join(REPO, "src/bin.js"), "build", input, "--out", out, "--watch"], { cwd: REPO, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "", stderr = "";
    const waiters: { test: () => boolean; resolve: () => void }[] = [];
    const check = () => { for (const w of waiters.splice(0)) if (w.test()) w.resolve(); else waiters.push(w); };
    child.stdout.on("data", (d) => { stdout += d; check(); });
    child.stderr.on("data", (d) => { stderr += d; check(); });
    const until = (test: () => boolean) => new Promise<void>((resolve) => { waiters.push({ test, resolve }); check(); });
    const builds = () => stdout.split("built ").length - 1;
    try {
      await until(() => builds() === 1 && stderr.includes("watching"));
      writeFiles(input, [articles.at(-1)!]);
      await until(() => builds() === 2);
      expect(stdout).toContain(`articles   ${articles.length} of ${articles.length} files (1 extracted, ${articles.length - 1} from the cache)`);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
    const clean = join(dir, "clean");
    expect(casegraph(["build", input, "--out", clean, "--quiet", "--no-cache"]).status).toBe(0);
    expect(readFileSync(join(out, "graph.json")).equals(readFileSync(join(clean, "graph.json")))).toBe(true);
    expect(stderr).not.toMatch(/error/);
  }, 120_000);
});
