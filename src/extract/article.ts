// Extraction for one article, in two halves around resolution (src/pipeline.ts calls them in
// order): the names, then, once resolution has grouped them, the facts: pronouns, the roles
// stage, descriptions, the events stage and the cases the events make.
import type { Entity, Extraction, NameMention } from "../types.ts";
import type { Doc } from "./document.ts";
import type { Frame } from "./engine/rules.ts";
import { ruleSets } from "./engine/rules.ts";
import { findNames } from "./names.ts";
import { describedNames } from "./described.ts";
import { shareSurnames } from "./shared-surnames.ts";
import { surnameOpeners } from "./surname-openers.ts";
import { applyTypes } from "./typing.ts";
import { buildLayers, addImplied, addSpans, type SentenceLayers } from "./layers.ts";
import { elidedSubjects } from "./discourse/coordination.ts";
import { inferGender, resolvePronouns, type PersonRef } from "./discourse/pronouns.ts";
import { describePeople } from "./discourse/descriptions.ts";
import { officeHolders } from "./discourse/offices.ts";
import { bodyShortNames } from "./discourse/short-bodies.ts";
import { ageDescriptions, readAges } from "./discourse/ages.ts";
import { epithetDescriptions } from "./discourse/epithets.ts";
import { nationalDescriptions, readNationalities } from "./discourse/nationals.ts";
import { defendantGroups, groupReferences } from "./discourse/groups.ts";
import { coupleKin } from "./discourse/families.ts";
import { lineSubjects, listingSubjects } from "./discourse/listings.ts";
import { ledeDescriptions } from "./discourse/ledes.ts";
import { ledeGroups } from "./discourse/lede-groups.ts";
import { bodyDescriptions, bodyKinds, itsAnaphors, studioAnaphors } from "./discourse/organisations.ts";
import { Facts } from "./facts.ts";
import { applyRelationFrames } from "./relate.ts";
import { assembleCases } from "./case/index.ts";
import { victimsKin } from "./discourse/victims-kin.ts";
import { familiesCounsel } from "./discourse/counsel-families.ts";
import { civilCounsel } from "./discourse/counsel-civil-sides.ts";
import { ANY_GIVEN_NAME, GIVEN_NAMES, KINSHIP, PERSON_NOUNS, ROLE_FORMS, type Gender } from "../lexicon/index.ts";
import { commonByLexicon } from "../nlp/truecase.ts";

/** The names of an article, typed by their head words and by the names-stage rules. */
export function findArticleNames(doc: Doc): { names: NameMention[]; frames: Frame[] } {
  const names: NameMention[] = [];
  for (const s of doc.sentences) {
    const found = findNames(s);
    const described = describedNames(s, found);
    // a place inside a described court or office is part of its name
    names.push(...found.filter((n) => !(n.type === "Place" && described.some((d) => d.first <= n.first && n.last <= d.last))), ...described);
  }
  // ("Trounce had denied": a surname the tagger read as a verb, after the full name)
  // (each after the other names of its sentence: resolution reads the names in the article's order)
  for (const m of surnameOpeners(doc, names)) names.splice(names.findIndex((n) => n.sentence > m.sentence) >>> 0, 0, m);
  const typed = applyTypes(doc, names, ruleSets().get("names")!);
  return { ...typed, names: shareSurnames(doc, typed.names) };
}

export interface ResolvedArticleNames {
  entities: Entity[];
  entityOf: Map<NameMention, Entity>;
  gender: Map<Entity, Gender>;
}

export interface Extracted extends Extraction {
  /** Every frame the rules found, for the tests and the rule-precision script. */
  frames: Frame[];
}

