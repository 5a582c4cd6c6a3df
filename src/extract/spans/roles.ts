// Role phrases: noun phrases whose head names an occupation or position, from the part-of-speech
// tags (open class: any agentive noun, not only the listed ones), with the role's label
// normalised. Which person holds the role is for the rules (apposition, predicate, title).
import { lowerWords, type Token } from "../../nlp/tokens.ts";
import { memo } from "../../nlp/wink.ts";
import type { Span } from "../engine/match.ts";
import {
  ABSORB_EXCEPT, ABSORBING_ROLES, AGENTIVE_SUFFIXES, COMPLEMENT_HEADS, NOT_ROLE_MODIFIERS, NOT_ROLES, NUMBERS, ORDINALS, ORG_DESCRIPTIONS, PARTICIPLE_ROLES, PERSON_NOUNS, POLICE_WORDS, POSTNOMINAL_ROLES, POSTNOMINALS, ROLE_FORMS, ROLE_STRIP, isPlace,
  TITLES, roleInfo, type RoleInfo,
} from "../../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;
const PAST_PREFIX = /^(?:then|ex|former)-(?=\p{L}{2})/u;
// (tested for nearly every token, made once: a regular expression literal is a new object each time it is evaluated)
const ENDS_S = /s$/;
const ENDS_ED = /ed$/;

export interface RoleData extends RoleInfo {
  /** The head is a listed role or person noun, not only a noun with an agentive ending. */
  known: boolean;
  /** Token index of the head noun. */
  head: number;
  /** The head is plural: "lawyers". */
  plural?: boolean;
  /** A title the name finder read before or after a name ("Judge", "KC"). */
  title?: boolean;
}

const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM", "VERB"]);
/** Agentive endings that also end common nouns: "statement", "restaurant" are no one. */
// ("concert-goer", "festival-goer": who attended, no role)
const NOT_AGENTIVE = /(?:ment|ments|ance|ence|ancy|ency|ness|ship|hood|dom|ism|ity|ion|ure|age|ery|ory|-goer)$|^(?:accident|incident|event|content|extent|intent|consent|percent|descent|talent|element|argument|comment|segment|statement)s?$/;

/** A role noun in the singular: "lawyers" -> lawyer, also where the tagger gives no lemma ("Attorneys", "co-chairs"). */
const bare = (t: Token) => {
  if (!ENDS_S.test(t.lower)) return t.lower;
  if (t.pos === "NOUN" && t.lemma && t.lemma !== t.lower) return t.lemma;
  return listedSingular(t.lower);
};
/**
 * A plural's singular where the vocabularies list it, else the plural. Remembered by word: roleHead asks
 * for a word's bare form up to five times, and each time made new strings with three replacements, and a
 * new string costs its hash again in every look-up (the remembered one has it).
 */
const listedSingular = memo((lower: string) => {
  const one = lower.replace(/ies$/, "y").replace(/(?<=(?:ss|sh|ch|x))es$/, "").replace(/s$/, "");
  return ROLE_FORMS.has(one) || PERSON_NOUNS.has(one) ? one : lower;
});

const PERFECT_AUXILIARIES = new Set(["had", "has", "have", "'d", "'ve"]);

/** Participles that are a role's own words wherever they stand ("acting chief", "managing director"). */
const ROLE_PARTICIPLES = new Set(["acting", "presiding", "producing", "executive", "sitting", "visiting", "managing", "leading", "founding", "supervising", "consulting", "serving", "practising", "practicing", "reigning", "outgoing", "incoming", "retired", "elected", "appointed", "disgraced", "qualified", "registered", "licensed", "certified", "decorated", "celebrated", "acclaimed", "renowned", "jailed", "convicted", "suspended", "sacked", "fired", "dismissed", "deceased", "trained", "seasoned", "unnamed", "unidentified"]);

/**
 * A word that can stand before a role's head: an adjective, a noun, a name, a number or a
 * participle ("presiding judge"). A past tense the tagger took for a noun ("The film starred
 * actress X") is a verb, and ends the phrase.
 */
