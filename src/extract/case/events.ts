// The events stage's frames read as events of a case: each slot's mentions resolved to
// entities, charge phrases kept with what the phrase says, and the defendant an event leaves
// unsaid ("The jury deadlocked on two counts") taken from the events told just before.
import type { Entity, Mention } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import type { ChargeData } from "../spans/charges.ts";
import { spanMention } from "../relate.ts";
import { OFFENCE_FORMS, OFFENCE_VERBS, roleInfo } from "../../lexicon/index.ts";
import { yearOf } from "./years.ts";
import { CASE_NOUNS, clearedOutOfCourt, describedFrom, earlierCharges, nearbyCharge, objectOfDeed, objectPronounSubject, offenceAgainst, relativeClause, victimOvertaken, whoseOwner } from "./event-clauses.ts";
import { describedPlea } from "./described-pleas.ts";
import { accusedOutsideCharge } from "./accusations.ts";
import { freshSubject } from "./fresh-subjects.ts";
import { alongsideOf } from "./alongside.ts";
import { CIVIL } from "./event-passes.ts";
import { anotherCase, separateCase } from "./other-cases.ts";
import { suitTrial, toldInSuit } from "./civil-words.ts";
import { titledHolder } from "./titled-bodies.ts";
import { verblessVerdictStands } from "./verbless-verdicts.ts";

/** A verdict of guilt told in a suit is its finding of liability. */
const GUILT_TO_LIABILITY: Record<string, string> = { guilty: "liable", not_guilty: "not_liable" };
/** Words that put a verdict in a trial of its own: "was also convicted in a separate trial". */
const REMAINING = /^(?:remaining|other|rest)$/;
const ACCUSED_NOUNS = /^(?:accused|defendants|co-accused|co-defendants|suspects|men|women|persons|people)$/;
/** Whether a span read as charges names the other accused: "the remaining six (accused)", "the other accused". */
function namesOthers(l: SentenceLayers, c: Span): boolean {
  const ts = l.tokens;
  const a = ts[c.start]?.lower === "the" ? c.start + 1 : c.start;
  if (!REMAINING.test(ts[a]?.lower ?? "")) return false;
  const last = ts[c.end - 1]!;
  return ACCUSED_NOUNS.test(ts[c.end]?.lower ?? "") || ACCUSED_NOUNS.test(last.lower) || (c.end - a === 2 && last.pos === "NUM" && !/^(?:NOUN|PROPN|ADJ)$/.test(ts[c.end]?.pos ?? "") && !CASE_NOUNS.test(ts[c.end]?.lower ?? ""));
}

export interface ChargeRef {
  data: ChargeData;
  mention: Mention;
  /** For "that charge": the offence named just before, if the defendant's own charges say nothing. */
  fallback?: ChargeData;
  /** "stealing billions from customers": a gerund told with its object, what was done rather than an offence's name. */
  withObject?: boolean;
}

export interface CaseEvent {
  kind: string;
  rule: string;
  sentence: number;
  confidence: number;
  set: Record<string, string>;
  defendants: Entity[];
  /** Whether the defendants were said, or taken from the events before. */
  inferred: boolean;
  charges: ChargeRef[];
  victims: Entity[];
  plaintiffs: Entity[];
  court?: Entity;
  judge?: Entity;
  people: Entity[];
  penalty?: string;
  damages?: string;
  /** Where the event is told, when no frame tells it (the outcome heading of a fact box). */
  anchor?: Mention;
  /** "A and B were charged with X and Y respectively": each accused has the charge of their place in the list. */
  respectively?: boolean;
  /** A plea "to the lesser charge": on a count other than the ones named before it. */
  lesser?: boolean;
  /** The sentence speaks of another conviction or case ("appealing a 2022 conviction in California, for which he was sentenced"). */
  otherCase?: boolean;
  /** The token the frame's rule anchored on, to order the events of one sentence. */
  at?: number;
  /** A fact box's first and last sentences (its heading included), for the events of its lines. */
  box?: [number, number];
  /** Told of an unnamed newcomer ("a Dublin woman was acquitted"): no defendant told before is theirs. */
  fresh?: boolean;
  /** A verdict of a named defendant told as another trial's: "X was convicted at a separate trial" (never joined). */
  separate?: boolean;
  /** A verdict told in a relative clause on its defendant, "X, who was convicted in 2022,": told of, not ruled here. */
  relative?: boolean;
  /** A sentence passed by a court of first instance the article does not name ("A sessions court here sentenced X"). */
  bench?: boolean;
}

