// The dates of one sentence: each date expression goes to the event (Trial, Verdict, Plea) its
// clause ties it to, or to the charge whose offence phrase it sits in, or to nothing. attach.ts
// gathers the triggers of each sentence and calls datesInSentence.
import lexicon from "../lexicon/dates.json" with { type: "json" };
import type { Entity } from "../extract/types.ts";
import { clauseOf, clauses, words, type Word } from "./clauses.ts";
import { findDates, type DateExpression } from "./parse.ts";

const set = (list: string[]) => new Set(list);
const VERBAL = set(lexicon.verbal), HAPPENING = set(lexicon.happening);
const AUXILIARY = set(lexicon.auxiliary), OFFENCE = set(lexicon.offence), LINK = set(lexicon.link);
const ADJECTIVE_ED = set(lexicon.adjectiveEd), VERBS = set(lexicon.verbs), JUDGMENT = set(lexicon.judgment);
const DETERMINERS = set(["a", "an", "the", "his", "her", "their", "its", "this", "that", "our", "my"]);

/** A place in a sentence where events are mentioned: one span, the entities it names. */
export interface Trigger { start: number; end: number; first: number; last: number; entities: Entity[]; verbal: boolean; offence: boolean }

/**
 * The dates of one sentence and the trigger each belongs to. Exported for tests: `triggers` are
 * spans in sentence offsets with the entities they name.
 */
