// Date expressions in a sentence, with their offsets, resolved to ISO 8601 as precise as the text
// allows: "June 11, 2025" -> 2025-06-11, "in February" -> 2025-02, "in 2013" -> 2013. Relative
// ones ("on Thursday", "last year", "Aug. 29") are resolved against the article's published date
// and left without a value when there is none. Pure: text in, expressions out.
//
// Hand-written rather than chrono-node (evaluated side by side in test/bench/dates.bench.ts): chrono
// does not read a bare year ("in 2013", "a 2013 attack"), the commonest date in court reporting;
// it resolves a weekday to the nearest one, so "was taken into custody Monday" in a Friday's paper
// lands on the Monday after; and it reads "the afternoon of May 29, 1987" as the reference day.
// News uses a small closed set of forms; these rules cover them, tense included.
import lexicon from "../lexicon/dates.json" with { type: "json" };
import { clauseOf, clauses, words } from "./clauses.ts";

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when the expression is relative and there is no published date. */
  value?: string;
  /** Whether it needs the published date to mean a day: "on Thursday", "last year", "Aug. 29". */
  relative: boolean;
  /** The word before it when that word says how it relates to an event ("on", "in", "until"...), else "". */
  preposition: string;
  /** "at" when it says when something happened; "bound" for a limit or a span ("until Aug. 29", "since 2011", "from 1995 to 2020"). */
  role: "at" | "bound";
}

export interface ParseOptions {
  /** The article's published date (any form parsePublished reads). */
  published?: string;
}

const MONTH_NUMBER: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAY_NUMBER: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;
const DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
const YEAR = "(1[89]\\d\\d|20\\d\\d)";
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const UNITS = "people|persons|votes|words|pages|dollars|euros|pounds|miles|km|kilometres|kilometers|metres|meters|feet|hours|minutes|employees|workers|women|men|cases|counts|times|acres|units|shares|tons|tonnes|troops|jobs|homes|children|victims|witnesses|jurors|documents|emails|messages|calls|rounds|points";
const ci = (word: string) => word.replace(/^./, (c) => `[${c.toUpperCase()}${c}]`);

