// Role phrases: noun phrases whose head names an occupation or position, from the part-of-speech
// tags (open class: any agentive noun, not only the listed ones), with the role's label
// normalised. Which person holds the role is for the rules (apposition, predicate, title).
import type { Token } from "../../nlp/tokens.ts";
import type { Span } from "../engine/match.ts";
import {
  AGENTIVE_SUFFIXES, NOT_ROLES, ORDINALS, PERSON_NOUNS, ROLE_FORMS, ROLE_STRIP, isPlace, roleInfo, type RoleInfo,
} from "../../lexicon/index.ts";

export interface RoleData extends RoleInfo {
  /** The head is a listed role or person noun, not only a noun with an agentive ending. */
  known: boolean;
  /** Token index of the head noun. */
  head: number;
  /** The head is plural: "lawyers". */
  plural?: boolean;
}

const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM", "VERB"]);
/** Agentive endings that also end common nouns: "statement", "restaurant" are no one. */
const NOT_AGENTIVE = /(?:ment|ments|ance|ence|ancy|ency|ness|ship|hood|dom|ism|ity|ion|ure|age|ery|ory)$/;

const bare = (t: Token) => (t.pos === "NOUN" && t.lemma && t.lemma !== t.lower && /s$/.test(t.lower) ? t.lemma : t.lower);

/**
 * A word that can stand before a role's head: an adjective, a noun, a name, a number or a
 * participle ("presiding judge"). A past tense the tagger took for a noun ("The film starred
 * actress X") is a verb, and ends the phrase.
 */
function modifier(t: Token, before: Token | undefined): boolean {
  if (t.lower === "'s") return false;
  // "the then chief executive", "the first female chief constable", "the late producer"
  if (ROLE_STRIP.has(t.lower) || ORDINALS.has(t.lower)) return true;
  if (!MODIFIER_POS.has(t.pos)) return false;
  // a participle modifies a role after a determiner or an adjective ("a retired judge"), not after a
  // verb or a noun: "was named chairman", "schoolteacher turned novelist"
  if (t.pos === "VERB" && /ed$/.test(t.lower) && before && (before.pos === "AUX" || before.pos === "VERB" || before.pos === "NOUN" || before.pos === "PROPN")) return false;
  if (t.pos === "VERB") return /(?:ing|ed)$/.test(t.lower) && !/^(?:said|told|says)$/.test(t.lower);
  if (t.pos === "NOUN" && /[^e]ed$/.test(t.lower) && !ROLE_FORMS.has(t.lower)) return false;
  return true;
}

/** Whether a noun can head a role phrase. */
function roleHead(t: Token): { known: boolean } | undefined {
  if (!(t.pos === "NOUN" || (t.pos === "PROPN" && !t.cap) || (t.cap && ROLE_FORMS.has(t.lower)))) return undefined;
  const w = bare(t);
  if (NOT_ROLES.has(w) || NOT_ROLES.has(t.lower)) return undefined;
  if (ROLE_FORMS.has(w) || PERSON_NOUNS.has(w)) return { known: true };
  if (w.length >= 5 && !NOT_AGENTIVE.test(w) && AGENTIVE_SUFFIXES.some((s) => w.endsWith(s)) && /^\p{Ll}/u.test(t.text)) return { known: false };
  return undefined;
}

/**
 * Strippable: "former", "longtime", a nationality, an ordinal, a place, an age ("45-year-old"), and
 * a name before a lower-case role ("Coldplay frontman"); in a title-case role the capitals are the
 * title's own ("Fire Chief").
 */
function strippable(t: Token, titleCase = false): boolean {
  return ROLE_STRIP.has(t.lower) || ORDINALS.has(t.lower) || (t.cap && !titleCase) || /\d/.test(t.text) || /-(?:winning|based|born|year-old|time|nominated|old)$/.test(t.lower) || isPlace(t.text);
}

/** A role's words compared without case, punctuation or a leading article: "the U.S. Attorney" is "u.s. attorney". */
export const normalizeForm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/^(?:the|a|an)\s+/, "").replace(/\s+/g, " ").trim();

