// Relation frames become relations: each slot's mention stands for an entity (a name, a
// pronoun, a description) or makes one (a role phrase makes the Role of its label). A few
// readings no rule should make are refused here, for every rule at once: a possessive pronoun
// as a role's holder ("her lawyer, X" is not hers), a party that owns what the relation is about
// ("a lawyer for X's former wife" is not X's), a singular role given to a list of people.
import type { RelationType } from "../schema.ts";
import type { Entity, Mention } from "../types.ts";
import type { Frame } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import type { Facts } from "./facts.ts";
import type { EntityData, SentenceLayers } from "./layers.ts";
import type { RoleData } from "./spans/roles.ts";
import { legalColleagues } from "./discourse/colleagues.ts";
import { COUNSEL_VERBS, counselClauseAt, ownClauseLawyer, respectively, shortOfRespectively } from "./counsel-pairs.ts";
import { kinPairs } from "./kin-pairs.ts";
import { COLLECTIVE, rolePairs, shortTitle } from "./role-pairs.ts";
import { COURTESY_TITLES, KINSHIP, LEGAL_SERVICES, NOT_EMPLOYMENT, POSTNOMINALS, ROLE_STRIP, isPlace, roleInfo, type Kinship } from "../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;
const LETTER_START = /^\p{L}/u;

/** Frames that are one relation each, and their [source, target] slots. */
const RELATION_SLOTS: Partial<Record<string, [RelationType, string, string]>> = {
  HOLDS_ROLE: ["HOLDS_ROLE", "person", "role"],
  WORKS_FOR: ["WORKS_FOR", "person", "employer"],
  REPRESENTS: ["REPRESENTS", "lawyer", "client"],
  FOUNDED: ["FOUNDED", "founder", "organization"],
  PRODUCED: ["PRODUCED", "producer", "film"],
  ACTED_IN: ["ACTED_IN", "actor", "film"],
  DIRECTED: ["DIRECTED", "director", "film"],
  WORKED_ON: ["WORKED_ON", "person", "film"],
  RELATED_TO: ["RELATED_TO", "person", "relative"],
  ACCUSED: ["ACCUSED", "accuser", "accused"],
};

