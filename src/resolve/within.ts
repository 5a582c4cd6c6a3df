// Resolution inside one article: the mentions of one person, court or organisation become one entity.
// Surnames and first names join the full name they belong to; titles and honorifics give roles and gender.
import type { NameMention } from "../extract/mentions.ts";
import type { Entity } from "../extract/types.ts";
import { normalizeName } from "./names.ts";
import { NON_NAME, PLACES, ROLE_FORMS } from "../extract/lexicon.ts";

const ROLE_BEFORE_WORD = new RegExp(`(?:^|\\s)(?:${ROLE_FORMS})\\s+$`, "u");

export interface PersonInfo {
  gender?: "m" | "f";
  /** Role labels from titles ("Judge X"), with the sentences that give them. */
  titles: Map<string, number[]>;
}

export interface Resolved {
  entities: Entity[];
  /** The entity each name mention belongs to; mentions left out (unresolved, headline-only) are absent. */
  entityOf: Map<NameMention, Entity>;
  people: Map<Entity, PersonInfo>;
}

const nameWords = (name: string) => normalizeName(name.replace(/["“”].*?["”]\s*/g, "")).split(" ").filter(Boolean);

/**
 * Groups name mentions into entities. `headline` sentences (title-case lines) only confirm names
 * that the body also uses, since every word of a headline is capitalised.
 */