function modifier(t: Token, before: Token | undefined): boolean {
  if (t.lower === "'s") return false;
  // "a court convicted former legislator X": a participle after a noun is the sentence's verb, even one
  // that can describe a person ("the convicted fraudster")
  // ("a jury has convicted hotel magnate X": after an auxiliary, a verb or an adverb too)
  // ("broadcaster Channel Forty defamed former minister X": after a name's number word too)
  if (ENDS_ED.test(t.lower) && before && (/^(?:NOUN|PROPN|AUX|VERB|ADV)$/.test(before.pos) || before.pos === "NUM" && before.cap) && t.pos === "VERB") return false;
  // ("X and Y had shot dead trader Z": after a perfect's auxiliary, the verb, whatever the tagger made of it)
  if (before?.pos === "AUX" && PERFECT_AUXILIARIES.has(before.lower)) return false;
  // "the then chief executive", "the first female chief constable", "the late producer"
  if (ROLE_STRIP.has(t.lower) || ORDINALS.has(t.lower)) return true;
  if (!MODIFIER_POS.has(t.pos)) return false;
  // a participle modifies a role after a determiner or an adjective ("a retired judge"), not after a
  // verb or a noun: "was named chairman", "schoolteacher turned novelist"
  // ("found that the company wrongfully terminated screenwriter X": nor after an adverb)
  if (t.pos === "VERB" && /ed$/.test(t.lower) && before && (before.pos === "AUX" || before.pos === "VERB" || before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "ADV")) return false;
  // and only where a modifier can stand: after a determiner, an adjective or a possessive, or as a role's
  // own word ("acting", "presiding"): "accused of shoving production assistant X", "the blast that killed
  // softball coach X", "X, thanked detectives" are verbs
  if (t.pos === "VERB") return /(?:ing|ed)$/.test(t.lower) && !/^(?:said|told|says)$/.test(t.lower)
    && (ROLE_PARTICIPLES.has(t.lower) || !before || before.pos === "DET" || before.pos === "ADJ" || before.pos === "NUM" || /^(?:his|her|their|its|my|our|your)$/.test(before.lower));
  if (t.pos === "NOUN" && /[^e]ed$/.test(t.lower) && !ROLE_FORMS.has(t.lower)) return false;
  return true;
}

function verbBeforeAdjective(t: Token, next: Token): boolean {
  return t.pos === "NOUN" && next.pos === "ADJ" && /[^s]s$/.test(t.lower) && bare(t) !== t.lower;
}

// (loops, not closures: a function whose variable a closure captures makes a context at every call, and
// roleHead and the loop over a sentence's heads run at every token)
function endsWithOneOf(w: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (w.endsWith(s)) return true;
  return false;
}
function endsAt(hits: readonly { end: number }[], end: number): boolean {
  for (const x of hits) if (x.end === end) return true;
  return false;
}

