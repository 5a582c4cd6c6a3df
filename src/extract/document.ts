// One article as the extraction stages read it: its sentences with their tokens, and which
// sentences are headlines (title-case lines, where capitals say nothing about names).
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import { tokenizeArticle, type TokenSentence } from "../nlp/tokens.ts";

export interface Doc {
  article: Article;
  text: string;
  sentences: TokenSentence[];
  headline: boolean[];
  isHeadline(sentence: number): boolean;
}

export function readDocument(article: Article, sentences: readonly Sentence[]): Doc {
  const tokenized = tokenizeArticle(article.text, sentences);
  const headline = tokenized.map(isHeadline);
  return { article, text: article.text, sentences: tokenized, headline, isHeadline: (i) => headline[i] ?? false };
}

/** A title-case line: no closing full stop, and most of its longer words capitalised. */
export function isHeadline(s: TokenSentence): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (last && /^[.!?]$/.test(last.text)) return false;
  if (/[.!?]["”’)]?$/.test(s.text)) return false;
  const content = s.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (content.length < 3) return false;
  return content.filter((t) => t.cap).length / content.length >= 0.75;
}
