// Resolution inside one article: the name mentions of one person, court or organisation become
// one entity. Surnames and first names join the full name they belong to; titles, honorifics and
// given names give gender. Headlines, where every word is capitalised, only confirm names the
// body uses.
import type { Entity, NameMention } from "../types.ts";
import { normalizeName } from "./names.ts";
import { FURNITURE_LEADS, GENDER_WORDS, GIVEN_NAMES, KINSHIP, LEGAL_FORMS, NON_NAME, ORG_HEADS, STUDIO_HEADS, isPlace, type Gender } from "../lexicon/index.ts";
import { mergeDescribedCourts } from "./courts.ts";
import { courtKey } from "./court-names.ts";
import { hasWholeWord, memo, ownBody, personCue, sameFullName } from "./name-match.ts";

/** Words before a court that only ask it to hear the case: "appeal to", "ask the ... to review". */
const ASKED_OF = /\b(?:ask|asks|asked|asking|petition|petitions|petitioned|appeal to|appeals to|appealed to|appealing to|take the case to|go to)\s+(?:the\s+)?$/i;
import { initials, isAcronym, joinAliases } from "./aliases.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const COURT_PLACE = / in \p{Lu}[\p{L}. ]*$/u;
const COURT_PLACE_CAPTURED = / in (\p{Lu}[\p{L}. ]*)$/u;
const CAPITALISED_WORD = /\b\p{Lu}\p{Ll}/u, WORD_BEFORE_COMMA = /([\p{L}-]+)\s*,?\s*$/u, LOWER_WORD_AFTER = /^\s+\p{Ll}+/u, NAME_LIKE = /^\p{Lu}[\p{Ll}]+\p{L}*$|^\p{Lu}{2,}$/u;
/** A kinship noun after a possessive, just before a name: "Agu's brother ", "his wife of 20 years, ", "her eldest son, ". */
/** The joins of a list of names: ", ", " and ", ", and ". */
const LIST_JOIN_AFTER = /^(?:,\s+(?:and\s+)?|\s+and\s+)/, LIST_JOIN_BEFORE = /(?:,\s+(?:and\s+)?|\s+and\s+)$/;
const KIN_BEFORE = /(?:\b(?:his|her|their|my|our)|\p{L}(?:'s|’s|'|’))[ \t]+(?:(?:late|eldest|youngest|younger|older|elder|only|estranged|former|twin)[ \t]+)?([\p{L}-]+)(?:[ \t]+of[ \t]+\d+[ \t]+years)?[ \t]*,?[ \t]*$/iu;
/** ", the nephew of", ", younger brother of": an apposition naming whose kin a lone name is (only a person is someone's nephew). */
const KIN_OF_AFTER = /^,[ \t]+(?:(?:the|his|her|their|a)[ \t]+)?(?:(?:late|eldest|youngest|younger|older|elder|only|estranged|former|twin)[ \t]+)?(?:brother|sister|son|daughter|nephew|niece|cousin|uncle|aunt|wife|husband|widow|widower|father|mother|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|(?:brother|sister|son|daughter)-in-law)[ \t]+of\b/i;
/** "Suryan married Lakshmi in 2019": the one someone married or divorced is a person. */
const SPOUSE_BEFORE = /\b(?:married|marrying|marries|wed|divorced|divorcing)[ \t]+$/i;
/** "his sisters Zarmina and ", "her sons, Ali, Omar and ": a plural kinship word, the first names of its list, then this one. */
const KIN_LIST_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{L}(?:'s|’s|'|’))[ \t]+(?:(?:late|younger|older|elder|twin)[ \t]+)?([\p{L}-]+s),?[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]*,[ \t]*\p{Lu}[\p{L}-]+)*,?[ \t]+and[ \t]+$/u;
const CAPTION_LEAD = /^\s*([A-Za-z]+)\s*:/;
const UPPER_START = /^\p{Lu}/u;

export interface ResolvedNames {
  entities: Entity[];
  /** The entity each name mention belongs to; mentions left out (unresolved, headline only) are absent. */
  entityOf: Map<NameMention, Entity>;
  /** Gender as names, titles and honorifics show it. */
  gender: Map<Entity, Gender>;
  /** Role labels from titles ("Judge X"), with the mentions that give them. */
  titles: Map<Entity, NameMention[]>;
}

export interface ArticleText {
  text: string;
  isHeadline(sentence: number): boolean;
}

