// Extraction of one article inside bounds. The extractor is a black box (`extractArticle`): here
// it sees an article in windows of bounded size, each window's result is checked by the guard
// (guard/extraction.ts), an exception or a window over the time budget skips the article with a
// warning naming why, and nothing one article does can take the other articles down with it.
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import type { Extraction } from "../extract/types.ts";
import { guardExtraction } from "./extraction.ts";

export interface ArticleLimits {
  /** Sentences extracted together at most; a longer article is extracted in windows. */
  windowSentences: number;
  /** Characters extracted together at most. */
  windowChars: number;
  /**
   * Milliseconds one window may take. A pathology shows within a window, so a long article of
   * ordinary text is not cut off for its length, and its time stays bounded by its windows.
   */
  budgetMs: number;
}

export const ARTICLE_LIMITS: ArticleLimits = {
  windowSentences: 2000,
  windowChars: 400_000,
  // Tens of times what an ordinary window takes: only a pathology (or a machine far too busy) reaches it.
  budgetMs: 120_000,
};

export type Extract = (article: Article, sentences: readonly Sentence[]) => Extraction;

export type BoundedExtraction =
  | { ok: true; /** One extraction per window, offsets and sentence indices into the whole article. */ windows: Extraction[]; problems: string[] }
  | { ok: false; problem: string };

/**
 * Extracts `article` window by window. Each window's extraction is made on the window's own text
 * (so nothing in the extractor scans the whole of a long article once per window) and moved back
 * to the article's offsets, then checked. An article that fits one window is extracted as it is.
 */
export function extractBounded(article: Article, sentences: readonly Sentence[], extract: Extract, limits: ArticleLimits = ARTICLE_LIMITS, now: () => number = () => performance.now()): BoundedExtraction {
  const windows: Extraction[] = [];
  const problems: string[] = [];
  const ranges = windowsOf(article.text, sentences, limits);
  for (const [from, to] of ranges) {
    const started = now();
    let extraction: Extraction;
    try {
      extraction = ranges.length === 1 ? extract(article, sentences) : shiftBack(extract(...windowArticle(article, sentences, from, to)), sentences[from]!.start, from);
    } catch (err) {
      const where = ranges.length === 1 ? "" : ` in sentences ${from + 1}-${to}`;
      return { ok: false, problem: `extraction failed${where} (${oneLine(err)}); the article is skipped (a bug in casegraph, please report it with this file)` };
    }
    const guarded = guardExtraction(article.text, sentences, extraction);
    problems.push(...guarded.problems);
    windows.push(guarded.extraction);
    const spent = now() - started;
    if (spent > limits.budgetMs)
      return { ok: false, problem: `extraction took over ${Math.round(limits.budgetMs / 1000)} s (stopped after sentence ${to} of ${sentences.length}); the article is skipped (split the file, or report it with this file)` };
  }
  if (problems.length) problems.unshift("parts of the extraction broke the graph contract and were dropped:");
  return { ok: true, windows, problems: problems.length ? [problems.join("\n    ")] : [] };
}

/**
 * Consecutive sentence ranges [from, to) within the limits. A window ends at a paragraph break
 * when there is one in its last fifth, so a window rarely cuts a paragraph in two.
 */
export function windowsOf(text: string, sentences: readonly Sentence[], limits: ArticleLimits): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = from + 1;
    const first = sentences[from]!.start;
    while (to < sentences.length && to - from < limits.windowSentences && sentences[to]!.end - first <= limits.windowChars) to++;
    if (to < sentences.length) {
      for (let k = to - 1; k > from + Math.floor((to - from) * 0.8); k--) {
        if (/\n[ \t]*\r?\n/.test(text.slice(sentences[k - 1]!.end, sentences[k]!.start))) { to = k; break; }
      }
    }
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}

/** The window as an article of its own: its text, its sentences numbered from 0. */
function windowArticle(article: Article, sentences: readonly Sentence[], from: number, to: number): [Article, Sentence[]] {
  const start = sentences[from]!.start, end = sentences[to - 1]!.end;
  const local = sentences.slice(from, to).map((s, i) => ({ index: i, start: s.start - start, end: s.end - start, text: s.text }));
  return [{ ...article, text: article.text.slice(start, end), bodyStart: 0 }, local];
}

/** A window's extraction in the whole article's offsets and sentence numbers. */
function shiftBack(x: Extraction, offset: number, firstSentence: number): Extraction {
  return {
    entities: x.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset, sentence: m.sentence + firstSentence })),
    })),
    relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map((i) => i + firstSentence) })),
  };
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const line = text.split("\n")[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
