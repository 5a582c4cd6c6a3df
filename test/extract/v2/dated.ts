// Stories through extraction and the date stage: relation lines whose events carry their dates
// ("Tomas Ek -ENTERED_PLEA-> Tomas Ek pleads guilty{2025-03-04}").
import { describe, expect, it } from "vitest";
import { attachDates } from "../../../src/dates/attach.ts";
import { extractArticle } from "../../../src/pipeline.ts";
import { articleFrom } from "../helpers.ts";
import type { StoryRow } from "./helpers.ts";

export function datedLines(text: string): string[] {
  const { article, sentences } = articleFrom(text);
  const { extraction } = attachDates(article, sentences, extractArticle(article, sentences));
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const label = (id: string) => {
    const e = byId.get(id);
    if (!e) return id;
    return e.attrs.date ? `${e.label}{${e.attrs.date}}` : e.label;
  };
  return extraction.relations.map((r) => `${label(r.source)} -${r.type}-> ${label(r.target)}`).sort();
}

/** Like describeStories, with dated event labels. */
export function describeDatedStories(title: string, rows: readonly StoryRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      (row.gap ? it.fails : it)(`${row.style}${row.gap ? ` (gap: ${row.gap})` : ""}: ${row.text.replace(/^---[\s\S]*?---\s*/, "").slice(0, 60)}...`, () => {
        const lines = datedLines(row.text);
        for (const f of row.facts) expect(lines, lines.join("\n")).toContain(f);
        for (const f of row.not ?? []) expect(lines, lines.join("\n")).not.toContain(f);
      });
    }
  });
}