const POSSESSIVE = new Set(["'s", "'", "s'"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const CREDITS = new Set<RelationType>(["FOUNDED", "PRODUCED", "DIRECTED", "ACTED_IN"]);
/** Roles whose film credit is ACTED_IN, DIRECTED or PRODUCED. */
const CREDITED = new Set(["actor", "director", "producer", "executive producer", "film mogul"]);

/** The mention a span is, as offsets into the article. */
export function spanMention(l: SentenceLayers, span: Span): Mention {
  const ts = l.sentence.tokens;
  // (a listing line's unwritten subject, an empty span, is told by the line's first word)
  const start = ts[span.start]!.start, end = ts[Math.max(span.end, span.start + 1) - 1]!.end;
  return { sentence: l.sentence.index, start, end, surface: l.sentence.text.slice(start - l.sentence.start, end - l.sentence.start) };
}

/** The entity a span stands for; a role phrase makes (or finds) its Role. */
export function spanEntity(l: SentenceLayers, span: Span, facts: Facts): Entity | undefined {
  if (span.type === "Role") return facts.role((span.data as RoleData).label, spanMention(l, span));
  // "The series stars X": a work a rule read by its noun is the one work the story named in the sentences before
  if (span.type === "Tokens" && span.end - span.start === 2 && WORK_NOUNS.has(l.tokens[span.start + 1]!.lower)) {
    const film = lastFilmBefore(l, l.tokens[span.start]!.start, facts, true);
    if (film) facts.mention(film, spanMention(l, span));
    return film;
  }
  const data = span.data as EntityData | undefined;
  if (!data?.entity || data.group) return undefined; // a group is read by the case rules only
  if (data.pronoun || data.description) facts.mention(data.entity, spanMention(l, span));
  return data.entity;
}

/** The nouns a story calls a work it has named by: "the series", "the film". */
const WORK_NOUNS = new Set(["film", "movie", "series", "show", "drama", "sitcom", "miniseries", "comedy", "thriller", "soap"]);

/** Words for a part of a body that employs no one of its own: "X's fraud unit", "X's Ulley branch". */
const UNITS = new Set(["branch", "unit", "department", "division", "team", "squad", "desk", "ward", "office", "bureau", "section"]);
const unitAfter = (l: SentenceLayers, k: number) => l.tokens.slice(k, k + 4).some((t) => UNITS.has(t.lower) && !t.cap);

/**
 * A party that owns or only modifies what follows it is not the party: "represents X's accusers",
 * "a lawyer for the Vale family". In a list it is no member ("Jeon Dong, Kim's father-in-law": Jeon
 * alone); alone it refuses the frame, except as a role's holder ("President X's inauguration").
 */
function withoutOwners(l: SentenceLayers, f: Frame, type: RelationType): Map<string, Span[]> | undefined {
  const out = new Map<string, Span[]>();
  for (const [slot, spans] of f.slots) {
    const kept = spans.filter((s, i) => {
      // "founded X with him", "starred opposite him": an object pronoun's antecedent is too often a guess for a credit
      if (CREDITS.has(type) && (s.data as EntityData | undefined)?.pronoun && OBJECT_PRONOUNS.has(l.tokens[s.start]!.lower)) return false;
      const next = l.tokens[s.end];
      if (!next || s.type === "Role" || s.type === "Kin" || s.type === "Tokens") return true;
      // ("X represents A and B represents C": the last of a client list, followed by the lawyer's verb, is its subject)
      // ("A SC represents X and B SC represents Y": past the second lawyer's letters)
      const verb = POSTNOMINALS.has(next.text) ? l.tokens[s.end + 1] : next;
      if (type === "REPRESENTS" && slot === "client" && i > 0 && l.tokens[s.start - 1]?.lower === "and" && (COUNSEL_VERBS.has(verb?.lower ?? "") || counselClauseAt(l, POSTNOMINALS.has(next.text) ? s.end + 1 : s.end))) return false;
      const owner = POSSESSIVE.has(next.lower);
      // (a name before a noun only at the end of the match: the tagger takes "starred" for a noun too)
      // (a company only as a client: "a lawyer for the Kestrel heir" is the heir's, not the company's)
      const modifier = (s.type === "Person" || (type === "REPRESENTS" && slot === "client")) && s.end === f.end && next.pos === "NOUN" && LOWER_START.test(next.text);
      if (!owner && !modifier) return true;
      // "the manager of X's Ulley branch": a unit of the employer is the employer's
      if (type === "WORKS_FOR" && slot === "employer" && owner && unitAfter(l, s.end + 1)) return true;
      if (i > 0 && owner) return false; // a later member of a list
      return type === "HOLDS_ROLE" || s.end !== f.end; // the last word of the match
    });
    if (!kept.length) return undefined;
    out.set(slot, kept);
  }
  return out;
}

/** Relations whose source a role word before it names: "X's lawyer, A", "the film's producer A". */
const LISTED_AFTER_ROLE = new Set<RelationType>(["REPRESENTS", "PRODUCED", "DIRECTED", "WORKED_ON"]);

/**
 * "Mabery's lawyer, Gina Toll, and Marc Pellow, who represented the bank", "Night Harbour's producer A, and Senator B":
 * a singular role word before a list of people is the first one's; the others are named beside them, not as it.
 */
function nearestAfterSingular(l: SentenceLayers, people: readonly Span[]): readonly Span[] {
  if (people.length < 2) return people;
  const first = people.reduce((a, b) => (b.start < a.start ? b : a));
  let k = first.start - 1;
  if (l.tokens[k]?.lower === ",") k--;
  const t = l.tokens[k];
  if (!t || t.pos !== "NOUN" || !LOWER_START.test(t.text) || t.lemma !== t.lower || /s$/.test(t.lower) || COLLECTIVE.has(t.lower)) return people;
  return [first];
}

const surname = (e: Entity) => (e.label.includes(" ") ? e.label.split(" ").pop()!.toLowerCase() : undefined);

/**
 * "his sister, Dervla Tozer" where "his" was read as someone of another surname: the one other person
 * of hers named before is the one meant ("Gavin Tozer", the victim); with none, the
 * pronoun's reading stands, and with several, no one is.
 */
function kinOfPronoun(l: SentenceLayers, t: Span, person: Entity, facts: Facts): Entity | undefined {
  const read = spanEntity(l, t, facts);
  const name = surname(person);
  if (!read || !(t.data as EntityData | undefined)?.pronoun || !name || surname(read) === name) return read;
  // ("A and his wife B", "A's sister and his wife B": one named before it in its own sentence too)
  const at = l.tokens[t.start]!.start;
  // (never one whose own tie says the other sex: "Her husband, Peter Chua ... Her son, Daniel Chua" is not Peter's son)
  const said = /^(?:his|him|he)$/i.test(l.tokens[t.start]!.text) ? "m" : /^(?:her|hers|she)$/i.test(l.tokens[t.start]!.text) ? "f" : undefined;
  const otherSex = (e: Entity) => !!said && facts.relationsFrom(e, "RELATED_TO").some((r) => { const g = KINSHIP.get(r.relation ?? "")?.gender; return !!g && g !== said; });
  const same = facts.entities.filter((e) => e.type === "Person" && e !== person && surname(e) === name && !otherSex(e) && e.mentions.some((m) => m.sentence < l.sentence.index || m.sentence === l.sentence.index && m.end <= at));
  return same.length === 0 ? read : same.length === 1 ? same[0] : undefined;
}

/** "Vale sued Ruiz, represented by X": a party between may be the client; not one in a clause on it ("Vale, who sued Ruiz, is represented by X"). */
function partyBetween(l: SentenceLayers, f: Frame): boolean {
  const slots = [...f.slots.values()].flat();
  const lo = Math.min(...slots.map((s) => s.end)), hi = Math.max(...slots.map((s) => s.start));
  return l.spans.some((s) => (s.type === "Person" || s.type === "Organization" || s.type === "Studio") && s.start >= lo && s.end <= hi
    && !(s.data as EntityData).pronoun && !slots.some((x) => x.start <= s.start && s.end <= x.end) && !inRelativeClause(l, lo, s.start, s.end, hi)
    && !lawyersFirm(l, s, lo) && !kinOwner(l, s));
}

/** Whether a name owns the kinship word after it: "represents X's husband, Y" (Y is the client, named after). */
function kinOwner(l: SentenceLayers, s: Span): boolean {
  if (!/^(?:'s|')$/.test(l.tokens[s.end]?.lower ?? "")) return false;
  return l.spans.some((k) => k.type === "Kin" && k.start > s.end && k.start <= s.end + 2);
}

/**
 * Whether a name is the firm of the lawyer named before it: "a lawyer with Kell & Dorn LLP who represents X", "a partner
 * at Kell & Dorn who represents X", "Ana Ruiz of Kell & Dorn, who represents X", "Ana Ruiz, of Kell & Dorn, representing X"
 * (the name right after the lawyer's, at `lo`, or after a comma there; in the aside "of Y," a name taken for a person's too).
 */
function lawyersFirm({ tokens: ts, spans }: SentenceLayers, s: Span, lo: number): boolean {
  const k = ts[s.start - 1]?.lower === "the" ? s.start - 2 : s.start - 1;
  // ("Ana Ruiz, of Dorn Law, representing X", "Ana Ruiz of Dorn Law, who represents X": a firm's name the name finder took
  // for a person's, in the lawyer's own aside)
  if (s.type === "Person" && ts[k]?.lower === "of" && (k === lo || k === lo + 1 && ts[lo]?.text === ",") && ts[s.end]?.text === ",") return true;
  if (s.type !== "Organization") return false;
  return /^(?:at|with|from|of)$/.test(ts[k]?.lower ?? "") && (k === lo || (k === lo + 1 && ts[lo]?.text === ",") || !!roleInfo(ts[k - 1]?.lower ?? "")?.legal || spans.some((r) => r.type === "Role" && r.end === k));
}

/** Whether tokens a..b lie in a clause ", who ... ," opening at `lo` and closing before a verb before `hi`. */
function inRelativeClause({ tokens: ts }: SentenceLayers, lo: number, a: number, b: number, hi: number): boolean {
  if (ts[lo]?.text !== "," || !/^(?:who|whose)$/.test(ts[lo + 1]?.lower ?? "") || ts.slice(lo + 2, a).some((t) => t.text === ",")) return false;
  for (let k = b; k < hi; k++) if (ts[k]!.text === ",") return /^(?:AUX|VERB)$/.test(ts[k + 1]?.pos ?? "");
  return false;
}

/**
 * "In a statement released through her lawyer, Wetherall said": after a preposition, "her lawyer," ends an opening
 * phrase and the name after it, followed by its verb, is the subject of the sentence, the client herself.
 */
function frontedSpeaker(l: SentenceLayers, f: Frame): boolean {
  const lawyers = f.slots.get("lawyer") ?? [];
  const last = lawyers[lawyers.length - 1];
  // ("a statement from her lawyer Lee Park said": no comma, the lawyer named)
  return l.tokens[f.start - 1]?.pos === "ADP" && !!last && l.tokens[lawyers[0]!.start - 1]?.text === ","
    && /^(?:VERB|AUX)$/.test(l.tokens[last.end]?.pos ?? "");
}

const LAWYERS = /^(?:lawyers|attorneys|barristers|solicitors|counsel|team)$/;

/**
 * Whether a WORKS_FOR frame's role is a job with its employer: "a student at X" is not, and a
 * lawyer "for" a company, or the company's lawyer, represents it (a lawyer "at" or "with" a firm
 * works there).
 */
function employs(l: SentenceLayers, f: Frame): boolean {
  const roles = (f.slots.get("role") ?? []).map((r) => r.data as RoleData);
  if (roles.length && roles.every((r) => NOT_EMPLOYMENT.has(r.label) || NOT_EMPLOYMENT.has(l.tokens[r.head]!.lemma))) return false;
  const employer = f.slots.get("employer")?.[0];
  if (!employer) return true;
  // ("Lawyers for X, led by Y": the team that leads is X's counsel, not X's staff)
  const e = l.tokens[employer.start - 1]?.lower === "the" ? employer.start - 2 : employer.start - 1;
  if (!roles.length && /^(?:for|representing)$/.test(l.tokens[e]?.lower ?? "") && LAWYERS.test(l.tokens[e - 1]?.lower ?? "")) return false;
  // "a Colombian trafficker": a nationality or a place the name finder took for an organisation employs no one
  const words = l.tokens.slice(employer.start, employer.end).filter((t) => LETTER_START.test(t.text));
  if (words.length === 1 && (ROLE_STRIP.has(words[0]!.lower) || isPlace(words[0]!.text))) return false;
  if (!roles.some((r) => r.legal === "lawyer")) return true;
  let k = employer.start - 1;
  if (l.tokens[k]?.lower === "the") k--;
  return /^(?:at|with|of|from)$/.test(l.tokens[k]?.lower ?? "");
}

/**
 * "a lawyer for the Kestrel heir": a client named only as the modifier of a role stands for the role's
 * holder. The role phrase the client's name opens, when one is there.
 */
function describedClient(l: SentenceLayers, f: Frame): RoleData | undefined {
  const clients = f.slots.get("client") ?? [];
  const c = clients[0];
  if (clients.length !== 1 || !c || c.end !== f.end || (c.type !== "Organization" && c.type !== "Studio" && c.type !== "Person")) return undefined;
  const next = l.tokens[c.end];
  if (!next || next.pos !== "NOUN" || !LOWER_START.test(next.text)) return undefined;
  const role = l.spans.find((r) => r.type === "Role" && r.start <= c.start && r.end > c.end || r.type === "Role" && r.start === c.end);
  const data = role?.data as RoleData | undefined;
  return data && !data.plural && !roleInfo(data.label)?.legal ? data : undefined;
}

/** The credit a film's role gives its holder: "the film's producer" produced it, "its editor" worked on it. */
function creditOf(label: string): RelationType | undefined {
  if (/(?:^|\s)(?:producer|producers|co-producer)$/.test(label)) return "PRODUCED";
  if (/(?:^|\s)(?:director|co-director|filmmaker)$/.test(label) && !/\b(?:casting|art|assistant|managing|executive|finance|financial)\b/.test(label)) return "DIRECTED";
  if (/(?:^|\s)(?:actor|actress|star|co-star|lead)$/.test(label)) return "ACTED_IN";
  // any other job on it ("its editor", "the movie's composer"), never its audience or its subject
  if (/(?:^|\s)(?:fan|critic|viewer|reviewer|subject|victim|owner|distributor|investor|backer)$/.test(label)) return undefined;
  return roleInfo(label)?.legal || NOT_EMPLOYMENT.has(label) ? undefined : "WORKED_ON";
}

/**
 * "The movie's cinematographer, A, its editor, B": a role the film or the movie owns, said of a
 * person, is a credit on the film last named before it (within a few sentences). "its" is the
 * film's only after "the film's" in the same sentence.
 */
function filmOwner(l: SentenceLayers, role: Span): boolean {
  const ts = l.tokens;
  let k = role.start;
  while (k > 0 && /^(?:one|two|three|four|five|six|[0-9]+)$/.test(ts[k - 1]!.lower)) k--;
  // ("The film's star and producer, X": a job coordinated before the role's is the film's too)
  if (coJob(l, role)) k -= 2;
  if (ts[k - 1]?.lower === "'s" && /^(?:film|movie|picture)$/.test(ts[k - 2]?.lower ?? "") && ts[k - 3]?.lower === "the") return true;
  // ("the film's star ... one of its producers", "starred in the film and was one of its producers")
  return ts[k - 1]?.lower === "its" && ts.slice(0, k).some((t, i) => /^(?:film|movie|picture)$/.test(t.lower) && ts[i - 1]?.lower === "the");
}

/** "The film's star and producer, X": the job before "and" when the role's noun follows it ("star"). */
function coJob(l: SentenceLayers, role: Span): string | undefined {
  const ts = l.tokens;
  const before = ts[role.start - 2];
  return ts[role.start - 1]?.lower === "and" && before?.pos === "NOUN" && ts[role.start - 3]?.lower === "'s" && creditOf(before.lower) ? before.lower : undefined;
}

/**
 * The film "the film's" means: the last one named before, within eight sentences; none when that one is
 * named only in passing, once, and another film there more often ("the thriller Midnight Ferry ... doubled
 * for stars in 40 films including Iron Orchard. The film's director": the story's film, if any).
 */
function lastFilmBefore(l: SentenceLayers, at: number, facts: Facts, onlyOne = false): Entity | undefined {
  let best: { e: Entity; sentence: number; start: number } | undefined;
  const near = new Set<Entity>();
  for (const e of facts.entities) {
    if (e.type !== "Film") continue;
    for (const m of e.mentions) {
      if (m.sentence > l.sentence.index || m.sentence < l.sentence.index - 8 || (m.sentence === l.sentence.index && m.start >= at)) continue;
      near.add(e);
      if (!best || m.sentence > best.sentence || (m.sentence === best.sentence && m.start > best.start)) best = { e, sentence: m.sentence, start: m.start };
    }
  }
  if (best && best.e.mentions.length === 1 && [...near].some((e) => e.mentions.length > 1)) return undefined;
  if (onlyOne && near.size !== 1) return undefined;
  return best?.e;
}

const OBJECT_PREPOSITIONS = new Set(["against", "of", "for", "with", "to", "from", "by", "on", "about"]);

export function applyRelationFrames(frames: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts): void {
  const described: { f: Frame; role: RoleData }[] = [];
  const credits: { f: Frame; person: Entity; role: Span }[] = [];
  // "Dr. Ana Ruiz, the firm's head of research,": a courtesy title yields to the role the apposition gives
  const apposed = new Set(frames.filter((f) => f.rule === "role.apposition-after").flatMap((f) => (f.slots.get("person") ?? []).map((p) => `${f.sentence}:${p.end}`)));
  const courtesy = (f: Frame) => f.rule.startsWith("role.prefix") && (f.slots.get("role") ?? []).every((r) => COURTESY_TITLES.has((r.data as RoleData).label)) && (f.slots.get("person") ?? []).some((p) => apposed.has(`${f.sentence}:${p.end}`));
  // "In the SEC's case against Brandon Kell, the agency's lawyer, Marcus Ratsey, argued": a role between two names, the
  // first the object of a preposition, is the second's
  const before = new Set(frames.filter((f) => f.rule === "role.apposition-before").flatMap((f) => (f.slots.get("role") ?? []).map((r) => `${f.sentence}:${r.start}`)));
  const objectAppositive = (f: Frame) => f.rule === "role.apposition-after" && (f.slots.get("role") ?? []).some((r) => before.has(`${f.sentence}:${r.start}`))
    && (f.slots.get("person") ?? []).some((p) => OBJECT_PREPOSITIONS.has(layers[f.sentence]!.tokens[p.start - 1]?.lower ?? ""));
  for (const f of frames) {
    if (courtesy(f) || objectAppositive(f)) continue;
    const def = RELATION_SLOTS[f.frame];
    if (!def) continue;
    const [type, from, to] = def;
    const l = layers[f.sentence]!;
    const role = type === "REPRESENTS" ? describedClient(l, f) : undefined;
    if (role) { described.push({ f, role }); continue; }
    const slots = withoutOwners(l, f, type);
    if (!slots) continue;
    let sources = LISTED_AFTER_ROLE.has(type) ? nearestAfterSingular(l, slots.get(from) ?? []) : slots.get(from) ?? [];
    const targets = slots.get(to) ?? [];
    let relation = f.set.relation;
    if (type === "RELATED_TO" && !relation) relation = ((f.slots.get("kin")?.[0]?.data) as Kinship | undefined)?.relation;
    if (type === "RELATED_TO" && !relation) continue;
    if (type === "WORKS_FOR" && !employs(l, f)) continue;
    // ("sued the film's producers, X, and its director, Y": "its" is the film's, whose director works for no producer)
    if (type === "WORKS_FOR" && (f.slots.get("role") ?? []).some((r) => creditOf((r.data as RoleData).label) && filmOwner(l, r))) continue;
    // a film's star, director or producer has a credit of its own, not a crew member's
    if (type === "WORKED_ON" && (f.slots.get("role") ?? []).some((r) => CREDITED.has((r.data as RoleData).label))) continue;
    // "his lawyer" where "his" would be the judge or another lawyer: the pronoun was misread
    if (type === "REPRESENTS" && targets.some((t) => (t.data as EntityData).pronoun && facts.rolesOf((t.data as EntityData).entity).some((r) => roleInfo(r)?.legal))) continue;
    if (type === "REPRESENTS" && sources.length > 1 && shortOfRespectively(l, f)) continue;
    const own = type === "REPRESENTS" ? ownClauseLawyer(l, f) : undefined;
    if (own) sources = [own];
    // (the barrister between a client and the solicitor who instructs them is the same side: "X was represented by A SC, instructed by B")
    else if (type === "REPRESENTS" && ((f.rule !== "represent.instructed-by" && partyBetween(l, f)) || frontedSpeaker(l, f))) continue;
    // ("Magistrate X convicted Y of theft at a bank, where he worked as a cashier": a pronoun read as someone of the court was misread)
    if ((type === "HOLDS_ROLE" || type === "WORKS_FOR") && lawyerByPronoun(f, facts)) continue;
    // ("Counsel assisting the coroner, X", "a spokesman for the mayor, X": the name is the head noun's, not the role's)
    if (type === "HOLDS_ROLE" && f.rule === "role.apposition-before" && targets.some((t) => roleUnderNoun(l, t))) continue;
    // ("Alleged ringleader X", "X, the suspected leader of the gang,": a role the text only alleges is no one's)
    if (type === "HOLDS_ROLE" && targets.some((t) => hedgedRole(l, t))) continue;
    // ("Legal Aid NSW solicitor X": the body that gave the lawyer is no client)
    if (type === "REPRESENTS" && targets.some((t) => { const e = spanEntity(l, t, facts); return e?.type === "Organization" && LEGAL_SERVICES.some((w) => e.label.includes(w)); })) continue;
    // "... said the acquittal vindicated his client. His wife, Mary Kariuki, wept": a court report tells the family of the
    // parties, not of their counsel or the judge; a pronoun read as one of those, with another surname, was misread
    if (type === "RELATED_TO" && counselsKin(l, [...sources, ...targets], facts)) continue;
    const pairs: [Span, Span, string?][] = type === "HOLDS_ROLE" ? rolePairs(l, sources, targets)
      : type === "RELATED_TO" ? kinPairs(l, f, sources, targets, relation!)
        : respectively(l, f, sources, targets) ? sources.map((s, i) => [s, targets[i]!] as [Span, Span])
          : sources.flatMap((s) => targets.map((t) => [s, t] as [Span, Span]));
    for (const [s, t, kinship] of pairs) {
      // ("The couple's barrister, X": a lawyer for a group is each member's)
      const group = type === "REPRESENTS" ? (t.data as EntityData | undefined)?.group : undefined;
      if (group) {
        const source = spanEntity(l, s, facts);
        for (const member of source ? group : []) facts.relate(type, source!, member, f.sentence, f.confidence, f.rule);
        continue;
      }
      const source = spanEntity(l, s, facts);
      if (type === "HOLDS_ROLE" && source && shortTitle(f, t, source, facts)) continue;
      const target = type === "RELATED_TO" && source ? kinOfPronoun(l, t, source, facts) : spanEntity(l, t, facts);
      if (!source || !target || source === target) continue;
      facts.relate(type, source, target, f.sentence, f.confidence, f.rule, kinship ?? relation);
      if (type === "HOLDS_ROLE" && source.type === "Person" && filmOwner(l, t)) credits.push({ f, person: source, role: t });
    }
  }
  for (const { f, person, role } of credits) {
    const l = layers[f.sentence]!;
    const data = role.data as RoleData;
    const film = lastFilmBefore(l, l.tokens[role.start]!.start, facts);
    const co = coJob(l, role);
    for (const label of [data.plural ? data.label.replace(/s$/, "") : data.label, ...(co ? [co] : [])]) {
      const credit = creditOf(label);
      if (film && credit) facts.relate(credit, person, film, f.sentence, f.confidence * 0.85, "film.the-films-role");
    }
  }
  // a described client is the one person who holds that role, once every frame has said who holds what
  for (const { f, role } of described) {
    const l = layers[f.sentence]!;
    const lawyers = (f.slots.get("lawyer") ?? []).map((s) => spanEntity(l, s, facts)).filter((e): e is Entity => !!e);
    const holders = facts.holdersOf(role.label, 2, (e) => lawyers.includes(e));
    if (holders.length !== 1 || partyBetween(l, f)) continue;
    for (const p of lawyers) facts.relate("REPRESENTS", p, holders[0]!, f.sentence, f.confidence * 0.9, f.rule);
  }
  // what the frames say of a lawyer holds for "her colleague X" (idempotent: both stages call it)
  legalColleagues(layers, facts);
}

/** Whether a role frame's holder is a pronoun read as someone of the court (judge, lawyer) and its role is none of the law's. */
function lawyerByPronoun(f: Frame, facts: Facts): boolean {
  const p = (f.slots.get("person") ?? []).find((s) => (s.data as EntityData | undefined)?.pronoun);
  const e = p && (p.data as EntityData).entity;
  if (!e || !facts.rolesOf(e).some((r) => roleInfo(r)?.legal)) return false;
  return !(f.slots.get("role") ?? []).some((r) => roleInfo((r.data as RoleData).label)?.legal);
}

/** Whether a pronoun among a kin frame's people stands for a lawyer, prosecutor or judge whose surname no named relative bears. */
function counselsKin(l: SentenceLayers, spans: readonly Span[], facts: Facts): boolean {
  const pronoun = spans.find((s) => (s.data as EntityData | undefined)?.pronoun);
  const e = pronoun && (pronoun.data as EntityData).entity;
  if (!e || !facts.rolesOf(e).some((r) => roleInfo(r)?.legal)) return false;
  const surname = e.label.split(" ").at(-1);
  return !spans.some((s) => s !== pronoun && (s.data as EntityData | undefined)?.entity?.label.split(" ").at(-1) === surname);
}

/** A role that is the object of a noun before it: "counsel assisting the coroner", "the wife of the judge", "a spokesman for the mayor". */
function roleUnderNoun(l: SentenceLayers, role: Span): boolean {
  const ts = l.tokens;
  let k = role.start - 1;
  if (/^(?:the|a|an)$/.test(ts[k]?.lower ?? "")) k--;
  return /^(?:of|to|for|assisting|representing|advising)$/.test(ts[k]?.lower ?? "") && (ts[k - 1]?.pos === "NOUN" || ts[k - 1]?.pos === "PROPN") && !l.spans.some((s) => s.type === "Person" && s.end === k);
}

/** Words that make a role an allegation: "alleged ringleader", "the suspected gunman", "a purported doctor". */
const ROLE_HEDGES = new Set(["alleged", "allegedly", "suspected", "reputed", "purported", "supposed", "would-be"]);
/** Whether a role span, or the word before it, holds a hedge. */
function hedgedRole(l: SentenceLayers, role: Span): boolean {
  for (let k = role.start - 1; k < role.end; k++) if (ROLE_HEDGES.has(l.tokens[k]?.lower ?? "")) return true;
  return false;
}
