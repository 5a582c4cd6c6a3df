// The map on many machines: BullMQ over Redis. `casegraph build --redis URL` puts one job per
// article not in the cache on the queue and collects the results; `casegraph worker --redis URL`,
// on any number of machines, takes jobs and maps them on its worker threads (src/build/map.ts), so
// its event loop stays free to renew the job's lock. A worker that dies mid-job stops renewing it:
// another worker's stalled-job check puts the job back on the queue, and a job that fails is tried
// again, so no article is lost. The results come back as cache entries (src/build/cache.ts),
// checked like any other, and the build does the reduce.
import { randomUUID } from "node:crypto";
import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from "bullmq";
import { Redis, type RedisOptions } from "ioredis";
import { CaseGraphError, InputError } from "../errors.ts";
import { extractorVersion } from "./version.ts";
import type { MapTask } from "./map-task.ts";
import type { Mapper } from "./map.ts";

export const QUEUE = "casegraph-extract";
/** Attempts per article before the build gives up on it. */
const ATTEMPTS = 3;

interface JobData {
  path: string;
  /** The file's bytes, base64. */
  bytes: string;
  hash: string;
  version: string;
  limits?: MapTask["limits"];
}

/** ioredis options for `url` (redis://[user:password@]host:port[/db], rediss:// for TLS); a malformed address is one line. */
export function redisOptions(url: string): RedisOptions {
  let u: URL;
  try { u = new URL(url); } catch { throw new InputError(`--redis '${url}' is not an address like redis://host:6379`); }
  if ((u.protocol !== "redis:" && u.protocol !== "rediss:") || !u.hostname) throw new InputError(`--redis '${url}' is not an address like redis://host:6379`);
  const db = Number(u.pathname.slice(1) || 0);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: Number(u.port || 6379),
    ...(u.username && { username: decodeURIComponent(u.username) }),
    ...(u.password && { password: decodeURIComponent(u.password) }),
    ...(Number.isInteger(db) && db > 0 && { db }),
    ...(u.protocol === "rediss:" && { tls: {} }),
    maxRetriesPerRequest: null,
  };
}

/** Checks that a Redis server answers at `url`: an address where none does is one line. */
export async function reachable(url: string, role: "build" | "worker"): Promise<RedisOptions> {
  const options = redisOptions(url);
  const redis = new Redis({ ...options, lazyConnect: true, retryStrategy: () => null });
  let refused: NodeJS.ErrnoException | undefined;
  redis.on("error", (err) => { refused ??= err; });
  try {
    await withTimeout(redis.connect().then(() => redis.ping()), 10_000);
  } catch (err) {
    const why = refused ?? (err as NodeJS.ErrnoException);
    throw new InputError(`cannot reach Redis at '${url}' for the ${role} (${why.code ?? why.message})`);
  } finally {
    redis.disconnect();
  }
  return options;
}

const withTimeout = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms).unref())]);

