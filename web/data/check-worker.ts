// Runs checkGraph in a web worker; falls back to the main thread where workers cannot start.
import { checkGraph } from "../../src/schema.ts";

export function checkInWorker(text: string): Promise<{ ok: boolean; message?: string }> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./check.worker.ts", import.meta.url), { type: "module" });
  } catch {
    try {
      const check = checkGraph(JSON.parse(text));
      return Promise.resolve(check.ok ? { ok: true } : { ok: false, message: check.message });
    } catch (err) {
      return Promise.resolve({ ok: false, message: (err as Error).message });
    }
  }
  return new Promise((resolve) => {
    worker.onmessage = (event) => { resolve(event.data); worker.terminate(); };
    worker.onerror = (event) => { resolve({ ok: false, message: `the check could not run: ${event.message}` }); worker.terminate(); };
    worker.postMessage(text);
  });
}