export function datesInSentence(text: string, spans: Trigger[], published: string | undefined): { trigger: Trigger; date: string }[] {
  const found = findDates(text, { published }).filter((d) => d.value && d.role === "at");
  if (found.length === 0) return [];
  const ws = words(text);
  const cl = clauses(text);
  const wordAt = (offset: number) => ws.findIndex((w) => w.start <= offset && offset < w.end);
  for (const t of spans) {
    t.first = wordAt(t.start);
    t.last = wordAt(Math.max(t.start, t.end - 1));
    const lastWord = ws[t.last]?.lower ?? "";
    const surface = text.slice(t.start, t.end).toLowerCase();
    t.verbal = VERBAL.has(surface) || VERBAL.has(lastWord);
    t.offence = t.entities.every((e) => e.type === "Charge");
  }
  const events = spans.filter((t) => !t.offence && t.first >= 0);
  const charges = spans.filter((t) => t.offence && t.first >= 0);
  const out: { trigger: Trigger; date: string }[] = [];
  for (const d of found) {
    if (!d.value) continue;
    const first = wordAt(d.start), last = wordAt(d.end - 1);
    if (first < 0) continue;
    const clause = clauseOf(cl, d.start);
    const sameClause = (t: Trigger) => clauseOf(cl, t.start) === clause;
    // 1. A date on a noun: "his 2019 conviction", "a 2013 attack", "Tuesday's verdict".
    if (modifiesNoun(ws, text, d)) {
      const head = headAfter(ws, text, last, spans);
      const trigger = head === "offence" ? chargeBefore(ws, text, first, charges) : head === "judgment" ? decidedBy(ws, text, last, events) : head;
      if (trigger) out.push({ trigger, date: d.value });
      continue;
    }
    // 2. A date inside an offence phrase dates the charge the phrase is about, and no event.
    // ("found guilty in February of murdering X on 3 October 2023": the verdict told its own date before the act's)
    const datedBefore = (word: number) => found.some((o) => o !== d && o.value && wordAt(o.end - 1) >= 0 && wordAt(o.end - 1) < word);
    const offence = offenceBefore(ws, text, first, clause, cl, charges, datedBefore);
    if (offence) {
      const charge = offence.charge ?? chargeBefore(ws, text, offence.word, charges);
      if (charge) out.push({ trigger: charge, date: d.value });
      continue;
    }
    // 3. The event whose verb governs the clause: the nearest verbal trigger, or an event noun made to happen.
    const candidates = events.filter(sameClause).filter((t) => t.verbal || happens(ws, t))
      .filter((t) => !foreignVerbBetween(ws, t, first, last, text))
      .sort((a, b) => distance(a, first, last) - distance(b, first, last));
    if (candidates[0]) {
      out.push({ trigger: candidates[0], date: d.value });
      if (fronted(ws, text, first, last)) for (const t of joinedAfter(ws, text, candidates[0], events.filter(sameClause))) if (!out.some((o) => o.trigger === t)) out.push({ trigger: t, date: d.value });
      continue;
    }
    // 4. A date right after an event noun: "the trial in January 2014".
    const noun = events.filter(sameClause).find((t) => t.last < first && first - t.last <= 4 && !foreignVerbBetween(ws, t, first, last, text) && !text.slice(t.end, d.start).includes(","));
    if (noun) out.push({ trigger: noun, date: d.value });
  }
  // 5. "made his first court appearance that June, when he pleaded not guilty": an event told in a "when" clause right
  // after the one date of the clause before it happened then
  for (const t of events.filter((t) => t.verbal && !out.some((o) => o.trigger === t))) {
    const c = clauseOf(cl, t.start);
    const opener = cl[c] && ws.find((w) => w.start >= cl[c]!.start);
    if (c === 0 || opener?.lower !== "when" || !/,\s*$/.test(text.slice(cl[c - 1]!.start, cl[c]!.start))) continue;
    const before = found.filter((d) => d.value && clauseOf(cl, d.start) === c - 1);
    if (before.length === 1) out.push({ trigger: t, date: before[0]!.value! });
  }
  // 6. "denied the charge when he appeared before the magistrate last month", "appeared at X Court on Monday, where he
  // pleaded guilty": a plea is entered at the hearing a "when" or "where" clause beside it tells of, on its one date
  for (const t of events.filter((t) => t.entities.some((e) => e.type === "Plea") && !out.some((o) => o.trigger === t))) {
    const c = clauseOf(cl, t.start);
    const opener = (k: number) => (cl[k] ? ws.find((w) => w.start >= cl[k]!.start)?.lower : undefined);
    // (the hearing's clause with the "before the magistrate" the clause edges cut from it)
    const [a, b] = opener(c + 1) === "when" ? [c + 1, opener(c + 2) === "before" ? c + 2 : c + 1] : opener(c) === "where" ? [opener(c - 1) === "before" ? c - 2 : c - 1, c - 1] : [-1, -1];
    const appeared = a >= 0 && cl[a] && cl[b] ? APPEARED.exec(text.slice(cl[a]!.start, cl[b]!.end)) : null;
    // (the hearing's own date, after its verb with no comma between: not "when he appeared in court, his lawyer said on Monday")
    const from = appeared ? cl[a]!.start + appeared.index : 0;
    const there = appeared ? found.filter((d) => d.value && d.start > from && clauseOf(cl, d.start) <= b && !text.slice(from, d.start).includes(",")) : [];
    if (there.length === 1) out.push({ trigger: t, date: there[0]!.value! });
  }
  return out;
}
/** A hearing told by its defendant's appearance, or by the case coming to court ("when the case reached the Crown Court in October"). */
const APPEARED = /\bappear(?:ed|s|ing)\b|\b(?:case|matter)\s+(?:reached|came\s+before|went\s+before)\b|\b(?:charges?|counts?)\s+(?:was|were)\s+read\b/i;

const distance = (t: Trigger, first: number, last: number) => (t.last < first ? first - t.last : t.first > last ? t.first - last : 0);

/** Words that end a noun phrase: the head of "his 2019 rape conviction in Ohio" is the word before "in". */
const PHRASE_END = set(["of", "in", "on", "at", "for", "to", "by", "with", "from", "into", "over", "under", "against", "after", "before",
  "during", "that", "which", "who", "whom", "whose", "and", "or", "but", "as", "than", "is", "are", "was", "were", "has", "had", "have", "be", "been", "will", "would"]);

