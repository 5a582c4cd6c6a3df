// A full garbage collection at the points of a build where a large structure has just been let go
// (every article's extraction after resolution, the resolved entities once they are in the graph):
// V8 sizes the heap by what it found alive at its last full collection, so garbage left from the
// stage before would set the next stage's heap, and the process's peak memory, up to twice as
// high. The collector is reached as jest reaches it for --logHeapUsage: the flag that exposes it,
// then `gc` from a new context.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

/**
 * Input (bytes of article files, or characters of their text) from which a build bounds its
 * memory: the full collections at the reduce's releases and the heap's bounded growth cost a
 * build about a fifth of its CPU time (at 5 MB, a one-article rebuild from the cache through the
 * CLI: 5.9 -> 4.7 CPU-s without them, peak RSS 355 -> 405 MB). Below this size the heap stays
 * far under any machine's memory, so a build forces no collections; from it (the memory aim is
 * 50 MB under 1 GB) every build does, and bounds the heap's growth.
 */
export const BOUNDED_INPUT = 8 * 1024 * 1024;
/**
 * Extraction allocates fast, and V8 grows the heap by up to four times what is alive while it
 * does: a build that extracts this much (bytes of articles) bounds the heap's growth whatever
 * its input (a clean 5 MB build: peak RSS about 620 MB unbounded, 375 MB bounded). A rebuild
 * that takes most articles from the cache does not.
 */
export const BOUNDED_EXTRACTION = 1024 * 1024;
export const boundsGrowth = (inputSize: number, extractedSize: number) => inputSize >= BOUNDED_INPUT || extractedSize >= BOUNDED_EXTRACTION;
export const boundsMemory = (inputSize: number) => inputSize >= BOUNDED_INPUT;

/** Collects garbage now (about 0.1 CPU-s per 100 MB alive); does nothing where it cannot. */
export function collectGarbage(): void {
  try {
    if (!gc) {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    }
    gc();
  } catch {
    gc = () => {};
  }
}

/**
 * The heap's growth (percent) from the reduce on, in a build that bounds its memory: the reduce holds
 * its largest live heap (every entity, relation and sentence, then the graph beside them) and
 * allocates little beside it, so V8's collections there are few and a tighter bound costs little.
 * Measured on the 50 MB benchmark corpus (build-one.ts, one run each): peak RSS 1,040 MB at 30%
 * (in assembly), 967 MB at 10%, for about 3% more CPU over the whole build.
 */
export const REDUCE_GROWTH = 10;

/**
 * V8 lets the heap grow to up to four times what was alive at the last full collection before it
 * collects again (more when the collector is fast beside the program): a build whose live heap is
 * 400 MB then peaks near 1.5 GB. A build is one long allocation-heavy run where memory is the
 * scarce resource, so its process grows the heap by 30% instead (V8's --heap-growing-percent, read
 * at every collection): on the 5 MB corpus, peak RSS 581 MB -> 400 MB for about 5% more CPU.
 * Process-wide: only the build command, which owns its process, and the benchmark set it.
 */
export function boundHeapGrowth(percent = 30): void {
  // 0 is V8's own choice again (a watching process's later builds, which extract little)
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