/** The normalised label of the role phrase tokens (modifiers and head). */
export function roleLabel(tokens: readonly Token[]): RoleInfo {
  const words = tokens.map((t, i) => (i === tokens.length - 1 ? bare(t) : t.lower));
  // the longest listed form that ends the phrase, if what comes before it can be dropped
  for (let k = 0; k < tokens.length; k++) {
    const form = words.slice(k).join(" ");
    const info = ROLE_FORMS.get(form);
    if (!info) continue;
    const rest = tokens.slice(0, k).filter((t) => !strippable(t));
    if (!rest.length) return info;
    return { label: [...rest.map((t) => t.lower), ...words.slice(k)].join(" ") };
  }
  const titleCase = tokens.length > 1 && tokens[tokens.length - 1]!.cap;
  let from = 0;
  while (from < tokens.length - 1 && strippable(tokens[from]!, titleCase)) from++;
  const label = words.slice(from).join(" ");
  return roleInfo(label) ?? { label };
}

/** Role phrases of a sentence: the modifiers before a role head, up to a determiner or a possessive. */
export function roleSpans(ts: readonly Token[], titles: readonly { first: number; last: number; role: string }[]): Span[] {
  const out: Span[] = [];
  const inTitle = new Set<number>();
  for (const t of titles) {
    out.push({ type: "Role", start: t.first, end: t.last, data: { ...(roleInfo(t.role) ?? { label: t.role }), known: true, head: t.last - 1 } satisfies RoleData });
    for (let i = t.first; i < t.last; i++) inTitle.add(i);
  }
  // listed forms with a complement: "chief of staff", "director of photography"
  for (const hit of ROLE_FORMS.scan(ts)) {
    if (hit.end - hit.start < 3 || !ts.slice(hit.start, hit.end).some((t) => t.lower === "of")) continue;
    out.push({ type: "Role", start: hit.start, end: hit.end, data: { ...hit.value, known: true, head: hit.end - 1 } satisfies RoleData });
  }
  for (let h = 0; h < ts.length; h++) {
    if (inTitle.has(h)) continue;
    const head = roleHead(ts[h]!);
    if (!head) continue;
    // a noun followed by another noun is a modifier ("lawyer fees"), unless it is a role compound
    const next = ts[h + 1];
    if (next && next.pos === "NOUN" && !next.cap && roleHead(next)) continue;
    let s = h;
    while (s > 0 && modifier(ts[s - 1]!, ts[s - 2]) && !inTitle.has(s - 1)) s--;
    // a capitalised word that opens the phrase is a modifier only if the tagger calls it a noun or adjective: "Trump campaign chairman"
    const tokens = ts.slice(s, h + 1);
    const info = roleLabel(tokens);
    if (!info.label) continue;
    const plural = bare(ts[h]!) !== ts[h]!.lower;
    out.push({ type: "Role", start: s, end: h + 1, data: { ...info, known: head.known, head: h, ...(plural && { plural }) } satisfies RoleData });
    // the bare head is a role phrase of its own, for patterns that start at it; so is the phrase
    // after a name that opens it ("Quillon Systems chief engineer": the company's chief engineer)
    if (s < h) out.push({ type: "Role", start: h, end: h + 1, data: { ...roleLabel([ts[h]!]), known: head.known, head: h } satisfies RoleData });
    for (let k = s + 1; k < h; k++) {
      const afterName = ts[k - 1]!.cap && !ts[k]!.cap;
      const listed = ts[k - 1]!.cap && ts[k]!.cap && ROLE_FORMS.has(ts.slice(k, h + 1).map((t) => t.lower).join(" "));
      if (!afterName && !listed) continue;
      out.push({ type: "Role", start: k, end: h + 1, data: { ...roleLabel(ts.slice(k, h + 1)), known: head.known, head: h, ...(plural && { plural }) } satisfies RoleData });
      break;
    }
  }
  return out;
}
