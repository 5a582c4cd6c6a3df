// Words a charge phrase is read with (charges.ts): what names no offence ("the following charges", "a class A
// felony", "his previous conviction"), what kind an inchoate offence is, and where a sum of money lies.
import type { Token } from "../../nlp/tokens.ts";
import { moneyEnd } from "./amounts.ts";

/** "the following charges", "the above offences": where a list is, no offence. */
export const LISTED_WORDS = /^(?:following|above|below|aforementioned|aforesaid|said|listed)$/;
/** "a class A felony": an offence's grade, named after the offence. */
export const GRADE = /^(?:class|category|level|grade|type) \S+ (?:felony|felonies|misdemeanou?rs?|offen[cs]es?)$/;
export const INCHOATE: Record<string, string> = { conspiracy: "conspiracy", conspiring: "conspiracy", attempt: "attempt", attempted: "attempt", attempting: "attempt", solicitation: "solicitation", soliciting: "solicitation", incitement: "incitement", inciting: "incitement" };

export const HISTORY = new Set(["previous", "prior", "earlier", "past", "former", "recent", "latest", "latter"]);
export const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
/** "a 14th charge", "the 21st count": which one it is, in figures. */
export const NUMBERED_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
export const VERDICT_NOUNS = new Set(["conviction", "convictions", "acquittal", "acquittals"]);
/** Kinds of suit named before "trial" or "case": "the civil trial", "a libel case" is a suit, not a charge. */
export const SUIT_KINDS = /^(?:civil|defamation|libel|slander|negligence|malpractice|wrongful-death|copyright|patent|trademark|antitrust)$/;
export const EVENT_NOUNS = /^(?:conviction|convictions|verdict|verdicts|sentence|sentences|acquittal|acquittals|trial|trials|retrial|case|cases)$/;
export const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "that", "this", "these", "those"]);

/** Where a sum of money starting at each token ends (moneyEnd), read once for a sentence. */
export function sumEnds(ts: readonly Token[]): (number | undefined)[] {
  const ends: (number | undefined)[] = [];
  for (let k = 0; k < ts.length; k++) ends.push(moneyEnd(ts, k));
  return ends;
}

/** Whether token i is inside a sum of money that began before it ("£2m": the "2" and the "m"), by the sentence's sumEnds. */
export function inSum(ends: readonly (number | undefined)[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if ((ends[k] ?? 0) > i) return true;
  return false;
}

/** Prefixes that make a hyphenated word no offence of its tail: "anti-corruption", "counter-terrorism". */
const NOT_OFFENCE_PREFIX = /^(?:anti|counter|non|pro|post|pre|ex|de)-/;
/**
 * "money-laundering", "tax-evasion", "people-smuggling": a word joined by a hyphen whose last part is an offence's
 * head or gerund names that offence (the token layer joins a word split at an inner hyphen, so no listed form
 * "money laundering" matches it).
 */
export function hyphenOffence(lower: string, heads: ReadonlySet<string>, gerunds: ReadonlySet<string>): boolean {
  const k = lower.lastIndexOf("-");
  if (k <= 0 || k >= lower.length - 1 || NOT_OFFENCE_PREFIX.test(lower)) return false;
  const tail = lower.slice(k + 1);
  return heads.has(tail) || gerunds.has(tail);
}

// The words charges.ts tests at every token of a phrase (made once: a regular expression literal is a new object each
// time it is evaluated, and these were some of the extractor's most frequent allocations).
export const WHEN_UNITS = /^(?:week|month|year|weekend|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)$/;
export const STOP_POS = new Set(["PUNCT", "SCONJ", "AUX", "PRON", "INTJ", "SYM", "X"]);
export const VERDICT_WORDS = /^(?:guilty|innocent|convicted|charged|accused|acquitted|cleared)$/;
/** What a verdict box sets after a spaced dash: "Murder - not guilty", "Theft - admitted". */
export const OUTCOME_AFTER_DASH = /^(?:not|guilty|acquitted|cleared|convicted|admitted|denied|dismissed|withdrawn|proven|hung|deadlocked|mistrial)$/;
/** "the plea to", "a jury of": an event or who gave it, never an offence's first word before "of", "to" or "on". */
export const EVENT_OPENERS = /^(?:plea|pleas|jury|juries|verdict|verdicts|trial|trials|court|courts|judge|sentence|appeal|appeals|hearing)$/;
/** "convicted both appellants of": the parties, never an offence's first word before "of", "to" or "on". */
export const PARTY_NOUNS = /^(?:appellants?|accused|defendants?|respondents?|applicants?|co-accused|co-defendants?|pair|trio|couple)$/;
/** "to violate the FCPA": verbs of breach before a statute's name. */
export const BREACH_VERBS = /^(?:violate|breach|contravene|evade)$/;
/** Verbs that name no offence without their object: "conspiracy to commit", "conspiracy to violate". */
export const OBJECT_VERBS = /^(?:violate|commit|breach|contravene|obtain|cause|pervert|evade)$/;
export const STATUTE_PARTS = /^(?:sections?|provisions?|clauses?|articles?)$/;
export const PARTICLES = /^(?:over|out|up|off|away|down|back)$/;
export const PERSON_WORDS = /^(?:person|people|man|woman|men|women|victim|victims)$/;
export const HYPOTHETICAL = /^(?:possible|potential|probable|likely)$/;
export const DAYS_NAMED = /^(?:yesterday|today|tonight)$/;
export const WHEN_OPENS = /^(?:last|this|next|earlier|later)$/;
export const CLAUSE_OPENS = /^(?:when|because|although|though|whereupon|until|once)$/;
export const FOR_AGAINST_AS = /^(?:for|against|as)$/;
export const FUNCTION_WORDS = /^(?:a|an|the|of|to|with|by|as|in|for|against|-|'s|his|her|their|its)$/;

/** "an eight-count charge", "a 12-count indictment": how many counts a charge sheet holds. */
export const COUNT_SIZE = /^(?:\d+|[a-z]+)-counts?$/;
export const COUNT_NOUNS = new Set(["count", "counts", "charge", "charges", "offence", "offences", "offense", "offenses"]);
/** "further", "other", "remaining": counts beside others already named. */
export const FURTHER = new Set(["further", "other", "additional", "separate", "remaining", "more", "new", "lesser", "fresh", "included", "alternative", "alternate", "amended", "original", "reduced"]);
/** "a second charge of X", "a fourth count of X": which count it is, no part of the offence. */
export const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "last"]);
/** "officials of a pension administrator of fraud": bodies that employ the accused, named before the offence's own "of". */
export const EMPLOYER_NOUNS = /^(?:administrators?|administration|companies|company|firms?|banks?|lenders?|insurers?|funds?|agency|agencies|authority|authorities|ministry|ministries|departments?|councils?|boards?|corporations?|cooperatives?|co-operatives?|hospitals?|schools?|charity|charities|trusts?|foundations?|commissions?|regulators?|utility|utilities|municipality|brokerage|exchange|conglomerate|retailers?|manufacturers?|developers?|broadcasters?|publishers?|newspapers?|universit(?:y|ies)|colleges?|associations?|society|societies|unions?|club|clubs)$/;