/** Whether a noun can head a role phrase. */
function roleHead(t: Token, next?: Token, prev?: Token): { known: boolean } | undefined {
  // ("Ex-mayor Ruth Brantmere", "the ex-soldier X": a listed role after a past post's prefix, whatever the tagger made of it)
  const past = t.lower.replace(PAST_PREFIX, "");
  if (past !== t.lower && (ROLE_FORMS.has(past) || PERSON_NOUNS.has(past)) && !NOT_ROLES.has(past)) return { known: true };
  // a known role the tagger takes for an adjective where no noun follows: "spy chief", "the chief said"
  const adjective = t.pos === "ADJ" && (ROLE_FORMS.has(t.lower) || PERSON_NOUNS.has(t.lower)) && !(next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos));
  // ("Skipper Angus Rowe said": a capitalised person noun the tagger took for a verb, before a name, is a title)
  // ("Mayor Delphine Asante-Ward": or a proper noun, the name finder's title)
  const titled = t.cap && (t.pos === "VERB" || t.pos === "PROPN" && !TITLES.get(t.lower)) && PERSON_NOUNS.has(bare(t)) && !!next?.cap && !ROLE_FORMS.has(bare(next)) && !PERSON_NOUNS.has(bare(next));
  // ("Angus Rowe, skipper of the trawler,": a listed noun the tagger took for a verb, after a comma or an article and before "of" or a stop)
  // ("Ana Ruiz was head of lending at X", "served as chair of": after a copula or "as" and before "of")
  const listedVerb = t.pos === "VERB" && (ROLE_FORMS.has(t.lower) || PERSON_NOUNS.has(t.lower)) && (/^(?:,|a|an|the)$/.test(prev?.lower ?? "") && /^(?:of|,|\.|;)$/.test(next?.lower ?? ".")
    || /^(?:is|was|were|are|became|becomes|remains|remained|as)$/.test(prev?.lower ?? "") && next?.lower === "of");
  // ("were coach Dana Pryor, bus driver ...": a listed noun the tagger took for a verb before a name, where no subject stands before it)
  const titleVerb = t.pos === "VERB" && !t.cap && (ROLE_FORMS.has(t.lower) || PERSON_NOUNS.has(t.lower)) && !!next?.cap && next.pos === "PROPN" && /^(?:were|are|was|is|and|,|including|among|with|by|of)$/.test(prev?.lower ?? "");
  // ("a former Permanent Secretary": a capitalised word for a person's post, with no name after it)
  const capitalNoun = t.cap && PERSON_NOUNS.has(bare(t)) && !next?.cap && !!prev && (prev.cap || /^(?:a|an|the|former)$/.test(prev.lower));
  if (!(t.pos === "NOUN" || (t.pos === "PROPN" && !t.cap) || (t.cap && ROLE_FORMS.has(bare(t))) || capitalNoun || adjective || titled || listedVerb || titleVerb)) return undefined;
  const w = bare(t);
  if (NOT_ROLES.has(w) || NOT_ROLES.has(t.lower)) return undefined;
  // ("Pawan Das" is no "DAs": a capitalised word of a short role written as an acronym is one only in capitals)
  if (t.cap && w.length <= 3 && !/^[A-Z.]+s?$/.test(t.text)) return undefined;
  if (ROLE_FORMS.has(w) || PERSON_NOUNS.has(w)) return { known: true };
  if (w.length >= 5 && !NOT_AGENTIVE.test(w) && endsWithOneOf(w, AGENTIVE_SUFFIXES) && LOWER_START.test(t.text)) return { known: false };
  return undefined;
}

/**
 * Strippable: "former", "longtime", a nationality, an ordinal, a place, an age ("45-year-old"), and
 * a name before a lower-case role ("Coldplay frontman"); in a title-case role the capitals are the
 * title's own ("Fire Chief").
 */
function strippable(t: Token, titleCase = false): boolean {
  // (a capital only of the sentence's start is no name: "Forklift driver Ana Ruiz")
  return ROLE_STRIP.has(t.lower) || ORDINALS.has(t.lower) || NUMBERS.has(t.lower) || (t.cap && !titleCase && t.truecase !== t.lower) || /\d/.test(t.text)
    || /-(?:winning|based|born|year-old|time|nominated|old)$/.test(t.lower) || isPlace(t.text);
}

/** A role's words compared without case, punctuation or a leading article: "the U.S. Attorney" is "u.s. attorney". */
export const normalizeForm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/^(?:the|a|an)\s+/, "").replace(/\s+/g, " ").trim();

/** The normalised label of the role phrase tokens (modifiers and head). */
export function roleLabel(tokens: readonly Token[]): RoleInfo {
  // "then-Vice President": the prefix says when, not what
  const of = tokens.findIndex((t, i) => i > 0 && t.lower === "of");
  const head = of > 0 ? of - 1 : tokens.length - 1; // "directors of operations": the head before a complement
  const words = tokens.map((t, i) => (i === head ? bare(t) : t.lower).replace(PAST_PREFIX, ""));
  // the longest listed form that ends the phrase, if what comes before it can be dropped
  for (let k = 0; k < tokens.length; k++) {
    const form = words.slice(k).join(" ");
    const info = ROLE_FORMS.get(form);
    if (!info) continue;
    const rest = tokens.slice(0, k).filter((t) => !strippable(t));
    if (!rest.length) return info;
    // ("a hospice nurse", "the paper's chief reporter": a specialty or a rank of a role that takes them in)
    if (ABSORBING_ROLES.has(info.label) && rest.every((t) => !t.cap && !ABSORB_EXCEPT.has(t.lower))) return info;
    return { label: [...rest.map((t) => t.lower), ...words.slice(k)].join(" ") };
  }
  const titleCase = tokens.length > 1 && tokens[tokens.length - 1]!.cap;
  let from = 0;
  while (from < tokens.length - 1 && strippable(tokens[from]!, titleCase)) from++;
  const label = words.slice(from).join(" ");
  return roleInfo(label) ?? { label };
}