export function extractFacts(doc: Doc, names: readonly NameMention[], resolved: ResolvedArticleNames): Extracted {
  const facts = new Facts(resolved.entities, doc.text);
  const refs: PersonRef[] = [];
  for (const m of names) {
    const e = resolved.entityOf.get(m);
    if (e?.type === "Person" && !doc.headline[m.sentence]) refs.push({ sentence: m.sentence, first: m.first, last: m.last, entity: e });
  }
  const gender = inferGender(doc, refs, resolved.gender);
  const pronouns = resolvePronouns(doc, refs, gender);
  const namesBySentence = groupBy(names, (m) => m.sentence);
  const pronounsBySentence = groupBy(pronouns, (p) => p.sentence);
  const layers: SentenceLayers[] = doc.sentences.map((s) => buildLayers(s, namesBySentence.get(s.index) ?? [], resolved.entityOf, pronounsBySentence.get(s.index) ?? []));
  // "the hospital's chief executive": the one body of the article the description fits
  const bodies = resolved.entities.filter((e) => e.type === "Organization" || e.type === "Studio" || e.type === "Film");
  // (a studio anaphor first: "Vale co-founded Kestrel, and the company became ..." is Kestrel, whatever other company the article names)
  layers.forEach((l, i) => addSpans(l, studioAnaphors(l, doc.headline[i - 1] ? undefined : layers[i - 1])));
  const kinds = bodyKinds(layers);
  for (const l of layers) addSpans(l, bodyDescriptions(l, bodies, kinds));
  for (const l of layers) addSpans(l, bodyShortNames(l, bodies));
  // (the three sentences before, nearest first, none before the headline)
  const earlier = (i: number) => { const out: SentenceLayers[] = []; for (let k = i - 1; k >= Math.max(0, i - 3) && !doc.headline[k]; k--) out.push(layers[k]!); return out; };
  layers.forEach((l, i) => addSpans(l, itsAnaphors(l, earlier(i))));
  listingSubjects(layers).forEach((spans, i) => addSpans(layers[i]!, spans));
  lineSubjects(layers, doc.text).forEach((spans, i) => addSpans(layers[i]!, spans));
  const sets = ruleSets();
  const frames: Frame[] = [];
  const run = (stage: "roles" | "events") => {
    const found: Frame[] = [];
    for (const l of layers) if (!doc.headline[l.sentence.index] || stage === "roles") found.push(...sets.get(stage)!.run(l, l.sentence.index));
    frames.push(...found);
    return found;
  };
  applyRelationFrames(run("roles"), layers, facts);
  coupleKin(layers, facts);
  officeHolders(facts);
  // (the lede's described person first: "A surgeon who billed ... Dr X ... The surgeon was convicted" is X)
  ledeDescriptions(layers, facts, doc.isHeadline, gender).forEach((spans, i) => spans.length && addSpans(layers[i]!, spans));
  for (const l of layers) addSpans(l, describePeople(l, facts, gender, layers));
  ledeGroups(layers, facts, doc.isHeadline).forEach((spans, i) => addSpans(layers[i]!, spans));
  const ages = readAges(layers);
  for (const l of layers) addSpans(l, ageDescriptions(l, ages, layers, facts));
  for (const l of layers) addSpans(l, epithetDescriptions(l, layers, facts, gender));
  const nationality = readNationalities(layers);
  for (const l of layers) addSpans(l, nationalDescriptions(l, layers, nationality, facts));
  for (const l of layers) addSpans(l, groupReferences(l, layers, facts));
  for (const l of layers) if (!doc.headline[l.sentence.index]) addImplied(l, elidedSubjects(l));
  let events = run("events");
  // ("All three had been charged with murder" after three sentences that each convicted one man: read again)
  const late = defendantGroups(layers, events, facts);
  if (late.size) {
    for (const [i, spans] of late) addSpans(layers[i]!, spans);
    const again = [...late.keys()].flatMap((i) => sets.get("events")!.run(layers[i]!, i));
    const drop = new Set(events.filter((f) => late.has(f.sentence)));
    for (let k = frames.length - 1; k >= 0; k--) if (drop.has(frames[k]!)) frames.splice(k, 1);
    frames.push(...again);
    events = [...events.filter((f) => !drop.has(f)), ...again].sort((a, b) => a.sentence - b.sentence);
  }
  applyRelationFrames(events, layers, facts);
  assembleCases(events, layers, facts, doc);
  victimsKin(layers, facts, events);
  familiesCounsel(layers, facts, events);
  civilCounsel(layers, facts);
  const unsure = unsurePeople(names, resolved, facts, doc.text);
  markCapitalsOnly(names, resolved, facts);
  return { entities: facts.entities.filter((e) => e.mentions.length > 0 && !unsure.has(e)), relations: facts.relations, frames };
}

/**
 * People the article names only by capitals (no title, no given name first, no initial, never by a pronoun or a
 * description), with a common word among the name's words ("Silver Lake", "Safe Passage"), and ties to nothing: such a
 * name is more often a company, a product, a campaign or a place the name finder could not tell than a person, however
 * often it is named, and a person no relation reaches tells the graph nothing. When unsure, the graph leaves them out.
 */
function unsurePeople(names: readonly NameMention[], resolved: ResolvedArticleNames, facts: Facts, text: string): Set<Entity> {
  const tied = new Set(facts.relations.flatMap((r) => [r.source, r.target]));
  // each entity's name mentions
  const named = new Map<Entity, NameMention[]>();
  for (const m of names) {
    const e = resolved.entityOf.get(m);
    if (e) named.set(e, [...(named.get(e) ?? []), m]);
  }
  const out = new Set<Entity>();
  for (const e of facts.entities) {
    if (e.type !== "Person" || tied.has(e.id)) continue;
    const ms = named.get(e) ?? [];
    // (every mention of it one of those names: a pronoun or a description that points back to it speaks of a person)
    if (!ms.length || !e.mentions.every((x) => ms.some((m) => m.start === x.start && m.sentence === x.sentence))) continue;
    // (named again, each time in full: a person named twice is named the second time by her surname, "Vintner's"; a
    // sentence's first word the name finder left out, "Golden" of "Golden Furrow was wound up", makes no surname)
    if (!(ms.length === 1 && loneGivenName(ms[0]!, text)) && (!ms.every((m) => unsureName(m, text)) || (ms.length > 1 && ms.some((m) => !m.name.includes(" ") && !CAPITAL_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))))) continue;
    out.add(e);
  }
  return out;
}

