// Extraction for one article: names, resolution inside the article, then relations and events.
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Extraction } from "./types.ts";
import { findNames } from "./mentions.ts";
import { resolveNames } from "../resolve/within.ts";
import { ArticleContext } from "./context.ts";
import { extractCastmates, extractEmployers, extractFilms, extractRoles } from "./relations.ts";
import { describePeople, extractEvents } from "./events.ts";

export function extractArticle(article: Article, sentences: readonly Sentence[]): Extraction {
  const names = sentences.flatMap(findNames);
  const headlines = new Set(sentences.filter(isHeadline).map((s) => s.index));
  const resolved = resolveNames(names, (i) => headlines.has(i), article.text);
  const resolvedNames = names.filter((m) => resolved.entityOf.has(m));
  const ctx = new ArticleContext(article.text, sentences, resolvedNames, resolved.entityOf, resolved.entities, resolved.people);
  extractRoles(ctx);
  describePeople(ctx);
  extractFilms(ctx);
  extractCastmates(ctx);
  extractEmployers(ctx);
  extractEvents(ctx);
  return { entities: ctx.entities.filter((e) => e.mentions.length > 0), relations: ctx.relations };
}

/** A title-case line: most of its words capitalised, as headlines are. */
export function isHeadline(s: Sentence): boolean {
  if (/[.!?]["”’)]?$/.test(s.text)) return false; // headlines carry no full stop
  const words = s.text.match(/[\p{L}][\p{L}'’\-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.75;
}
