// Runs checkGraph in a web worker; falls back to the main thread where workers cannot start.
// The worker is started ahead of need: a worker starts only once the page's main thread is free,
// and while a big graph is prepared it is not, so a worker made at that moment would start late.
import { checkGraph } from "../../src/schema.ts";

type Check = { ok: boolean; message?: string };

let worker: Worker | null = null;
let started = false;
let nextId = 0;
const waiting = new Map<number, (check: Check) => void>();

function checkHere(text: string): Check {
  try {
    const check = checkGraph(JSON.parse(text));
    return check.ok ? { ok: true } : { ok: false, message: check.message };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** Starts the checking worker if it is not running; on a page that cannot start workers, does nothing. */
export function startChecker(): void {
  if (started) return;
  started = true;
  try {
    worker = new Worker(new URL("./check.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
    return;
  }
  worker.onmessage = (event: MessageEvent<Check & { id: number }>) => {
    const { id, ...check } = event.data;
    waiting.get(id)?.(check);
    waiting.delete(id);
  };
  worker.onerror = (event) => {
    // Every check under way fails with the reason; the next check starts a new worker.
    for (const resolve of waiting.values()) resolve({ ok: false, message: `the check could not run: ${event.message}` });
    waiting.clear();
    worker?.terminate();
    worker = null;
    started = false;
  };
}

export function checkInWorker(text: string): Promise<Check> {
  startChecker();
  if (!worker) return Promise.resolve(checkHere(text));
  const id = ++nextId;
  worker.postMessage({ id, text });
  return new Promise((resolve) => waiting.set(id, resolve));
}
