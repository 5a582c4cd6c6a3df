// Titles of works: quoted stretches and title-case runs ("Boys of the Harbour"). They become films
// or shows only where a rule finds a cue for it (rules/names.yaml: "starred in X", "the film X").
import type { Token } from "../nlp/tokens.ts";
import type { Span } from "./engine/match.ts";
import { BROADCAST_HEADS, CURRENCY_WORDS, MONTHS, NATIONALITY_ADJECTIVES, NON_NAME, ORG_HEADS, STUDIO_HEADS, TABLOID_TRADES, WEEKDAYS } from "../lexicon/index.ts";
import { openings } from "../nlp/truecase.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LETTER_START = /^\p{L}/u;
const LETTER_OR_DIGIT_START = /^[\p{L}\d]/u;
const LOWER_START = /^\p{Ll}/u;

const OPEN = new Set(["\"", "“", "‘", "'"]);
const CLOSE = new Set(["\"", "”", "’", "'"]);
/** Small words a title keeps in lower case ("and" is left out: a list of titles is likelier than a title with "and"). */
const TITLE_SMALL = new Set(["of", "the", "a", "an", "in", "on", "to", "for", "with", "n", "at", "from", "by", "v.", "vs.", "vs", "or", "is", "are", "be", "as", "into", "over", "under", "&", ":", "'s", "-", "–"]);
const MAX_QUOTED = 12;
/** The kinds of work a maker or a channel owns: "Channel 4's comedy X", "Kestrel's thriller "Y"". */
const OWNED_WORKS = new Set(["film", "movie", "series", "show", "drama", "comedy", "sitcom", "thriller", "documentary", "miniseries", "soap", "serial", "programme", "program"]);

/** "Oscar-winning", "Manhattan-based", "Ukrainian-born": an adjective made of a name, not a name. */
export const NAME_ADJECTIVE = /-(?:winning|based|born|led|era|style|like|owned|backed|nominated|year-old|time|times|run|made|funded|appointed|controlled|linked|related|free|wide|bound|speaking|rated|American|British)$/u;

/** Token index pairs [open quote, close quote] of quotations of at most a dozen tokens. */
export function quotedStretches(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!OPEN.has(ts[i]!.text)) continue;
    // a straight single quote opens only before a capital, after a space: not "Doe's" nor "'80s"
    if (ts[i]!.text === "'" && !(ts[i]!.space && ts[i + 1]?.cap)) continue;
    for (let j = i + 1; j < ts.length && j - i <= MAX_QUOTED + 1; j++) {
      if (CLOSE.has(ts[j]!.text) && (ts[j]!.text !== "'" || !ts[j + 1] || !LETTER_START.test(ts[j + 1]!.text) || ts[j + 1]!.space)) {
        if (j > i + 1) out.push([i, j]);
        i = j;
        break;
      }
      if (OPEN.has(ts[j]!.text) && ts[j]!.text !== "'" && ts[j]!.text !== "\"") break;
    }
  }
  return out;
}

/**
 * Title spans: the inside of short quotations written in title case, and title-case runs. The names
 * stage and the layers both ask for a sentence's: found once per sentence (its tokens), not again.
 */
export function titleSpans(ts: readonly Token[]): readonly Span[] {
  let found = titlesOf.get(ts);
  if (!found) titlesOf.set(ts, (found = findTitleSpans(ts)));
  return found;
}
const titlesOf = new WeakMap<readonly Token[], readonly Span[]>();

const TITLE_TAIL = /^(?:the|a|an|-|–|—|:)$/;

const AMOUNT = /^\.?\d/, LETTERS_THEN_AMOUNT = /^(\p{L}+\.?)\d[\d,.]*$/u;
/** A currency written as letters before its amount: "Rs 50,000", "Rs. 500", "Sh2 million" (no name and no title). */
export const currencyAmount = (ts: readonly Token[], i: number) => {
  const t = ts[i]!, joined = LETTERS_THEN_AMOUNT.exec(t.text);
  if (joined) return CURRENCY_WORDS.has(joined[1]!);
  return CURRENCY_WORDS.has(t.text) && AMOUNT.test(ts[i + 1]?.text ?? "");
};