/**
 * Where a role phrase ends: after its head, or after a complement that is part of the role: a
 * listed one ("chief of staff", "director of photography") or a bare one after a head that takes
 * one ("director of operations", "head of security": lower-case words, no article, ending in a
 * noun). "President of the company", "director of Quillon Systems" name an employer, not a role.
 */
function complementEnd(ts: readonly Token[], s: number, h: number): number {
  for (let k = s; k <= h; k++) {
    const hit = ROLE_FORMS.at(ts, k).find((x) => x.end > h + 1 && ts.slice(h + 1, x.end).some((t) => t.lower === "of"));
    if (hit) return hit.end;
  }
  if (ts[h + 1]?.lower !== "of" || !COMPLEMENT_HEADS.has(bare(ts[h]!))) return h + 1;
  let e = h + 2;
  while (e < ts.length && e < h + 5 && LOWER_START.test(ts[e]!.text) && (ts[e]!.pos === "NOUN" || ts[e]!.pos === "ADJ")) e++;
  const after = ts[e];
  // ("accused the director of groping him": a gerund with an object is what someone did, no complement)
  // ("head of production Ana Ruiz": a name after a complement that is no gerund is the holder's)
  const named = after?.cap && after.pos === "PROPN" && !ts[e - 1]!.lower.endsWith("ing");
  // ("chief risk officer of lender Quorvane Holdings": a kind of body before a name is the employer's, no complement)
  if (named && ORG_DESCRIPTIONS.has(ts[e - 1]!.lower) && !ORG_DESCRIPTIONS.get(ts[e - 1]!.lower)!.has("*film")) return h + 1;
  if (e === h + 2 || ts[e - 1]!.pos !== "NOUN" || (after && ((after.cap && !named) || after.lower === "'s" || after.pos === "NOUN" || after.pos === "PRON" || after.pos === "DET"))) return h + 1;
  return e;
}

/**
 * "An officer of the council", "an officer at Kelby Bank", "the agency's officer": a bare "officer" (no police word in
 * its phrase) told of a body that no police word names holds the post "officer", not the police officer the word
 * alone is taken for ("an officer with the Kelby Police" and "Officer Ana Ruiz" stay police officers).
 */
function bodyOfficer(ts: readonly Token[], s: number, end: number, info: RoleInfo): RoleInfo {
  if (info.label !== "police officer" || bare(ts[end - 1]!) !== "officer" || ts.slice(s, end).some((t) => POLICE_WORDS.has(t.lower))) return info;
  const police = (t: Token | undefined) => !!t && (POLICE_WORDS.has(t.lower) || /^[A-Z]{1,3}PD$/.test(t.text));
  if (/^(?:'s|’s|')$/.test(ts[s - 1]?.lower ?? "") && ts[s - 2] && !police(ts[s - 2])) return { label: "officer" };
  if (!/^(?:of|at|with)$/.test(ts[end]?.lower ?? "")) return info;
  const first = ts[end + 1];
  if (!first || !(first.cap || /^(?:the|a|an|its|their)$/.test(first.lower))) return info;
  // (a body: a name, or a kind of body, "the council", "the bank"; not a place or a time, "an officer at the scene")
  let body = false;
  for (let k = end + 1; k < Math.min(ts.length, end + 8) && !/^[,.;:()]$/.test(ts[k]!.text); k++) {
    if (police(ts[k])) return info;
    body ||= ts[k]!.cap || ORG_DESCRIPTIONS.has(ts[k]!.lower);
  }
  return body ? { label: "officer" } : info;
}

/**
 * Whether a listed role of several words ends at token h (an adjective may end one: "attorney general", "advocate general";
 * or a word the tagger takes for a verb: "advocate depute", "fiscal depute").
 */
function endsListed(ts: readonly Token[], h: number): boolean {
  if (ts[h]!.pos !== "NOUN" && ts[h]!.pos !== "PROPN" && ts[h]!.pos !== "ADJ" && !(ts[h]!.pos === "VERB" && LOWER_START.test(ts[h]!.text))) return false;
  for (let k = Math.max(0, h - 3); k < h; k++) if (ROLE_FORMS.at(ts, k).some((x) => x.end === h + 1)) return true;
  return false;
}

