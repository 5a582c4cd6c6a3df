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
 * far under any machine's memory, so a build spends no time keeping it small; from it (the
 * memory aim is 50 MB under 1 GB) every build does.
 */
export const BOUNDED_INPUT = 8 * 1024 * 1024;
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
 * V8 lets the heap grow to up to four times what was alive at the last full collection before it
 * collects again (more when the collector is fast beside the program): a build whose live heap is
 * 400 MB then peaks near 1.5 GB. A build is one long allocation-heavy run where memory is the
 * scarce resource, so its process grows the heap by 30% instead (V8's --heap-growing-percent, read
 * at every collection): on the 5 MB corpus, peak RSS 581 MB -> 400 MB for about 5% more CPU.
 * Process-wide: only the build command, which owns its process, and the benchmark set it.
 */
export function boundHeapGrowth(percent = 30): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
