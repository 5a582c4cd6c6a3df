// When two written values are the same fact and when they disagree: "six years in prison" and
// "6 years" agree; "2024" and "2024-03" agree; "$15 million" and "$15m" agree. Pure, browser-safe.
import { fold } from "../query/text.ts";

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

/** Number words to digits: "twenty-five years" → "25 years", "a year" → "1 year", "half a million" kept as written. */
export function digits(text: string): string {
  return fold(text).replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b/g,
    (_, t: string, u?: string) => String(TENS[t]! + (u ? UNITS[u]! : 0)))
    .replace(/\b(zero|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?=[\s-]+(?:\d|years?|months?|weeks?|days?|hours?|hundred|thousand|million|billion|counts?))/g,
      (w: string) => String(UNITS[w]!));
}

/** A sum of money in a currency, as one comparable string: "$15m" and "15 million dollars" → "usd 15000000". */
export function moneyKey(text: string): string | null {
  const t = digits(text).replace(/(\d),(?=\d{3}\b)/g, "$1");
  const m = /([$£€]|\b(?:usd|gbp|eur|us\$))?\s*(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|bn|mn|k|m|b)?\b\s*(dollars?|pounds?|euros?)?/.exec(t);
  if (!m || (!m[1] && !m[4] && !m[3])) return null;
  const currency = m[1] === "£" || /pound|gbp/.test(m[1] ?? m[4] ?? "") ? "gbp" : m[1] === "€" || /euro|eur/.test(m[1] ?? m[4] ?? "") ? "eur" : "usd";
  return `${currency} ${Math.round(Number(m[2]) * (m[3] ? SCALE[m[3]]! : 1))}`;
}

const PENALTY_WORDS = /\b(?:a|an|the|in|of|to|and|with|for|on|prison|jail|state|federal|sentence|sentenced|term|behind|bars|years?'?)\b/g;

/**
 * What a penalty amounts to, as one comparable string: its terms and sums ("6 year", "usd 5000"),
 * or, when it names none, its words ("life", "probation").
 */
export function penaltyKey(text: string): string {
  const t = digits(text);
  const parts: string[] = [];
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)[\s-]*(year|month|week|day|hour)s?\b/g)) parts.push(`${Number(m[1])} ${m[2]}`);
  for (const m of t.matchAll(/(?:[$£€]\s*\d[\d,.]*(?:\s*(?:million|thousand|billion|bn|m|k)\b)?|\d[\d,.]*\s*(?:million|thousand|billion)?\s*(?:dollars?|pounds?|euros?))/g)) {
    const key = moneyKey(m[0]);
    if (key) parts.push(key);
  }
  if (/\blife\b/.test(t)) parts.push("life");
  if (/\bsuspended\b/.test(t)) parts.push("suspended");
  if (parts.length) return [...new Set(parts)].sort().join(" + ");
  return t.replace(PENALTY_WORDS, " ").replace(/[^a-z0-9]+/g, " ").trim() || t;
}

/** Two ISO dates agree when one is the other made more precise: 2024, 2024-03, 2024-03-02. */
export const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Decimal years of an ISO date (a year alone is its middle), or null. */
export function yearsOf(date: string | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 6, day = m[3] ? Number(m[3]) - 1 : m[2] ? 15 : 0;
  return Number(m[1]) + (month + day / 31) / 12;
}

/**
 * Two ages of one person disagree when they differ by more than a birthday can explain: by more
 * than one year beyond the time between the two articles' publication (when both give a date),
 * else by more than one year.
 */
export function agesDisagree(a: number, publishedA: string | undefined, b: number, publishedB: string | undefined): boolean {
  const ya = yearsOf(publishedA), yb = yearsOf(publishedB);
  const elapsed = ya !== null && yb !== null ? yb - ya : 0;
  return Math.abs(b - a - elapsed) > 1;
}

/** Outcomes that cannot both be true of one charge, trial or conviction: within a group, different values. */
const OUTCOME_GROUPS: readonly (readonly string[])[] = [["guilty", "not_guilty", "dismissed"], ["overturned", "upheld"], ["liable", "not_liable", "settled"]];
export const outcomesDisagree = (a: string, b: string) => a !== b && OUTCOME_GROUPS.some((g) => g.includes(a) && g.includes(b));
