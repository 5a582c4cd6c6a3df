// Checks a graph file off the main thread, so a big file is checked while the page builds its view.
import { checkGraph } from "../../src/schema.ts";

self.onmessage = (event: MessageEvent<string>) => {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch (err) {
    self.postMessage({ ok: false, message: (err as Error).message });
    return;
  }
  const check = checkGraph(data);
  self.postMessage(check.ok ? { ok: true } : { ok: false, message: check.message });
};