/** Whether a date sits on a noun ("his 2019 conviction", "his victorious 2007 campaign", "Tuesday's verdict") rather than on a clause. */
function modifiesNoun(ws: Word[], text: string, d: DateExpression): boolean {
  if (d.preposition) return false;
  if (/^['’]s\b/.test(text.slice(d.end))) return true;
  // ("the June 2020 ruling", "its 12 May 2022 judgment": a month's date right after a determiner stands before a noun too)
  if (MONTH_DATE.test(d.text) && LOWER_WORD_AFTER.test(text.slice(d.end))) {
    const i = wordIndexBefore(ws, d.start);
    return i >= 0 && DETERMINERS.has(ws[i]!.lower) && !text.slice(ws[i]!.end, d.start).trim();
  }
  // Only a bare year stands before a noun ("a 2013 attack"); "that conviction last year" is adverbial.
  if (!/^\d{4}$/.test(d.text) || !LOWER_WORD_AFTER.test(text.slice(d.end))) return false;
  for (let i = wordIndexBefore(ws, d.start), n = 0; i >= 0 && n < 3; i--, n++) {
    const w = ws[i]!;
    if (/[,;:()"“”]/.test(text.slice(w.end, n === 0 ? d.start : ws[i + 1]!.start))) return false;
    if (DETERMINERS.has(w.lower)) return true;
    if (PHRASE_END.has(w.lower) || isVerb(w) || !LOWER_START.test(w.text)) return false;
  }
  return false;
}

/**
 * The trigger heading the noun phrase a date premodifies, "offence" for an offence noun, "judgment" for a court's
 * decision that names no event itself, undefined for any other noun.
 */
function headAfter(ws: Word[], text: string, last: number, spans: Trigger[]): Trigger | "offence" | "judgment" | undefined {
  let head = -1;
  for (let i = last + 1; i <= last + 6 && i < ws.length; i++) {
    if (/[,;:()"“”]/.test(text.slice(ws[i - 1]!.end, ws[i]!.start)) || PHRASE_END.has(ws[i]!.lower) || /^['’]s$/.test(ws[i]!.lower)) break;
    head = i;
  }
  if (head < 0) return undefined;
  const covering = spans.filter((t) => t.first <= head && head <= t.last);
  if (covering.length) return covering.find((t) => !t.offence) ?? covering[0];
  return OFFENCE.has(ws[head]!.lower) ? "offence" : JUDGMENT.has(ws[head]!.lower) ? "judgment" : undefined;
}

/**
 * The verdict a dated decision's relative clause tells: "the June 2020 ruling of the trial court, which found them guilty",
 * "the 2019 judgment that convicted him". The decision's words run from the date's last word `last` to "which" or "that"
 * with no verb and no comma but the one before it; the verdict is told in the clause it opens.
 */
function decidedBy(ws: Word[], text: string, last: number, events: Trigger[]): Trigger | undefined {
  for (let i = last + 1; i < ws.length && i <= last + 14; i++) {
    const w = ws[i]!, gap = text.slice(ws[i - 1]!.end, w.start);
    if (/[;:()"“”]/.test(gap)) return undefined;
    if (w.lower === "which" || w.lower === "that") return events.find((t) => t.verbal && t.first > i && t.first <= i + 8 && t.entities.some((e) => e.type === "Verdict"));
    if (gap.includes(",") || isVerb(w)) return undefined;
  }
  return undefined;
}

/** Whether a date opens its sentence, set off by a comma: "In March 2019, ...", "On 4 August, ...". */
const fronted = (ws: Word[], text: string, first: number, last: number) => first <= 1 && /^\s*,/.test(text.slice(ws[last]!.end));

/**
 * The verbs joined after an event's that share its subject and a date opening the sentence: "In March 2019, the High
 * Court set aside the acquittal, convicted X of murder and sentenced him". Each is a verbal trigger told right after a
 * comma or "and", with no verb of another event between.
 */
function joinedAfter(ws: Word[], text: string, t: Trigger, events: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  let previous = t;
  for (const next of events.filter((e) => e.verbal && e.first > t.last).sort((a, b) => a.first - b.first)) {
    if (!/(?:,|\band)\s*$/.test(text.slice(0, next.start)) || foreignVerbBetween(ws, previous, next.first, next.last, text)) break;
    out.push(next);
    previous = next;
  }
  return out;
}

const wordIndexBefore = (ws: Word[], offset: number) => {
  let i = -1;
  while (i + 1 < ws.length && ws[i + 1]!.end <= offset) i++;
  return i;
};

/**
 * An offence word before the date in its clause, joined to it without another verb: "his alleged
 * assault of Jane Doe in 2006", "raping two women at his home in 2003". A charge named by a noun is
 * not one ("convicted of fraud on Thursday", "of the murder in a trial in 2008" date the
 * conviction); a charge named by an act ("raping ...") is, and the date is that charge's.
 */
function offenceBefore(ws: Word[], text: string, first: number, clause: number, cl: ReturnType<typeof clauses>, charges: Trigger[], datedBefore: (word: number) => boolean): { word: number; charge?: Trigger } | undefined {
  for (let i = first - 1, aged = false; i >= 0 && i >= first - 9; i--) {
    const w = ws[i]!;
    // ("to the murder of Martin Roe, 64, at Fanore on 9 June": the victim's age between commas is no clause's edge)
    if (AGE.test(w.text) && i > 0 && text.slice(ws[i - 1]!.end, w.start).trim() === "," && text.slice(w.end, ws[i + 1]!.start).trim() === ",") {
      clause = clauseOf(cl, ws[i - 1]!.start);
      aged = true;
      continue;
    }
    if (clauseOf(cl, w.start) !== clause || !aged && text.slice(w.end, ws[i + 1]!.start).includes(",")) return undefined;
    aged = false;
    const charge = charges.find((c) => c.first <= i && i <= c.last);
    // (an act with its object: "raping two women"; an offence's name that ends in -ing, "drink-driving at X Court", is a noun)
    // (and a deed with its victim: "to the murder of Martin Roe at Fanore on 9 June", not "convicted of murder on Tuesday")
    // ("not guilty of assault causing harm to X in June 2022": a deed with the one it was done to after it)
    // ("of murdering Tadhg Roe, 17, at a house party in March 2020": a charge phrase that holds an act and its object)
    // ("for killing his wife over dowry in 2019": an act with its object, then why it was done)
    // ("convicted in February of murdering X on 3 October 2023": an act with its object, after a date the sentence told before it)
    if (charge) return /ing$/.test(w.lower) && hasObject(ws, charge) || actWithObject(ws, charge) && (placedBefore(ws, charge.last + 1, first) || motiveBefore(ws, charge.last + 1, first) || datedBefore(charge.first)) || withVictim(ws, charge) || victimAfter(ws, charge, first) ? { word: i, charge } : undefined;
    if (OFFENCE.has(w.lower)) return { word: i };
    if (isVerb(w) || VERBAL.has(w.lower) || HAPPENING.has(w.lower)) return undefined;
  }
  return undefined;
}

/** Whether a charge's phrase is an act with its object in it: "murdering Tadhg Roe", "raping two women". */
const actWithObject = (ws: Word[], charge: Trigger) => charge.last > charge.first && /ing$/.test(ws[charge.first]!.lower) && !PHRASE_END.has(ws[charge.first + 1]!.lower);

/**
 * Whether the words from `from` to `to` tell where an act was done, by a common noun ("at a house party", "outside his
 * home"): a date after them is the act's. (Not a court: "of murdering X at Kelton Crown Court on Friday" dates the verdict.)
 */
function placedBefore(ws: Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (!/^(?:at|outside|inside|near|behind)$/.test(ws[k]!.lower) || !DETERMINERS.has(ws[k + 1]!.lower)) continue;
    const noun = ws[k + 2]!;
    if (LOWER_START.test(noun.text) && !/^(?:court|courts|tribunal|hearing|trial|sentencing)$/.test(noun.lower)) return true;
  }
  return false;
}

/** Whether the words from `from` to `to` tell why or during what an act was done, in a few lower-case words: "over dowry", "during a robbery" (a date after them is the act's). */
function motiveBefore(ws: Word[], from: number, to: number): boolean {
  const words = ws.slice(from, to);
  if (/^(?:in|on|at)$/.test(words.at(-1)?.lower ?? "")) words.pop();
  return words.length >= 2 && words.length <= 4 && (words[0]!.lower === "over" || words[0]!.lower === "during") && words.every((w, k) => k === 0 || LOWER_START.test(w.text) && !/^(?:court|courts|tribunal|hearing|trial|sentencing)$/.test(w.lower));
}

/** Whether a charge's phrase names the one it was done to: "the murder of Martin Roe". */
function withVictim(ws: Word[], charge: Trigger): boolean {
  for (let i = charge.first; i < charge.last; i++) if (OFFENCE.has(ws[i]!.lower) && ws[i + 1]!.lower === "of") return true;
  return false;
}

/** "assault causing harm to Declan Roe in June": the charge's last word, "to" or "against", a name, then a preposition before the date at `first`. */
function victimAfter(ws: Word[], charge: Trigger, first: number): boolean {
  if (!/^(?:to|against|on|upon)$/.test(ws[charge.last + 1]?.lower ?? "")) return false;
  let i = charge.last + 2;
  while (i < first && UPPER_START.test(ws[i]!.text)) i++;
  return i > charge.last + 2 && (i === first || i === first - 1 && /^(?:in|on|at)$/.test(ws[i]!.lower));
}

/** Whether a charge named by a verb goes on to its object: "raping two women", not "drink-driving at the court" or "stalking on Monday". */
function hasObject(ws: Word[], charge: Trigger): boolean {
  const next = ws[charge.last + 1];
  return !!next && !PHRASE_END.has(next.lower) && !DATE_WORD.test(next.lower);
}
const AGE = /^\d{1,3}$/;
const DATE_WORD = /^(?:on|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)$/;
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u, LOWER_WORD_AFTER = /^\s+\p{Ll}/u, UPPER_START = /^\p{Lu}/u;
/** A day's or month's date with its year, no weekday: "June 2020", "12 May 2022", "May 12, 2022". */
const MONTH_DATE = /^(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?\s+(?:\d{1,2},\s+)?\d{4}$/u;

/** The charge an offence phrase is about: the nearest charge before it, joined only by link words ("the charge of rape, over his alleged attack"). */
function chargeBefore(ws: Word[], text: string, offenceWord: number, charges: Trigger[]): Trigger | undefined {
  const before = charges.filter((c) => c.last < offenceWord).sort((a, b) => b.last - a.last)[0];
  if (!before || offenceWord - before.last > 8) return undefined;
  if (/[;:()]/.test(text.slice(before.end, ws[offenceWord]!.start))) return undefined;
  for (let i = before.last + 1; i < offenceWord; i++) if (!LINK.has(ws[i]!.lower)) return undefined;
  return before;
}

/** An event noun with a verb that makes it happen next to it: "declared a mistrial", "the verdict came". */
function happens(ws: Word[], t: Trigger): boolean {
  for (let i = Math.max(0, t.first - 3); i < t.first; i++) if (HAPPENING.has(ws[i]!.lower)) return true;
  for (let i = t.last + 1; i <= t.last + 3 && i < ws.length; i++) {
    if (HAPPENING.has(ws[i]!.lower)) return true;
    if (!AUXILIARY.has(ws[i]!.lower)) break;
  }
  return false;
}

/**
 * A verb of some other event between a trigger and a date: "convicted in 2019 ... appealed on
 * Monday", "affirmed the verdict a jury reached in 2021". A verb that makes the trigger happen
 * ("declared a mistrial", "found him guilty") is its own, not another's.
 */
function foreignVerbBetween(ws: Word[], t: Trigger, first: number, last: number, text: string): boolean {
  const [from, to] = t.last < first ? [t.last + 1, first] : [last + 1, t.first];
  for (let i = from; i < to; i++) {
    const w = ws[i]!;
    // ("In March 2019, a sessions court in Pune, presided over by Judge X, had convicted": a participle set off by commas
    // between a date and the event after it describes the subject)
    if (t.first > last) { const skip = participleAside(ws, text, i, to); if (skip > i) { i = skip; continue; } }
    const own = HAPPENING.has(w.lower) && (i >= t.first - 3 && i <= t.last + 3);
    if (!own && (isVerb(w) || HAPPENING.has(w.lower))) return true;
  }
  return false;
}

/** The last word of an aside that opens at word `i` after a comma with a participle ("presided over by X,") and closes with a comma before word `to`; else `i`. */
function participleAside(ws: Word[], text: string, i: number, to: number): number {
  if (i === 0 || !text.slice(ws[i - 1]!.end, ws[i]!.start).includes(",") || !/(?:ed|ing)$/.test(ws[i]!.lower)) return i;
  for (let k = i + 1; k < to; k++) if (text.slice(ws[k - 1]!.end, ws[k]!.start).includes(",")) return k - 1;
  return i;
}

/** Outcome words that name an event without being a verb: "pleaded guilty in January" is one event. */
const OUTCOME_ADJECTIVES = set(["guilty", "liable"]);

function isVerb(w: Word): boolean {
  if (HAPPENING.has(w.lower) || AUXILIARY.has(w.lower) || ADJECTIVE_ED.has(w.lower) || OUTCOME_ADJECTIVES.has(w.lower)) return false;
  return VERBS.has(w.lower) || VERBAL.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith("ed") && LOWER_START.test(w.text));
}
