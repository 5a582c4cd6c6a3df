// Checks graph files off the main thread, so a big file is checked while the page builds its view.
import { checkGraph } from "../../src/schema.ts";

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    self.postMessage({ id, ok: false, message: (err as Error).message });
    return;
  }
  const check = checkGraph(data);
  self.postMessage(check.ok ? { id, ok: true } : { id, ok: false, message: check.message });
};
