// One article as the extraction stages read it: its sentences with their tokens, and which
// sentences are headlines (title-case lines, where capitals say nothing about names).
import type { Article } from "../ingest/index.ts";
import type { Sentence } from "../segment/index.ts";
import { tokenizeArticle, type Token, type TokenSentence } from "../nlp/tokens.ts";
import { DESK_NOUNS, DESK_WORDS, FURNITURE_LEADS, TIMESTAMP_LEADS } from "../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LETTER_START = /^\p{L}/u;
const DOTTED = /^(?:\p{Lu}\.)+$/u;

export interface Doc {
  article: Article;
  text: string;
  sentences: TokenSentence[];
  /** Title-case lines, where capitals say nothing about names. */
  headline: boolean[];
  /** A headline, or the article's title in whatever case it is set. */
  isHeadline(sentence: number): boolean;
}

export function readDocument(article: Article, sentences: readonly Sentence[]): Doc {
  const tokenized = tokenizeArticle(article.text, sentences);
  const headline = tokenized.map((s) => (isHeadline(s) && !isCounselLine(s)) || isFurniture(s));
  markTagLists(tokenized, headline);
  // the article's title set in sentence case ("Valencia developer cleared of bribery") is read for
  // events like any sentence, but a name only it gives is no one the story is about
  const title = (article.title ?? "").replace(/\s+/g, " ").trim();
  const titled = tokenized.map((s, i) => headline[i]! || (!!title && !/[.!?]["”’)]?$/.test(s.text.trim()) && s.text.replace(/\s+/g, " ").trim() === title));
  return { article, text: article.text, sentences: tokenized, headline, isHeadline: (i) => titled[i] ?? false };
}

/**
 * A caption, a credit or a byline set among the paragraphs: "Pictured: Ana Ruiz leaving court",
 * "Photo: Ana Ruiz/Harbour Ledger", "By Ana Ruiz, Crime Reporter". Like a headline, it names no one
 * the story does not name.
 */
const COPYRIGHT = /^(?:(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\b|$)|all rights reserved\.?$)/i;

/** A word a byline is made of: a name's, a desk's, a joiner between names, initials. */
const BYLINE_JOINER = /^(?:&|,|\||·|–|—|-)$/;
const bylineWord = (t: Token) => t.cap || DESK_WORDS.has(t.lower) || BYLINE_JOINER.test(t.text) || DOTTED.test(t.text);

const CREDIT_LINE = /^\(?(?:(?:additional |extra )?(?:reporting|writing|editing|research|compiled|written|edited)(?: and (?:writing|editing|reporting))? by|with (?:agency )?inputs(?: from)?)\s/i;
const CREDIT_WORD = /^(?:by|reporting|editing|writing|additional|extra|research|compiled|written|edited|with|from|inputs|agency|agencies|[;.()])$/i;

const FURNITURE_MARK = /^[:|]$/;

export function isFurniture(s: TokenSentence): boolean {
  const ts = s.tokens;
  // the page's copyright line: "Copyright 2025 KTVB. All Rights Reserved.", "© 2025 Harbour Ledger"
  if (COPYRIGHT.test(s.text.trim())) return true;
  // ("Also Read | Court grants bail to ...": a related story's link after a bar)
  if (ts.length >= 2 && FURNITURE_LEADS.has(ts[0]!.lower) && (FURNITURE_MARK.test(ts[1]!.text) || (FURNITURE_MARK.test(ts[2]?.text ?? "") && FURNITURE_LEADS.has(ts[1]!.lower)))) return true;
  // a credit for the story's work: "Additional reporting by Ana Ruiz.", "(Reporting by Ana Ruiz; Editing by Tom Reid)"
  if (CREDIT_LINE.test(s.text.trim()) && ts.length <= 24 && ts.every((t) => bylineWord(t) || CREDIT_WORD.test(t.text))) return true;
  if (/[.!?]$/.test(s.text.trim())) return false;
  // a byline: "By" and a name or two, with a desk or a rank, and nothing else ("By court reporter
  // Ana Ruiz", "By Ana Ruiz and Tom Reid, Courts Reporters")
  if (ts.length >= 3 && ts.length <= 14 && ts[0]!.text === "By") {
    return ts.slice(1).some((t) => t.cap) && ts.slice(1).every(bylineWord);
  }
  // a byline with no "By": a name and a desk ending in a writer's noun ("Ana Ruiz Legal affairs correspondent")
  if (ts.length >= 3 && ts.length <= 12 && ts[0]!.cap && DESK_NOUNS.has(ts[ts.length - 1]!.lower) && ts.every(bylineWord)) return true;
  // the page's timestamp: "Posted Thu 14 May 2026 at 2:31pm", "Updated 09:14, 3 March 2026"
  return ts.length >= 2 && ts.length <= 16 && TIMESTAMP_LEADS.has(ts[0]!.lower) && ts.some((t) => /\d/.test(t.text));
}

/** Words that open a law report's line of who appeared for whom: "Counsel for the appellant X: Y". Lower case. */
const COUNSEL_LEADS = new Set(["counsel", "solicitor", "solicitors", "barrister", "barristers", "lawyer", "lawyers", "attorney", "attorneys", "advocate", "advocates", "appearances"]);

/** "Counsel for the appellant Ana Ruiz: T. Rudge": a line of the report, in capitals only for its names. */
function isCounselLine(s: TokenSentence): boolean {
  return COUNSEL_LEADS.has(s.tokens[0]?.lower ?? "") && s.tokens.some((t) => t.text === ":");
}

/** Words of a page's own line between stories: "Read Next", "Related Topics", "More Stories". Lower case. */
const SIGNPOST = new Set(["read", "next", "more", "related", "topics", "topic", "tags", "stories", "story", "also", "see", "latest", "recommended", "keywords"]);
/** The signposts that head a list of the story's tags, one to a line. */
const TAG_HEADS = new Set(["topics", "topic", "tags", "keywords"]);

/**
 * "Read Next" alone on its line, and the page's tag list: "Topics" (or "Related Topics", "Tags") on its line, then
 * a short capitalised line per tag ("Ana Ruiz", "Green Alliance", "Law"). Like a headline, they name no one
 * the story does not name.
 */
function markTagLists(sentences: readonly TokenSentence[], headline: boolean[]): void {
  let tags = false;
  sentences.forEach((s, i) => {
    const words = s.tokens.filter((t) => LETTER_START.test(t.text));
    const closed = /[.!?]["”’)]?$/.test(s.text.trim());
    if (!closed && words.length > 0 && words.length <= 3 && words.every((t) => SIGNPOST.has(t.lower)) && s.tokens.length <= words.length + 1) {
      headline[i] = true;
      tags = words.some((t) => TAG_HEADS.has(t.lower));
      return;
    }
    if (tags && !closed && words.length > 0 && words.length <= 5 && words.every((t) => t.cap)) headline[i] = true;
    else tags = false;
  });
}

/** A title-case line: no closing full stop, and most of its longer words capitalised. */
export function isHeadline(s: TokenSentence): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (last && /^[.!?]$/.test(last.text)) return false;
  if (/[.!?]["”’)]?$/.test(s.text)) return false;
  const content = s.tokens.filter((t) => LETTER_START.test(t.text) && t.text.length > 3);
  if (content.length < 3) return false;
  return content.filter((t) => t.cap).length / content.length >= 0.75;
}
