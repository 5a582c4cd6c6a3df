// A full garbage collection at the points of a build where a large structure has just been let go
// (every article's extraction after resolution, the resolved entities once they are in the graph):
// V8 sizes the heap by what it found alive at its last full collection, so garbage left from the
// stage before would set the next stage's heap, and the process's peak memory, up to twice as
// high. The collector is reached as jest reaches it for --logHeapUsage: the flag that exposes it,
// then `gc` from a new context.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

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
