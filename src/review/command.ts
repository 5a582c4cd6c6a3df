// The CLI's side of review: reading the corrections file for a build, reporting what became of it,
// and `casegraph review`. Argument parsing and file I/O only; the work is in the pure modules.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorrectionsReport } from "../schema.ts";
import { CORRECTIONS_FILE, parseCorrections } from "./corrections-file.ts";
import { reviewItems } from "./items.ts";
import { formatReview } from "./format.ts";
import type Graph from "graphology";

/** The corrections file of an input folder, if there is one; a file that cannot be used is a warning. */
export function readCorrections(input: string, warn: (path: string, problem: string) => void): { file: string; entries: unknown[] } | undefined {
  const path = join(input, CORRECTIONS_FILE);
  if (!existsSync(path)) return undefined;
  let text: string;
  try { text = readFileSync(path, "utf8"); } catch (err) {
    warn(CORRECTIONS_FILE, `cannot read it (${(err as NodeJS.ErrnoException).code ?? "error"}); built without corrections`);
    return undefined;
  }
  const parsed = parseCorrections(text);
  if (!parsed.ok) { warn(CORRECTIONS_FILE, `${parsed.problem}; built without corrections`); return undefined; }
  return { file: CORRECTIONS_FILE, entries: parsed.entries };
}

/** One warning per correction that did not apply, naming the file and the entry. */
export function staleCorrections(report: CorrectionsReport | undefined): string[] {
  if (!report) return [];
  return report.status.filter((s) => s.state === "stale")
    .map((s) => `${report.file}: correction ${s.index + 1} (${describeEntry(report.corrections[s.index])}) not applied: ${s.message}`);
}

/** The summary line: "3 applied, 1 with no effect, 1 stale". */
export function correctionsSummary(report: CorrectionsReport | undefined): string | undefined {
  if (!report) return undefined;
  const count = (state: string) => report.status.filter((s) => s.state === state).length;
  return `${count("applied")} applied, ${count("no_effect")} with no effect, ${count("stale")} stale (${report.file})`;
}

const describeEntry = (entry: unknown) =>
  typeof entry === "object" && entry !== null && typeof (entry as { action?: unknown }).action === "string" ? String((entry as { action: string }).action) : "unreadable";

/** `casegraph review`: the facts a reporter should check, worst first. */
export function reviewCommand(graph: Graph, options: { json: boolean; limit: number }): string {
  const all = reviewItems(graph);
  const items = all.slice(0, options.limit);
  const report = graph.getAttribute("corrections") as CorrectionsReport | undefined;
  if (options.json) return JSON.stringify({ total: all.length, truncated: all.length > items.length, items, corrections: report?.status ?? [] }, null, 2);
  return formatReview(graph, items, all.length, report);
}
