// Ledes that describe before they name: "A scaffolder accused of trying to kill a delivery driver
// walked free ... Callum Reid, 41, from Paisley, was however convicted ...". An indefinite
// description opening one of the article's first sentences (or a definite one the court's verb takes:
// "convicted the former director of a charity of fraud") stands for the first person the next two
// sentences introduce, who then holds its role.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { RoleData } from "../spans/roles.ts";
import { AGENTIVE_SUFFIXES, DOCTOR_HEADS, GENDER_WORDS, NOT_EMPLOYMENT, PERSON_NOUNS, ROLE_FORMS, roleInfo, type Gender } from "../../lexicon/index.ts";
import type { Token } from "../../nlp/tokens.ts";
import { spanMention } from "../relate.ts";
import { victimsIn } from "./group-fit.ts";
import { newCaseOpener } from "../case/parts.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LOWER_START = /^\p{Ll}/u;
const CAPITALS = /^\p{Lu}+$/u;

/** Verbs of a court or the police whose object is the accused: "found a 27-year-old man guilty", "jailed a former nurse". */
export const COURT_VERBS = new Set(["found", "convicted", "acquitted", "cleared", "freed", "jailed", "sentenced", "fined", "charged", "arrested", "detained", "remanded", "indicted"]);

/**
 * Whether the description at token i is one a court's verb takes ("found a 27-year-old man guilty"), a charge's
 * "against" ("has stayed a sexual assault charge against a former hockey coach") or a penalty's "to" ("awarded the
 * death sentence to a man").
 */
function governed(ts: readonly Token[], i: number): boolean {
  return COURT_VERBS.has(ts[i - 1]?.lower ?? "") || (ts[i - 1]?.lower === "against" && /^(?:charge|charges|count|counts|case|cases)$/.test(ts[i - 2]?.lower ?? ""))
    || (ts[i - 1]?.lower === "to" && PENALTY_NOUNS.test(ts[i - 2]?.lower ?? "") && ts.slice(Math.max(0, i - 6), i - 2).some((t) => PENALTY_GIVERS.test(t.lower)));
}
/** "awarded the death sentence to a man", "handed a life term to a woman": the one a penalty is given to. */
const PENALTY_NOUNS = /^(?:sentence|imprisonment|term|penalty|punishment)$/;
const PENALTY_GIVERS = /^(?:awarded|awards|handed|hands|gave|gives)$/;

/** Offences and deaths whose object, after "of", is the victim: "the manslaughter of X", "the death of X". */
const OFFENCE_OF = /^(?:murder|murders|manslaughter|killing|killings|death|deaths|rape|rapes|assault|abuse|kidnapping|abduction|stabbing|shooting|homicide|strangling|disappearance)$/;

const SPEECH = new Set(["said", "says", "told", "tells", "insisted", "added", "wrote"]);

/**
 * Words for anyone, a description only with an age or a like word before them ("a 27-year-old man"), or a relative
 * clause after ("a man who ...", "A man accused of stabbing ...": never "A man found dead", the victim), or as a court's
 * verb's object ("sentenced a man to death").
 */
const ANYONE = new Set(["man", "woman", "teenager", "teen", "boy", "girl", "youth", "mother", "father", "grandmother", "grandfather", "pensioner"]);

/** A parent by the children they have: "A mother-of-three", "a dad-of-two" (one word), or "a father of two" (three). */
const PARENT_OF = /^(?:mother|father|mum|mom|dad|grandmother|grandfather|gran|grandad)-of-[a-z0-9]+$/;
const PARENT = /^(?:mother|father|mum|mom|dad|grandmother|grandfather)$/;
const CHILDREN = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;

/** "has admitted", "pleaded guilty", "has denied": the accused's own plea, told in the active right after a description. */
function pleaVerbAfter(ts: readonly Token[], end: number): boolean {
  let k = end;
  if (/^(?:has|have)$/.test(ts[k]?.lower ?? "")) k++;
  while (ts[k] && ts[k]!.pos === "ADV") k++;
  return /^(?:pleaded|pleads|pled|admitted|admits|denied|denies)$/.test(ts[k]?.lower ?? "");
}

