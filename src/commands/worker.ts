// `casegraph worker --redis <url>`: extraction for builds on other machines (src/build/redis.ts).
import { InputError } from "../errors.ts";
import { parseCommand as parseArgs, positionals } from "../cli-args.ts";
import { jobsFlag } from "./build.ts";

export async function worker(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs("worker", argv);
  positionals("worker", positional);
  const url = flags.get("redis");
  if (typeof url !== "string") throw new InputError("worker needs --redis <url>: the Redis server the builds put their jobs on (for example --redis redis://127.0.0.1:6379)");
  // How soon a dead worker's job is taken again; tests make it short.
  const lockMs = Number(process.env.CASEGRAPH_WORKER_LOCK_MS) || undefined;
  const stopped = new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  // BullMQ and ioredis load only for this command (half a second of every other command's start).
  const { runWorker } = await import("../build/redis.ts");
  await runWorker(url, { jobs: jobsFlag(flags.get("jobs")), ...(lockMs && { lockMs }) }, stopped);
  return 0;
}