const KIN_TITLES = /^(?:brothers|sisters)$/;
const TITLE_RANKS = /^(?:Assistant|Deputy|Senior|Acting|Associate|Principal|Supervising|Additional)$/;

/** Role phrases of a sentence: the modifiers before a role head, up to a determiner or a possessive. */
export function roleSpans(ts: readonly Token[], titles: readonly { first: number; last: number; role: string }[]): Span[] {
  const out: Span[] = [];
  const inTitle = new Set<number>();
  for (const t of titles) {
    // "State's Attorney X": a title the name finder began at its possessive begins a word earlier
    let first = ts[t.first]?.lower === "'s" && t.first > 0 ? t.first - 1 : t.first;
    // ("Assistant Federal Public Defender X": a rank written before the title the name finder read is the title's)
    while (first > 0 && TITLE_RANKS.test(ts[first - 1]!.text)) first--;
    // "Advocate Ms. X": an honorific after the title ends the title's span, not its role
    let end = t.last;
    while (end - 1 > first && TITLES.get(ts[end - 1]!.lower) && !TITLES.get(ts[end - 1]!.lower)!.role) end--;
    const listed = ROLE_FORMS.get(lowerWords(ts, first, end));
    const info = listed ?? roleInfo(t.role) ?? { label: t.role.replace(/^'s\s+/, "") };
    const plural = bare(ts[end - 1]!) !== ts[end - 1]!.lower; // "Judges A and B"
    // "Brothers A and B": siblings, not a religious title
    // ("Fraudster X was jailed", "Neighbour X told the court": a word the lexicon says names no role is no title's role,
    // capitalised before a name at a sentence's start or not)
    const noRole = !listed && (NOT_ROLES.has(bare(ts[end - 1]!)) || NOT_ROLES.has(ts[end - 1]!.lower));
    if (KIN_TITLES.test(ts[end - 1]!.lower) || noRole) { for (let i = first; i < t.last; i++) inTitle.add(i); continue; }
    out.push({ type: "Role", start: first, end: t.last, data: { ...info, known: true, head: end - 1, title: true, ...(plural && { plural }) } satisfies RoleData });
    for (let i = first; i < t.last; i++) inTitle.add(i);
    // "then-Vice President X": a title the name finder began inside a longer listed one is that one too
    // ("Assistant United States Attorneys A and B": a plural one too)
    // (the longest first: "Assistant United States Attorney" before "United States Attorney")
    for (let k = Math.max(0, first - 3); k < first; k++) {
      const form = ts.slice(k, t.last).map((x) => x.lower.replace(PAST_PREFIX, "")).join(" ");
      const longer = ROLE_FORMS.get(form) ?? (plural ? ROLE_FORMS.get(`${ts.slice(k, t.last - 1).map((x) => x.lower).join(" ")} ${bare(ts[t.last - 1]!)}`) : undefined);
      if (!longer || !ts[k]!.cap && !/^(?:then|ex|former)-/.test(ts[k]!.lower)) continue;
      out.push({ type: "Role", start: k, end: t.last, data: { ...longer, known: true, head: t.last - 1, title: true, ...(plural && { plural }) } satisfies RoleData });
      break;
    }
  }
  // "Ana Ruiz KC, prosecuting,": the side a barrister argues, between commas
  // ("Prosecuting: Ana Ruiz." a court listing's line opens with it)
  for (let i = 0; i < ts.length - 1; i++) {
    const label = PARTICIPLE_ROLES.get(ts[i]!.lower);
    if (label && (i === 0 ? ts[1]!.text === ":" : ts[i - 1]!.lower === "," && /^[,.;]$/.test(ts[i + 1]!.lower))) out.push({ type: "Role", start: i, end: i + 1, data: { ...(roleInfo(label) ?? { label }), known: true, head: i } satisfies RoleData });
  }
  // "Ana Ruiz, SAN,", "Ana Ruiz (SC)": a lawyer's letters set off after a name (the name finder reads them only bare)
  for (let i = 2; i < ts.length - 1; i++) {
    const form = POSTNOMINALS.has(ts[i]!.text) && ROLE_FORMS.get(POSTNOMINAL_ROLES.get(ts[i]!.text) ?? ts[i]!.lower);
    if (form && /^[,(]$/.test(ts[i - 1]!.text) && ts[i - 2]!.cap && /^[,.;)]$/.test(ts[i + 1]!.text)) out.push({ type: "Role", start: i, end: i + 1, data: { ...form, known: true, head: i, title: true } satisfies RoleData });
  }
  // listed forms with a complement: "chief of staff", "director of photography"
  for (const hit of ROLE_FORMS.scan(ts)) {
    if (hit.end - hit.start < 3 || !ts.slice(hit.start, hit.end).some((t) => t.lower === "of")) continue;
    out.push({ type: "Role", start: hit.start, end: hit.end, data: { ...hit.value, known: true, head: hit.end - 1 } satisfies RoleData });
  }
  for (let h = 0; h < ts.length; h++) {
    if (inTitle.has(h)) continue;
    // a head no role by itself can end a listed one: "board member", "family lawyer"
    const head = roleHead(ts[h]!, ts[h + 1], ts[h - 1]) ?? (endsListed(ts, h) ? { known: true } : undefined);
    if (!head) continue;
    // a noun followed by another noun is a modifier ("lawyer fees"), unless it is a role compound
    const next = ts[h + 1];
    // (or of a role a few nouns on: "junior football coach" is a coach)
    let j = h + 1;
    while (ts[j] && ts[j]!.pos === "NOUN" && !ts[j]!.cap && !roleHead(ts[j]!, ts[j + 1]) && j - h < 3) j++;
    if (next && next.pos === "NOUN" && !next.cap && (roleHead(next) || (j > h + 1 && ts[j]?.pos === "NOUN" && !ts[j]!.cap && roleHead(ts[j]!, ts[j + 1])))) continue;
    // ("the government's star witness": before a party's noun that is no role, the head is its modifier; an expert witness is an expert)
    if (next && next.pos === "NOUN" && !next.cap && NOT_ROLES.has(bare(next)) && ts[h]!.lower !== "expert") continue;
    let s = h;
    // the modifiers before a head, and the first words of a listed form ending at it ("outside lawyer")
    // ("The lawsuit names chief executive X", "the indictment charges former mayor X": a plural noun
    // before an adjective is a verb the tagger took for a noun, and ends them)
    while (s > 0 && !inTitle.has(s - 1) && !verbBeforeAdjective(ts[s - 1]!, ts[s]!) && (modifier(ts[s - 1]!, ts[s - 2]) || endsAt(ROLE_FORMS.at(ts, s - 1), h + 1))) s--;
    // "best actress", "best director": an award's category, not a role
    if (ts.slice(s, h).some((t) => NOT_ROLE_MODIFIERS.has(t.lower))) continue;
    const end = complementEnd(ts, s, h);
    const info = bodyOfficer(ts, s, end, roleLabel(ts.slice(s, end)));
    if (!info.label) continue;
    const plural = bare(ts[h]!) !== ts[h]!.lower;
    out.push({ type: "Role", start: s, end, data: { ...info, known: head.known, head: h, ...(plural && { plural }) } satisfies RoleData });
    // the bare head is a role phrase of its own, for patterns that start at it; so is the phrase
    // after a name that opens it ("Quillon Systems chief engineer": the company's chief engineer)
    if (s < h) out.push({ type: "Role", start: h, end, data: { ...bodyOfficer(ts, h, end, roleLabel(ts.slice(h, end))), known: head.known, head: h } satisfies RoleData });
    for (let k = s + 1; k < h; k++) {
      const afterName = ts[k - 1]!.cap && !ts[k]!.cap;
      const listed = ts[k - 1]!.cap && ts[k]!.cap && ROLE_FORMS.has(lowerWords(ts, k, h + 1));
      if (!afterName && !listed) continue;
      out.push({ type: "Role", start: k, end: h + 1, data: { ...roleLabel(ts.slice(k, h + 1)), known: head.known, head: h, ...(plural && { plural }) } satisfies RoleData });
      // ("Tarn Group chief executive": a listed form that opens with a name's last word, "group chief executive", and the
      // phrase after the name, the company's chief executive, are both read)
      if (!listed) break;
    }
  }
  return out;
}