const CAPITAL_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;

/** A name read as a person's by its capitals alone, with a common word among its words and nothing after it to say she is one. */
function unsureName(m: NameMention, text: string): boolean {
  const words = m.name.split(" ");
  if (m.type !== "Person" || m.evidence === "sure" || m.title || m.aliasOf || GIVEN_NAMES.has(words[0]!) || ANY_GIVEN_NAME.has(words[0]!)) return false;
  // (a common word among its words, "Silver Lake", "Safe Passage", but not a given name that is one, "Dale Vorhees";
  // an initial, "T. Ng", is a person's)
  if (words.some((w) => /^\p{Lu}\.?$|^(?:\p{Lu}\.)+$/u.test(w)) || !words.some((w) => commonByLexicon(w.toLowerCase()))) return false;
  // ("Nusrat Begum, the complainant, said", "Ana Cole, 41,": described as a person right after the name)
  return !describedAfter(text.slice(m.end, m.end + 60));
}

/**
 * A given name alone, named once with no title and nothing beside it to say she is a person ("talking to Alexa", "a
 * yacht called Matilda"): a product, a boat or a place as often as anyone. Not "Her son, Leo,", "Priya, 14,".
 */
function loneGivenName(m: NameMention, text: string): boolean {
  if (m.type !== "Person" || m.title || m.aliasOf || m.name.includes(" ") || !(GIVEN_NAMES.has(m.name) || ANY_GIVEN_NAME.has(m.name))) return false;
  const after = text.slice(m.end, m.end + 60);
  // ("Reed, 16.", "Vance, who chairs the committee", "Vance said": an age, "who" or a person's verb after it)
  if (/^,\s+\d{1,3}\b(?!,?\d)|^,?\s+(?:who|whose|said|says|told|added|declined|denied|admitted|wept)\b/.test(after)) return false;
  return !describedAfter(after) && !describedBefore(text.slice(Math.max(0, m.start - 40), m.start));
}

/** A person's word right before a name ("her son, Leo", "the boy Leo", "identified only as Leo"). */
function describedBefore(before: string): boolean {
  if (/\b(?:named|identified|known|referred to)(?: only)? as\s+$/.test(before)) return true;
  const w = /(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(before)?.[1] ?? "";
  return PERSON_NOUNS.has(w) || ROLE_FORMS.has(w) || KINSHIP.has(w);
}

/**
 * A person the article names only by capitals (no title, no given name first, no gender word, no alias): resolution
 * across articles reads her as the company another article names so ("Velmont Carraway" beside "the bank Velmont
 * Carraway"), a hint only resolution reads.
 */
function markCapitalsOnly(names: readonly NameMention[], resolved: ResolvedArticleNames, facts: Facts): void {
  const sure = new Set<Entity>(), seen = new Set<Entity>();
  // (never one the article relates to anything: a company holds no role and gives no evidence, and retyped after its
  // relations were made, the graph would break its contract)
  const tied = new Set(facts.relations.flatMap((r) => [r.source, r.target]));
  for (const m of names) {
    const e = resolved.entityOf.get(m);
    if (!e || e.type !== "Person") continue;
    seen.add(e);
    const first = m.name.split(" ")[0]!;
    if (m.type !== "Person" || m.evidence === "sure" || m.title || m.gender || m.aliasOf || GIVEN_NAMES.has(first) || ANY_GIVEN_NAME.has(first)) sure.add(e);
  }
  for (const e of seen) if (!sure.has(e) && !tied.has(e.id) && e.label.includes(" ")) e.hints = { ...e.hints, named: "capitals" };
}

/** The parties and witnesses of a case, named as such after a name. */
const PARTY_WORDS = /^(?:complainant|victim|witness|accused|defendant|plaintiff|claimant|deceased|survivor)$/;
/** ", the complainant,", ", a nurse", ", his widow", ", 41,": words right after a name that say it is a person's. */
function describedAfter(after: string): boolean {
  if (/^,\s+\d{1,3},/.test(after)) return true;
  const words = /^,\s+(?:the|a|an|his|her|their)\s+((?:\p{Ll}[\p{Ll}-]*\s*){1,3})/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  return words.some((w) => PERSON_NOUNS.has(w) || ROLE_FORMS.has(w) || KINSHIP.has(w) || PARTY_WORDS.test(w));
}

function groupBy<T>(list: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = out.get(k) ?? [];
    l.push(x);
    out.set(k, l);
  }
  return out;
}