/** One alternative per form, longest forms first: a regex alternation takes the first that matches at a place. */
const FORMS: [name: string, pattern: string][] = [
  ["iso", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"],
  ["mdy", `\\b(${MONTH})\\s+${DAY},?\\s+${YEAR}\\b`],
  ["dmy", `\\b${DAY}\\s+(?:of\\s+)?(${MONTH}),?\\s+${YEAR}\\b`],
  ["my", `\\b(${MONTH}),?\\s+(?:of\\s+)?${YEAR}\\b`],
  ["md", `\\b(${MONTH})\\s+${DAY}\\b(?![,.]?\\s*\\d|:)`],
  ["dm", `\\b${DAY}\\s+(?:of\\s+)?(${MONTH})\\b`],
  ["period", `\\b(?:(?:${ci("earlier")}|${ci("later")}|${ci("early")}|${ci("late")})\\s+)?(${ci("last")}|${ci("this")}|${ci("next")})\\s+(year|month|week)\\b`],
  ["ago", `\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(year|month|week|day)s?\\s+ago\\b`],
  ["monthOfYear", `\\b(${FULL_MONTH})\\s+(?:of\\s+)?(${ci("last")}|${ci("this")}|${ci("next")})\\s+year\\b`],
  ["lastMonth", `\\b(${ci("last")}|${ci("this")}|${ci("next")})\\s+(${FULL_MONTH})\\b`],
  // "charged in 2022, and appeared in court that June": the month of the year the sentence named before it
  ["thatMonth", `\\b${ci("that")}\\s+(${FULL_MONTH})\\b(?!\\s+\\d)`],
  ["weekday", `\\b(?:(${ci("last")}|${ci("this")}|${ci("next")})\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s)\\b`],
  ["casual", `\\b(${ci("yesterday")}|${ci("today")}|${ci("tonight")}|${ci("this")}\\s+(?:morning|afternoon|evening))\\b(?!['’]s\\s+(?:world|standards|Hollywood))`],
  ["season", `\\b(?:(?:${ci("early")}|${ci("late")}|${ci("mid")})[-\\s]+|[Tt]he\\s+(?:end|start|beginning|middle|summer|spring|autumn|fall|winter)\\s+of\\s+)${YEAR}\\b`],
  // (a sentence may open with it: "In October, a jury found ...")
  ["month", `(?<=\\b(?:${["in", "since", "until", "by", "during", "of", "early", "late", "mid", "through"].map(ci).join("|")})[\\s-])(${FULL_MONTH})\\b(?!\\s+\\d)`],
  ["year", `(?<![$£€#\\d.,/-])\\b${YEAR}\\b(?![.,]\\d|\\d|%|-(?:year|month|day)|\\s+(?:${UNITS})\\b)`],
];
/** The forms that name one day of a month; a bare weekday just before one names the same day. */
const DAY_FORMS = new Set(["iso", "mdy", "dmy", "md", "dm"]);
const WEEKDAY_ALONE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SCANNER = new RegExp(FORMS.map(([name, p]) => `(?<${name}>${p})`).join("|"), "g");
const GROUP_COUNTS = FORMS.map(([, p]) => new RegExp(`${p}|`).exec("")!.length - 1);

const BOUND = new Set(["until", "till", "by", "before", "after", "since", "from", "through", "between", "to", "for", "than", "of"]);
const BOUND_AFTER = new Set(["prior to", "ahead of", "as of", "up to", "no later than", "later than", "earlier than"]);
const AT = new Set(["on", "in", "at", "during", "of", "early", "late", "mid", "around", "about", "circa"]);
const FUTURE = lexicon.future;

interface Day { y: number; m: number; d: number }
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m?: number, d?: number) => (m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const utc = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d));
const fromUtc = (date: Date): Day => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
const addDays = (day: Day, n: number) => fromUtc(new Date(utc(day).getTime() + n * 86_400_000));
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthOf = (word: string) => MONTH_NUMBER[word.toLowerCase().replace(/\.$/, "")]!;

/**
 * The published date as a day, from front matter: "2025-06-13", "2025-06-13T09:30:00Z",
 * "June 13, 2025", "13 June 2025". Undefined for anything less than a full day.
 */
export function parsePublished(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value.trim());
  if (isoDay) return validDay(+isoDay[1]!, +isoDay[2]!, +isoDay[3]!) ? isoDay.slice(1, 4).join("-") : undefined;
  const found = findDates(value).find((e) => e.value?.length === 10);
  return found?.value;
}

const dayOf = (published: string | undefined): Day | undefined => {
  const p = parsePublished(published);
  return p ? { y: +p.slice(0, 4), m: +p.slice(5, 7), d: +p.slice(8, 10) } : undefined;
};