/** The build's side: enqueue, collect in any order, hand each entry to `done`. */
export function redisMapper(url: string): Mapper {
  return async (tasks, done) => {
    const connection = await reachable(url, "build");
    const queue = new Queue<JobData>(QUEUE, { connection });
    const events = new QueueEvents(QUEUE, { connection });
    const run = randomUUID();
    const pending = new Map<string, number>();
    tasks.forEach((_, k) => pending.set(`${run}-${k}`, k));
    try {
      await events.waitUntilReady();
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        // Events are a capped stream: a sweep now and then finds results whose event was missed.
        const sweep = setInterval(() => void sweepJobs(queue, [...pending.keys()].slice(0, 500), finish, fail).catch(() => {}), 5_000);
        let told = false;
        const lonely = setInterval(() => void queue.getWorkersCount().then((n) => {
          if (n > 0 || told) return;
          told = true;
          console.error(`casegraph: note: no worker is taking jobs on ${url}; start one with: casegraph worker --redis ${url}`);
        }).catch(() => {}), 10_000);
        const settle = (err?: unknown) => {
          if (settled) return;
          settled = true;
          clearInterval(sweep);
          clearInterval(lonely);
          if (err) reject(err); else resolve();
        };
        function finish(jobId: string, value: unknown) {
          const k = pending.get(jobId);
          if (k === undefined || settled) return;
          pending.delete(jobId);
          try { done(k, Buffer.from(String(typeof value === "string" && value.startsWith('"') ? JSON.parse(value) : value), "base64")); }
          catch (err) { settle(err); return; }
          if (pending.size === 0) settle();
        }
        function fail(jobId: string, reason: string) {
          const k = pending.get(jobId);
          if (k !== undefined) settle(new CaseGraphError(`the workers on ${url} could not extract ${tasks[k]!.path}: ${reason}`));
        }
        events.on("completed", ({ jobId, returnvalue }) => finish(jobId, returnvalue));
        events.on("failed", ({ jobId, failedReason }) => fail(jobId, failedReason));
        void (async () => {
          for (let from = 0; from < tasks.length; from += 500) {
            await queue.addBulk(tasks.slice(from, from + 500).map((t, i) => ({
              name: "map",
              data: { path: t.path, bytes: Buffer.from(t.bytes).toString("base64"), hash: t.hash, version: t.version, ...(t.limits && { limits: t.limits }) },
              opts: { jobId: `${run}-${from + i}`, attempts: ATTEMPTS, backoff: { type: "fixed", delay: 500 }, removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } },
            })));
          }
        })().catch(settle);
        if (pending.size === 0) settle();
      });
    } finally {
      await events.close().catch(() => {});
      await queue.close().catch(() => {});
    }
  };
}

async function sweepJobs(queue: Queue<JobData>, ids: string[], finish: (id: string, v: unknown) => void, fail: (id: string, r: string) => void) {
  for (const id of ids) {
    const job = await queue.getJob(id);
    if (!job?.finishedOn) continue;
    if (job.returnvalue !== undefined && job.returnvalue !== null && !job.failedReason) finish(id, job.returnvalue);
    else if (await job.isFailed()) fail(id, job.failedReason);
  }
}

export interface WorkerOptions {
  jobs: number;
  /** How long a job's lock lasts without renewal, so how soon a dead worker's job is taken again (ms). */
  lockMs?: number;
}

/** The worker's side: maps jobs on `jobs` threads until stopped; resolves once closed. */
export async function runWorker(url: string, options: WorkerOptions, stopped: Promise<void>): Promise<void> {
  const connection = await reachable(url, "worker");
  const version = extractorVersion();
  const { threadPool } = await import("./map.ts");
  const pool = await threadPool(options.jobs);
  const lockDuration = options.lockMs ?? 30_000;
  const worker = new Worker<JobData, string>(QUEUE, async (job: Job<JobData>) => {
    const d = job.data;
    if (d.version !== version) throw new UnrecoverableError(`the worker runs another casegraph (extractor version ${version.slice(0, 12)}, the build's is ${d.version.slice(0, 12)}); run the same version on both`);
    const entry = await pool.run({ path: d.path, bytes: Buffer.from(d.bytes, "base64"), hash: d.hash, version: d.version, ...(d.limits && { limits: d.limits }) });
    return Buffer.from(entry).toString("base64");
  }, { connection, concurrency: options.jobs, lockDuration, stalledInterval: lockDuration, maxStalledCount: ATTEMPTS });
  // A lost server is said once, not once per reconnection attempt; ioredis keeps trying.
  let lastProblem = "";
  worker.on("error", (err) => {
    const problem = (err as NodeJS.ErrnoException).code ?? err.message.split("\n")[0]!;
    if (problem !== lastProblem) console.error(`casegraph: worker: ${problem === "ECONNREFUSED" ? `lost Redis at ${url}; trying again` : problem}`);
    lastProblem = problem;
  });
  worker.on("ready", () => { lastProblem = ""; });
  await worker.waitUntilReady();
  console.error(`casegraph: worker taking extraction jobs from ${url} on ${options.jobs} thread${options.jobs === 1 ? "" : "s"} (Ctrl-C stops)`);
  await stopped;
  // Active jobs finish first; a worker that cannot reach Redis any more leaves them to stall.
  await withTimeout(worker.close(), 10_000).catch(() => worker.close(true));
  await pool.destroy();
}
