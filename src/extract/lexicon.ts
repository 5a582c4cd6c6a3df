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
 * Alternatives grouped by their first letter, each group behind one test of that letter, so a regex
 * engine tries a few alternatives at a position rather than hundreds. Matches exactly what the flat
 * alternation matches: at any position at most one group's letter fits, and inside a group the
 * alternatives keep their order. Forms that start with anything but an ASCII letter stay flat.
 * `sources` are the forms' regex sources, in order; `heads` the part of each source that matches its first letter.
 */
const byFirstLetter = (forms: string[], sources: string[], heads: string[]) => {
  if (!forms.every((f) => /^[A-Za-z]/.test(f))) return sources.join("|");
  const groups = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const key = f[0]!.toLowerCase();
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(i);
  });
  return [...groups].map(([key, members]) => {
    const head = heads[members[0]!]!;
    // one head for the group (the usual case): test it once and try only the rests
    if (members.every((i) => heads[i] === head)) return head + "(?:" + members.map((i) => sources[i]!.slice(head.length)).join("|") + ")";
    return `(?=[${key}${key.toUpperCase()}])(?:` + members.map((i) => sources[i]).join("|") + ")";
  }).join("|");
};
/** One alternation, longest first, so that "defense lawyer" wins over "lawyer". */
const alternation = (forms: Iterable<string>) => {
  const list = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return byFirstLetter(list, list.map(escape), list.map((f) => f[0]!));
};
/** The same, for lower-case forms that may also stand capitalised ("Judge", "District Attorney"), in a case-sensitive pattern. */
const capitalisable = (forms: Iterable<string>) => {
  const list = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const head = (c: string) => (/\p{Ll}/u.test(c) ? `[${c}${c.toUpperCase()}]` : c);
  return byFirstLetter(list, list.map((f) => escape(f).replace(/(^|[\s-]|\\\.)(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`)), list.map((f) => head(f[0]!)));
};

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