/** Every date expression in `text`, in order, none overlapping. */
export function findDates(text: string, options: ParseOptions = {}): DateExpression[] {
  const ref = dayOf(options.published);
  const matches = [...text.matchAll(SCANNER)];
  if (matches.length === 0) return []; // most sentences: no clause analysis at all
  let spans: ReturnType<typeof clauses> | undefined, clauseWords: string[][] = [];
  const future = (at: number) => {
    if (!spans) {
      spans = clauses(text);
      // ("Judge Will Horton delivered ...": a capitalised "Will" inside a clause is someone's name, not the future)
      clauseWords = spans.map((s) => words(text.slice(s.start, s.end)).map((w, i) => (i > 0 && w.text === "Will" ? "" : w.lower)));
    }
    const ws = clauseWords[clauseOf(spans, at)]!;
    const joined = ` ${ws.join(" ")} `;
    return FUTURE.some((f) => joined.includes(` ${f} `));
  };
  const out: DateExpression[] = [];
  for (const m of matches) {
    const name = FORMS.find(([n]) => m.groups![n] !== undefined)![0];
    const index = FORMS.findIndex(([n]) => n === name);
    const first = 1 + FORMS.slice(0, index).reduce((n, _, i) => n + 1 + GROUP_COUNTS[i]!, 0) + 1;
    const g = m.slice(first, first + GROUP_COUNTS[index]!);
    const start = m.index!, end = start + m[0].length;
    const resolved = name === "thatMonth" ? monthOfYearBefore(out, g[0]!) : resolveForm(name, g, ref, () => future(start));
    if (!resolved) continue;
    // "to Tuesday's verdict": a possessive date belongs to its noun, whatever governs the noun.
    const possessive = /^['’]s\b/.test(text.slice(end));
    // ("on Tuesday, March 14, 2023", "on Friday 5 January": the weekday names the date's day; the two are one expression, of the date's value)
    const weekday = out[out.length - 1];
    if (DAY_FORMS.has(name) && weekday && WEEKDAY_ALONE.test(weekday.text) && /^,?\s*\(?\s*$/.test(text.slice(weekday.end, start))) {
      const { value: _, ...rest } = weekday;
      out[out.length - 1] = { ...rest, end, text: text.slice(weekday.start, end), ...(resolved.value && { value: resolved.value }), relative: resolved.relative };
      continue;
    }
    const { preposition, role } = possessive ? { preposition: "", role: "at" as const } : relation(text, start, out[out.length - 1]);
    out.push({ start, end, text: m[0], ...(resolved.value && { value: resolved.value }), relative: resolved.relative, preposition, role });
  }
  return out;
}

/** "that June": the month in the year of the last date before it in the sentence that names one (none without it). */
function monthOfYearBefore(before: readonly DateExpression[], month: string): { value?: string; relative: boolean } {
  const year = [...before].reverse().find((d) => d.value && /^\d{4}/.test(d.value))?.value?.slice(0, 4);
  return { ...(year && { value: iso(+year, monthOf(month)) }), relative: true };
}

/** The value of one matched form: undefined when the text is no date after all (30 February). */
function resolveForm(name: string, g: (string | undefined)[], ref: Day | undefined, isFuture: () => boolean): { value?: string; relative: boolean } | undefined {
  const absolute = (value: string | undefined) => (value ? { value, relative: false } : undefined);
  const relative = (value: string | undefined) => ({ value, relative: true });
  switch (name) {
    case "iso": return validDay(+g[0]!, +g[1]!, +g[2]!) ? absolute(iso(+g[0]!, +g[1]!, +g[2]!)) : undefined;
    case "mdy": return validDay(+g[2]!, monthOf(g[0]!), +g[1]!) ? absolute(iso(+g[2]!, monthOf(g[0]!), +g[1]!)) : undefined;
    case "dmy": return validDay(+g[2]!, monthOf(g[1]!), +g[0]!) ? absolute(iso(+g[2]!, monthOf(g[1]!), +g[0]!)) : undefined;
    case "my": return absolute(iso(+g[1]!, monthOf(g[0]!)));
    case "season": case "year": return absolute(g[0]!);
    case "md": case "dm": {
      const [month, day] = name === "md" ? [monthOf(g[0]!), +g[1]!] : [monthOf(g[1]!), +g[0]!];
      if (!validDay(2000, month, day)) return undefined;
      if (!ref) return relative(undefined);
      let y = ref.y;
      const cmp = month * 100 + day - (ref.m * 100 + ref.d);
      if (isFuture() ? cmp < 0 : cmp > 0) y += isFuture() ? 1 : -1;
      return validDay(y, month, day) ? relative(iso(y, month, day)) : relative(undefined);
    }
    case "month": {
      const month = monthOf(g[0]!);
      if (!ref) return relative(undefined);
      const y = isFuture() ? (month < ref.m ? ref.y + 1 : ref.y) : (month > ref.m ? ref.y - 1 : ref.y);
      return relative(iso(y, month));
    }
    case "monthOfYear": {
      // "in March last year", "in June of this year": the month of the year the words name
      const year = period(g[1]!.toLowerCase(), "year", ref ?? { y: 0, m: 1, d: 1 });
      return relative(ref && year ? iso(+year, monthOf(g[0]!)) : undefined);
    }
    case "lastMonth": {
      const which = g[0]!.toLowerCase(), month = monthOf(g[1]!);
      if (!ref) return relative(undefined);
      const y = which === "this" ? ref.y : which === "last" ? (month < ref.m ? ref.y : ref.y - 1) : (month > ref.m ? ref.y : ref.y + 1);
      return relative(iso(y, month));
    }
    case "period": return relative(ref ? period(g[0]!.toLowerCase(), g[1]!, ref) : undefined);
    case "ago": {
      if (!ref) return relative(undefined);
      const n = NUMBER_WORDS[g[0]!.toLowerCase()] ?? +g[0]!;
      if (g[1] === "year") return relative(String(ref.y - n));
      if (g[1] === "month") { const k = ref.y * 12 + ref.m - 1 - n; return relative(iso(Math.floor(k / 12), (k % 12) + 1)); }
      if (g[1] === "day") { const d = addDays(ref, -n); return relative(iso(d.y, d.m, d.d)); }
      return relative(week(addDays(ref, -7 * n)));
    }
    case "weekday": {
      if (!ref) return relative(undefined);
      const which = g[0]?.toLowerCase(), target = WEEKDAY_NUMBER[g[1]!.toLowerCase()]!;
      const today = utc(ref).getUTCDay();
      const forward = which === "next" || (which !== "last" && isFuture());
      let delta = forward ? (target - today + 7) % 7 : -((today - target + 7) % 7);
      if (delta === 0 && (which === "last" || which === "next" || forward)) delta = forward ? 7 : -7;
      const d = addDays(ref, delta);
      return relative(iso(d.y, d.m, d.d));
    }
    case "casual": {
      if (!ref) return relative(undefined);
      const d = g[0]!.toLowerCase() === "yesterday" ? addDays(ref, -1) : ref;
      return relative(iso(d.y, d.m, d.d));
    }
  }
  return undefined;
}

/** "last year", "earlier this month", "next week": a year or month; a week only as precisely as it lies in one month or year. */
function period(which: string, unit: string | undefined, ref: Day): string | undefined {
  const step = which === "last" ? -1 : which === "next" ? 1 : 0;
  if (unit === "year") return String(ref.y + step);
  if (unit === "month") { const k = ref.y * 12 + ref.m - 1 + step; return iso(Math.floor(k / 12), (k % 12) + 1); }
  return week(addDays(ref, 7 * step));
}

/** The Monday-to-Sunday week holding a day, as a month or a year when it lies within one. */
function week(day: Day): string | undefined {
  const monday = addDays(day, -((utc(day).getUTCDay() + 6) % 7)), sunday = addDays(monday, 6);
  if (monday.y !== sunday.y) return undefined;
  return monday.m === sunday.m ? iso(monday.y, monday.m) : String(monday.y);
}

/** The preposition before an expression, and whether it makes the expression a bound rather than a time. */
function relation(text: string, start: number, previous: DateExpression | undefined): Pick<DateExpression, "preposition" | "role"> {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  const two = /([a-z]+\s+[a-z]+)\s+$/.exec(before)?.[1] ?? "";
  for (const phrase of BOUND_AFTER) if (before.endsWith(`${phrase} `) || two.endsWith(phrase)) return { preposition: phrase, role: "bound" };
  const word = /([a-z]+)[\s-]+$/.exec(before)?.[1] ?? "";
  // "between 2010 and 2012", "from 1995 to 2020": the second end of a span is a bound too.
  if ((word === "and" || word === "to" || word === "or") && previous?.role === "bound" && start - previous.end <= 6) return { preposition: word, role: "bound" };
  if (BOUND.has(word) && word !== "of") return { preposition: word, role: "bound" };
  return { preposition: AT.has(word) ? word : "", role: "at" };
}