/** The people, companies and courts a slot's spans stand for. */
function entitiesOf(spans: readonly Span[] | undefined, l: SentenceLayers, facts: Facts): Entity[] {
  const out: Entity[] = [];
  for (const s of spans ?? []) {
    const data = s.data as EntityData | undefined;
    if (!data?.entity) continue;
    if (data.group) { for (const e of data.group) if (!out.includes(e)) out.push(e); continue; }
    if ((data.pronoun || data.description) && !data.elided) facts.mention(data.entity, spanMention(l, s));
    if (!out.includes(data.entity)) out.push(data.entity);
  }
  return out;
}

const isJudge = (e: Entity | undefined, facts: Facts) => !!e && facts.rolesOf(e).some((r) => roleInfo(r)?.legal === "judge");

/** "She pleaded not guilty" where "she" was read as a lawyer, a prosecutor or a judge of the article: misread, so no one. */
/** (never an emphatic reflexive, which stands for the one its clause is told of: "X's lawyer, Y, who was herself charged with contempt") */
function pronounForCounsel(s: Span, facts: Facts, l: SentenceLayers): boolean {
  const data = s.data as EntityData | undefined;
  return !!data?.pronoun && !!data.entity && !/^(?:himself|herself)$/.test(l.tokens[s.start]?.lower ?? "") && facts.rolesOf(data.entity).some((r) => !!roleInfo(r)?.legal);
}

/**
 * "Judge X jailed Y for six years after he pleaded guilty to robbery": the one a sentence's own sentencing or verdict
 * names as the judge neither pleads nor is charged in it (a rule reading the sentence's subject across the clause
 * would make the judge the one who pleaded).
 */
function sentencerAccused(frames: readonly Frame[], f: Frame): boolean {
  if (f.frame !== "plea" && f.frame !== "charge") return false;
  const accused = f.slots.get("defendant") ?? [];
  return frames.some((x) => x.sentence === f.sentence && (x.frame === "sentence" || x.frame === "verdict") && (x.slots.get("defendant")?.length ?? 0) > 0
    && (x.slots.get("judge") ?? []).some((j) => accused.some((d) => d.start === j.start && d.end === j.end)));
}

/**
 * "A former accountant at Norland Mills, who left the firm in 2019, has been cleared of fraud": a company named after a
 * person's role and "at", "of", "for" or "with" is where the accused worked, never the accused (the one the role
 * describes is, named or not).
 */
function employerOfAccused(l: SentenceLayers, f: Frame): boolean {
  if (!/^(?:verdict|charge|plea|sentence)$/.test(f.frame)) return false;
  const accused = f.slots.get("defendant") ?? [];
  return accused.length > 0 && accused.every((d) => {
    const type = (d.data as EntityData | undefined)?.entity?.type;
    // (a role told by an article, the company then set off by a comma: "A former accountant at X, who ...,")
    const role = l.spans.find((r) => r.type === "Role" && r.end === d.start - 1);
    return (type === "Organization" || type === "Studio") && /^(?:at|of|for|with)$/.test(l.tokens[d.start - 1]?.lower ?? "")
      && !!role && /^(?:a|an|the)$/.test(l.tokens[role.start - 1]?.lower ?? "") && l.tokens[d.end]?.lower === ",";
  });
}

/** Verdicts read without their verb ("X guilty of Y"). */
const VERBLESS_VERDICTS = new Set(["verdict.headline-guilty", "acquittal.headline-not-guilty"]);
const LESSER = /^to (?:the|a|an) (?:lesser|reduced|alternative|alternate|lower|amended) (?:charge|count|offence|offense)/;
/** The subject of a sentence that is an unnamed court holding trials: "A sessions court here on Tuesday", "a district court". */
const TRIAL_BENCH = /^(?:a|an|the) (?:[a-z-]+ ){0,2}(?:sessions|district|trial|special|fast-track|crown|county|circuit|local|criminal|accountability|anti-terrorism|magistrate's|magistrates'|magistrates) court\b/;
/** Acts an accused may admit that name no offence ("admitted killing her", "admitted the killing"). */
const ADMITTED_ACTS = /^(?:killing|killings)$/;


