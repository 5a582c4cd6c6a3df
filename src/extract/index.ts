// Extraction for one article: mentions, resolution inside the article, relations and events.
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Extraction } from "./types.ts";

export function extractArticle(_article: Article, _sentences: readonly Sentence[]): Extraction {
  return { entities: [], relations: [] };
}
