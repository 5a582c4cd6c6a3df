// `casegraph build --watch`: node's own recursive watcher on the input folder; a burst of changes
// (an editor's save, a folder copied in) is one rebuild, made once the folder has been quiet for a
// moment. A rebuild that fails says why in one line and the watch goes on.
import { watch } from "node:fs";
import { CaseGraphError } from "../errors.ts";

/** How long the folder must be quiet before a rebuild. */
export const DEBOUNCE_MS = 300;

export async function watchFolder(input: string, rebuild: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined, running = false, again = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try { await rebuild(); }
    catch (err) {
      if (err instanceof CaseGraphError) console.error(`casegraph: ${err.message}`);
      else console.error(`casegraph: internal error: ${String((err as Error)?.message ?? err).split("\n")[0]} (a bug in casegraph: please report it)`);
    }
    running = false;
    if (again) { again = false; schedule(); }
  };
  const watcher = watch(input, { recursive: true }, (_event, name) => {
    // hidden files and folders are never read (an editor's swap files among them)
    if (name && String(name).split(/[\\/]/).some((part) => part.startsWith("."))) return;
    schedule();
  });
  console.error(`casegraph: watching '${input}' for changes (Ctrl-C stops)`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
    watcher.once("error", (err) => { console.error(`casegraph: stopped watching '${input}': ${(err as NodeJS.ErrnoException).code ?? err.message}`); resolve(); });
  });
  watcher.close();
  clearTimeout(timer);
}