export function readEvents(given: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts, now?: number): CaseEvent[] {
  const frames = given.map((f) => (/^[A-Z]/.test(f.frame) ? f : titledHolder(layers[f.sentence]!, f)));
  const out: CaseEvent[] = [];
  // the people some frame names as accused, not after "against"
  const accusedElsewhere = new Set<Entity>();
  for (const f of frames) if (!/^[A-Z]/.test(f.frame)) for (const d of f.slots.get("defendant") ?? []) {
    const e = (d.data as EntityData | undefined)?.entity;
    const l = layers[f.sentence]!;
    if (e && !/^(?:against|on|upon)$/.test(l.tokens[describedFrom(l, d.start) - 1]?.lower ?? "")) accusedElsewhere.add(e);
  }
  for (const f of frames) {
    if (/^[A-Z]/.test(f.frame)) continue; // relation frames are read by relate.ts
    const l = layers[f.sentence]!;
    if (victimOvertaken(l, f)) continue;
    if (accusedOutsideCharge(l, f)) continue;
    if (sentencerAccused(frames, f)) continue;
    if (employerOfAccused(l, f)) continue;
    // ("X guilty of fraud" read without its verb: a headline's, or a past 'found' the tagger took for a noun;
    // never another verb's object: "will need weeks to find X guilty of fraud"; "was convicted of A but cleared of B" is
    // a joined verb phrase's, its subject the one the sentence told)
    const joined = (f.slots.get("defendant") ?? []).some((s) => s.implied);
    if (VERBLESS_VERDICTS.has(f.rule) && !joined && !verblessVerdictStands(l, f)) continue;
    // ("his appeal against his conviction for murder was dismissed": the appeal was, not the murder charge)
    if (f.frame === "verdict" && f.set.outcome === "dismissed" && frames.some((x) => x.frame === "appeal" && x.sentence === f.sentence && x.anchor === f.anchor)) continue;
    // ("X was cleared by an internal council inquiry in 2021", "found guilty of gross misconduct by a disciplinary panel": an
    // inquiry, a regulator or an employer convicts or clears no one of a charge)
    if (f.frame === "verdict" && (f.set.outcome === "not_guilty" || f.set.outcome === "guilty") && clearedOutOfCourt(l, f.anchor)) continue;
    // ("Grimshaw, who did not give evidence at the trial, told the court in a written statement": one the sentence says gave none testified not)
    if (f.frame === "testify" && /\b(?:not|never|n't) (?:give|gave|given|giving) evidence\b|\b(?:not|never|n't) (?:testify|testified)\b/i.test(l.sentence.text)) continue;
    // ("The High Court upheld the acquittal of the remaining six accused": unnamed others, never the defendants told before)
    if ((f.frame === "verdict" || f.frame === "appeal") && !f.slots.get("defendant")?.length && (f.slots.get("charges") ?? []).some((c) => namesOthers(l, c))) continue;
    const text = (s: Span) => l.sentence.text.slice(l.tokens[s.start]!.start - l.sentence.start, l.tokens[s.end - 1]!.end - l.sentence.start);
    const one = (slot: string) => entitiesOf(f.slots.get(slot), l, facts)[0];
    // ("Fahy had admitted killing Mr Tuohy but claimed he acted in self-defence": an admitted act that names no offence is
    // no plea, least of all to the murder the jury then convicted him of)
    if (f.rule === "plea.admitted" && (f.slots.get("charges") ?? []).every((c) => ADMITTED_ACTS.test(l.tokens[c.start]?.lower === "the" ? l.tokens[c.start + 1]?.lower ?? "" : l.tokens[c.start]?.lower ?? ""))) continue;
    // ("Ratsey convicted Lute": a bench named bare is a bench only when the article calls that person a judge)
    if (f.set.bench === "named" && !isJudge(one("judge"), facts)) continue;
    const charges = (f.slots.get("charges") ?? []).filter((s) => s.data).flatMap((s) => {
      const data = s.data as ChargeData;
      // "he declared a mistrial on those counts": the counts named before it in the sentence
      // (none there, "Pleaded guilty to both counts" after the counts told one a line: the charges stage finds them among those told before)
      if (data.anaphor === "plural") {
        const here = earlierCharges(l, s.start);
        return here.length ? here.map((c) => ({ data: c.data as ChargeData, mention: spanMention(l, c) })) : [{ data, mention: spanMention(l, s) }];
      }
      // "the same two charges": the charges the last case event named, in this sentence or the two before
      if (data.anaphor === "same") {
        const last = [...out].reverse().find((x) => x.charges.length && x.sentence >= f.sentence - 2);
        // further back, the charges stage finds them among the charges told so far
        return last ? last.charges.map((c) => ({ data: c.data, mention: spanMention(l, s) })) : [{ data, mention: spanMention(l, s) }];
      }
      // "jurors could not agree on six others": more counts of the offence named last in the sentence
      if (data.anaphor === "other") {
        const last = earlierCharges(l, s.start).pop();
        if (last) return [{ data: { ...(last.data as ChargeData), label: (last.data as ChargeData).label, count: data.count, further: true }, mention: spanMention(l, s) }];
        return [{ data: { ...data, anaphor: true }, mention: spanMention(l, s) }];
      }
      // "convicted her of that charge": with no charge of hers told before, the offence named just before
      if (data.anaphor === true) {
        const near = nearbyCharge(layers, f.sentence, s.start);
        return [{ data, mention: spanMention(l, s), ...(near && { fallback: near.data as ChargeData }) }];
      }
      // ("sentenced for stealing billions from customers": a gerund cut from its object tells a deed)
      const next = l.tokens[s.end];
      const withObject = /^\p{L}+ing$/u.test(data.label) && !!next && /^(?:NOUN|NUM|SYM|DET)$/.test(next.pos) && !CASE_NOUNS.test(next.lower);
      return [{ data, mention: spanMention(l, s), ...(withObject && { withObject }) }];
    });
    // "who kidnapped, raped and murdered X": each verb's offence, to find the defendant's charges of it
    for (const d of f.slots.get("deeds") ?? []) charges.push(...deedsIn(l, d));
    const penalty = f.slots.get("penalty")?.[0];
    const damages = f.slots.get("damages")?.[0];
    // a verdict of two years or more before the article's own events is an earlier trial's
    const year = f.frame === "verdict" ? yearOf(l, f) : undefined;
    const { bench: _bench, ...told } = f.set;
    // ("was cleared in a civil case brought by X": a suit's finding, not a verdict of guilt)
    const inSuit = toldInSuit(l, f);
    const own = inSuit && f.frame === "verdict" && GUILT_TO_LIABILITY[told.outcome ?? ""] ? { ...told, outcome: GUILT_TO_LIABILITY[told.outcome!]! } : told;
    // (only for one told by a pronoun, the article's own defendant: another named "in a separate case" has a trial of
    // their own already, and it is no earlier one)
    const byPronoun = (f.slots.get("defendant") ?? []).every((s) => (s.data as EntityData | undefined)?.pronoun);
    const apart = f.frame === "verdict" && (own.outcome === "guilty" || own.outcome === "not_guilty") && byPronoun && separateCase(l, f.anchor >= 0 ? f.anchor : f.start);
    const dated = (year && now && year < now - 1) || (CIVIL.has(own.outcome ?? "") && anotherCase(l)) || apart ? (own.trial ? own : { ...own, trial: "earlier" }) : own;
    // ("who stood trial alongside him", "A fourth accused, X, was acquitted", "The jury acquitted his brother")
    const alongside = alongsideOf(l, f);
    // ("The Court of Appeal in Nairobi has acquitted a man who was sentenced to death": an appeal court's acquittal overturns)
    const onAppeal = f.frame === "verdict" && dated.outcome === "not_guilty" && APPEAL_BENCH.test(one("court")?.label ?? "");
    const set = onAppeal ? { ...dated, outcome: "overturned" } : alongside ? { ...dated, alongside } : dated;
    const [accused, against, unmade] = offenceAgainst(l, f, accusedElsewhere);
    if (unmade && !accused.length) continue;
    // (a frame whose only subject is an object pronoun was misread, and is no one else's either)
    if (accused.length && accused.every((s) => objectPronounSubject(l, f, s))) continue;
    const victims = entitiesOf([...(f.slots.get("victim") ?? []), ...against], l, facts);
    // "Vale, she said, was found guilty of the rape of Mia Vale": one named as the offence's complainant is
    // never its accused (a shared surname read the wrong way); the accused is then the one told before
    const wronged = new Set([...victims, ...charges.flatMap((c) => [c.data.victim as Entity | undefined, ...((c.data.others ?? []) as Entity[])])]);
    out.push({
      kind: suitTrial(l, f) || (inSuit && f.frame === "trial") ? "suit" : onAppeal ? "appeal" : f.frame,
      rule: f.rule,
      sentence: f.sentence,
      confidence: f.confidence,
      at: f.anchor,
      set,
      defendants: entitiesOf([...accused, ...(f.slots.get("against") ?? [])].filter((s) => !pronounForCounsel(s, facts, l) && !objectOfDeed(l, f, s)), l, facts).filter((d) => !wronged.has(d)),
      ...(!accused.length && !f.slots.get("against")?.length && whoseOwner(l, f) && { defendants: entitiesOf([whoseOwner(l, f)!], l, facts) }),
      inferred: false,
      charges,
      victims,
      plaintiffs: entitiesOf(f.slots.get("plaintiff"), l, facts),
      court: one("court") ?? (f.frame === "verdict" || f.frame === "plea" || f.frame === "sentence" ? trialCourt(l, facts) : undefined),
      judge: one("judge"),
      // (a pronoun that only "said her client ..." may stand for the wrong woman: a lawyer told so is one named)
      people: entitiesOf([...(f.slots.get("witness") ?? []), ...(f.slots.get("prosecutor") ?? []), ...(f.slots.get("lawyer") ?? []).filter((s) => f.set.clients !== "unnamed" || !(s.data as EntityData | undefined)?.pronoun), ...(f.slots.get("member") ?? [])], l, facts),
      ...(penalty && { penalty: text(penalty) }),
      ...(f.frame === "sentence" && l.tokens.some((t, i) => /^(?:conviction|convictions|case|cases)$/.test(t.lower) && (i < f.start || i >= f.end)) && { otherCase: true }),
      // ("He is also charged with assault in a separate case": a charge of another case than the one told)
      // ("He faces separate charges in Toowoomba of two counts of rape": charges told apart as a group are another case's)
      ...(f.frame === "charge" && (separateCase(l, f.anchor >= 0 ? f.anchor : f.start) || l.tokens.some((t, i) => i >= f.start && i < f.end && /^(?:separate|unrelated)$/.test(t.lower) && /^(?:charges|counts)$/.test(l.tokens[i + 1]?.lower ?? ""))) && { otherCase: true }),
      // ("pleaded guilty to the lesser charge": a count other than those named before, which the plea is then not on)
      ...(f.frame === "plea" && LESSER.test(l.tokens.slice(f.end, f.end + 4).map((t) => t.lower).join(" ")) && { lesser: true }),
      ...(damages && { damages: text(damages) }),
      // ("A and B were charged with murder and manslaughter respectively": the n-th accused has the n-th charge only)
      ...(/^(?:respectively|,)$/.test(l.tokens[f.end]?.lower ?? "") && [l.tokens[f.end], l.tokens[f.end + 1]].some((t) => t?.lower === "respectively") && { respectively: true }),
      ...(freshSubject(l, f) && { fresh: true }),
      ...(f.frame === "verdict" && !byPronoun && separateCase(l, f.anchor >= 0 ? f.anchor : f.start) && { separate: true }),
      ...(f.frame === "verdict" && relativeClause(l, f.anchor >= 0 ? f.anchor : f.start) && { relative: true }),
      ...(f.frame === "sentence" && !one("court") && f.anchor > f.start && TRIAL_BENCH.test(l.tokens.slice(f.start, f.anchor).map((t) => t.lower).join(" ")) && { bench: true }),
    });
    const plea = describedPlea(f, l, out[out.length - 1]!);
    if (plea) out.push(plea);
  }
  return out;
}

