// Builds on BullMQ over a real redis-server: two worker processes extract, the build reduces. The
// graph equals a local build's, and a worker killed mid-job loses no article (its job is taken again).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Queue } from "bullmq";
import { available, needRedis, REDIS_SERVER } from "../support/debian.ts";
import { REPO, STACK_FRAME, casegraph, cleanup, tempDir, writeFiles } from "../cli/run.ts";
import { generateArticles } from "../bench/corpus.ts";
import { QUEUE } from "../../src/build/redis.ts";

afterAll(cleanup);

const articles = [...generateArticles(60_000, 5)].map(({ path, text }) => [path, text] as [string, string]);

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  }).on("error", reject);
});

/** A child process whose output is kept, and a promise for when a line matching `re` appears. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(REPO, "src/bin.js"), ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: "1", ...env } });
  const out = { text: "" };
  child.stdout!.on("data", (d) => (out.text += d));
  child.stderr!.on("data", (d) => (out.text += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, out, exited };
}
const until = async (test: () => boolean | Promise<boolean>, what: string, ms = 60_000) => {
  for (const t0 = Date.now(); !(await test()); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() - t0 > ms) throw new Error(`gave up waiting for ${what}`);
};

describe("casegraph build --redis with casegraph workers", () => {
  if (!available(needRedis())) return;
  let server: ChildProcess, url = "";
  const workers: ReturnType<typeof start>[] = [];
  const input = join(tempDir(), "in");
  writeFiles(input, articles);
  let local: Buffer;

  beforeAll(async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    server = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    server.stdout!.on("data", (d) => (log += d));
    await until(() => /Ready to accept connections/.test(log), "redis-server to start");
    const out = join(tempDir(), "local");
    expect(casegraph(["build", input, "--out", out, "--quiet", "--no-cache", "--jobs", "1"]).status).toBe(0);
    local = readFileSync(join(out, "graph.json"));
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill("SIGKILL");
    server?.kill("SIGTERM");
  });
  const worker = () => {
    const w = start(["worker", "--redis", url, "--jobs", "1"], { CASEGRAPH_WORKER_LOCK_MS: "1500" });
    workers.push(w);
    return w;
  };

  it("two workers give the graph of a local build", async () => {
    const [a, b] = [worker(), worker()];
    await until(() => /taking extraction jobs/.test(a.out.text) && /taking extraction jobs/.test(b.out.text), "the workers to start");
    const out = join(tempDir(), "out");
    const r = casegraph(["build", input, "--out", out, "--redis", url], { timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`articles   ${articles.length} of ${articles.length} files`);
    expect(readFileSync(join(out, "graph.json")).equals(local)).toBe(true);
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
  });

  it("a worker killed mid-job loses no article: another takes its job", async () => {
    const queue = new Queue(QUEUE, { connection: { host: "127.0.0.1", port: Number(new URL(url).port) } });
    try {
      const first = worker();
      await until(() => /taking extraction jobs/.test(first.out.text), "the first worker to start");
      const out = join(tempDir(), "out");
      const build = start(["build", input, "--out", out, "--redis", url, "--no-cache"]);
      // the only worker holds a job: kill it there, without a chance to give the job back
      await until(async () => (await queue.getActiveCount()) > 0, "the first worker to take a job");
      first.child.kill("SIGKILL");
      await first.exited;
      expect(await queue.getActiveCount()).toBeGreaterThan(0); // locked by a dead worker
      const second = worker();
      expect(await build.exited).toBe(0);
      expect(build.out.text).toContain(`articles   ${articles.length} of ${articles.length} files`);
      expect(readFileSync(join(out, "graph.json")).equals(local)).toBe(true);
      second.child.kill("SIGTERM");
      await second.exited;
    } finally {
      await queue.close();
    }
  }, 120_000);

  it("an address where no Redis answers is one line", () => {
    const r = casegraph(["build", input, "--out", join(tempDir(), "out"), "--redis", "redis://127.0.0.1:1", "--no-cache"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^casegraph: cannot reach Redis at 'redis:\/\/127\.0\.0\.1:1' for the build \(ECONNREFUSED\)\n$/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
