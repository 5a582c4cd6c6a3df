// The extraction vocabularies, loaded from the data files in lexicon/ and compiled once.
import roles from "./lexicon/roles.json" with { type: "json" };
import offences from "./lexicon/offences.json" with { type: "json" };
import names from "./lexicon/names.json" with { type: "json" };
import places from "./lexicon/places.json" with { type: "json" };
import verdicts from "./lexicon/verdicts.json" with { type: "json" };
import type { Outcome } from "../schema.ts";

export interface RoleInfo {
  label: string;
  legal?: "judge" | "prosecutor" | "lawyer";
  /** "the juror" is someone else than the person the sentence is about. */
  unnamed?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * An alternation of literal forms as a trie: "p(?:ro(?:secutor|ducer)|olice officer)". A regex engine
 * tries alternatives one after the other, and V8 runs a pattern this large in its interpreter, where a
 * few hundred forms tried at every position cost more than the rest of the pattern. Matches exactly what
 * the flat alternation `forms.join("|")` matches, in the same order: `tokens` gives each form's source one
 * character at a time, two forms can match at one position only if one's tokens begin the other's (the
 * tokens at a branch are different characters, which no flag makes equal), so both lie on one path of the
 * trie, and there the longer is tried first, as in the flat list sorted longest first.
 * Forms with a character that has case (other than a-z) stay a flat alternation.
 */
const trie = (forms: string[], tokens: (form: string) => string[]): string => {
  if (!forms.every((f) => [...f].every((c) => /[a-z]/.test(c) || (c.length === 1 && c.toLowerCase() === c.toUpperCase())))) {
    return forms.map((f) => tokens(f).join("")).join("|");
  }
  interface Node { children: Map<string, Node>; end: boolean }
  const root: Node = { children: new Map(), end: false };
  for (const f of forms) {
    let node = root;
    for (const t of tokens(f)) {
      if (!node.children.has(t)) node.children.set(t, { children: new Map(), end: false });
      node = node.children.get(t)!;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.children].map(([t, child]) => t + source(child));
    if (node.end && branches.length) branches.push(""); // the form that ends here, after the longer ones
    return branches.length === 1 ? branches[0]! : branches.length ? `(?:${branches.join("|")})` : "";
  };
  return source(root);
};
/** One alternation, longest first, so that "defense lawyer" wins over "lawyer". */
const alternation = (forms: Iterable<string>) =>
  trie([...new Set(forms)].sort((a, b) => b.length - a.length), (f) => [...f].map(escape));
/** The same, for lower-case forms that may also stand capitalised ("Judge", "District Attorney"), in a case-sensitive pattern. */
const capitalisable = (forms: Iterable<string>) =>
  trie([...new Set(forms)].sort((a, b) => b.length - a.length), (f) =>
    // a lower-case letter that opens the form or a word ("-", ".") may stand capitalised
    [...f].map((c, i) => (/\p{Ll}/u.test(c) && (i === 0 || /[\s-]/u.test(f[i - 1]!) || f[i - 1] === ".") ? `[${c}${c.toUpperCase()}]` : escape(c))));

export const roleByForm = new Map<string, RoleInfo>();
for (const r of roles.roles as (RoleInfo & { forms: string[] })[]) {
  for (const f of r.forms) roleByForm.set(f, { label: r.label, ...(r.legal && { legal: r.legal }), ...(r.unnamed && { unnamed: true }) });
}
export const roleOf = (label: string): RoleInfo | undefined => roles.roles.find((r) => r.label === label) as RoleInfo | undefined;
export const ROLE_FORMS = capitalisable(roleByForm.keys());
export const ROLE_MODIFIERS = capitalisable(roles.modifiers);
export const ROLE_MODIFIER_WORDS = new Set(roles.modifiers.map((m) => m.replace(/-$/, "")));
export const TITLES = new Map<string, string | null>(Object.entries(roles.titles).filter(([k]) => k !== "comment") as [string, string | null][]);
export const TITLE_FORMS = alternation(TITLES.keys());
export const HONORIFIC_GENDER = new Map(Object.entries(roles.honorific_gender));

export interface OffenceInfo { family: string }
export const offenceByForm = new Map<string, OffenceInfo>();
for (const o of offences.offences) for (const f of o.forms) offenceByForm.set(f, { family: o.family });
export const OFFENCE_FORMS = alternation(offenceByForm.keys());
export const OFFENCE_MODIFIERS = alternation(offences.modifiers);
export const LEGAL_CONTEXT = new RegExp(`\\b(?:${alternation(offences.legal_context)})\\b`, "i");

export const COURT_HEADS = new Set(names.court_heads);
export const COURT_PHRASES = capitalisable(names.court_phrases);
export const ORG_HEADS = new Set(names.organization_heads);
export const ORG_PREFIXES = new Set(names.organization_prefixes);
export const STUDIO_HEADS = new Set(names.studio_heads);
export const STUDIO_CONTEXT = alternation(names.studio_context);
export const ORG_CONTEXT = alternation(names.organization_context);
export const FILM_CONTEXT = new Set(names.film_context);
export const NOT_FILM_CONTEXT = new Set(names.not_film_context);
export const NON_NAME = new Set(names.non_name_words);
export const PLACES = new Set(places.places);
export const PLACE_HEADS = new Set(names.place_heads);
export const STREET_HEADS = new Set(names.street_heads);
export const POSTNOMINALS = new Set(names.postnominals);

const compile = (list: string[]) => list.map((p) => new RegExp(p, "i"));
export const OUTCOME_PATTERNS = Object.entries(verdicts.outcomes).map(([outcome, list]) => ({ outcome: outcome as Outcome, patterns: compile(list) }));
export const PLANNED_PATTERNS = compile(verdicts.planned);
export const APPEAL_PATTERNS = compile(verdicts.appeal);
/** The text with every phrase that names a trial that was not held taken out. */
const NO_TRIAL = new RegExp(verdicts.no_trial.join("|"), "gi");
export const withoutUnheldTrials = (text: string) => text.replace(NO_TRIAL, " ");
export const TRIAL_WORDS = new RegExp(`\\b(?:${alternation(verdicts.trial_words)})\\b`, "i");