/**
 * "was found guilty after a four-day trial at Teesside Crown Court": a verdict's court told by the trial the
 * sentence names it with, when the sentence names one court only; so is one set before it all ("At Ingleby Crown
 * Court on Friday, a jury found him guilty", "In the High Court, Justice X jailed him").
 */
function trialCourt(l: SentenceLayers, facts: Facts): Entity | undefined {
  const courts = l.spans.filter((s) => s.type === "Court");
  if (courts.length !== 1) return undefined;
  const c = courts[0]!;
  let k = c.start - 1;
  if (l.tokens[k]?.lower === "the") k--;
  if (!/^(?:at|in|before)$/.test(l.tokens[k]?.lower ?? "") || (k !== 0 && !/^(?:trial|retrial|hearing)$/.test(l.tokens[k - 1]?.lower ?? ""))) return undefined;
  return entitiesOf([c], l, facts)[0];
}

/** The offences the verbs of a deed list name ("kidnapped, raped and murdered"), as charges that make none. */
function deedsIn(l: SentenceLayers, d: Span): ChargeRef[] {
  const out: ChargeRef[] = [];
  for (let i = d.start; i < d.end; i++) {
    const hit = OFFENCE_VERBS.longest(l.tokens, i);
    if (!hit || hit.end > d.end) continue;
    const broad = OFFENCE_FORMS.get(hit.value)?.family ?? hit.value;
    out.push({ data: { label: hit.value, family: hit.value, broad, offence: true, deed: true }, mention: spanMention(l, { type: "Charge", start: i, end: hit.end }) });
    i = hit.end - 1;
  }
  return out;
}

/** Words of a court before such a body's noun: "an appeals panel", "the war crimes tribunal" are courts. */
const APPEAL_BENCH = /\b(?:appeal|appeals|appellate|cassation)\b/i;
