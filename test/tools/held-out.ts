// The held-out corpora stand for the articles issue 8 is judged on: nobody reads them, and the tools that print
// more than counts (masked sentence shapes, skeletons) refuse them, so a slip of the directory cannot print one.
import { basename } from "node:path";

/** The corpora whose articles, gold and misses are never read (counts only). */
export const HELD_OUT = new Set(["dev5", "dev9", "dev10", "dev11"]);

/** Exits when `dir` is a held-out corpus and one of `modes` (or the tool itself, when none is given) prints shapes. */
export function refuseHeldOut(dir: string, tool: string, modes: readonly string[] = []): void {
  if (!HELD_OUT.has(basename(dir))) return;
  const asked = modes.length ? modes.filter((m) => process.argv.includes(m)) : [tool];
  if (!asked.length) return;
  console.error(`${tool}: ${asked.join(", ")} prints sentence shapes; ${basename(dir)} is held out (counts only).`);
  process.exit(2);
}