export function resolveNames(mentions: readonly NameMention[], headline: (sentence: number) => boolean, text = ""): Resolved {
  const entities: Entity[] = [];
  const entityOf = new Map<NameMention, Entity>();
  const people = new Map<Entity, PersonInfo>();
  let counter = 0;
  const make = (m: NameMention, type = m.type): Entity => {
    const e: Entity = { id: `${type.toLowerCase()}${counter++}`, type, label: m.name, aliases: [], mentions: [], attrs: {} };
    entities.push(e);
    if (type === "Person") people.set(e, { titles: new Map() });
    return e;
  };
  const attach = (m: NameMention, e: Entity) => {
    entityOf.set(m, e);
    e.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, surface: m.surface });
    if (!e.aliases.includes(m.name) && m.name !== e.label) e.aliases.push(m.name);
    if (wordsOf(m.name).length > wordsOf(e.label).length) {
      if (!e.aliases.includes(e.label)) e.aliases.push(e.label);
      e.label = m.name;
      e.aliases = e.aliases.filter((a) => a !== m.name);
    }
    const info = people.get(e);
    if (info && m.type === "Person") {
      if (m.gender) info.gender = m.gender;
      // "Her husband, Douglas Holloway": a kinship word in apposition gives the gender an honorific would
      else if (!info.gender) info.gender = kinGender(text.slice(Math.max(0, m.start - 30), m.start));
      if (m.title) info.titles.set(m.title, [...(info.titles.get(m.title) ?? []), m.sentence]);
    }
  };
  const wordCache = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    let w = wordCache.get(name);
    if (!w) { w = nameWords(name); wordCache.set(name, w); }
    return w;
  };

  // 1. People with a full name, body first: one entity per full name, shorter full names join longer ones.
  const persons = mentions.filter((m) => m.type === "Person");
  const full = persons.filter((m) => wordsOf(m.name).length > 1).sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.start - b.start);
  const fullOrder = [...full.filter((m) => !headline(m.sentence)), ...full.filter((m) => headline(m.sentence))];
  const personEntities: Entity[] = [];
  // Indexes by first and last word: two full names can only be one person if their last words agree.
  const bySurnameIndex = new Map<string, Set<Entity>>();
  const byFirstIndex = new Map<string, Set<Entity>>();
  const index = (e: Entity, name: string) => {
    const w = wordsOf(name);
    if (w.length < 2) return;
    for (const [map, key] of [[bySurnameIndex, w[w.length - 1]!], [byFirstIndex, w[0]!]] as const) {
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(e);
    }
  };
  const newPerson = (m: NameMention) => { const e = make(m); personEntities.push(e); attach(m, e); index(e, m.name); return e; };
  // "Summit Crest" after "Summit Crest Studios": a studio or organisation named without its head word
  const orgStems = new Map<string, NameMention["type"]>();
  for (const x of mentions) if ((x.type === "Studio" || x.type === "Organization") && wordsOf(x.name).length > 2) orgStems.set(wordsOf(x.name).slice(0, -1).join(" "), x.type);
  for (const m of fullOrder) {
    const w = wordsOf(m.name);
    const stem = orgStems.get(w.join(" "));
    if (stem) { m.type = stem; continue; }
    const candidates = [...(bySurnameIndex.get(w[w.length - 1]!) ?? [])];
    const match = candidates.find((e) => [e.label, ...e.aliases].some((n) => sameFullName(wordsOf(n), w)));
    if (match) { attach(m, match); index(match, m.name); }
    else if (!headline(m.sentence)) newPerson(m);
  }
  // "Doe admitted putting pills into his wife's food": a bare surname shared by a man and a woman
  // is told apart by the first pronoun after it, when no other name comes first
  const pronounAfter = (m: NameMention): "m" | "f" | undefined => {
    const next = persons.find((x) => x.start > m.end && x.sentence === m.sentence);
    const after = /^[^.;]{0,60}?\b(he|his|him|she|her)\b/i.exec(text.slice(m.end, next ? next.start : m.end + 80));
    return after ? (/^(he|his|him)$/i.test(after[1]!) ? "m" : "f") : undefined;
  };
  // 2. Single names (and places that turn out to be surnames) join the person they belong to.
  const unresolved: NameMention[] = [];
  const singleNamed = new Map<string, Entity>(); // people known by one name only ("Judge Doe")
  const singles = mentions.filter((m) => (m.type === "Person" || m.type === "Place") && wordsOf(m.name).length === 1).sort((a, b) => a.start - b.start);
  for (const m of singles) {
    const w = wordsOf(m.name)[0]!;
    const bySurname = [...(bySurnameIndex.get(w) ?? [])];
    const byFirst = [...(byFirstIndex.get(w) ?? [])];
    const pool = bySurname.length ? bySurname : byFirst;
    if (pool.length) { m.type = "Person"; attach(m, pickPerson(pool, m.gender ? m : { ...m, gender: pronounAfter(m) }, people)); continue; }
    if (m.type === "Place") continue;
    const known = singleNamed.get(w);
    if (known) { attach(m, known); continue; }
    if ((m.title || m.gender) && !headline(m.sentence)) { singleNamed.set(w, newPerson(m)); continue; }
    unresolved.push(m);
  }
  // 3. A lone capitalised word that is no one's name, no place and no common word ("Quillfire",
  // "Brightmart stores") names an organisation when it recurs or qualifies a noun.
  const orgCandidates: NameMention[] = [];
  const unresolvedCount = new Map<string, number>();
  for (const m of unresolved) { const w = m.name.replace(/['’]s$/, ""); unresolvedCount.set(w, (unresolvedCount.get(w) ?? 0) + 1); }
  const lowerSeen = new Map<string, boolean>();
  const appearsLower = (word: string) => {
    let seen = lowerSeen.get(word);
    if (seen === undefined) { seen = hasWholeWord(text, word.toLowerCase()); lowerSeen.set(word, seen); }
    return seen;
  };
  for (const m of unresolved) {
    if (m.type === "Place" || headline(m.sentence) || entityOf.has(m)) continue;
    const word = m.name.replace(/['’]s$/, "");
    if (appearsLower(word) || !/^\p{Lu}[\p{Ll}]+[\p{L}]*$|^\p{Lu}{2,}$/u.test(word)) continue;
    // "the singer Zaria", "Zaria, who was 15": a person after all
    if (ROLE_BEFORE_WORD.test(text.slice(Math.max(0, m.start - 40), m.start)) || /^,\s+who\b/.test(text.slice(m.end, m.end + 8))) {
      m.type = "Person";
      const e = newPerson(m);
      for (const x of unresolved) if (x.name === m.name && x !== m) { x.type = "Person"; attach(x, e); }
      continue;
    }
    const count = unresolvedCount.get(word) ?? 0;
    const modifier = /^\s+(?:stores?|shares|board|employees?|executives?|investors|founder|headquarters|spokes\w+|products?|devices?|technology|lab|labs|offices?)\b/.test(text.slice(m.end, m.end + 20));
    if (count >= 2 || modifier) { m.type = "Organization"; orgCandidates.push(m); }
  }
  // 4. Everything else: one entity per normalised name; a court named by a shorter form of a longer name is that court.
  const others = [...mentions.filter((m) => m.type !== "Person" && !(m.type === "Place" && entityOf.has(m))), ...orgCandidates];
  const byName = new Map<string, Entity>();
  const sorted = [...others].sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.start - b.start);
  // "a laboratory director at Acme": a word taken for a place after "at" is the organisation of that name
  const orgNames = new Set(others.filter((m) => m.type === "Organization" || m.type === "Studio").map((m) => normalizeName(m.name)));
  for (const m of sorted) if (m.type === "Place" && wordsOf(m.name).length === 1 && orgNames.has(normalizeName(m.name))) m.type = others.find((o) => o.type !== "Place" && normalizeName(o.name) === normalizeName(m.name))!.type;
  for (const m of sorted) {
    if (m.type === "Place" && wordsOf(m.name).length === 1 && headline(m.sentence)) continue;
    const key = `${m.type}|${normalizeName(m.name)}`;
    let e = byName.get(key);
    if (!e && (m.type === "Court" || m.type === "Organization" || m.type === "Studio")) {
      // "District Court in Tulsa" is compared as "District Court"
      const w = wordsOf(m.name.replace(/ in \p{Lu}[\p{L}. ]*$/u, "")).join(" ");
      e = [...byName.values()].find((x) => x.type === m.type && wordsOf(x.label).join(" ").endsWith(` ${w}`) && w.split(" ").length >= 2);
      if (!e && (m.type === "Organization" || m.type === "Studio")) e = [...byName.values()].find((x) => x.type === m.type && wordsOf(x.label).join(" ").startsWith(`${w} `) && w.split(" ").length >= 2);
      // "Harlow" is Harlow University, "Unity" the Church of Unity
      if (!e && w.split(" ").length === 1) e = [...byName.values()].find((x) => (x.type === "Organization" || x.type === "Studio") && (wordsOf(x.label)[0] === w || wordsOf(x.label).at(-1) === w) && wordsOf(x.label).length > 1);
    }
    if (!e) {
      if (headline(m.sentence) && m.type !== "Film") continue;
      e = make(m);
      byName.set(key, e);
    }
    attach(m, e);
  }
  mergeDescribedCourts(entities, entityOf);
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), entityOf, people };
}

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/** Whether `word` occurs in `text` with no letter just before or after it: indexOf, not a regex per word. */
function hasWholeWord(text: string, word: string): boolean {
  if (word === "") return /(?<!\p{L})(?!\p{L})/u.test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // two code units either side: a letter outside the Basic Multilingual Plane is two
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

const APPELLATE = /\b(?:supreme court|court of appeals?|appeals court|appellate|court of cassation|high court|highest court|circuit court of appeals)\b/i;

/**
 * A court named by description ("a Spanish court", "Ohio's highest court") is the one named court
 * of its kind in the article: the top court for "highest court", the only trial court otherwise.
 */
function mergeDescribedCourts(entities: Entity[], entityOf: Map<NameMention, Entity>): void {
  const courts = entities.filter((e) => e.type === "Court" && e.mentions.length);
  // described: "highest court", or a place or nationality before a lower-case "court" ("Spanish court", "Denver court")
  // or a lower-case description with its city: "federal appeals court in Boston"
  const described = courts.filter((c) => /\bhighest court$/.test(c.label) ||
    (/\bcourt$/.test(c.label) && (PLACES.has(c.label.replace(/(?:['’]s)?\s.*$/, "")) || NON_NAME.has(c.label.split(" ")[0]!))) ||
    /^\p{Ll}[^]*\b(?:appeals|appellate) court in \p{Lu}/u.test(c.label));
  const named = courts.filter((c) => !described.includes(c));
  for (const d of described) {
    const top = /highest|appeals|appellate|supreme/i.test(d.label);
    const highest = /highest/i.test(d.label);
    const place = /^(\p{Lu}[\p{L}]+)/u.exec(d.label)?.[1];
    // a state's highest court is its Supreme Court (or a court of cassation), not an intermediate court of appeals
    let pool = named.filter((c) => (highest ? /\b(?:Supreme Court|Court of Cassation|Constitutional Court)\b/.test(c.label) : APPELLATE.test(c.label) === top));
    if (place && pool.some((c) => c.label.includes(place))) pool = pool.filter((c) => c.label.includes(place));
    // several appeal courts: the one named next, within three sentences of the description
    const at = d.mentions[0]!.sentence;
    if (pool.length > 1 && top && !highest) pool = pool.filter((c) => c.mentions[0]!.sentence > at && c.mentions[0]!.sentence <= at + 3).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start).slice(0, 1);
    if (pool.length !== 1) continue;
    const target = pool[0]!;
    for (const [m, e] of entityOf) if (e === d) entityOf.set(m, target);
    target.mentions.push(...d.mentions);
    for (const a of [d.label, ...d.aliases]) if (a !== target.label && !target.aliases.includes(a)) target.aliases.push(a);
    d.mentions = [];
  }
}

/** "Ann Lee Hart" is "Lee Hart"; "Paul T. Ruiz" is "Paul Ruiz"; a nickname in quotes drops out. */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.join(" ") === b.join(" ")) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (long.slice(long.length - short.length).join(" ") === short.join(" ")) return true;
  if (long[0] === short[0] && long[long.length - 1] === short[short.length - 1]) return true;
  // "J. Ruiz" is "Jorge Ruiz": an initial for the first name
  if (short.length === 2 && short[0]!.length === 1 && long[0]!.startsWith(short[0]!) && long[long.length - 1] === short[1]) return true;
  return false;
}

const KIN_BEFORE = /\b(?:(husband|father|son|brother|boyfriend|widower|grandfather|uncle|nephew)|(wife|mother|daughter|sister|girlfriend|widow|grandmother|aunt|niece)),?\s+$/i;
const kinGender = (before: string): "m" | "f" | undefined => {
  const k = KIN_BEFORE.exec(before);
  return k ? (k[1] ? "m" : "f") : undefined;
};

/** Among people sharing a surname, the one whose gender fits, then the one mentioned most. */
function pickPerson(pool: Entity[], m: NameMention, people: Map<Entity, PersonInfo>): Entity {
  // "Mr. Holloway": the Holloway known to be a man, else one whose gender is unknown
  const exact = m.gender ? pool.filter((e) => people.get(e)?.gender === m.gender) : [];
  const fits = exact.length ? exact : m.gender ? pool.filter((e) => !people.get(e)?.gender) : pool;
  const list = fits.length ? fits : pool;
  return [...list].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
}
