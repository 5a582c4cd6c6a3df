// The map half of a build: every article's map (src/pipeline.ts mapFile), from the cache when it
// holds one, else made in this thread, on a pool of worker threads or by the workers of a Redis
// server (src/build/redis.ts). Results land at their
// article's place in path order, so the reduce sees the same input whoever made each map and in
// whatever order they finished.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { ArticleMap, InputFile } from "../pipeline.ts";
import type { ArticleLimits } from "../guard/article.ts";
import { contentHash, encodeEntry, isPacked, unpackMap, type ExtractionCache, type PackedMap } from "./cache.ts";
import { extractorVersion } from "./version.ts";
import type { MapTask } from "./map-task.ts";
import { mapCompactor } from "./compact.ts";
import { boundsMemory } from "./collect.ts";

/**
 * The maps a long-lived process (build --watch) keeps between builds, by article path, with the
 * hash of the bytes each was made from: an unchanged article is neither read from the cache nor
 * decoded again. mapArticles leaves in it exactly the articles of its last call.
 */
export type KeptMaps = Map<string, { hash: string; map: ArticleMap }>;

export interface MapOptions {
  cache?: ExtractionCache;
  kept?: KeptMaps;
  /** Worker threads; 1 maps in this thread. Default: one per core. */
  jobs?: number;
  /** Maps on the workers of this Redis server (casegraph worker) instead. */
  redis?: string;
  limits?: ArticleLimits;
  onProgress?: (done: number, total: number) => void;
  /** Told, before any article is extracted, the bytes of the articles that will be (none from the cache). */
  beforeExtraction?: (bytes: number) => void;
}
export interface MapResult {
  /** Each article's map, or for a large build the maps made in it, packed (src/build/cache.ts PackedMap). */
  maps: (ArticleMap | PackedMap)[];
  /** How many articles were extracted (the rest came from the cache). */
  extracted: number;
}

/** A remote or threaded mapper: the tasks in, each result (a cache entry's bytes) handed to `done` as it comes. */
export type Mapper = (tasks: MapTask[], done: (index: number, entry: Uint8Array) => void) => Promise<void>;

export const defaultJobs = () => Math.max(1, availableParallelism());

/**
 * A thread pays off only with enough articles to map: each loads the extractor (about 1.2 CPU-s)
 * and warms it up (about 2 CPU-s more than the warm main thread, measured on the 2 MB corpus), so
 * on two cores a pool beats the main thread from about 2 MB of new articles. Fewer are mapped in
 * the main thread. CASEGRAPH_ARTICLES_PER_THREAD changes the bar (tests set it to 1).
 */
const articlesPerThread = () => Number(process.env.CASEGRAPH_ARTICLES_PER_THREAD) || 300;
/**
 * From this many articles in the cache, a rebuild that maps only a few new ones (fewer than a
 * thread's share) maps them on a thread of their own while this thread decodes the cache.
 */
const overlapBelow = () => Number(process.env.CASEGRAPH_OVERLAP_CACHED) || 1000;
/** Threads for `articles` to map with at most `jobs`: 1 or less maps in the main thread. */
const threadsFor = (jobs: number, articles: number) => Math.min(jobs, Math.floor(articles / articlesPerThread()));