/** The participles of a reduced relative that tell of an accused: "A woman charged with ...", "A man cleared of ...". */
const ACCUSED_RELATIVE = /^(?:accused|charged|suspected|indicted|convicted|jailed|cleared|acquitted)$/;

/** Words between "A" and the role: "A former", "A 27-year-old", "A veteran Glasgow". */
const LEAD_WORDS = /^(?:former|retired|veteran|disgraced|young|elderly|\d{1,3}-year-old|[a-z]+-(?:winning|born|based))$/;

export function ledeDescriptions(layers: readonly SentenceLayers[], facts: Facts, headline: (i: number) => boolean, gender: ReadonlyMap<Entity, Gender>): Span[][] {
  const out: Span[][] = layers.map(() => []);
  const body = layers.filter((l) => !headline(l.sentence.index));
  const person = (s: Span) => s.type === "Person" && !(s.data as EntityData).description && !(s.data as EntityData).pronoun;
  // (counted among the first sentences only when prose, ending as a sentence does: a press release's letterhead, release
  // line and date above the lede are none)
  const rank = new Map<SentenceLayers, number>();
  body.reduce((r, l) => (rank.set(l, r), /^[.!?"”’]$/.test(l.tokens.at(-1)?.text ?? "") ? r + 1 : r), 0);
  for (const l of body) {
    const n = rank.get(l)!;
    const ts = l.tokens;
    // (past the first three sentences, only a round-up's next item: "A Stockton woman has been cleared of ...",
    // "In a separate case, a Hartlepool pensioner was convicted of ...")
    const from = n < 3 ? 0 : itemStart(ts);
    if (from < 0) continue;
    // "A scaffolder", "An Oscar-winning actor": the sentence opens on the description (after a
    // dateline), or the court's verb takes it ("A jury on Thursday found a 27-year-old man guilty")
    let open = -1, end: number | undefined, role: Span | undefined, also: Span | undefined, opensDefinite = false;
    for (let i = from; i < (n < 3 ? ts.length : from + 1) && end === undefined; i++) {
      // ("convicted the former director of a flood-relief charity of fraud": a definite one only as the court verb's object)
      // (or opening the sentence when a court's verb in the passive follows: "The owner of a haulage firm has been jailed")
      const definite = ts[i]!.lower === "the" && (governed(ts, i) || (n < 3 && !ts.slice(0, i).some((t) => LOWER_START.test(t.text))));
      if (ts[i]!.lower !== "a" && ts[i]!.lower !== "an" && !definite) continue;
      // ("Kestrel Ltd, a Leeds retailer, was fined": in apposition to a body's name, it describes the body)
      if (ts[i - 1]?.lower === "," && l.spans.some((s) => s.end === i - 1 && (s.type === "Organization" || s.type === "Studio"))) continue;
      // ("The trial of a dentist accused of ... has begun": the trial's defendant, described)
      const trialOf = ts[i - 1]?.lower === "of" && /^(?:trial|retrial)$/.test(ts[i - 2]?.lower ?? "") && i <= 4;
      if (ts.slice(0, i).some((t) => LOWER_START.test(t.text)) && !governed(ts, i) && !trialOf) continue;
      let k = i + 1;
      // ("a Mississauga man", "a Cork woman": a place's name before the description)
      while (k < ts.length && (LEAD_WORDS.test(ts[k]!.lower) || (ts[k]!.cap && ts[k]!.pos === "PROPN" && k < i + 3 && ts[k]!.text !== ts[k]!.text.toUpperCase() && !ROLE_FORMS.has(ts[k]!.lower) && !PERSON_NOUNS.has(ts[k]!.lower)))) {
        k++;
        // ("A Dublin, Ohio, man", "a Surrey, B.C., woman": a town and its state between commas)
        if (k === i + 2 && ts[k]?.lower === "," && ts[k + 1]?.cap && ts[k + 1]!.pos === "PROPN" && ts[k + 2]?.lower === ",") k += 3;
      }
      // (the longest role there: "A former junior football coach" is a coach, not a junior)
      // (not a capitalised word inside a name: "A Baker County jury" describes no baker)
      const inName = (s: Span) => ts[s.start]!.cap && !!ts[s.end]?.cap && ts[s.end]!.pos === "PROPN";
      role = l.spans.filter((s) => s.type === "Role" && s.start > i && s.start <= k && !(s.data as RoleData).plural && !(s.data as RoleData).unnamed && !inName(s)).sort((a, b) => b.end - a.end)[0] ?? shouted(ts, k);
      // ("A man has been charged with ...": a bare one whose own verb is a court's, in the passive, in the first sentences)
      // (opening the sentence, after a dateline if any: "SINGAPORE - A former bank manager ...")
      const opens = i === from || !ts.slice(from, i).some((t) => LOWER_START.test(t.text));
      // ("A mother-of-three has been jailed", "A father of two has admitted": a parent by the children they have)
      const parentEnd = PARENT_OF.test(ts[k]?.lower ?? "") ? k + 1 : PARENT.test(ts[k]?.lower ?? "") && ts[k + 1]?.lower === "of" && CHILDREN.test(ts[k + 2]?.lower ?? "") ? k + 3 : undefined;
      // ("A man has admitted causing death by dangerous driving": a bare one who pleads, opening the sentence, in the first sentences)
      const bare = (to: number) => n < 3 && opens && (courtVerbAfter(ts, to) || pleaVerbAfter(ts, to));
      // (a person's noun inside a name is none: "A Sheriff Court jury found a Greenock man guilty")
      const nameWord = !!ts[k]?.cap && !!ts[k + 1]?.cap && ts[k + 1]!.pos === "PROPN";
      const noun = !role && !nameWord && (PERSON_NOUNS.has(ts[k]?.lower ?? "") || ((k > i + 1 || governed(ts, i) || ts[k + 1]?.lower === "who" || ACCUSED_RELATIVE.test(ts[k + 1]?.lower ?? "") || bare(k + 1)) && ANYONE.has(ts[k]?.lower ?? ""))) ? k + 1
        : !role && parentEnd !== undefined && (k > i + 1 || bare(parentEnd) || ts[parentEnd]?.lower === "who" || ACCUSED_RELATIVE.test(ts[parentEnd]?.lower ?? "")) ? parentEnd : undefined;
      open = i;
      opensDefinite = definite && !governed(ts, i);
      end = role ? role.end : noun;
      // ("The founder and former chief executive of a startup was convicted": both posts)
      also = role && coordinatedRole(l, role);
      if (also) end = also.end;
      if (end !== undefined && i > 0 && governed(ts, i)) end = complementEnd(l, end);
      // ("A producer of the action thriller X was convicted": an indefinite one opening the sentence takes its complement too)
      else if (end !== undefined && (opensDefinite || (opens && /^(?:a|an)$/.test(ts[i]!.lower)))) end = subjectEnd(ts, end);
    }
    if (end === undefined || ((n >= 3 || opensDefinite) && !courtVerbAfter(ts, end))) continue;
    // ("A stuntman died on the set of ...": one the lede tells died is a victim, named later or never; whoever is named next is someone else)
    if (diedAfter(ts, end)) continue;
    const info = role && roleInfo((role.data as RoleData).label);
    if (info?.legal || (role && (role.data as RoleData).legal)) continue;
    // named on the spot ("A nurse, Ana Ruiz, ...") is the roles stage's
    // (a person before a court verb's object is someone else: "Judge Ada Munro jailed a former nurse")
    const after = open > 0 && governed(ts, open) ? open : 0;
    if (l.spans.some((s) => person(s) && s.start >= after && s.start < end + 4)) continue;
    // (and so is one named after the description's own phrase: "An inspector from the Health and Safety Executive, Ana Ruiz,")
    if (l.spans.some((s) => person(s) && s.start > end && ts[s.start - 1]!.text === "," && !ts.slice(end, s.start).some((t) => t.pos === "VERB" || t.pos === "AUX"))) continue;
    // (a caption or a credit above the story names no one yet: "Photo: Ana Ruiz leaves court")
    const known = new Set(layers.slice(0, l.sentence.index + 1).filter((x) => !headline(x.sentence.index)).flatMap((x) => x.spans.filter(person).map((s) => (s.data as EntityData).entity)));
    // (a definite description after someone is named points back, not forward: "sentenced Pastor X to life ... Justice Y
    // convicted the cleric ... a medical doctor, Dr. Z": the cleric is no one named later)
    if (ts[open]!.lower === "the" && layers.slice(0, l.sentence.index).some((x) => !headline(x.sentence.index) && x.spans.some(person))) continue;
    // (someone whose name carries another role is someone else, as a judge or a lawyer is:
    // "A nurse was convicted ... Dr Omar Lowther, who examined the patients, ...")
    const label = role && (role.data as RoleData).label;
    // (but a title with the description's head is the same role: "A garda sergeant ... Sergeant Dan Roe")
    const head = role && ts[(role.data as RoleData).head]?.lower;
    // (and "Dr" fits a doctor's role: "A consultant anaesthetist has been convicted ... Dr Ana Ruiz (57)")
    const sameTitle = (e: Entity) => !!head && facts.relationsFrom(e, "HOLDS_ROLE").some((r) => [facts.entity(r.target)!.label, ...facts.entity(r.target)!.aliases].some((x) => x.split(" ").at(-1) === head)
      || facts.entity(r.target)!.label === "doctor" && DOCTOR_HEADS.has(head));
    // (a bare "A 52-year-old man" is no one with a title: "Const. Ann Roe of the ... police said")
    // (a headline's label before a name is a description, no title: "Taxi boss X jailed ... A taxi association chairperson has been sentenced")
    const titled = (e: Entity) => !sameTitle(e) && facts.relationsFrom(e, "HOLDS_ROLE").some((r) => r.rule.includes("role.prefix") && facts.entity(r.target)?.label !== label && r.evidence.some((i) => !headline(i)));
    // (nor one set out by another post before the name who speaks, as a spokesman does: "A council worker has been
    // charged ... The council's chief executive, X, said")
    const spokesman = (tokens: readonly Token[], sp: Span) => tokens[sp.end]?.lower === "," && SPEECH.has(tokens[sp.end + 1]?.lower ?? "") && tokens[sp.start - 1]?.lower === ","
      && !sameTitle((sp.data as EntityData).entity) && facts.relationsFrom((sp.data as EntityData).entity, "HOLDS_ROLE").some((r) => r.rule.includes("role.apposition-before") && facts.entity(r.target)?.label !== label);
    // (nor one named with the role of another the lede describes: "A cafe owner ... the manslaughter of a customer ... The customer, Lena Moss,")
    const described = new Set(ts.filter((t, j) => (j < open || j >= end) && t.pos === "NOUN").map((t) => t.lower));
    const another = (e: Entity) => facts.relationsFrom(e, "HOLDS_ROLE").some((r) => facts.entity(r.target)!.label !== label && described.has(facts.entity(r.target)!.label.split(" ").at(-1)!));
    let who: Entity | undefined, named: { sentence: number; start: number } | undefined;
    for (const next of layers.slice(l.sentence.index + 1, l.sentence.index + 3)) {
      // (nor one the next sentence tells died: "A van driver has been charged ... Ann Roe, 38, died at the scene")
      const died = victimsIn(next);
      // (nor one the next sentence names as an offence's object: "Dr X had denied the manslaughter of Ana Ruiz")
      for (const s of next.spans) if (person(s) && next.tokens[s.start - 1]?.lower === "of" && OFFENCE_OF.test(next.tokens[s.start - 2]?.lower ?? "")) died.add((s.data as EntityData).entity);
      // (nor one whose relative the sentence names by kinship, the one it speaks of: "A celebrity chef has been
      // jailed ... Nadia Pereira, 70, said her son Antoine Marchal was innocent")
      // (a speaker, that is: one who pleads beside "his wife, X" may still be the one described)
      const at = (id: string) => next.spans.find((s) => person(s) && (s.data as EntityData).entity.id === id)?.start;
      const kinNamed = (e: Entity) => facts.relations.some((r) => {
        if (r.type !== "RELATED_TO" || r.target !== e.id || !r.evidence.includes(next.sentence.index)) return false;
        const from = at(e.id), to = at(r.source);
        return from !== undefined && to !== undefined && to > from && next.tokens.slice(from, to).some((t) => SPEECH.has(t.lower));
      });
      // (one named above the lede, in a standfirst, is still the one described when the next sentence tells they were
      // charged: "Jonah Roe, 29, convicted of manslaughter instead ... A jury has found a Winnipeg man not guilty of
      // murder ... Jonah Roe, 29, was charged after Kyle Doe, 31, was found with stab wounds")
      const first = next.spans.filter(person).sort((a, b) => a.start - b.start).find((s) => (!known.has((s.data as EntityData).entity) || accusedAt(next.tokens, s.end)) && !titled((s.data as EntityData).entity) && !spokesman(next.tokens, s) && !another((s.data as EntityData).entity) && !died.has((s.data as EntityData).entity) && !witnessAt(next.tokens, s.start) && !kinNamed((s.data as EntityData).entity) && !facts.rolesOf((s.data as EntityData).entity).some((r) => roleInfo(r)?.legal));
      // ("A producer of the film X is being sued by an actress ... Lena Sorvik says producer Max Ruehl owes her": one the
      // sentence names by the description's own role is the one described, before anyone named ahead of them)
      const titledSame = next.spans.filter(person).find((s) => s !== first && !!label && sameTitle((s.data as EntityData).entity) && !died.has((s.data as EntityData).entity) && !facts.rolesOf((s.data as EntityData).entity).some((r) => roleInfo(r)?.legal));
      const chosen = titledSame && first && !sameTitle((first.data as EntityData).entity) ? titledSame : first;
      if (chosen) { who = (chosen.data as EntityData).entity; named = { sentence: next.sentence.index, start: chosen.start }; break; }
    }
    if (!who || !named) continue;
    const to = relativeEnd(ts, end);
    out[l.sentence.index]!.push({ type: "Person", start: open, end: to, data: { entity: who, description: true } satisfies EntityData });
    // and without its relative clause, as the subject of the clause's own verb: "A nurse who was charged with
    // manslaughter ... has been acquitted" was charged with manslaughter
    if (to > end && ts[end]?.lower === "who") out[l.sentence.index]!.push({ type: "Person", start: open, end, data: { entity: who, description: true } satisfies EntityData });
    // the pronouns between the description and the name, which had no one named before them to stand for
    for (let k = l.sentence.index; k <= named.sentence; k++) {
      const from = k === l.sentence.index ? to : 0, upTo = k === named.sentence ? named.start : layers[k]!.tokens.length;
      out[k]!.push(...pronounsFor(layers[k]!, from, upTo, who, gender.get(who) ?? genderOf(ts.slice(open, to))));
    }
    for (const r of role ? [role, ...(also ? [also] : [])] : []) facts.relate("HOLDS_ROLE", who, facts.role((r.data as RoleData).label, spanMention(l, r)), l.sentence.index, 0.55, "role.lede-description");
    const employer = role && employerOf(l, role);
    if (employer) facts.relate("WORKS_FOR", who, employer, l.sentence.index, 0.55, "work.lede-description");
  }
  return out;
}

/** The body a lede's description names the post in: "The former finance director of Kestrel Media", "A Kestrel Bank
 * cashier" (never a student's school or a customer's bank: roles of no employment). */
function employerOf(l: SentenceLayers, role: Span): Entity | undefined {
  const data = role.data as RoleData;
  if (NOT_EMPLOYMENT.has(data.label) || NOT_EMPLOYMENT.has(l.tokens[data.head]!.lemma)) return undefined;
  const ts = l.tokens;
  const k = /^(?:of|at|with)$/.test(ts[role.end]?.lower ?? "") ? (ts[role.end + 1]?.lower === "the" ? role.end + 2 : role.end + 1) : -1;
  const body = l.spans.find((s) => (s.type === "Organization" || s.type === "Studio") && (s.start === k || s.end === role.start));
  return (body?.data as EntityData | undefined)?.entity;
}

/** A second post joined to the first by "and": "The founder and former chief executive of ...". */
function coordinatedRole(l: SentenceLayers, role: Span): Span | undefined {
  if (l.tokens[role.end]?.lower !== "and") return undefined;
  let k = role.end + 1;
  while (k < l.tokens.length && LEAD_WORDS.test(l.tokens[k]!.lower)) k++;
  return l.spans.filter((s) => s.type === "Role" && s.start >= role.end + 1 && s.start <= k && !(s.data as RoleData).plural && !(s.data as RoleData).unnamed).sort((a, b) => b.end - a.end)[0];
}

/** A subject's or an object's pronoun, not a possessive ("his wife" may be anyone's). */
const PRONOUNS = new Map<string, Gender>([["he", "m"], ["him", "m"], ["she", "f"], ["her", "f"]]);

/**
 * "A former councillor was jailed after a jury found him guilty ... Graham Tolley, 58, had denied": a
 * pronoun no person named before it stands for, between `from` and `upTo`, is the one described, when
 * its gender fits theirs (a pronoun of the other gender is someone else: "A man was jailed for
 * attacking her").
 */
function pronounsFor(l: SentenceLayers, from: number, upTo: number, who: Entity, g: Gender | undefined): Span[] {
  const out: Span[] = [];
  for (let k = from; k < upTo; k++) {
    const p = PRONOUNS.get(l.tokens[k]!.lower);
    if (!p || (g && p !== g) || l.tokens[k - 1]?.text === "'") continue;
    // ("her lawyer": a possessive; "found her guilty" is the object)
    if (p === "f" && l.tokens[k + 1] && /^(?:NOUN|PROPN)$/.test(l.tokens[k + 1]!.pos)) continue;
    if (l.spans.some((s) => s.type === "Person" && s.start <= k && s.end > k)) continue;
    out.push({ type: "Person", start: k, end: k + 1, data: { entity: who, pronoun: true } satisfies EntityData });
  }
  return out;
}

/** The gender a description's own words give: "A Cork woman", "a father of three". */
function genderOf(ts: readonly Token[]): Gender | undefined {
  for (const t of ts) if (t.pos === "NOUN" && GENDER_WORDS.get(t.lower)) return GENDER_WORDS.get(t.lower);
  return undefined;
}

/** Where a round-up's item opens with its description: the sentence's start, or after "In a separate case,"; else -1. */
function itemStart(ts: readonly Token[]): number {
  const at = newCaseOpener(ts);
  return /^(?:a|an)$/.test(ts[at]?.lower ?? "") ? at : -1;
}

/**
 * "convicted the former director of a flood-relief charity of wire fraud", "convicted a former town mayor in Tarlac
 * province of graft": the role's own complement ("of a flood-relief charity", "in Tarlac province"), up to the "of",
 * "for" or "to" that opens the charge or the penalty, is part of the
 * description the court's verb takes. No comma, verb or name inside; else the description ends with its role.
 */
function complementEnd(l: SentenceLayers, end: number): number {
  const ts = l.tokens;
  if (!/^(?:of|at|from|in)$/.test(ts[end]?.lower ?? "")) return end;
  for (let k = end + 2; k < ts.length && k <= end + 8; k++) {
    const t = ts[k]!;
    if (t.text === "," || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return end;
    if (/^(?:of|for|to|on)$/.test(t.lower) && l.spans.some((s) => (s.type === "Charge" || s.type === "Penalty") && s.start === k + 1)) return k;
  }
  // ("acquitted a former vice-president of a private bank in a money laundering case": what follows "of" names no
  // offence, so it is the role's complement, to the end of its noun phrase)
  if (ts[end]!.lower === "of" && !l.spans.some((s) => s.type === "Charge" && s.start > end && s.start <= end + 2)) {
    let k = end + 1;
    while (k < ts.length && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(ts[k]!.pos) && k <= end + 6) k++;
    if (k > end + 1 && ts[k - 1]!.pos !== "DET") return k;
  }
  return end;
}

/** "The owner of a Queensland trucking firm has been ...": the subject's complement, up to its auxiliary; no comma, verb or name inside. */
function subjectEnd(ts: readonly Token[], end: number): number {
  // ("A producer whose credits include the drama X and the hit Y has been charged with ...": a relative clause up to the court's verb)
  if (ts[end]?.lower === "whose") {
    for (let k = end + 2; k < ts.length && k <= end + 20 && ts[k]!.text !== "."; k++) if (courtVerbAfter(ts, k)) return k;
    return end;
  }
  // ("An actor best known for the crime drama X has been charged": what the description is known for)
  let from = end;
  while (from < end + 2 && /^(?:best|well|widely|perhaps|most)$/.test(ts[from]?.lower ?? "")) from++;
  if (ts[from]?.lower === "known" && /^(?:for|as)$/.test(ts[from + 1]?.lower ?? "")) from++;
  else from = end;
  if (!/^(?:of|at|from|for|as)$/.test(ts[from]?.lower ?? "") || from === end && !/^(?:of|at|from)$/.test(ts[end]?.lower ?? "")) return end;
  for (let k = from + 2; k < ts.length && k <= from + 8; k++) {
    const t = ts[k]!;
    if (t.pos === "AUX") return k;
    // ("A former manager at a private bank who cheated three clients of $1.2 million was jailed": its relative clause too)
    if (t.lower === "who") { const to = relativeEnd(ts, k); return to > k ? to : end; }
    // ("A former nurse at a Spokane hospital pleaded guilty": up to the accused's own plea)
    if (pleaVerbAfter(ts, k)) return k;
    if (t.text === "," || t.pos === "VERB" || t.pos === "PRON") return end;
  }
  return end;
}

/** "died", "has died", "was killed", "was found dead": the description's own verb tells a death. */
function diedAfter(ts: readonly Token[], end: number): boolean {
  let k = end;
  while (ts[k] && (ts[k]!.pos === "AUX" || ts[k]!.pos === "ADV")) k++;
  const verb = ts[k]?.lower ?? "";
  return DEATH_VERBS.has(verb) || (/^(?:shot|found|stabbed|beaten|crushed)$/.test(verb) && ts[k + 1]?.lower === "dead");
}
const DEATH_VERBS = new Set(["died", "dies", "drowned", "killed", "perished"]);

/** "has been cleared", "was jailed": the description's own verb is a court's, in the passive. */
function courtVerbAfter(ts: readonly Token[], end: number): boolean {
  let k = end;
  if (ts[k]?.lower === "who") return false;
  if (!/^(?:has|have|had|was|were|is)$/.test(ts[k]?.lower ?? "")) return false;
  // ("A police corporal was yesterday freed": the day, however tagged, between the auxiliary and the verb)
  while (ts[k] && (ts[k]!.pos === "AUX" || ts[k]!.pos === "ADV" || DAYS_BEFORE_VERB.has(ts[k]!.lower))) k++;
  return COURT_VERBS.has(ts[k]?.lower ?? "");
}

const DAYS_BEFORE_VERB = new Set(["yesterday", "today", "tonight"]);

/** The passive verbs that tell their subject is the accused ("was found" may tell of a body: only "found guilty"). */
const ACCUSED_VERBS = new Set(["convicted", "acquitted", "cleared", "jailed", "sentenced", "fined", "charged", "arrested", "remanded", "indicted"]);

/** "X, 29, was charged", "X (41) has been jailed": the one named just before `end` is the accused. */
function accusedAt(ts: readonly Token[], end: number): boolean {
  let k = end;
  if (ts[k]?.lower === "," || ts[k]?.lower === "(") {
    const close = ts[k]!.lower === "," ? "," : ")";
    k++;
    while (k < end + 8 && ts[k] && ts[k]!.lower !== close && ts[k]!.pos !== "VERB" && ts[k]!.pos !== "AUX") k++;
    if (ts[k]?.lower !== close) return false;
    k++;
  }
  if (!/^(?:has|have|had|was|were|is)$/.test(ts[k]?.lower ?? "")) return false;
  while (ts[k] && (ts[k]!.pos === "AUX" || ts[k]!.pos === "ADV")) k++;
  return ACCUSED_VERBS.has(ts[k]?.lower ?? "") || ts[k]?.lower === "found" && /^(?:guilty|not)$/.test(ts[k + 1]?.lower ?? "");
}

/** The words that bring on a witness: "The jury heard from X", "evidence from X", "testimony of X". */
const WITNESS_FROM = /^(?:heard|evidence|testimony)$/;

/**
 * Whether the name at `start` is brought on as a witness ("The jury heard from X, who had been charged ..., and from
 * the victim's sister, Y"): a witness the lede's next sentences name is not the one its description tells the court
 * convicted. The "from" (or "of" after "testimony") stands up to six words before the name, no verb between, and the
 * sentence has heard from someone by then.
 */
function witnessAt(ts: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    if (ts[k]!.pos === "VERB" || ts[k]!.pos === "AUX") return false;
    if (ts[k]!.lower !== "from" && !(ts[k]!.lower === "of" && ts[k - 1]?.lower === "testimony")) continue;
    return ts.slice(0, k + 1).some((t, j) => WITNESS_FROM.test(t.lower) && /^(?:from|of)$/.test(ts[j + 1]?.lower ?? ""));
  }
  return false;
}

/** Words a relative clause of the description's own deed never holds: another's speech or knowledge, a second clause. */
const NOT_OWN_DEED = new Set([",", ";", ":", "\"", "“", "”", "said", "says", "told", "tells", "claimed", "claims", "alleged", "alleges", "believed", "believes", "thought", "knew", "heard", "that", "and", "but", "or", "who", "whom", "whose", "which"]);

/** The auxiliaries that open the sentence's own verb after a relative clause: "A man who stabbed his neighbour has been jailed". */
const MAIN_AUX = new Set(["has", "have", "had", "was", "were", "is", "are", "will"]);

/**
 * Where a lede's description ends when a restrictive relative clause tells what the described one
 * did ("A man who stabbed his neighbour to death has been jailed"): at the auxiliary of the
 * sentence's own verb. Any doubt (a comma, another's speech, a second clause, no auxiliary within
 * reach) leaves the description as it was.
 */
function relativeEnd(ts: readonly Token[], end: number): number {
  if (ts[end]?.lower !== "who") return end;
  let j = end + 1;
  while (j < ts.length && (ts[j]!.pos === "AUX" || ts[j]!.pos === "ADV")) j++;
  if (ts[j]?.pos !== "VERB" || NOT_OWN_DEED.has(ts[j]!.lower)) return end;
  for (let k = j + 1; k < ts.length && k <= j + 20; k++) {
    if (NOT_OWN_DEED.has(ts[k]!.lower)) return end;
    if (MAIN_AUX.has(ts[k]!.lower)) return k;
  }
  return end;
}


/** A tabloid's capitals: "A SCAFFOLDER accused of ...", a role the tagger cannot read as one. */
function shouted(ts: readonly Token[], k: number): Span | undefined {
  const t = ts[k];
  if (!t || t.text.length < 4 || t.text !== t.text.toUpperCase() || !CAPITALS.test(t.text)) return undefined;
  // (a shouted word before a person's noun is where they are from, not what they do: "A DUNDEE man has been jailed")
  if (PERSON_NOUNS.has(ts[k + 1]?.lower ?? "") || ANYONE.has(ts[k + 1]?.lower ?? "")) return undefined;
  const listed = ROLE_FORMS.get(t.lower);
  if (!listed && !PERSON_NOUNS.has(t.lower) && !(t.lower.length >= 6 && AGENTIVE_SUFFIXES.some((x) => t.lower.endsWith(x)))) return undefined;
  return { type: "Role", start: k, end: k + 1, data: { ...(listed ?? { label: t.lower }), known: !!listed, head: k } satisfies RoleData };
}
