/**
 * How resolution compares names and reads the words beside them: whether two names are one person's, whether a
 * word stands whole in a text, whether a mention has a person's cue, whether a body's trailing words name another body.
 */
import type { NameMention } from "../types.ts";
import { ORG_HEADS, ROLE_FORMS } from "../lexicon/index.ts";

const LETTER_END = /\p{L}$/u, LETTER_START = /^\p{L}/u, WORD_BEFORE = /([\p{L}-]+)\s+$/u;

export function memo<T>(f: (k: string) => T): (k: string) => T {
  const cache = new Map<string, T>();
  return (k) => {
    if (!cache.has(k)) cache.set(k, f(k));
    return cache.get(k)!;
  };
}

/** Whether `word` occurs in `text` with no letter just before or after it, outside a web address (an article's "url:" slug). */
export function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER_END.test(text.slice(Math.max(0, at - 2), at)) || LETTER_START.test(text.slice(end, end + 2))) continue;
    const from = Math.max(text.lastIndexOf(" ", at), text.lastIndexOf("\n", at)) + 1;
    if (!/^\S*\//.test(text.slice(from, end))) return true;
  }
  return false;
}

/** "Ann Lee Hart" is "Lee Hart"; "Paul T. Ruiz" is "Paul Ruiz"; "J. Ruiz" is "Jorge Ruiz". */
export function sameFullName(a: string[], b: string[]): boolean {
  if (a.join(" ") === b.join(" ")) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (long.slice(long.length - short.length).join(" ") === short.join(" ")) return true;
  // ("Sardar Imdad Khoso" and his brother "Sardar Nawaz Khoso": names of one length whose middle words differ are two people)
  if (long[0] === short[0] && long[long.length - 1] === short[short.length - 1] && (long.length !== short.length || sameMiddles(long, short))) return true;
  // "Tomás Rivas" for "Tomás Rivas Arriaga": a name without its second surname
  if (short.length === 2 && long.length === 3 && long[0] === short[0] && long[1] === short[1] && long[1]!.length > 2) return true;
  if (short.length === 2 && short[0]!.length === 1 && long[0]!.startsWith(short[0]!) && long[long.length - 1] === short[1]) return true;
  return false;
}

/** Whether the middle words of two names of one length agree, an initial with any word it begins ("Paul T. Ruiz", "Paul Thomas Ruiz"). */
function sameMiddles(a: string[], b: string[]): boolean {
  for (let i = 1; i < a.length - 1; i++) {
    const x = a[i]!.replace(/\.$/, ""), y = b[i]!.replace(/\.$/, "");
    if (x !== y && !(x.length === 1 && y.startsWith(x)) && !(y.length === 1 && x.startsWith(y))) return false;
  }
  return true;
}

/** Words beside a name that only a person has: a title, a role noun before it, an age or "who" after it. */
export function personCue(text: string, m: NameMention): boolean {
  if (m.title || m.gender) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase();
  if ((!!before && ROLE_FORMS.has(before)) || /^,\s+(?:\d{1,3},|who\b)/.test(text.slice(m.end, m.end + 8))) return true;
  // ("Peter Kinloss, the company's founder," beside "Peter Kinloss Holdings": the founder or head of a firm in apposition
  // after the name; not "the auditor", "the administrator", which firms are called too)
  return FIRM_HEAD_APPOSED.test(text.slice(m.end, m.end + 60));
}
const FIRM_HEAD_APPOSED = /^,\s+(?:the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?:founder|co-founder|owner|co-owner|proprietor|chairman|chairwoman|chief executive|managing director|director|boss)\s*[,.;]/u;

/** "Vale Bank" and "Vale Bank Depositors' Association": the words after a body's name that end in another body's kind name another body (a company's suffix does not: "Vale Bank Ltd"). */
export function ownBody(rest: readonly string[]): boolean {
  const last = rest.at(-1) ?? "";
  return rest.length >= 2 && ORG_HEADS.has(last) && !COMPANY_SUFFIXES.has(last);
}
const COMPANY_SUFFIXES = new Set(["Ltd", "Ltd.", "Limited", "plc", "PLC", "Plc", "Inc", "Inc.", "LLC", "LLP", "Pty", "Pvt", "Corp", "Corp.", "Corporation", "Co.", "Company", "Group", "Holdings", "Bhd", "Berhad", "Sdn", "GmbH", "AG", "SA", "NV", "BV", "SpA", "AB", "ASA", "Oyj", "Tbk", "JSC", "PJSC"]);