export async function mapArticles(files: readonly InputFile[], options: MapOptions = {}): Promise<MapResult> {
  const { cache, kept } = options;
  const version = cache?.version ?? extractorVersion();
  const maps: (ArticleMap | PackedMap | undefined)[] = new Array(files.length);
  const todo: MapTask[] = [], at: number[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  const jobs = options.jobs ?? defaultJobs();
  // every map held until the reduce is made compact as it comes in (src/build/compact.ts)
  const compact = mapCompactor();
  const hashes = files.map((file) => contentHash(file.bytes));
  const keptMap = (i: number) => { const k = kept?.get(files[i]!.path); return k && k.hash === hashes[i] ? k.map : undefined; };
  const missing = files.map((file, i) => !keptMap(i) && !cache?.has(file.path, hashes[i]!));
  const toMap = missing.filter(Boolean).length;
  options.beforeExtraction?.(files.reduce((n, f, i) => (missing[i] ? n + f.bytes.length : n), 0));
  const task = (i: number): MapTask => ({ path: files[i]!.path, bytes: files[i]!.bytes, hash: hashes[i]!, version, ...(options.limits && { limits: options.limits }) });
  // a large build holds the maps it makes packed until the reduce reads them (src/build/cache.ts PackedMap);
  // a watching process, which keeps its maps, does not
  const large = !kept && boundsMemory(files.reduce((n, f) => n + f.bytes.length, 0));
  const storeAt = (i: number, task: MapTask, entry: Uint8Array) => {
    const packed: PackedMap = { packed: entry, version, path: task.path, hash: task.hash };
    const map = large ? packed : unpackMap(packed);
    cache?.put(task.path, task.hash, entry);
    maps[i] = isPacked(map) ? map : compact(map, true);
    progress();
  };
  // A few new articles among many in the cache (a rebuild): one thread maps them, loading the
  // extractor there, while this one decodes the cache.
  let early: Promise<void> | undefined, earlyTasks = 0;
  if (!options.redis && jobs > 1 && toMap > 0 && threadsFor(jobs, toMap) <= 1 && files.length - toMap >= overlapBelow()) {
    const tasks: MapTask[] = [], where: number[] = [];
    missing.forEach((m, i) => { if (m) { tasks.push(task(i)); where.push(i); } });
    early = threadMapper(1)(tasks, (k, entry) => storeAt(where[k]!, tasks[k]!, entry));
    earlyTasks = tasks.length;
    // awaited below; handled now too, in case decoding the cache throws first
    early.catch(() => {});
  }
  // When articles without an entry will be mapped in this thread, the extractor is loaded before
  // the cached maps fill the heap: loaded after them, it cost the 5 MB one-article rebuild about
  // 0.5 CPU-s more (its allocations collected among a heap of maps).
  else if (toMap > 0 && !options.redis && !(threadsFor(jobs, toMap) > 1)) await import("../pipeline.ts");
  files.forEach((file, i) => {
    if (early && missing[i]) return;
    const hash = hashes[i]!;
    const held = keptMap(i);
    // still in use: the cache keeps its entry
    if (held) { maps[i] = held; cache?.keep(file.path, hash); progress(); return; }
    const cached = cache?.get(file.path, hash);
    if (cached) { maps[i] = compact(cached, true); progress(); return; }
    todo.push(task(i));
    at.push(i);
  });
  await early;
  const store = (k: number, entry: Uint8Array) => storeAt(at[k]!, todo[k]!, entry);
  if (options.redis && todo.length > 0) {
    const { redisMapper } = await import("./redis.ts");
    await redisMapper(options.redis)(todo, store);
  } else if (threadsFor(jobs, todo.length) > 1) {
    await threadMapper(threadsFor(jobs, todo.length))(todo, store);
  } else if (todo.length > 0) {
    // the extractor is loaded only when an article is extracted in this thread
    const { mapFile, releaseExtractor } = await import("../pipeline.ts");
    for (let k = 0; k < todo.length; k++) {
      const task = todo[k]!;
      const map = await mapFile({ path: task.path, bytes: task.bytes }, task.limits);
      if (large) storeAt(at[k]!, task, encodeEntry(version, task.path, task.hash, map));
      else {
        cache?.put(task.path, task.hash, map);
        maps[at[k]!] = compact(map);
        progress();
      }
    }
    // the reduce of a large build does without the extractor's rule sets (a watching process maps again)
    if (large) releaseExtractor();
  }
  // (a watching process holds no packed map: `large` is false with `kept`)
  if (kept) {
    kept.clear();
    files.forEach((file, i) => kept.set(file.path, { hash: hashes[i]!, map: maps[i] as ArticleMap }));
  }
  return { maps: maps as (ArticleMap | PackedMap)[], extracted: earlyTasks + todo.length };
}

/** A piscina pool of `jobs` worker threads, each mapping one article at a time (src/build/worker.js). */
export async function threadPool(jobs: number) {
  const { Piscina } = await import("piscina");
  return new Piscina<MapTask, Uint8Array>({ filename: fileURLToPath(new URL("./worker.js", import.meta.url)), minThreads: jobs, maxThreads: jobs });
}

/** The pool as a mapper: kept for the one map and closed after it. */
export function threadMapper(jobs: number): Mapper {
  return async (tasks, done) => {
    const pool = await threadPool(jobs);
    try {
      await Promise.all(tasks.map((task, k) => pool.run(task).then((entry) => done(k, entry))));
    } finally {
      await pool.destroy();
    }
  };
}
