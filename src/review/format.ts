// `casegraph review` as readable text: each item with its sides, each side with its sentences quoted.
import type Graph from "graphology";
import type { CorrectionsReport } from "../schema.ts";
import type { ReviewItem } from "./items.ts";

/** "article:a.md#3" is the fourth sentence. */
const sentenceNumber = (key: string) => Number(key.slice(key.lastIndexOf("#") + 1)) + 1;
const KIND_NAME = { contradiction: "Contradiction", over_merged: "Over-merged?", duplicate: "Duplicate?", fact: "Thin fact" } as const;

export function formatReview(graph: Graph, items: readonly ReviewItem[], total: number, report: CorrectionsReport | undefined): string {
  const lines: string[] = [];
  const articles = graph.filterNodes((_, a) => a.type === "Article").length;
  lines.push(total === 0
    ? `Nothing to check in ${articles} article${articles === 1 ? "" : "s"}: no contradictions, suspect entities or thin facts.`
    : `${total} thing${total === 1 ? "" : "s"} to check in ${articles} article${articles === 1 ? "" : "s"}, worst first${items.length < total ? ` (the first ${items.length}; --limit shows more)` : ""}:`);
  items.forEach((item, i) => {
    lines.push("", `${i + 1}. ${KIND_NAME[item.kind]}: ${item.title}`);
    for (const side of item.sides) {
      lines.push(`   ${side.label}${item.sides.length > 1 ? ":" : ""}`);
      for (const ev of side.evidence) {
        lines.push(`     ${ev.outlet}${ev.outlet !== ev.path ? ` (${ev.path})` : ""}, sentence ${sentenceNumber(ev.sentence)}:`);
        lines.push(`       "${ev.text.replace(/\s+/g, " ").trim()}"`);
      }
      if (side.evidence.length === 0) lines.push("     (no sentence)");
    }
  });
  if (report) {
    const count = (state: string) => report.status.filter((s) => s.state === state).length;
    lines.push("", `Corrections (${report.file}): ${count("applied")} applied, ${count("no_effect")} with no effect, ${count("stale")} stale`);
    for (const s of report.status) if (s.state === "stale") lines.push(`  correction ${s.index + 1} not applied: ${s.message}`);
  }
  return lines.join("\n");
}
