// Stories through extraction and the date stage: relation lines whose events carry their dates
// ("Tomas Ljung -ENTERED_PLEA-> Tomas Ljung pleads guilty{2025-03-04}").
import { attachDates } from "../../../src/dates/attach.ts";
import { extractArticle } from "../../../src/pipeline.ts";
import { articleFrom } from "../helpers.ts";
import { describeStories, type StoryRow } from "./helpers.ts";

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
export const describeDatedStories = (title: string, rows: readonly StoryRow[]): void => describeStories(title, rows, datedLines);