function findTitleSpans(ts: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (const [a, b] of quotedStretches(ts)) {
    const inner = ts.slice(a + 1, b).filter((t) => !/^[,.!?]$/.test(t.text));
    if (!inner.length || !(inner[0]!.cap || /^\d/.test(inner[0]!.text))) continue;
    // (a quoted title may join its words with "and": "Salt and Iron")
    if (!inner.every((t) => t.cap || /^\d/.test(t.text) || TITLE_SMALL.has(t.lower) || t.lower === "and" || !LETTER_START.test(t.text))) continue;
    let end = b;
    while (end > a + 1 && /^[,.]$/.test(ts[end - 1]!.text)) end--;
    // the span holds its quotation marks, so that patterns read on from the closing one; the name is inside
    out.push({ type: "Quoted", start: a, end: b + 1, data: { quoted: true, inner: [a + 1, end] } });
  }
  // the sentence's first word, and the first after its dateline
  const opens = openings(ts);
  for (let i = 0; i < ts.length; i++) {
    if (dated(ts, i)) continue;
    if (!capital(ts[i]!) || !LETTER_OR_DIGIT_START.test(ts[i]!.text) || tabloidTrade(ts, i) || currencyAmount(ts, i)) continue;
    let j = i + 1, last = i + 1;
    while (j < ts.length) {
      if (dated(ts, j) || tabloidTrade(ts, j)) break;
      if (capital(ts[j]!) || /^\d+$/.test(ts[j]!.text)) { j++; last = j; continue; }
      if (MAKERS_AFTER.has(ts[j]!.lower) && makerAt(ts, j + 1)) break;
      if (TITLE_SMALL.has(ts[j]!.lower) && j + 1 < ts.length && !dated(ts, j + 1) && (ts[j + 1]!.cap || TITLE_SMALL.has(ts[j + 1]!.lower))) { j++; continue; }
      break;
    }
    // a title ends on none of its small words: "LAGOS - The company" is a dateline and "The" the company's
    while (last > i + 1 && TITLE_TAIL.test(ts[last - 1]!.lower)) last--;
    // a capitalised word that only opens the sentence ("The church said") is no title, nor a nationality ("Danish director")
    if (ts.slice(i, last).every((t) => TITLE_SMALL.has(t.lower) || NON_NAME.has(t.text)) || (last === i + 1 && NATIONALITY_ADJECTIVES.has(ts[i]!.lower))) { i = last - 1; continue; }
    // "MUMBAI: Film producer X": a dateline starts no title that runs past its colon or dash
    const afterDateline = opens[1];
    if (afterDateline !== undefined && i < afterDateline - 1 && last > afterDateline) { i = afterDateline - 1; continue; }
    // one capitalised word that opens the sentence, or follows its dateline, before a lower-case word is the
    // sentence's first word, when the tagger reads it as a common noun ("Film producer X"; not "Brightline boss X")
    if (last === i + 1 && opens.includes(i) && ts[i]!.pos === "NOUN" && LOWER_START.test(ts[i + 1]?.text ?? "")) continue;
    // a run that owns a work named after it is the work's maker or channel, not a work: "Channel 4's comedy X"
    // ("Night Harbour's producer A" is the work's)
    if (/^['’]s?$/.test(ts[last]?.lower ?? "") && OWNED_WORKS.has(ts[last + 1]?.lower ?? "") && (ts[last + 2]?.cap || OPEN.has(ts[last + 2]?.text ?? ""))) { i = last - 1; continue; }
    // nor the start of one ("Outside Attock jail")
    const from = i === 0 && last > 1 && NON_NAME.has(ts[0]!.text) && !TITLE_SMALL.has(ts[0]!.lower) ? 1 : i;
    out.push({ type: "Title", start: from, end: last, data: { quoted: false } });
    // "a BAFTA for The Salt Year": a run may hold words before the title, so the title may also start after a small word
    for (let k = i + 1; k < last - 1; k++) {
      if (ts[k]!.cap && TITLE_SMALL.has(ts[k - 1]!.lower) && !ts.slice(k, last).every((t) => TITLE_SMALL.has(t.lower) || NON_NAME.has(t.text))) out.push({ type: "Title", start: k, end: last, data: { quoted: false } });
    }
    i = last - 1;
  }
  return out;
}

/** Small words after which a title may go on to name who made or aired it: "X for Kestrel Studios", "Y by the BBC". */
const MAKERS_AFTER = new Set(["for", "by", "from", "at", "with", "on"]);

/**
 * "Monsoon Letters for the BBC", "X for Kothrud Studios": whether the capitalised run at `k` (after an optional "the")
 * is a studio, a broadcaster or an organisation by its head word, or an acronym alone: the maker or the channel of
 * the title before it, which ends there.
 */
function makerAt(ts: readonly Token[], k: number): boolean {
  if (ts[k]?.lower === "the") k++;
  let e = k;
  while (e < ts.length && ts[e]!.cap) e++;
  if (e === k) return false;
  const head = ts[e - 1]!.text;
  return STUDIO_HEADS.has(head) || BROADCAST_HEADS.has(head) || ORG_HEADS.has(head) || (e === k + 1 && /^[A-Z]{2,5}$/.test(head));
}

/**
 * "told Harlan on Nov. 18", "Monday": a date ends a run and starts none ("released by Kestrel
 * Pictures in May": a month after "in" is a date, not the end of a title).
 */
function dated(ts: readonly Token[], k: number): boolean {
  return WEEKDAYS.has(ts[k]!.lower) || (MONTHS.has(ts[k]!.lower) && (/^\d/.test(ts[k + 1]?.text ?? "") || /^(?:in|since|until|by)$/.test(ts[k - 1]?.lower ?? "")));
}

function capital(t: Token): boolean {
  return t.cap && !NAME_ADJECTIVE.test(t.text);
}

/** "TELLY star X", "Fans of SOAP star X": the trade a tabloid shouts before its celebrity, after no capital ("Tarn TV" keeps its letters). */
const tabloidTrade = (ts: readonly Token[], i: number) => TABLOID_TRADES.has(ts[i]!.text) && !ts[i - 1]?.cap;