/** "Libyan", "Moldovan", "Franco-Lebanese": a people's adjective, not a name. */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|ch|ic|i)$/u;
const nameWords = (name: string) => normalizeName(name).split(" ").filter(Boolean);

export function resolveArticleNames(mentions: readonly NameMention[], doc: ArticleText): ResolvedNames {
  const entities: Entity[] = [];
  const entityOf = new Map<NameMention, Entity>();
  const gender = new Map<Entity, Gender>();
  const titles = new Map<Entity, NameMention[]>();
  const headline = (m: NameMention) => doc.isHeadline(m.sentence);
  // a caption's line: "IMAGE: ...", "Photograph: ..." (document.ts reads it as a headline)
  const caption = (m: NameMention) => {
    const line = doc.text.slice(doc.text.lastIndexOf("\n", m.start) + 1, m.start);
    const lead = CAPTION_LEAD.exec(line)?.[1];
    return !!lead && FURNITURE_LEADS.has(lead.toLowerCase());
  };
  let counter = 0;
  const wordCache = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    let w = wordCache.get(name);
    if (!w) wordCache.set(name, (w = nameWords(name)));
    return w;
  };
  const make = (m: NameMention, type = m.type): Entity => {
    const e: Entity = { id: `${type.toLowerCase()}${counter++}`, type, label: m.name, aliases: [], mentions: [], attrs: {} };
    entities.push(e);
    return e;
  };
  const attach = (m: NameMention, e: Entity) => {
    entityOf.set(m, e);
    e.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, surface: m.surface });
    // a headline only confirms a name: "Crooner Vance Hollis Cleared" names no "Crooner Vance Hollis"
    if (headline(m) && wordsOf(m.name).length > wordsOf(e.label).length) return;
    if (m.name !== e.label && !e.aliases.includes(m.name)) e.aliases.push(m.name);
    if (wordsOf(m.name).length > wordsOf(e.label).length) {
      if (!e.aliases.includes(e.label)) e.aliases.push(e.label);
      e.label = m.name;
      e.aliases = e.aliases.filter((a) => a !== m.name);
    }
    if (e.type === "Person") {
      // a given name says the gender; a lone surname ("Delahunt", "Rose") says nothing, whatever else it may be
      const words = m.name.split(" ");
      const g = m.gender ?? (words.length > 1 ? GIVEN_NAMES.get(words[0]!) : undefined);
      if (g && (m.gender || !gender.has(e))) gender.set(e, g);
      if (m.title) titles.set(e, [...(titles.get(e) ?? []), m]);
    }
  };

  // 0. A name the words around it typed once ("the railroad, Harlow Freight") is that thing wherever
  // it stands without a title of its own.
  const typedAs = new Map<string, NameMention["type"]>();
  const personWords = new Set(mentions.filter((m) => m.type === "Person" && wordsOf(m.name).length > 1).flatMap((m) => wordsOf(m.name)));
  for (const m of mentions) if (m.type !== "Person" && m.type !== "Place" && m.evidence === "sure" && !personWords.has(normalizeName(m.name))) typedAs.set(normalizeName(m.name), m.type);
  // (and so is a name typed only weakly, "shares in Corrow Lockhart", where the article only guessed it a person's,
  // "Corrow Lockhart's lawyers": one name, one thing)
  const guessed = (m: NameMention) => m.type === "Person" && m.evidence === "weak" && !m.title && !m.gender && !m.aliasOf;
  const surelySomeone = new Set(mentions.filter((m) => m.type === "Person" && !guessed(m)).map((m) => normalizeName(m.name)));
  for (const m of mentions) if ((m.type === "Organization" || m.type === "Studio") && m.evidence === "weak" && !personWords.has(normalizeName(m.name)) && !surelySomeone.has(normalizeName(m.name)) && !typedAs.has(normalizeName(m.name))) typedAs.set(normalizeName(m.name), m.type);
  for (const m of mentions) {
    const t = m.type === "Person" && !m.title && !m.gender && !m.aliasOf ? typedAs.get(normalizeName(m.name)) : undefined;
    if (t) m.type = t;
  }

  // 1. People with a full name, body first: one entity per full name; shorter full names join longer ones.
  const persons = mentions.filter((m) => m.type === "Person");
  const full = persons.filter((m) => wordsOf(m.name).length > 1).sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.start - b.start);
  const bySurname = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  // the first of two surnames ("Rivas" of "Tomás Rivas Arriaga"), or another inner word, asked only when no other name fits
  const byPaternal = new Map<string, Entity[]>();
  const index = (e: Entity, name: string) => {
    let w = wordsOf(name);
    if (w.length < 2) return;
    // "T.R. Oxlade III" is Oxlade: a generational suffix is no surname
    while (w.length > 2 && /^(?:jr|sr|ii|iii|iv|v)$/.test(w[w.length - 1]!)) w = w.slice(0, -1);
    const keys: [Map<string, Entity[]>, string][] = [[bySurname, w[w.length - 1]!], [byFirst, w[0]!]];
    // (and any inner word: "Kwan" of "Miriam Kwan Suk-ling", an English name before a Chinese one)
    for (let k = 1; k < w.length - 1; k++) keys.push([byPaternal, w[k]!]);
    for (const [map, key] of keys) {
      const list = map.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(key, list);
    }
  };
  // "Summit Crest" after "Summit Crest Studios": an organisation named without its head word
  // ("Brightwater" after "Brightwater Pictures": its name without the head word)
  const orgStems = new Map<string, NameMention["type"]>();
  for (const x of mentions) {
    if (x.type !== "Studio" && x.type !== "Organization") continue;
    const w = x.name.split(" ");
    const stem = wordsOf(w.slice(0, -1).join(" ")).join(" ");
    // ("Kestrel" after "Kestrel Media" and later "a Kestrel Corporation": the body named first keeps the short name)
    // ("Quayford" after "Quayford Marine", a company by what the text says of it: its first word, if no given name)
    if ((w.length > 2 || (w.length === 2 && (ORG_HEADS.has(w[1]!) || STUDIO_HEADS.has(w[1]!) || !GIVEN_NAMES.has(w[0]!)))) && !orgStems.has(stem)) orgStems.set(stem, x.type);
    // ("Brevard" after "Brevard Capital Partners": the name without all its head words)
    // ("Whitmarsh Calloway" after "Whitmarsh Calloway Pte Ltd", "Brevitt Hemsley Kenya Ltd", "Adebanjo (India) Pvt Ltd",
    // "Adebanjo and Co": nor its legal form, nor the country of its branch, nor "and" before "Co")
    let k = w.length - 1;
    const bareWord = (i: number) => w[i]?.replace(/^\(|\)$/g, "") ?? "";
    while (k > 1 && (ORG_HEADS.has(bareWord(k - 1)) || STUDIO_HEADS.has(bareWord(k - 1)) || LEGAL_FORMS.has(bareWord(k - 1))
      || ((isPlace(bareWord(k - 1)) || /^(?:and|&)$/.test(w[k - 1]!)) && LEGAL_FORMS.has(bareWord(k))))) k--;
    const bare = wordsOf(w.slice(0, k).join(" ")).join(" ");
    if (k < w.length - 1 && !orgStems.has(bare)) orgStems.set(bare, x.type);
  }
  // ("actor Arjun Vale" beside "Arjun Vale Films": a company named after its founder; the name with a
  // title, a role, an age or "who" beside it is the founder, wherever it stands)
  const personal = new Set(full.filter((m) => !headline(m) && personCue(doc.text, m)).map((m) => wordsOf(m.name).join(" ")));
  for (const m of [...full.filter((m) => !headline(m)), ...full.filter(headline)]) {
    const w = wordsOf(m.name);
    const stem = personal.has(w.join(" ")) ? undefined : orgStems.get(w.join(" "));
    if (stem) { m.type = stem; continue; }
    const match = [...(bySurname.get(w[w.length - 1]!) ?? []), ...(byPaternal.get(w[w.length - 1]!) ?? [])].find((e) => [e.label, ...e.aliases].some((n) => sameFullName(wordsOf(n), w)));
    if (match) { attach(m, match); if (!headline(m)) index(match, m.name); }
    else if (!headline(m)) { const e = make(m); attach(m, e); index(e, m.name); }
  }
  // ("IMAGE: ... defense attorney Eric Vale stand as ...", then "Vale argued ...": a caption names in full someone the
  // story then names by surname alone, and no one else of the story bears it)
  for (const m of full) {
    const w = wordsOf(m.name);
    if (entityOf.has(m) || m.type !== "Person" || !caption(m) || bySurname.has(w[w.length - 1]!) || byFirst.has(w[w.length - 1]!)) continue;
    const surname = w[w.length - 1]!;
    if (!mentions.some((x) => !headline(x) && x.type === "Person" && wordsOf(x.name).length === 1 && wordsOf(x.name)[0] === surname)) continue;
    const e = make(m); attach(m, e); index(e, m.name);
  }

  // 2. Single names (and places that turn out to be surnames) join the person they name.
  const pronounAfter = (m: { end: number }): Gender | undefined => {
    // (only a subject or "his": "Vale handed her the pills" speaks of someone else, and "her" may be either)
    const after = /^[^.;]{0,60}?\b(he|his|she)\b/i.exec(doc.text.slice(m.end, m.end + 80));
    // ("try Vale again and praised Ruiz for her courage": past another name, the pronoun is that one's)
    if (!after || CAPITALISED_WORD.test(after[0].slice(0, -after[1]!.length))) return undefined;
    return /^(he|his)$/i.test(after[1]!) ? "m" : "f";
  };
  // where each person of step 1 was first named in full (computed once, before any single name joins them)
  const introducedAt = new Map<Entity, number>();
  for (const m of mentions) { const e = entityOf.get(m); if (e && !introducedAt.has(e)) introducedAt.set(e, m.start); else if (e && m.start < introducedAt.get(e)!) introducedAt.set(e, m.start); }
  const introduced = (e: Entity) => introducedAt.get(e) ?? Infinity;
  const introducedAsKin = (e: Entity) => {
    const at = introducedAt.get(e);
    const before = at === undefined ? undefined : WORD_BEFORE_COMMA.exec(doc.text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
    return !!before && KINSHIP.has(before);
  };
  const introducedIn = new Map<Entity, number>();
  for (const m of mentions) { const e = entityOf.get(m); if (e && m.start === introducedAt.get(e)) introducedIn.set(e, m.sentence); }
  // the gender the words around a person's first mention show: "his sister, Ana Ruiz", "Ana Ruiz ... she"
  const cueOf = (e: Entity): Gender | undefined => {
    const m = e.mentions[0];
    if (!m) return undefined;
    const before = WORD_BEFORE_COMMA.exec(doc.text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase();
    return (before && (KINSHIP.get(before)?.gender ?? GENDER_WORDS.get(before))) || pronounAfter(m);
  };
  // (`titled`: the gender is a title's or an honorific's, "Mrs Roe", not a pronoun's after the name)
  const pick = (pool: Entity[], g: Gender | undefined, titled = false): Entity | undefined => {
    const exact = g ? pool.filter((e) => gender.get(e) === g) : [];
    let fits = exact.length ? exact : g ? pool.filter((e) => !gender.has(e)) : pool;
    // "Ms Varga" where a brother and a sister share the name and neither given name tells: the one
    // the words around her first mention show a woman
    if (g && !exact.length && fits.length > 1) {
      const cued = fits.filter((e) => cueOf(e) === g);
      // (and where nothing tells which of them is the woman, neither: "Fionn Roe had denied murdering Senga Roe ...
      // Mrs Roe had told a friend" is no one's name the text lets us choose; a guess would give her his charges)
      if (!cued.length && titled) return undefined;
      if (cued.length) fits = cued;
    }
    // ("Tilley, 60, told the court she" where the principal's given name shows no gender and a sister's does: the
    // principal, named far more often, still keeps the surname alone)
    if (g && exact.length) {
      const principal = pool.filter((e) => !gender.has(e)).sort((a, b) => introduced(a) - introduced(b))[0];
      if (principal && exact.every((e) => introduced(principal) < introduced(e) && principal.mentions.length >= 2 * e.mentions.length)) return principal;
    }
    // the press gives a shared surname alone to the one it introduced first (the principal); the others keep their full names
    return [...(fits.length ? fits : pool)].sort((a, b) => introduced(a) - introduced(b) || b.mentions.length - a.mentions.length)[0]!;
  };
  const unresolved: NameMention[] = [];
  const singleNamed = new Map<string, Entity>(); // people known by one name only ("Judge Doe")
  // (a word a weak rule took for something else, "told Gedge", is a person's name all the same)
  const singles = mentions.filter((m) => (m.type === "Person" || m.type === "Place" || (m.evidence === "weak" && m.type !== "Court")) && wordsOf(m.name).length === 1).sort((a, b) => a.start - b.start);
  for (const m of singles) {
    const w = wordsOf(m.name)[0]!;
    // ("Azlan" after "former prime minister Azlan Harun" and "his son Farid Azlan": a given name of one and the
    // surname of another, both asked; the one introduced first is the one named so)
    const surnamed = bySurname.get(w), given = byFirst.get(w);
    const pool = (surnamed && given ? [...surnamed, ...given.filter((e) => !surnamed.includes(e))] : surnamed ?? given) ?? byPaternal.get(w) ?? [];
    // ("Mr Ezeh, now a senator" after "governor Obinna Ezeh" and before "his brother, Chidi Ezeh": no one is named
    // by a surname before the text has introduced them)
    const before = pool.filter((e) => introduced(e) < m.start);
    // ("Kariuki had been charged ... His wife, Mary Kariuki": a surname in the story before anyone bearing it is named
    // in full, and then only a relative named by kinship, is someone the names missed, not that relative)
    const laterOnly = !headline(m) && !before.length && pool.every((e) => (introducedIn.get(e) ?? Infinity) > m.sentence && introducedAsKin(e));
    // (a given name of one and the surname of another: the one introduced first, unless the words around it show
    // another gender; a gender the text shows for only one of them says nothing of which it is)
    const both = !!surnamed?.length && !!given?.some((e) => !surnamed.includes(e));
    const g = m.gender ?? pronounAfter(m);
    const open = both ? (before.length && !headline(m) ? before : pool).filter((e) => !g || !gender.has(e) || gender.get(e) === g) : [];
    if (pool.length && !laterOnly && open.length) { m.type = "Person"; attach(m, open.sort((a, b) => introduced(a) - introduced(b))[0]!); continue; }
    const picked = pool.length && !laterOnly ? pick(before.length && !headline(m) ? before : pool, g, !!m.gender) : undefined;
    if (picked) { m.type = "Person"; attach(m, picked); continue; }
    if (m.type !== "Person") continue;
    const known = singleNamed.get(w);
    if (known) { attach(m, known); continue; }
    if ((m.title || m.gender) && !headline(m)) { const e = make(m); attach(m, e); singleNamed.set(w, e); continue; }
    unresolved.push(m);
  }

  // 3. A lone capitalised word that is no one's name, no place and no common word ("Quillfire") names
  // an organisation when it recurs or qualifies a noun; a person when a role or "who" stands beside it.
  const appearsLower = memo((word: string) => hasWholeWord(doc.text, word.toLowerCase()));
  // a word counts where it does not only open a sentence or a quotation ("Reality television made her famous")
  const opens = (m: NameMention) => m.first === 0 || /["“‘(\[—–:;]\s*$/.test(doc.text.slice(Math.max(0, m.start - 3), m.start));
  const count = new Map<string, number>();
  for (const m of unresolved) if (!opens(m)) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  // "to Benghazi", "near Savannah": a word after a preposition of place names a place at least once
  const placed = new Set(unresolved.filter((m) => /\b(?:in|to|from|near|outside|into|across|toward|towards|via)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 9), m.start)) && !LOWER_WORD_AFTER.test(doc.text.slice(m.end, m.end + 12))).map((m) => m.name));
  const kinNamed = (m: NameMention) => {
    const before = doc.text.slice(Math.max(0, m.start - 80), m.start);
    const kin = (KIN_BEFORE.exec(before.slice(-50)) ?? KIN_LIST_BEFORE.exec(before))?.[1]?.toLowerCase();
    const tie = kin ? KINSHIP.get(kin) : undefined;
    return !!tie && tie.relation !== "partner" || SPOUSE_BEFORE.test(before);
  };
  const fullPeople = mentions.filter((x) => x.type === "Person" && wordsOf(x.name).length > 1);
  const personAt = (m: NameMention, at: number, edge: "start" | "end") => fullPeople.find((x) => x.sentence === m.sentence && x[edge] === at);
  /** Whether a lone name is one of a list of three or more whose others are people named in full: "A, B C and D E". */
  const listedWithPeople = (m: NameMention) => {
    const after = LIST_JOIN_AFTER.exec(doc.text.slice(m.end, m.end + 8)), before = LIST_JOIN_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 8), m.start));
    const next = after ? personAt(m, m.end + after[0].length, "start") : undefined;
    const prev = before ? personAt(m, m.start - before[0].length, "end") : undefined;
    if (next && prev) return true;
    if (next && after![0].includes(",")) return LIST_JOIN_AFTER.test(doc.text.slice(next.end, next.end + 8));
    if (prev && /\band\b/.test(before![0])) return LIST_JOIN_BEFORE.test(doc.text.slice(Math.max(0, prev.start - 8), prev.start));
    return false;
  };
  const orgs: NameMention[] = [];
  for (const m of unresolved) {
    if (headline(m) || entityOf.has(m) || appearsLower(m.name) || !NAME_LIKE.test(m.name) || NON_NAME.has(m.name)) continue;
    // "he broke with Kestrel" after "Kestrel Bros.": the company's name without its head word, even where it is a given name
    const stemFirst = !m.title && !m.gender ? orgStems.get(wordsOf(m.name).join(" ")) : undefined;
    if (stemFirst) { m.type = stemFirst; orgs.push(m); continue; }
    // "Plum, 18,": a name with an age is a person's; so is one a possessive's kinship noun names ("Agu's brother
    // Chidi", "his wife of 20 years, Thandeka,")
    // (or one an apposition gives as someone's kin: "Kamau, the nephew of Nuru Wanjala,")
    // (and one listed beside people named in full: "acquitted Naseer, Zarif Dastgir and Ebo Quillan", as Pakistani, Afghan and
    // Indonesian reports name those known by one name)
    if (/^,\s+(?:who|whose)\b|^,\s+\d{1,3},/.test(doc.text.slice(m.end, m.end + 8)) || KIN_OF_AFTER.test(doc.text.slice(m.end, m.end + 50)) || (GIVEN_NAMES.has(m.name) && !placed.has(m.name)) || kinNamed(m) || listedWithPeople(m)) {
      const e = make(m);
      for (const x of unresolved) if (x.name === m.name && !entityOf.has(x)) attach(x, e);
      continue;
    }
    const stem = orgStems.get(wordsOf(m.name).join(" "));
    if (stem) { m.type = stem; orgs.push(m); continue; }
    if (DEMONYM.test(m.name) && !GIVEN_NAMES.has(m.name)) continue;
    const modifier = /^\s+(?:stores?|shares|board|employees?|executives?|investors|founder|headquarters|spokes\w+|products?|technology|labs?|offices?|chief)\b/.test(doc.text.slice(m.end, m.end + 20));
    if (((count.get(m.name) ?? 0) >= 2 && !placed.has(m.name)) || (modifier && !opens(m))) { m.type = "Organization"; orgs.push(m); }
  }

  // 4. Everything else: one entity per name; a shorter form of a longer name is that thing.
  const others = [...mentions.filter((m) => m.type !== "Person" && !(m.type === "Place" && entityOf.has(m))), ...orgs];
  const byName = new Map<string, Entity>();
  const orgNames = new Set(others.filter((m) => m.type === "Organization" || m.type === "Studio").map((m) => normalizeName(m.name)));
  // longest names first, a court's "in Brooklyn" aside: "District Court in Santa Fe" joins "First Judicial District Court"
  const size = (m: NameMention) => wordsOf(m.type === "Court" ? m.name.replace(COURT_PLACE, "") : m.name).length;
  const sorted = [...others].sort((a, b) => size(b) - size(a) || a.start - b.start);
  for (const m of sorted) {
    // "a laboratory director at Acme": a word taken for a place is the organisation of that name
    // (not one a rule read as a place where it stands: "his home in Deal, Kent," beside "Kent Police")
    if (m.type === "Place" && m.evidence !== "sure" && wordsOf(m.name).length === 1 && orgNames.has(normalizeName(m.name))) m.type = others.find((o) => o.type !== "Place" && normalizeName(o.name) === normalizeName(m.name))!.type;
  }
  /** "the national financial prosecutor's office (PNF)": an acronym in brackets right after a body's name is its name in another language's order. */
  const bracketed = (m: NameMention): Entity | undefined => {
    if (!/^\s*\)/.test(doc.text.slice(m.end, m.end + 3))) return undefined;
    const body = mentions.find((x) => x.sentence === m.sentence && x.end < m.start && /^\s*\(\s*$/.test(doc.text.slice(x.end, m.start)) && (x.type === "Organization" || x.type === "Court" || x.type === "Studio"));
    return body && entityOf.get(body);
  };
  // (a headline's name joins what the story names, so the headline comes last)
  for (const m of [...sorted.filter((m) => !headline(m)), ...sorted.filter(headline)]) {
    if (entityOf.has(m)) continue;
    const key = `${m.type}|${m.type === "Court" ? courtKey(m.name) : normalizeName(m.name)}`;
    let e = byName.get(key);
    if (!e && (m.type === "Court" || m.type === "Organization" || m.type === "Studio")) {
      const w = wordsOf(m.name.replace(COURT_PLACE, "")).join(" ");
      // an organisation's short name may be a studio's ("Brightwater" for "Brightwater Pictures")
      const same = [...byName.values()].filter((x) => x.type === m.type || (m.type === "Organization" && x.type === "Studio"));
      // an acronym: the body whose initials it spells ("CPS", "NAB")
      if (isAcronym(m.name)) e = [...byName.values()].find((x) => (x.type === "Organization" || x.type === "Court" || x.type === "Studio") && wordsOf(x.label).length > 1 && (initials(x.label) === m.name.replace(/\./g, "") || initials(x.label.replace(COUNTRY_LEAD, "")) === m.name.replace(/\./g, "")))
        ?? bracketed(m);
      if (e) { attach(m, e); byName.set(key, e); continue; }
      // a court in one place is not the court of its kind in another; two names of one kind in one place are one court
      const where = (name: string) => COURT_PLACE_CAPTURED.exec(name)?.[1];
      const kind = (name: string) => wordsOf(name.replace(COURT_PLACE, "")).slice(-2).join(" ");
      const fits = (x: Entity) => !where(m.name) || !where(x.label) || where(m.name) === where(x.label);
      e = same.find((x) => m.type === "Court" && where(m.name) && where(m.name) === where(x.label) && kind(m.name).includes(" ") && kind(m.name) === kind(x.label))
        // "the Appeal Court" after "the Court of Appeal in Wellington": the one court of that kind with a place
        ?? (m.type === "Court" && !where(m.name) && courtKey(m.name).includes(" ") ? only(same.filter((x) => courtKey(x.label).endsWith(` ${courtKey(m.name)}`))) : undefined)
        ?? same.find((x) => fits(x) && w.split(" ").length >= 2 && (wordsOf(x.label).join(" ").endsWith(` ${w}`) || (wordsOf(x.label).join(" ").startsWith(`${w} `) && !ownBody(x.label.split(" ").slice(w.split(" ").length)))))
        ?? (w.split(" ").length === 1 && UPPER_START.test(m.name) && !KIN_BODY_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) ? only(same.filter((x) => wordsOf(x.label).length > 1 && (wordsOf(x.label)[0] === w || wordsOf(x.label).at(-1) === w) && !divisionOf(x.label, w))) : undefined);
    }
    if (!e) {
      if (headline(m) && m.type !== "Film") continue;
      if (m.type === "Place" && headline(m)) continue;
      e = make(m);
      byName.set(key, e);
    }
    attach(m, e);
  }
  // "would ask the state's highest court to review the case": a court only asked to hear an appeal
  // is the one above the court that ruled, not another name of it
  const askedAt = new Set(mentions.filter((m) => m.type === "Court" && ASKED_OF.test(doc.text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.start));
  mergeDescribedCourts(entities, entityOf, (e) => e.mentions.every((m) => askedAt.has(m.start)));
  // 5. A person's other names (stage names, nicknames, real names) and every use of them.
  joinAliases({ entities, entityOf, gender, titles }, mentions, (m, e) => {
    entityOf.set(m, e);
    e.mentions.push({ start: m.start, end: m.end, sentence: m.sentence, surface: m.surface });
  });
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length > 0), entityOf, gender, titles };
}

/** "CBS News" is the news division of CBS, not another name of it: a broadcaster and its newsroom are two bodies. */
const divisionOf = (label: string, w: string) => { const words = nameWords(label); return words.length === 2 && words[0] === w.toLowerCase() && words[1] === "news"; };

/** "the film arm of Orbis", "its parent company, Orbis": a body named as another's parent or part is not that other. */
const KIN_BODY_BEFORE = /\b(?:subsidiary|subsidiaries|unit|arm|division|affiliate|parent|owner|owners|part|holding company|sister company|spin-off|spinoff)(?: company| group| firm)?,?\s+(?:of\s+)?(?:the\s+)?$/i;
/** "U.S. Securities and Exchange Commission" is the "SEC": the country before a body's name is no part of its acronym. */
const COUNTRY_LEAD = /^(?:U\.S\.|US|U\.K\.|UK)\s+(?=\S+\s)/;
/** The one item of a list, if it has exactly one: "Hanbit" is neither of "Hanbit C&T" and "Hanbit Electronics". */
const only = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
