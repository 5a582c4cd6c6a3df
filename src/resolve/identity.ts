// What names an entity across articles. A full name ("Seoul High Court", "Dana Larkbey") names one
// thing wherever it stands; a name made only of words that say what kind of body it is ("the high
// court", "Supreme Court", "the prosecutor's office") is borne by such a body in every country,
// so it names one thing only among articles about the same people.
import type { Entity } from "../extract/types.ts";
// names.json itself rather than lexicon/index.ts, which builds every vocabulary's phrase index:
// resolution runs in the reduce, which a build from the cache does without loading the extractor's vocabularies.
import names from "../lexicon/names.json" with { type: "json" };
import { normalizeName } from "./names.ts";
import { courtKey } from "./court-names.ts";

const GENERIC_BODY_WORDS = new Set(names.generic_body_words);
const FEDERAL_MARKERS = names.federal_markers;
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/;

export interface IdentityKeys {
  /** Names that join the entity with any other of its type in any article. */
  specific: string[];
  /** Names that join it only within a group of related articles. */
  generic: string[];
}

/** A court or office name made only of kind words: "high court", "court of cassation", "us attorney office". */
export function isGenericName(normalized: string): boolean {
  const words = normalized.split(" ");
  return words.length > 0 && words.every((w) => GENERIC_BODY_WORDS.has(w));
}

/** Kinds of entity whose names may be generic: courts, and offices ("the prosecutor's office"). */
function mayBeGeneric(e: Entity, name: string): boolean {
  if (e.type === "Court") return true;
  return e.type === "Organization" && /\boffices?$/.test(name);
}

/**
 * "U.S. District Court in Brooklyn", "Federal District Court in Brooklyn" and "federal court in
 * Brooklyn" are one court: the trial court of the federal system sitting there.
 */
function federalTrialCourt(name: string): string | undefined {
  for (const marker of FEDERAL_MARKERS) {
    const m = name.match(new RegExp(`^${marker} (?:district )?court (?:in|at) (.+)$`));
    if (m && !isGenericName(m[1]!)) return `federal court in ${m[1]}`;
  }
  return undefined;
}

// Both are worked out once per entity and remembered while it lives: the resolution asks for them
// in several passes, and a watching build (build --watch) keeps the unchanged articles' entities
// from one build to the next, so a rebuild normalises only the changed articles' names.
const keysOf = new WeakMap<Entity, IdentityKeys>();
const namesOf = new WeakMap<Entity, string[]>();

/** The entity's label and aliases, normalised (normalizeName), in that order; empty ones included. Not to be changed. */
export function normalizedNames(e: Entity, remember = true): readonly string[] {
  let names = namesOf.get(e);
  if (!names) {
    names = [e.label, ...e.aliases].map(normalizeName);
    if (remember) namesOf.set(e, names);
  }
  return names;
}

/**
 * Names that identify an entity across articles. A lone surname is not enough for a person. Not
 * to be changed. Without `remember` they are worked out anew and not kept (a build that lets go
 * of its entities as it resolves them: kept for every entity, they were a fifth of the heap
 * resolution adds).
 */
export function identityKeys(e: Entity, remember = true): IdentityKeys {
  let keys = keysOf.get(e);
  if (!keys) {
    keys = findIdentityKeys(e, remember);
    if (remember) keysOf.set(e, keys);
  }
  return keys;
}

function findIdentityKeys(e: Entity, remember: boolean): IdentityKeys {
  if (e.type === "Role") return { specific: [normalizeName(e.label)], generic: [] }; // surfaces such as "attorney" are shared by several roles
  const names = [...new Set(normalizedNames(e, remember).filter(Boolean))];
  if (e.type === "Person") {
    const full = names.filter((n) => n.includes(" "));
    return { specific: full.length ? full : names, generic: [] };
  }
  const specific: string[] = [], generic: string[] = [];
  // "SEC", "NAB": an acronym is borne by bodies of many countries (the Philippine and the US SEC), so it names
  // one body only among articles about the same people; a name spelled out joins across any
  const acronyms = new Set([e.label, ...e.aliases].filter((a) => ACRONYM.test(a)).map(normalizeName));
  for (const n of names) {
    if ((mayBeGeneric(e, n) && isGenericName(n)) || acronyms.has(n)) generic.push(n);
    else specific.push(n);
    const federal = e.type === "Court" ? federalTrialCourt(n) : undefined;
    if (federal && federal !== n) specific.push(federal);
    // "Harlan County Superior Court" is "the Harlan Superior Court"
    const county = e.type === "Court" ? n.replace(/^(\S.*?) county (?=\S.*\bcourt\b)/, "$1 ") : n;
    if (county !== n && !isGenericName(county)) specific.push(county);
    // "the High Court of Ranipur" is "the Ranipur High Court"
    const ordered = e.type === "Court" ? courtKey(n) : n;
    if (ordered !== n) (isGenericName(ordered) ? generic : specific).push(ordered);
  }
  return { specific: [...new Set(specific)], generic };
}
