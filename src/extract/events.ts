// Events of a case inside one article: who is tried, on which charges and complaints, by whom,
// where, and with what outcome on each charge; appeals that overturn or uphold a conviction.
import type { ArticleContext } from "./context.ts";
import type { Entity } from "./types.ts";
import type { Sentence } from "../segment/index.ts";
import type { Outcome } from "../schema.ts";
import people from "./lexicon/people.json" with { type: "json" };
import offences from "./lexicon/offences.json" with { type: "json" };
import {
  APPEAL_PATTERNS, LEGAL_CONTEXT, OFFENCE_FORMS, OFFENCE_MODIFIERS, OUTCOME_PATTERNS, PLANNED_PATTERNS, ROLE_FORMS, ROLE_MODIFIERS,
  TRIAL_WORDS, offenceByForm, roleByForm, roleOf, withoutUnheldTrials,
} from "./lexicon.ts";

const PRONOUN = String.raw`\b(?:he|she|him|her)\b`;
const MARK = String.raw`\u0001(\d+)\u0001`;
const compileRoles = (list: string[]) => list.map((p) => new RegExp(p.replaceAll("{P}", `(?:${MARK}|(${PRONOUN}))`), "giu"));
const DEFENDANT = compileRoles(people.defendant);
/** Every defendant pattern holds {P}, a marked name or a pronoun: a sentence with neither puts no one in the dock. */
const PRONOUN_ANYWHERE = new RegExp(PRONOUN, "iu");
const WITNESS = compileRoles(people.witness);
const PLURAL_WITNESS = new RegExp(people.plural_witness, "i");
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|\d+ other)`;
const CHARGE = new RegExp(
  String.raw`(?:(?<count>${NUMBER})\s+(?:(?<further>further|other|additional|separate|remaining)\s+)?counts?\s+of\s+|(?:a|one|the)\s+(?:(?<sep>separate|further|second|other)\s+)?(?:count|charge)\s+of\s+)?(?<offence>(?:(?:${OFFENCE_MODIFIERS})\s+)*(?:${OFFENCE_FORMS}))\b`,
  "giu",
);
const VERB_FORMS = Object.entries(offences.verb_forms).filter(([k]) => k !== "comment") as [string, string][];
const VERB_CHARGE = new RegExp(String.raw`\b(?<verb>${VERB_FORMS.map(([k]) => k).sort((a, b) => b.length - a.length).join("|")})\s+`, "giu");
const ANAPHORIC_CHARGE = /\b(?:the same (?:charges?|counts?|offences?|offenses?)|that (?:charge|count)|(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten) others|the (?:third|second|first|last|remaining) (?:count|charge))\b/giu;
/** The last word of every role form: a sentence without one names no role. */
const ROLE_HEADS = new Set([...roleByForm.keys()].map((f) => f.split(/\s+/).pop()!));
const OFFENCE_BETWEEN = new RegExp(`(?<!alleged\\s|for\\s|and\\s)\\b(?:${OFFENCE_FORMS})\\b`, "i");
/** Words that end an offence's name: a sentence without one names no offence. */
const OFFENCE_HEADS = new Set([...offenceByForm.keys()].map((f) => f.split(/[\s-]+/).pop()!));
const PENALTY_TERM = String.raw`(?:life\b(?:\s+with(?:out)?\s+(?:a minimum (?:term )?of \d+ years|(?:the possibility of )?parole))?|(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b[^,.;]{0,40}?\b(?:years?|months?|days?|weeks?|life)\b)`;
/** "sentenced X to 12 years in prison", "jailed for life with a minimum term of 25 years": the penalty of a conviction. */
const PENALTY = new RegExp(String.raw`\b(?:sentenced\b[^.;]{0,80}?\bto|(?:jailed|imprisoned)\b[^.;]{0,40}?\bfor)\s+(${PENALTY_TERM}(?:\s+(?:to life|in (?:state |federal )?(?:prison|jail)|of (?:probation|community service)|behind bars))?)`, "i");
/** The text just before `end`: the rules that look back never need more, and long sentences stay linear. */
const upTo = (text: string, end: number, width = 160) => text.slice(Math.max(0, end - width), end);
/**
 * The matches text.matchAll would give for `re`, which must be sticky here, trying it only where `starts`
 * (global) matches. The same matches when every match of `re` begins where `starts` matches: matchAll takes
 * the first position from which `re` matches, then goes on after the match, and so does this. Worth it for
 * a pattern as large as the lexicon's alternations, which V8 tries slowly at every position of the text.
 */
function* matchesFrom(text: string, starts: RegExp, re: RegExp): Generator<RegExpExecArray> {
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s; s = starts.exec(text)) {
    re.lastIndex = s.index;
    const m = re.exec(text);
    // after a match, the next can begin where it ends; else at the next position that could start one
    starts.lastIndex = m ? Math.max(m.index + m[0].length, s.index + 1) : s.index + 1;
    if (m) yield m;
  }
}
const KILLINGS = new Set(["murder", "manslaughter", "attempted murder", "vehicular homicide"]);
const INTRODUCTION = new RegExp(String.raw`^(?:[^—–\n]{0,48}?\s[—–-]\s)?(?<np>(?:A|An|The)\s+(?:(?<age>\d{1,3})-year-old\s+)?(?:(?:${ROLE_MODIFIERS}|\p{Lu}[\p{L}'’\-]*|[\p{Ll}]+-[\p{L}\-]+|\p{Ll}{3,})\s+){0,3}?(?:(?<role>${ROLE_FORMS})|man|woman|teenager|mother|father))\b`, "u");
/** "dropped charges against the owner of ...", "convicted his former accountant of forgery": a person in the dock described before named. */
const CASE_VERB = String.raw`\b(?:convictions? of|acquittal of|convicted|acquitted|sentenced|charged|indicted|cleared|charges? against|counts? against|case against|trial of|prosecution of)`;
/** Where a CASE_OBJECT can begin: every match of it opens with CASE_VERB. */
const CASE_OBJECT_START = new RegExp(CASE_VERB, "gu");
const CASE_OBJECT = new RegExp(String.raw`${CASE_VERB}\s+(?<np>(?:a|an|the|his|her|their|the\s+\p{Ll}+['’]s)\s+(?:(?<age>\d{1,3})-year-old\s+)?(?:(?:${ROLE_MODIFIERS}|\p{Lu}[\p{L}'’\-]*|\p{Ll}[\p{Ll}\-]*)\s+){0,3}?(?:(?<role>${ROLE_FORMS})|man|woman|teenager))\b`, "yu");
/** The words between a description and the name it is given in court: ", who testified under the pseudonym ", ", identified in court as ". */
const PSEUDONYM = /^,\s+(?:(?:who|whom)\b[^,.;]{0,60}?\s)?(?:under the (?:pseudonym|name)|(?:identified|known|referred to)(?: in court)? as)\s+$/;
const COUNT_WORD = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const COUNT_NAMED = new RegExp(String.raw`\bcounts?\s+${COUNT_WORD}(?:\s+and\s+${COUNT_WORD})?,\s*(?:(?:a|an|the)\s+)?$`, "i");
const COUNT_NUMBER = new RegExp(String.raw`\bcount\s+${COUNT_WORD}\b(?!\s*(?:,|and\b))`, "gi");
const STATUTE = /\b(?:violat(?:ing|ed|ion of|ions of)|under|breach(?:ing|ed)?(?: of)?|charged under)\s+the\s+(?<statute>(?:\p{Lu}[\p{L}'’\-]*\s+){1,4}Act)\b/gu;
/** Where a DESCRIPTION can begin: every match of it opens with these words. */
const DESCRIPTION_START = /\b[Tt]he\s/gu;
const DESCRIPTION = new RegExp(String.raw`\b[Tt]he\s+(?:(?:(?<age>\d{1,3})-year-old\s+)?(?<mods>(?:(?:${ROLE_MODIFIERS}|first|only|last|second|\p{Lu}[\p{L}'’\-]*|[\p{Ll}]+-[\p{L}\-]+)\s+){0,3}?)(?<role>${ROLE_FORMS})|(?<onlyAge>\d{1,3})-year-old)\b(?!\s*\p{Lu})`, "yu");
const TESTIFY = /\b(?:testif(?:y|ied|ies)|witness stand|witness box|took the stand|gave evidence|told the court|told (?:the )?jur(?:y|ors)|heard from|on the stand)\b/i;
const PROSECUTOR_ORG = /attorney['’]s office|prosecut|district attorney|attorney general|public ministry|procurator/i;

interface ChargeMention {
  sentence: number;
  start: number;
  end: number;
  label: string;
  family: string;
  defendant?: Entity;
  victim?: Entity;
  split: boolean;
  /** Said of a trial still to come. */
  planned?: boolean;
  outcome?: Outcome;
  charge?: Entity;
}

export function extractEvents(ctx: ArticleContext): void {
  const defendantSentences = findDefendants(ctx);
  const defendants = new Map([...defendantSentences].map(([e, s]) => [e, s.size]));
  if (!defendants.size && !ctx.sentences.some((s) => TRIAL_WORDS.test(s.text))) return;
  const weight = (e: Entity, n: number) => n + 0.25 * e.mentions.length;
  const main = [...defendants.entries()].sort(([a, x], [b, y]) => weight(b, y) - weight(a, x) || b.mentions.length - a.mentions.length)[0]?.[0]
    ?? ctx.mainPerson((e) => !ctx.rolesOf(e).some((r) => roleOf(r)?.legal));
  if (!main) return;
  const defendantOf = (sentence: number, pos: number): Entity => {
    const here = ctx.namesIn(sentence).filter((m) => m.type === "Person" && defendants.has(ctx.entityOf.get(m)!));
    const before = here.filter((m) => m.start <= pos);
    const pick = before[before.length - 1] ?? here[0];
    if (pick) return ctx.entityOf.get(pick)!;
    // "She was acquitted on four counts": a pronoun stands for a defendant of its gender
    const text = ctx.text.slice(ctx.sentences[sentence]!.start, pos);
    const pronoun = /\b(he|she|him|her|his)\b/i.exec(text)?.[1];
    const fits = ctx.fitsPronoun(pronoun);
    return pronoun ? ctx.salientPerson(sentence, pos, (e) => defendants.has(e) && fits(e)) ?? main : main;
  };

  const nearestDefendant = (sentence: number, pos: number): Entity | undefined => {
    const here = ctx.namesIn(sentence).filter((m) => m.type === "Person" && defendants.has(ctx.entityOf.get(m)!));
    const dist = (m: { start: number; end: number }) => (m.start >= pos ? m.start - pos : pos - m.end + 20);
    const best = here.sort((a, b) => dist(a) - dist(b))[0];
    return best && ctx.entityOf.get(best);
  };
  const trials = new Map<string, Entity>();
  let sharesTrial = new Map<Entity, Entity>(); // filled once the charges are known, before any trial is made
  const trialFor = (accused: Entity, status: "held" | "planned", sentence: number): Entity => {
    // a co-defendant sits in the held trial of the defendant they were tried with
    const d = status === "held" ? sharesTrial.get(accused) ?? accused : accused;
    const key = `${d.id}|${status}`;
    let t = trials.get(key);
    if (d !== accused) {
      t = trialFor(d, status, sentence);
      if (!ctx.has("DEFENDANT_IN", accused, t)) ctx.relate("DEFENDANT_IN", accused, t, sentence, 0.7);
      trials.set(`${accused.id}|${status}`, t);
      return t;
    }
    const s = ctx.sentences[sentence]!;
    const word = /\b(?:retrial|mistrial|trial|tried|retry|try|jury|jurors|verdicts?|convicted|acquitted|guilty|case|hearing|proceedings|sentenced|charges?)\b/i.exec(s.text);
    const start = word ? s.start + word.index : s.start;
    const end = word ? start + word[0].length : s.end;
    if (!t) {
      const surname = d.label.split(/\s+/).pop()!;
      t = ctx.event("Trial", status === "planned" ? `${surname} retrial (planned)` : `${surname} trial`, sentence, start, end, { status }, { defendant: d.id, status });
      trials.set(key, t);
      ctx.relate("DEFENDANT_IN", d, t, sentence, 0.8);
    } else ctx.mention(t, sentence, start, end);
    return t;
  };

  // Charges and the outcome stated for each.
  const mentions = findCharges(ctx, defendantOf);
  sharesTrial = triedWith(ctx, defendants, main, mentions);
  const charges = groupCharges(ctx, mentions);
  const verdicts = new Map<string, Entity>();
  const verdictFor = (trial: Entity, outcome: Outcome, sentence: number, start: number, end: number): Entity => {
    const key = `${trial.id}|${outcome}`;
    let v = verdicts.get(key);
    if (!v) {
      v = ctx.event("Verdict", `${trial.label}: ${outcome.replace("_", " ")}`, sentence, start, end, { outcome }, { trial: trial.id, outcome });
      verdicts.set(key, v);
      ctx.relate("RESULTED_IN", trial, v, sentence, 0.8);
    } else ctx.mention(v, sentence, start, end);
    return v;
  };

  // A dismissal ends a case without a trial: its verdict hangs on the defendant, ruled by the court
  // the sentence names or whose judge granted it.
  const dismissals = new Map<string, Entity>();
  const dismissalFor = (d: Entity, sentence: number, start: number, end: number): Entity => {
    let v = dismissals.get(d.id);
    if (!v) {
      v = ctx.event("Verdict", `${d.label.split(/\s+/).pop()} case: dismissed`, sentence, start, end, { outcome: "dismissed" }, { defendant: d.id, outcome: "dismissed" });
      dismissals.set(d.id, v);
    } else ctx.mention(v, sentence, start, end);
    const names = ctx.namesIn(sentence);
    const court = names.find((n) => n.type === "Court");
    const judgeCourt = names.filter((n) => n.type === "Person").flatMap((n) => ctx.relationsFrom(ctx.entityOf.get(n)!.id)).find((r) => r.type === "WORKS_FOR" && ctx.entity(r.target)?.type === "Court");
    const ruler = court ? ctx.entityOf.get(court) : ctx.entity(judgeCourt?.target);
    if (ruler) ctx.relate("RULED", ruler, v, sentence, 0.6);
    return v;
  };
  // people in the dock only where a charge against them was dropped
  const droppedOnly = new Set([...defendantSentences].filter(([, ss]) => [...ss].every((i) => outcomesOf(ctx.sentences[i]!).some((o) => o.outcome === "dismissed"))).map(([e]) => e));
  const mistrialInArticle = ctx.sentences.some((s) => /\bmistrial\b/i.test(s.text));
  const appellate = new Set<Entity>();
  for (const s of ctx.sentences) {
    // a title line that names no one ("Pharmacist acquitted, partner convicted") is told again, with names, below
    if (s.index === 0 && !ctx.namesIn(0).some((n) => n.type === "Person")) continue;
    const outcomes = outcomesOf(s);
    const planned = isPlanned(s);
    const here = mentions.filter((m) => m.sentence === s.index);
    const d = defendantOf(s.index, s.end);
    if (planned && (defendants.has(d) || here.length)) {
      const t = trialFor(here[0]?.defendant ?? d, "planned", s.index);
      for (const m of here) if (m.charge && (!m.outcome || m.outcome === "dismissed")) ctx.relate("TRIED_FOR", t, m.charge, s.index, 0.7);
    }
    if (!outcomes.length) {
      if (TRIAL_WORDS.test(withoutUnheldTrials(s.text)) && (defendants.has(d) || here.length) && !planned) {
        // a witness whose own charge was dropped ("who told the jury") is in the trial of someone else
        const accused = droppedOnly.has(d) ? (here.find((m) => m.defendant && !droppedOnly.has(m.defendant))?.defendant ?? (droppedOnly.has(main) ? undefined : main)) : d;
        if (!accused) continue;
        const t = trialFor(accused, "held", s.index);
        for (const m of here) if (m.charge) ctx.relate("TRIED_FOR", t, m.charge, s.index, 0.6);
      }
      continue;
    }
    const courts = ctx.namesIn(s.index).filter((n) => n.type === "Court");
    const ruling = outcomes.find((o) => o.outcome === "overturned" || o.outcome === "upheld");
    const appealCourt = ruling
      ? courts.filter((n) => n.end - s.start <= ruling.index).pop() ?? courts.find((n) => n.start - s.start > ruling.index)
      : undefined;
    for (const o of outcomes) {
      if (o.outcome === "overturned" || o.outcome === "upheld") {
        const court = appealCourt && ctx.entityOf.get(appealCourt);
        const dd = here[0]?.defendant ?? d;
        const t = trialFor(dd, "held", s.index);
        const appeal = ctx.event("Verdict", `${dd.label.split(/\s+/).pop()} appeal: ${o.outcome}`, s.index, s.start + o.index, s.start + o.index + o.length, { outcome: o.outcome }, { trial: t.id, outcome: o.outcome, appeal: "yes" });
        if (court) { ctx.relate("RULED", court, appeal, s.index, 0.8); appellate.add(court); }
        const conviction = verdictFor(t, "guilty", s.index, s.start + o.index, s.start + o.index + o.length);
        ctx.relate("OVERTURNS", appeal, conviction, s.index, 0.75);
        // "upheld that conviction": the convictions the text last spoke of
        const earlier = mentions.filter((m) => m.defendant === dd && m.outcome === "guilty" && m.sentence < s.index);
        const lastSentence = earlier.length ? earlier[earlier.length - 1]!.sentence : -1;
        const on = here.length ? here : /\b(?:that|this|the) conviction\b/i.test(s.text) ? earlier.filter((m) => m.sentence === lastSentence) : earlier;
        for (const m of on) if (m.charge) { ctx.relate("ON_CHARGE", appeal, m.charge, s.index, 0.7); ctx.relate("ON_CHARGE", conviction, m.charge, s.index, 0.7); }
      }
    }
    const trialOutcomes = outcomes.filter((o) => o.outcome !== "overturned" && o.outcome !== "upheld");
    if (!trialOutcomes.length) continue;
    const assigned = new Set<ChargeMention>();
    for (const m of here) {
      if (!m.outcome || !m.charge) continue;
      if (m.outcome === "overturned" || m.outcome === "upheld") continue;
      const dd = m.defendant ?? d;
      if (m.outcome === "dismissed") {
        const o = trialOutcomes.find((x) => x.outcome === "dismissed") ?? trialOutcomes[0]!;
        ctx.relate("ON_CHARGE", dismissalFor(dd, s.index, s.start + o.index, s.start + o.index + o.length), m.charge, s.index, 0.7);
        assigned.add(m);
        continue;
      }
      const t = trialFor(dd, "held", s.index);
      const o = trialOutcomes.find((x) => x.outcome === m.outcome) ?? trialOutcomes[0]!;
      const v = verdictFor(t, m.outcome, s.index, s.start + o.index, s.start + o.index + o.length);
      ctx.relate("ON_CHARGE", v, m.charge, s.index, 0.75);
      ctx.relate("TRIED_FOR", t, m.charge, s.index, 0.7);
      assigned.add(m);
    }
    // Outcomes with no charge named: the whole trial ("ended in a mistrial", "convicted him on every count").
    for (const o of trialOutcomes) {
      if (here.some((m) => m.outcome === o.outcome && assigned.has(m))) continue;
      if (planned && o.outcome === "dismissed") continue;
      const every = /\b(?:every|all|each)\s+(?:\w+\s+)?(?:counts?|charges?)\b|\bthe (?:original )?charges\b/i.test(s.text);
      if (o.outcome === "dismissed" && !here.length && !every) continue;
      const outcome: Outcome = o.outcome === "hung_jury" && mistrialInArticle && !here.length ? "mistrial" : o.outcome;
      if (!defendants.has(d) && !here.length && !/\b(?:jury|jurors|verdict|trial|he|she)\b/i.test(s.text)) continue;
      const who = nearestDefendant(s.index, s.start + o.index) ?? d;
      const v = outcome === "dismissed"
        ? dismissalFor(who, s.index, s.start + o.index, s.start + o.index + o.length)
        : verdictFor(trialFor(who, "held", s.index), outcome, s.index, s.start + o.index, s.start + o.index + o.length);
      // "he declared a mistrial on those counts": the counts this sentence names
      if (outcome === "mistrial" && here.some((m) => m.charge)) {
        for (const m of here) if (m.charge) ctx.relate("ON_CHARGE", v, m.charge, s.index, 0.6);
      } else if (outcome === "mistrial" || /\b(?:every|all|each)\s+(?:\w+\s+)?(?:counts?|charges?)\b/i.test(s.text)) (v.hints ??= {}).allCharges = "yes";
    }
  }
  // "sentenced John Doe to 18 months in state prison": the penalty of that defendant's conviction
  for (const s of ctx.sentences) {
    const p = PENALTY.exec(s.text);
    if (!p) continue;
    const d = nearestDefendant(s.index, s.start + p.index) ?? defendantOf(s.index, s.start + p.index);
    const v = verdicts.get(`${trials.get(`${d.id}|held`)?.id}|guilty`);
    // the first statement of the penalty wins, unless a later one says the same more fully ("life", then "life with a minimum term of 25 years")
    const penalty = p[1]!.trim();
    if (v && (!v.attrs.penalty || (penalty.startsWith(String(v.attrs.penalty)) && penalty.length > String(v.attrs.penalty).length))) v.attrs.penalty = penalty;
  }
  // A whole-trial outcome covers every charge of its defendant that no other verdict names.
  for (const v of [...verdicts.values(), ...dismissals.values()]) {
    if (v.hints?.allCharges !== "yes") continue;
    delete v.hints.allCharges;
    // once some charge is named with this outcome, a bare mention of it ("the mistrial") means that charge
    if (ctx.relationsFrom(v.id).some((r) => r.type === "ON_CHARGE")) continue;
    const d = ctx.entity(v.hints!.defendant ?? ctx.entity(v.hints!.trial)!.hints!.defendant)!;
    for (const c of charges.filter((c) => c.hints?.defendant === d.id)) ctx.relate("ON_CHARGE", v, c, v.mentions[0]!.sentence, 0.55);
  }
  for (const c of charges) {
    const d = ctx.entity(c.hints!.defendant);
    ctx.relate("CHARGED_WITH", d, c, c.mentions.map((m) => m.sentence), 0.8);
    const victim = ctx.entity(c.hints!.victim);
    if (victim && victim !== d) {
      ctx.relate("ALLEGED_VICTIM", c, victim, c.mentions.map((m) => m.sentence), 0.75);
      // a complainant accuses; the dead do not
      if (!KILLINGS.has(c.hints!.family!)) ctx.relate("ACCUSED", victim, d, c.mentions.map((m) => m.sentence), 0.5);
    }
    if (d && !ctx.relationsTo(c.id).some((r) => r.type === "TRIED_FOR")) {
      const t = trials.get(`${d.id}|held`);
      if (t) ctx.relate("TRIED_FOR", t, c, c.mentions[0]!.sentence, 0.5);
    }
  }
  killingVictims(ctx, charges, defendants);
  // A case dismissed before any trial was told of has no trial: its judge and court ruled the dismissal.
  const untried = (d: Entity) => dismissals.has(d.id) && !trials.has(`${d.id}|held`);
  const caseTrial = (d: Entity, status: "held" | "planned", sentence: number) => (status === "held" && untried(d) ? undefined : trialFor(d, status, sentence));
  caseParticipants(ctx, main, caseTrial, defendants, defendantSentences, appellate, charges);
  if (untried(main)) courtsOfDismissal(ctx, dismissals.get(main.id)!);
  // a defendant's place in the held trial is stated by every sentence that puts them in the dock and speaks of that trial
  for (const [d, sentences] of defendantSentences) {
    for (const t of [trials.get(`${d.id}|held`), trials.get(`${d.id}|planned`)]) {
      if (!t || !ctx.has("DEFENDANT_IN", d, t)) continue;
      for (const i of sentences) if (t.mentions.some((m) => m.sentence === i)) ctx.relate("DEFENDANT_IN", d, t, i, 0.5);
    }
  }
  findAccusations(ctx, defendants);
  for (const { accuser, sentence } of ctx.pendingAccusers) ctx.relate("ACCUSED", accuser, main, sentence, 0.6);
}

/** People in the defendant's seat: named (or a pronoun) next to convicted, acquitted, charged, tried... */
/** "Ray Okafor, then superintendent of the police, accused him of ...": one person accuses another. */
export function findAccusations(ctx: ArticleContext, defendants: Map<Entity, number>): void {
  const re = new RegExp(String.raw`${MARK}(?:,[^,]{1,90},)?\s+(?:has |had |publicly |also |later |first )*accused\s+(?:${MARK}|(him|her))`, "gu");
  for (const s of ctx.sentences) {
    if (!s.text.includes("accused")) continue;
    const { masked, persons } = mask(ctx, s.index);
    for (const m of masked.matchAll(re)) {
      const accuser = persons[Number(m[1])];
      const fits = ctx.fitsPronoun(m[3]);
      const accused = m[2] !== undefined ? persons[Number(m[2])] : ctx.salientPerson(s.index, s.start, (e) => e !== accuser && defendants.has(e) && fits(e));
      ctx.relate("ACCUSED", accuser, accused, s.index, 0.6);
    }
  }
}

/**
 * Defendants tried together: "The jury acquitted his site manager, X, of the same charges" puts X in the
 * dock beside the article's main defendant, before the jury already spoken of. Each maps to that defendant.
 */
function triedWith(ctx: ArticleContext, defendants: Map<Entity, number>, main: Entity, charges: ChargeMention[]): Map<Entity, Entity> {
  const out = new Map<Entity, Entity>();
  const re = new RegExp(String.raw`\b(?:[Tt]he (?:same )?jury|[Jj]urors)\b(?:(?!\u0001)[^.;]){0,40}?\b(?:acquitted|convicted|found|cleared)\b(?:(?!\u0001)[^.;]){0,60}?${MARK}`, "gu");
  const verdictOn = new RegExp(String.raw`\b(?:acquitted|convicted|found|cleared)\s+(?:(?!\u0001)[^.;]){0,60}?${MARK}`, "gu");
  for (const s of ctx.sentences) {
    if (!/\b(?:jury|jurors)\b/i.test(s.text)) continue;
    const { masked, persons } = mask(ctx, s.index);
    for (const m of masked.matchAll(re)) {
      const e = persons[Number(m[1])];
      if (e && e !== main && defendants.has(e) && !out.has(e)) out.set(e, main);
    }
    // "A jury acquitted X of assault but convicted Y of theft": one jury, one trial, when each has a charge of their own here
    if (!/\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\-]+\s+){0,4}?(?:jury|jurors)\b/u.test(s.text)) continue;
    const tried = [...new Set([...masked.matchAll(verdictOn)].map((m) => persons[Number(m[1])]!))]
      .filter((e) => defendants.has(e) && charges.some((c) => c.sentence === s.index && c.defendant === e));
    if (tried.length < 2) continue;
    const owner = tried.includes(main) ? main : tried[0]!;
    for (const e of tried) if (e !== owner && !out.has(e)) out.set(e, owner);
  }
  return out;
}

/** People in the dock, with the number of sentences that put them there. */
function findDefendants(ctx: ArticleContext): Map<Entity, Set<number>> {
  const found = new Map<Entity, Set<number>>();
  const count = (e: Entity, sentence: number) => {
    if (!found.has(e)) found.set(e, new Set());
    found.get(e)!.add(sentence);
  };
  const pronouns: { sentence: number; pos: number; pronoun: string }[] = [];
  for (const s of ctx.sentences) {
    const { masked, persons } = mask(ctx, s.index);
    if (!masked.includes("\u0001") && !PRONOUN_ANYWHERE.test(masked)) continue;
    for (const re of DEFENDANT) {
      re.lastIndex = 0;
      for (const m of masked.matchAll(re)) {
        if (m[1] === undefined) { pronouns.push({ sentence: s.index, pos: s.start + (m.index ?? 0), pronoun: m[2]! }); continue; }
        const e = persons[Number(m[1])];
        if (!e || legalRole(ctx, e)) continue;
        count(e, s.index);
        for (const other of coordinatedBefore(ctx, s.index, e)) if (!legalRole(ctx, other)) count(other, s.index);
      }
    }
  }
  // A pronoun in the dock is a defendant already named, when one fits; else the person the text is about.
  for (const { sentence, pos, pronoun } of pronouns) {
    const fits = ctx.fitsPronoun(pronoun);
    const e = ctx.salientPerson(sentence, pos, (x) => found.has(x) && fits(x)) ?? ctx.salientPerson(sentence, pos, (x) => !legalRole(ctx, x) && fits(x));
    if (e && !legalRole(ctx, e)) count(e, sentence);
  }
  return found;
}

/** "Dr X, who examined the patients, gave evidence": a witness where named, not the one in the dock the lede described. */
const witnessAt = (ctx: ArticleContext, n: { sentence: number; end: number }) => TESTIFY.test(ctx.text.slice(n.end, ctx.sentences[n.sentence]!.end).split(/[.;]/)[0]!);
const legalRole = (ctx: ArticleContext, e: Entity) => ctx.rolesOf(e).some((r) => roleOf(r)?.legal);

/** The sentence with each person mention replaced by a marker \u0001n\u0001, so rules can name "a person" in a pattern. */
function mask(ctx: ArticleContext, sentence: number): { masked: string; persons: Entity[]; surfaces: string[] } {
  const s = ctx.sentences[sentence]!;
  const names = ctx.namesIn(sentence).filter((m) => m.type === "Person");
  const persons: Entity[] = [];
  const surfaces: string[] = [];
  let out = "";
  let pos = s.start;
  for (const m of names) {
    if (m.start < pos) continue;
    out += ctx.text.slice(pos, m.start) + `\u0001${persons.length}\u0001`;
    persons.push(ctx.entityOf.get(m)!);
    surfaces.push(m.surface);
    pos = m.end;
  }
  out += ctx.text.slice(pos, s.end);
  return { masked: out, persons, surfaces };
}

interface Found { outcome: Outcome; index: number; length: number }
const GLOBAL_OUTCOMES = OUTCOME_PATTERNS.map(({ outcome, patterns }) => ({ outcome, patterns: patterns.map((p) => new RegExp(p.source, "gi")) }));
/** Words without which no outcome pattern can match: a cheap test before the patterns. */
const OUTCOME_HINT = /convict|guilty|acquit|mistrial|deadlock|hung|agree|verdict|dismiss|dropped|overturn|throw|threw|vacat|revers|quash|set aside|exonerat|uph[eo]ld|affirm|appeal|cleared|innocent|split|reach|try|pursue/i;

/** The outcomes and the plan a sentence states, found once: several rules ask about the same sentence. */
const outcomesFound = new WeakMap<Sentence, readonly Found[]>();
function outcomesOf(s: Sentence): readonly Found[] {
  let found = outcomesFound.get(s);
  if (!found) outcomesFound.set(s, (found = outcomesIn(s.text)));
  return found;
}
const plannedFound = new WeakMap<Sentence, boolean>();
function isPlanned(s: Sentence): boolean {
  let planned = plannedFound.get(s);
  if (planned === undefined) plannedFound.set(s, (planned = PLANNED_PATTERNS.some((p) => p.test(s.text))));
  return planned;
}

function outcomesIn(text: string): Found[] {
  const out: Found[] = [];
  if (!OUTCOME_HINT.test(text)) return out;
  for (const { outcome, patterns } of GLOBAL_OUTCOMES) {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        if (outcome === "guilty" && /not guilty/i.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length))) continue;
        if (/\bpleaded\s+(?:not\s+)?guilty\b/i.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 1)) && outcome !== "guilty") continue;
        if (/\bpleaded\s+not\s+guilty\b/i.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length + 1))) continue;
        // a wish or a vote is not an outcome: "favoring acquittal", "wanted to convict", "asked for a mistrial"
        if (/\b(?:favou?r(?:ing|ed|s)?|in favou?r of|for|toward|towards|seek(?:ing|s)?|sought|ask(?:ing|ed)? for|mov(?:ed|ing|es) for|wanted to|want to|voted to|vote to|could)\s+(?:an?\s+)?$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
        out.push({ outcome, index: m.index, length: m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Clause boundaries: a charge takes the outcome stated in its own clause. */
function clauseOf(text: string, pos: number): [number, number] {
  const re = /;|,\s+(?:but|while|whereas|although|and jurors|and the jury|and (?:could|were|was|did|they|it|he|she))\b|\bbut\b/g;
  let start = 0, end = text.length;
  for (const m of text.matchAll(re)) {
    if (m.index < pos) start = m.index + m[0].length;
    else { end = m.index; break; }
  }
  return [start, end];
}

function findCharges(ctx: ArticleContext, defendantOf: (sentence: number, pos: number) => Entity): ChargeMention[] {
  const out: ChargeMention[] = [];
  let lastFamily: string | undefined;
  let lastLabel = "";
  const counts = new Map<string, { label: string; family: string; sentence: number }>();
  for (const s of ctx.sentences) {
    if (!LEGAL_CONTEXT.test(s.text)) {
      continue;
    }
    const outcomes = outcomesOf(s);
    const planned = isPlanned(s);
    const found: ChargeMention[] = [];
    const add = (start: number, end: number, label: string, family: string, split: boolean, victimFrom: number, victim = victimAfter(ctx, s.index, s.start + victimFrom) ?? victimByRole(ctx, s.index, s.start + victimFrom)) => {
      if (found.some((f) => f.start < s.start + end && s.start + start < f.end)) return;
      // "raping John Doe 1 and John Doe 2": one count for each complainant
      for (const other of victim ? coordinated(ctx, s.index, victim) : []) {
        found.push({ sentence: s.index, start: s.start + start, end: s.start + end, label, family, split, defendant: defendantOf(s.index, s.start + start), victim: other, planned });
      }
      const [cs, ce] = clauseOf(s.text, start);
      const near = outcomes.filter((o) => o.index >= cs && o.index < ce);
      const pick = (list: readonly Found[]) => list.filter((o) => o.index <= start).pop() ?? list.find((o) => o.index > start);
      // "the current rape charge", "the remaining counts": the charge still open, whatever else the sentence says
      const open = /\b(?:current|pending|remaining|outstanding|last)\s+(?:\S+\s+){0,2}$/i.test(upTo(s.text, start)) && !near.length;
      const outcome = open ? undefined : (pick(near) ?? pick(outcomes))?.outcome;
      found.push({
        sentence: s.index, start: s.start + start, end: s.start + end, label, family, split,
        defendant: defendantOf(s.index, s.start + start), victim, outcome, planned,
      });
    };
    const offenceNamed = s.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => OFFENCE_HEADS.has(w));
    for (const m of offenceNamed ? s.text.matchAll(CHARGE) : []) {
      const offence = m.groups!.offence!;
      const info = offenceInfo(offence.toLowerCase());
      if (!info) continue;
      const start = m.index + m[0].indexOf(offence);
      // "his alleged assault of X" describes the complaint behind a charge already named
      if (/\balleged(?:ly)?\s+$/i.test(upTo(s.text, start))) continue;
      if (/\bno\s+$/i.test(upTo(s.text, start))) continue; // "there is no drugging charge"
      if (/\bfor\s+$/i.test(upTo(s.text, start)) && found.length) continue; // "assault for drugging X": the conduct behind it
      // the offence must be said of a case: near a legal word, not "victims of sexual assault"
      const window = s.text.slice(Math.max(0, start - 60), start + offence.length + 40);
      if (!LEGAL_CONTEXT.test(window)) continue;
      if (/\b(?:victims?|survivors?|allegations?|accusations?|accused|history) of\s+(?:\w+\s+)?$/i.test(upTo(s.text, start)) && !/\bcharg|count|convict|acquit|guilty/i.test(window)) continue;
      add(start, start + offence.length, offence.toLowerCase(), info.family, Boolean(m.groups!.further || m.groups!.sep), start + offence.length);
      lastFamily = info.family;
      lastLabel = offence.toLowerCase();
      // "count five, making false statements", "counts three and four, securities fraud": the number names this offence from now on
      const numbered = COUNT_NAMED.exec(upTo(s.text, start, 60));
      if (numbered) for (const n of [numbered[1], numbered[2]]) if (n) counts.set(n.toLowerCase(), { label: offence.toLowerCase(), family: info.family, sentence: s.index });
    }
    // "retry her on count five": a count the article numbered earlier
    for (const m of s.text.matchAll(COUNT_NUMBER)) {
      const known = counts.get(m[1]!.toLowerCase());
      if (known && known.sentence < s.index) add(m.index, m.index + m[0].length, known.label, known.family, false, m.index + m[0].length);
    }
    for (const m of s.text.matchAll(VERB_CHARGE)) {
      const verb = m.groups!.verb!.toLowerCase();
      const family = offences.verb_forms[verb as keyof typeof offences.verb_forms] as string;
      if (!/\b(?:guilty|convicted|acquitted|charged|accused|alleged|allegedly|prosecutors (?:said|say|allege|alleged|argued)|testified that|said (?:that )?(?:he|she))\b/i.test(upTo(s.text, m.index))) continue;
      if (/^\s*and\s+\p{Ll}+ed\b/u.test(s.text.slice(m.index + verb.length)) && family === "drugging") continue; // "drugged and molested X"
      const victim = victimAfter(ctx, s.index, s.start + m.index + m[0].length, true);
      // "found guilty in 2021 of sexually assaulting a student": the offence is named even if the complainant is not
      const ofVerb = /\b(?:guilty|convicted|acquitted|accused|charged)\b[^.;,]{0,50}\b(?:of|with)\s+(?:\p{Ll}+ly\s+)?$/u.test(upTo(s.text, m.index));
      if (!victim && !ofVerb) continue;
      const info = offenceByForm.get(family);
      if (!info) continue;
      add(m.index, m.index + verb.length, family, info.family, false, m.index + m[0].length, victim);
    }
    // "eight counts of violating the Travel Act": a statute named as the offence
    for (const m of s.text.matchAll(STATUTE)) {
      const name = m.groups!.statute!;
      const start = m.index + m[0].indexOf(name);
      add(start, start + name.length, name, name.toLowerCase(), false, start + name.length);
      lastFamily = name.toLowerCase();
      lastLabel = name;
    }
    for (const m of s.text.matchAll(ANAPHORIC_CHARGE)) {
      if (!lastFamily) continue;
      add(m.index, m.index + m[0].length, lastLabel, lastFamily, Boolean(m.groups!.n), m.index + m[0].length);
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  }
  // a title line that names no one ("Teacher acquitted of assault, janitor convicted") is told again below:
  // an offence the body names is left to the body, where it is said of someone
  const untitled = !ctx.namesIn(0).some((n) => n.type === "Person");
  return out.filter((m) => !(untitled && m.sentence === 0 && out.some((x) => x.sentence > 0 && x.family === m.family)));
}

/** The offence a charge names, trying the words as written, then without each leading modifier in turn. */
function offenceInfo(text: string) {
  let form = text;
  for (;;) {
    const info = offenceByForm.get(form);
    if (info) return info;
    const next = form.replace(MODIFIER_PREFIX, "");
    if (next === form) return undefined;
    form = next;
  }
}
const MODIFIER_PREFIX = new RegExp(`^(?:${OFFENCE_MODIFIERS})\\s+`, "i");

/** The person mentions of a sentence, a description in apposition ("X, the former defense secretary,") folded into the name before it. */
function listedPeople(ctx: ArticleContext, sentence: number) {
  const out: ReturnType<ArticleContext["namesIn"]> = [];
  for (const n of ctx.namesIn(sentence)) {
    if (n.type !== "Person") continue;
    const prev = out[out.length - 1];
    if (prev && ctx.entityOf.get(prev) === ctx.entityOf.get(n) && /^\s*,\s*$/.test(ctx.text.slice(prev.end, n.start))) continue;
    out.push(n);
  }
  return out;
}

/** The people named right after `first` in a list: "John Doe 1 and John Doe 2", "A, B and C". */
function coordinated(ctx: ArticleContext, sentence: number, first: Entity): Entity[] {
  const names = listedPeople(ctx, sentence);
  const i = names.findIndex((n) => ctx.entityOf.get(n) === first);
  const out: Entity[] = [];
  for (let j = i + 1; i >= 0 && j < names.length; j++) {
    const between = ctx.text.slice(names[j - 1]!.end, names[j]!.start);
    // "A, 16, B, 17, and C": an age between two names of a list
    if (!/^\s*(?:,|and|, and)\s*$/.test(between) && !/^\s*,[^,;]{1,120},\s*and\s+$/.test(between) && !/^\s*,\s*\d{1,3}\s*,\s*$/.test(between)) break;
    out.push(ctx.entityOf.get(names[j]!)!);
  }
  return out;
}

/** The people named right before `last` in a list: "A, a pharmacist, and B went on trial". */
function coordinatedBefore(ctx: ArticleContext, sentence: number, last: Entity): Entity[] {
  const names = listedPeople(ctx, sentence);
  const i = names.findIndex((n) => ctx.entityOf.get(n) === last);
  const out: Entity[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const between = ctx.text.slice(names[j]!.end, names[j + 1]!.start);
    if (!/^\s*(?:,|and|, and)\s*$/.test(between) && !/^\s*,[^,;]{1,80},\s*and\s+$/.test(between) && !/^\s*,\s*\d{1,3}\s*,\s*$/.test(between)) break;
    out.push(ctx.entityOf.get(names[j]!)!);
  }
  return out;
}

/** The complainant named after an offence: "of Mia Varga", "against the actress Pia Lund", "raping Ms Lund". */
function victimAfter(ctx: ArticleContext, sentence: number, pos: number, direct = false): Entity | undefined {
  const names = ctx.namesIn(sentence).filter((n) => n.type === "Person" && n.start >= pos && n.start - pos < 160);
  for (const n of names) {
    const between = ctx.text.slice(pos, n.start);
    if (/[;]|\b(?:and|but) (?:was|is|has|had|he|she)\b|\b(?:said|told|argued|sentenced|convicted|acquitted)\b/i.test(between)) return undefined;
    // a clause of its own comes between: "of that charge ..., finding that she had mishandled the gun that actor X was holding"
    if (/\b(?:when|after|before|because|finding|saying|while)\b|\b(?:that|which)\s+(?!involved\b|involves\b|concerned\b|related\b)/i.test(between)) return undefined;
    if (!direct && OFFENCE_BETWEEN.test(between)) return undefined;
    // "charges against X": X is the defendant
    if (/^\s*(?:charges?|counts?|case|indictment|trial)?\s*against\b/i.test(between)) return undefined;
    // "the embezzlement trial of X": X is the defendant too
    if (/^\s*(?:trial|retrial|case|prosecution|conviction|acquittal)\s+of\b/i.test(between)) return undefined;
    const identified = /\b(?:identified|known|referred to|named)\s+(?:in court\s+)?as\s+$/i.test(between);
    const ok = identified || (direct ? /^\s*(?:(?:the|former|then|his|her|a|an|\d+-year-old|aspiring|actress|actor|model|ms\.?|mrs\.?|mr\.?|two|three|four|five|several|\d+|women|men|girls|boys|children|people|victims|fans|students|employees|patients)[,:]?\s+)*$/i.test(between)
      : /\b(?:of|against|involving|involved|on|over|toward|towards|with|raping|assaulting|molesting|abusing|drugging|attacking|killing|murdering|defrauding|poisoning|stabbing|shooting|strangling|beating|wounding|harming)\b/i.test(between) && /^[^.]*$/.test(between));
    if (!ok) continue;
    const e = ctx.entityOf.get(n)!;
    if (ctx.rolesOf(e).some((r) => roleOf(r)?.legal)) return undefined;
    return e;
  }
  return undefined;
}

const KILLED = String.raw`(?:fatally\s+)?(?:stabbed|shot|killed|strangled|bludgeoned|beat|poisoned|smothered|suffocated|murdered|ran over)`;
/** "Ashcombe, of Mill Lane, stabbed Farid Qureshi": the killer, then the one killed. */
const KILLS = new RegExp(String.raw`(?:${MARK}|\b(he|she)\b)(?:,[^.;]{1,60}?,)?\s+(?:\p{Ll}+ly\s+)?(?:had\s+)?${KILLED}\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?${MARK}`, "gu");
/** "Doe, a 42-year-old cinematographer, was killed": the one killed, by someone the sentence does not say. */
const WAS_KILLED = new RegExp(String.raw`${MARK}(?:,[^.;]{1,90}?,)?\s+(?:was|had been)\s+(?:\p{Ll}+ly\s+)?(?:fatally\s+(?:shot|stabbed|struck|wounded)|killed|shot dead|stabbed to death|beaten to death|murdered|strangled)\b`, "gu");

/**
 * The victim of a killing charged without one: the person the defendant killed in another sentence of the
 * article, or the one person it says was killed. Only the relation is added: the charge keeps its identity.
 */
function killingVictims(ctx: ArticleContext, charges: Entity[], defendants: Map<Entity, number>): void {
  const open = charges.filter((c) => KILLINGS.has(c.hints!.family!) && !c.hints!.victim);
  if (!open.length) return;
  const victimOf = (c: Entity, victim: Entity | undefined, sentence: number) => {
    if (!victim || defendants.has(victim) || legalRole(ctx, victim) || victim.id === c.hints!.defendant) return;
    ctx.relate("ALLEGED_VICTIM", c, victim, sentence, 0.55);
  };
  for (const s of ctx.sentences) {
    if (!/\b(?:stabbed|shot|killed|strangled|bludgeoned|beat|beaten|poisoned|smothered|suffocated|murdered|ran over)\b/.test(s.text)) continue;
    const { masked, persons } = mask(ctx, s.index);
    for (const m of masked.matchAll(KILLS)) {
      const fits = ctx.fitsPronoun(m[2]);
      const killer = m[1] !== undefined ? persons[Number(m[1])] : ctx.salientPerson(s.index, s.start + m.index, (e) => defendants.has(e) && fits(e));
      for (const c of open) if (killer && c.hints!.defendant === killer.id) victimOf(c, persons[Number(m[3])], s.index);
    }
    for (const m of masked.matchAll(WAS_KILLED)) for (const c of open) victimOf(c, persons[Number(m[1])], s.index);
  }
  // "a balcony collapse that killed two university students ... The students, A, 21, and B, 22, fell": named as the ones killed
  const nouns = new Set(["victims"]);
  for (const m of ctx.text.matchAll(KILLED_GROUP)) nouns.add(m[1]!.toLowerCase());
  const named = new RegExp(String.raw`\b[Tt]he\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:${[...nouns].join("|")}),\s+$`);
  for (const s of ctx.sentences) {
    const first = ctx.namesIn(s.index).find((n) => n.type === "Person" && named.test(ctx.text.slice(Math.max(s.start, n.start - 40), n.start)));
    const victim = first && ctx.entityOf.get(first);
    if (!victim) continue;
    for (const v of [victim, ...coordinated(ctx, s.index, victim)]) for (const c of open) victimOf(c, v, s.index);
  }
}
const KILLED_GROUP = /\b(?:killed|killing)\s+(?:(?:two|three|four|five|six|\d+)\s+)(?:[\p{Ll}\-]+\s+){0,2}?(\p{Ll}{3,}s)\b/gu;

/** "sexual battery against a production assistant": the complainant is the one person of the article who holds that role. */
function victimByRole(ctx: ArticleContext, sentence: number, pos: number): Entity | undefined {
  const m = VICTIM_ROLE.exec(ctx.text.slice(pos, ctx.sentences[sentence]!.end));
  const info = m && roleByForm.get(m.groups!.role!.toLowerCase());
  if (!info || info.legal) return undefined;
  const holders = ctx.persons().filter((p) => ctx.rolesOf(p).includes(info.label) && !legalRole(ctx, p));
  return holders.length === 1 ? holders[0] : undefined;
}
const VICTIM_ROLE = new RegExp(String.raw`^\s+(?:against|of|involving|on)\s+(?:a|an|the|his|her|their)\s+(?:(?:${ROLE_MODIFIERS}|\d{1,3}-year-old|[\p{Ll}\-]+)\s+){0,2}?(?<role>${ROLE_FORMS})\b(?!['’])`, "u");

/** One charge per defendant, offence and complainant; mentions without a complainant join the nearest charge of their offence. */
function groupCharges(ctx: ArticleContext, mentions: ChargeMention[]): Entity[] {
  const groups: { key: string; family: string; defendant?: Entity; victim?: Entity; mentions: ChargeMention[]; outcomes: Set<string> }[] = [];
  const make = (m: ChargeMention, key: string) => {
    const g = { key, family: m.family, defendant: m.defendant, victim: m.victim, mentions: [m], outcomes: new Set<string>(m.outcome ? [m.outcome] : []) };
    groups.push(g);
    return g;
  };
  for (const m of mentions.filter((x) => x.victim && !x.split)) {
    const key = `${m.defendant?.id}|${m.family}|${m.victim!.id}`;
    const g = groups.find((x) => x.key === key);
    if (g) { g.mentions.push(m); if (m.outcome) g.outcomes.add(m.outcome); } else make(m, key);
  }
  let n = 0;
  for (const m of mentions.filter((x) => !x.victim || x.split)) {
    const same = groups.filter((g) => g.family === m.family && g.defendant === m.defendant);
    const trialOutcome = m.outcome && !["overturned", "upheld", "dismissed"].includes(m.outcome) ? m.outcome : undefined;
    // a further count with another outcome in the same trial is another charge
    const clash = (g: (typeof groups)[number]) => trialOutcome && [...g.outcomes].some((o) => !["overturned", "upheld", "dismissed"].includes(o) && o !== trialOutcome);
    // a charge acquitted, or convicted and not overturned, cannot be tried again: a later trial is on another charge
    const decided = (x: (typeof groups)[number]) => m.planned && (x.outcomes.has("not_guilty") || (x.outcomes.has("guilty") && !x.outcomes.has("overturned")));
    let g = m.split ? undefined : same.filter((x) => !clash(x) && !decided(x)).sort((a, b) => nearest(b, m) - nearest(a, m))[0];
    if (!g && !m.split && same.length && !trialOutcome && !m.planned) g = same[0];
    if (g) { g.mentions.push(m); if (m.outcome) g.outcomes.add(m.outcome); } else make(m, `${m.defendant?.id}|${m.family}|#${n++}`);
  }
  const charges: Entity[] = [];
  for (const g of groups) {
    const label = g.mentions.map((m) => m.label).sort((a, b) => b.length - a.length)[0]!;
    const first = g.mentions.sort((a, b) => a.start - b.start)[0]!;
    // A charge is known by defendant, offence and complainant. One without a complainant is "general":
    // across articles it stands for the specific counts of the same offence; a split-off count is its own.
    const split = g.key.includes("#") && (g.mentions.some((m) => m.split) || groups.some((x) => x !== g && x.family === g.family && x.defendant === g.defendant && !x.victim));
    const c = ctx.event("Charge", label, first.sentence, first.start, first.end, {}, {
      defendant: g.defendant?.id ?? "", family: g.family, ...(g.victim && { victim: g.victim.id }),
      ...(!g.victim && !split && { general: "yes" }),
    });
    if (split) c.hints!.split = c.id;
    for (const m of g.mentions) {
      ctx.mention(c, m.sentence, m.start, m.end);
      if (m.label !== c.label && !c.aliases.includes(m.label)) c.aliases.push(m.label);
      m.charge = c;
    }
    charges.push(c);
  }
  return charges;
}
const nearest = (g: { mentions: ChargeMention[] }, m: ChargeMention) => Math.max(...g.mentions.map((x) => (x.start <= m.start ? x.start : -Infinity)));

/** Judges, prosecutors, lawyers, witnesses and courts of the trial. */
/** The court that dismissed a case before trial: the one a judge of the article sits on, else the only one named. */
function courtsOfDismissal(ctx: ArticleContext, dismissal: Entity): void {
  if (ctx.relationsTo(dismissal.id).some((r) => r.type === "RULED")) return;
  const judges = ctx.persons().filter((p) => ctx.rolesOf(p).some((r) => roleOf(r)?.legal === "judge"));
  const seats = judges.flatMap((j) => ctx.relationsFrom(j.id)).filter((r) => r.type === "WORKS_FOR" && ctx.entity(r.target)?.type === "Court");
  const courts = new Set(seats.map((r) => r.target));
  if (courts.size === 1) {
    ctx.relate("RULED", ctx.entity(seats[0]!.target), dismissal, seats.flatMap((r) => r.evidence), 0.5);
    return;
  }
  const named = ctx.byType("Court");
  if (!courts.size && named.length === 1) ctx.relate("RULED", named[0], dismissal, named[0]!.mentions[0]!.sentence, 0.45);
}

function caseParticipants(
  ctx: ArticleContext, main: Entity, trialFor: (d: Entity, status: "held" | "planned", s: number) => Entity | undefined,
  defendants: Map<Entity, number>, defendantSentences: Map<Entity, Set<number>>, appellate: Set<Entity>, charges: Entity[],
): void {
  const firstSentence = (e: Entity, test?: RegExp) => (e.mentions.find((m) => !test || test.test(ctx.sentences[m.sentence]!.text)) ?? e.mentions[0]!).sentence;
  const prosecutorOffices = ctx.byType("Organization").filter((o) => PROSECUTOR_ORG.test(o.label));
  // "He was tried separately, before the same judge": the defendants those sentences put in the dock
  const sameJudge = new Set<Entity>();
  for (const s of ctx.sentences) {
    if (!/\bsame judge\b/i.test(s.text)) continue;
    for (const [d, sentences] of defendantSentences) if (sentences.has(s.index)) sameJudge.add(d);
  }
  // "his lawyer": the defendant of that gender the sentence is about, else whoever it is about
  for (const { lawyer, sentence, at, pronoun } of ctx.pronounClients) {
    const fits = ctx.fitsPronoun(pronoun);
    const client = ctx.salientPerson(sentence, at, (e) => e !== lawyer && defendants.has(e) && fits(e))
      ?? [...defendants.keys()].filter((e) => e !== lawyer && fits(e)).sort((a, b) => defendants.get(b)! - defendants.get(a)!)[0]
      ?? ctx.salientPerson(sentence, at, (e) => e !== lawyer && fits(e) && !legalRole(ctx, e));
    ctx.relate("REPRESENTS", lawyer, client, sentence, 0.6);
  }
  for (const p of ctx.persons()) {
    if (defendants.has(p)) continue;
    for (const label of ctx.rolesOf(p)) {
      const legal = roleOf(label)?.legal;
      if (legal === "judge") {
        const sentences = [...new Set(p.mentions.map((m) => m.sentence))].map((i) => ctx.sentences[i]!.text).join(" ");
        const trialJudge = p.mentions.some((m) => /\btrial judge,?\s*$/i.test(ctx.text.slice(Math.max(0, m.start - 20), m.start)));
        if (!trialJudge && /\b(?:majority|appeals?|appellate|dissent|writing for|wrote for|opinion)\b/i.test(sentences) && !/\bpresid/i.test(sentences)) continue;
        // a judge who only named someone or ruled on a motion did not preside, unless the article has no other judge
        const onlyJudge = ctx.persons().filter((x) => ctx.rolesOf(x).some((r) => roleOf(r)?.legal === "judge")).length === 1;
        if (!onlyJudge && !TRIAL_WORDS.test(sentences) && !/\b(?:presid|sentenc|declared|verdict|hearing|prosecution)/i.test(sentences)) continue;
        const s = firstSentence(p, TRIAL_WORDS);
        ctx.relate("PRESIDED_OVER", p, trialFor(main, "held", s), s, 0.7);
        // "He was tried separately, before the same judge": the judge of the article tried its other defendants
        for (const d of sameJudge) if (d !== main && ctx.has("DEFENDANT_IN", d)) ctx.relate("PRESIDED_OVER", p, trialFor(d, "held", s), s, 0.5);
        const planned = p.mentions.find((m) => isPlanned(ctx.sentences[m.sentence]!));
        if (planned) ctx.relate("PRESIDED_OVER", p, trialFor(main, "planned", planned.sentence), planned.sentence, 0.6);
      } else if (legal === "prosecutor") {
        // a prosecutor who only filed charges, led the office or argued an appeal did not try the case
        const trialWork = /\b(?:prosecuting|prosecuted|the prosecution|trial|jury|jurors|verdict|acquittal|conviction|closing|opening|argued the case|tried the case|told the court|told the judge|asked for|sought|requested|retry|try)\b/i;
        const worked = p.mentions.find((m) => trialWork.test(ctx.sentences[m.sentence]!.text.replace(/prosecutors?['’]?\s+office/gi, "")));
        // a special prosecutor is appointed from outside the office
        if (prosecutorOffices.length === 1 && !ctx.rolesOf(p).includes("special prosecutor")) ctx.relate("WORKS_FOR", p, prosecutorOffices[0], (worked ?? p.mentions[0]!).sentence, 0.6);
        // "said her office would retry X": the trial to come, when that is all the prosecutor is said to do
        const plannedOnly = worked && p.mentions.filter((m) => trialWork.test(ctx.sentences[m.sentence]!.text)).every((m) => isPlanned(ctx.sentences[m.sentence]!));
        if (worked) ctx.relate("PROSECUTED", p, trialFor(main, plannedOnly ? "planned" : "held", worked.sentence), worked.sentence, 0.65);
      } else if (legal === "lawyer" && !ctx.has("REPRESENTS", p)) {
        ctx.relate("REPRESENTS", p, main, firstSentence(p), 0.5);
      }
    }
  }
  // an office prosecutes the trial its sentences speak of: "said it would retry X" is the trial to come
  const plannedAt = (i: number) => isPlanned(ctx.sentences[i]!);
  for (const o of prosecutorOffices) {
    const sentences = [...new Set(o.mentions.map((m) => m.sentence))];
    // an office that only dropped charges ("the State's Attorney's Office dropped every count") tried no one
    const dropped = (i: number) =>
      o.mentions.some((m) => m.sentence === i && /^\s+(?:\p{Ll}+\s+){0,2}?(?:dropped|dismissed|withdrew|abandoned)\b/u.test(ctx.text.slice(m.end, m.end + 40))) ||
      (!TRIAL_WORDS.test(ctx.sentences[i]!.text) && outcomesOf(ctx.sentences[i]!).some((x) => x.outcome === "dismissed"));
    const held = sentences.find((i) => !plannedAt(i) && !dropped(i));
    const planned = sentences.find(plannedAt);
    if (held !== undefined) ctx.relate("PROSECUTED", o, trialFor(main, "held", held), held, 0.55);
    if (planned !== undefined) ctx.relate("PROSECUTED", o, trialFor(main, "planned", planned), planned, 0.55);
  }
  // Witnesses: named next to "testified", or the complainants when "the women testified".
  for (const s of ctx.sentences) {
    if (!TESTIFY.test(s.text) && !/\b(?:witness\w*|call(?:ed)?)\b/i.test(s.text)) continue;
    const { masked, persons, surfaces } = mask(ctx, s.index);
    for (const re of WITNESS) {
      re.lastIndex = 0;
      for (const m of masked.matchAll(re)) {
        const fits = ctx.fitsPronoun(m[2]);
        const e = m[1] !== undefined ? persons[Number(m[1])] : ctx.salientPerson(s.index, s.start + (m.index ?? 0), (x) => fits(x) && !legalRole(ctx, x));
        if (!e || legalRole(ctx, e)) continue;
        // "his agreement to testify against his former boss": a witness of the one trial still to come
        const planned = /\b(?:will|to)\s+testify\b/i.test(m[0]) ? ctx.byType("Trial").filter((t) => t.attrs.status === "planned" && t.hints?.defendant !== e.id) : [];
        ctx.relate("TESTIFIED_IN", e, planned.length === 1 ? planned[0] : trialFor(main, "held", s.index), s.index, 0.65);
        // "witnesses ... were A, the former ..., and B"; "the Doe brothers testified"
        if (m[1] !== undefined) for (const other of coordinated(ctx, s.index, e)) if (!legalRole(ctx, other)) ctx.relate("TESTIFIED_IN", other, trialFor(main, "held", s.index), s.index, 0.6);
        const family = m[1] !== undefined && /^\s+(?:brothers|sisters|siblings|couple|family)\b/.test(masked.slice((m.index ?? 0) + m[0].indexOf(`\u0001${m[1]}\u0001`) + `\u0001${m[1]}\u0001`.length));
        if (family) {
          // "The Doe brothers": the surname as written, whichever brother the name was resolved to
          const surname = surfaces[Number(m[1])]!.split(/\s+/).pop();
          for (const p of ctx.persons()) if (p !== e && p.label.split(/\s+/).pop() === surname) ctx.relate("TESTIFIED_IN", p, trialFor(main, "held", s.index), s.index, 0.55);
        }
      }
    }
    if (PLURAL_WITNESS.test(s.text)) {
      for (const c of charges) {
        const v = ctx.entity(c.hints?.victim);
        if (v) ctx.relate("TESTIFIED_IN", v, trialFor(main, "held", s.index), s.index, 0.55);
      }
    }
  }
  // Judges work for a court: the one their trial was held at, or for appeal judges the one that ruled,
  // when the article leaves no doubt which (one such court).
  const trialCourts = ctx.byType("Court").filter((c) => !appellate.has(c) && !APPEAL_PATTERNS.some((p) => p.test(c.label)) && !/\bSupreme Court\b/.test(c.label) && /\bCourt\b/.test(c.label));
  const rulingCourts = [...appellate];
  for (const p of ctx.persons()) {
    if (!ctx.rolesOf(p).some((r) => roleOf(r)?.legal === "judge") || ctx.relationsFrom(p.id).some((r) => r.type === "WORKS_FOR")) continue;
    const text = [...new Set(p.mentions.map((m) => m.sentence))].map((i) => ctx.sentences[i]!.text).join(" ");
    const onAppeal = /\b(?:writing for|joined the (?:ruling|opinion|majority)|dissent\w*|the panel|the majority)\b/i.test(text);
    const pool = onAppeal ? rulingCourts : ctx.relationsFrom(p.id).some((r) => r.type === "PRESIDED_OVER") ? trialCourts : [];
    if (pool.length === 1) ctx.relate("WORKS_FOR", p, pool[0], p.mentions[0]!.sentence, 0.5);
    // an appeal judge of an article about several rulings sits on the court the article is about: the one it names most
    else if (onAppeal && pool.length > 1) {
      const [first, second] = [...pool].sort((a, b) => b.mentions.length - a.mentions.length);
      if (first!.mentions.length > second!.mentions.length) ctx.relate("WORKS_FOR", p, first, p.mentions[0]!.sentence, 0.4);
    }
  }
  // Courts: where the trial was held, unless the court only ruled on appeal.
  const appealInArticle = ctx.relations.some((r) => r.type === "OVERTURNS");
  const judgeCourts = new Set(ctx.relations.filter((r) => r.type === "WORKS_FOR" && ctx.relationsFrom(r.source).some((x) => x.type === "PRESIDED_OVER")).map((r) => r.target));
  for (const c of ctx.byType("Court")) {
    if (appellate.has(c) || APPEAL_PATTERNS.some((p) => p.test(c.label))) continue;
    if (appealInArticle && /\bSupreme Court\b/.test(c.label)) continue;
    const s = c.mentions.find((m) => TRIAL_WORDS.test(ctx.sentences[m.sentence]!.text))?.sentence;
    if (s === undefined && !judgeCourts.has(c.id)) continue;
    const trial = trialFor(main, "held", s ?? c.mentions[0]!.sentence);
    ctx.relate("HELD_AT", trial, c, s ?? c.mentions[0]!.sentence, judgeCourts.has(c.id) ? 0.75 : 0.6);
  }
}

/**
 * A lede that describes before it names: "A former nurse was convicted on Monday ... Abigail Thornbury,
 * 41, ...". An indefinite description opening one of the first sentences stands for the first person the
 * next two sentences introduce.
 */
function introductions(ctx: ArticleContext): void {
  for (const s of ctx.sentences.slice(0, 4)) {
    const m = INTRODUCTION.exec(s.text);
    if (!m?.groups) continue;
    const { role, age } = m.groups;
    const info = role ? roleByForm.get(role.toLowerCase()) : undefined;
    if (info?.legal || info?.unnamed) continue;
    // a definite description may have its name in the same sentence ("The production assistant, who testified as Jane Doe,")
    const definite = m.groups.np!.startsWith("The");
    if (ctx.namesIn(s.index).some((n) => n.type === "Person" && (definite || n.start < s.start + m.index + m[0].length))) continue;
    const known = new Set(ctx.sentences.slice(0, s.index + 1).flatMap((x) => ctx.namesIn(x.index)).map((n) => ctx.entityOf.get(n)));
    let person: Entity | undefined;
    for (const next of ctx.sentences.slice(s.index + 1, s.index + 3)) {
      const first = ctx.namesIn(next.index).find((n) => n.type === "Person" && !known.has(ctx.entityOf.get(n)) && !legalRole(ctx, ctx.entityOf.get(n)!) && !witnessAt(ctx, n));
      if (first) { person = ctx.entityOf.get(first); break; }
    }
    if (!person) continue;
    const start = s.start + m.index + m[0].indexOf(m.groups.np!);
    ctx.describe(person, s.index, start, start + m.groups.np!.length);
    if (age && !person.attrs.age) person.attrs.age = Number(age);
    if (info) {
      const roleStart = start + m.groups.np!.lastIndexOf(role!);
      ctx.holdsRole(person, info.label, s.index, roleStart, roleStart + role!.length, 0.55);
    }
  }
}

/**
 * A lede that puts someone in the dock by description and names them later: "dropped charges against the
 * owner of a Bellmore restaurant ... that John Doe, 52, had", "convicted his former accountant of forgery.
 * The accountant, John Doe, 49, ...". The description stands for the person named later with its role,
 * else for the first person the next two sentences introduce.
 */
function describedDefendants(ctx: ArticleContext): void {
  for (const s of ctx.sentences.slice(0, 4)) {
    for (const m of matchesFrom(s.text, CASE_OBJECT_START, CASE_OBJECT)) {
      const { np, role, age } = m.groups!;
      const info = role ? roleByForm.get(role.toLowerCase()) : undefined;
      if (info?.legal || info?.unnamed) continue;
      const start = s.start + m.index + m[0].length - np!.length;
      const end = start + np!.length;
      // "his site manager, Corey Baird": named on the spot
      if (ctx.namesIn(s.index).some((n) => n.type === "Person" && n.start < end + 4 && n.end > start)) continue;
      const known = new Set(ctx.sentences.slice(0, s.index + 1).flatMap((x) => ctx.namesIn(x.index)).map((n) => ctx.entityOf.get(n)));
      const later = ctx.sentences.slice(s.index + 1).flatMap((x) => ctx.namesIn(x.index)).filter((n) => n.type === "Person" && !known.has(ctx.entityOf.get(n)));
      const withRole = info && later.find((n) => ctx.rolesOf(ctx.entityOf.get(n)!).includes(info.label));
      const next = later.find((n) => n.sentence <= s.index + 2 && !legalRole(ctx, ctx.entityOf.get(n)!) && !witnessAt(ctx, n));
      const person = ctx.entityOf.get((withRole || next)!);
      if (!person) continue;
      ctx.describe(person, s.index, start, end);
      if (age && !person.attrs.age) person.attrs.age = Number(age);
      if (info) {
        const roleStart = start + np!.lastIndexOf(role!);
        ctx.holdsRole(person, info.label, s.index, roleStart, roleStart + role!.length, 0.55);
      }
    }
  }
}

/** "the 73-year-old former film mogul", "the comedian": the person the sentence is about, with the role it names. */
export function describePeople(ctx: ArticleContext): void {
  introductions(ctx);
  for (const s of ctx.sentences) {
    DESCRIPTION_START.lastIndex = 0;
    if (!DESCRIPTION_START.test(s.text)) continue; // no match can begin, whatever the test below says
    if (!/-year-old/.test(s.text) && !s.text.split(/[^\p{L}-]+/u).some((w) => ROLE_HEADS.has(w.toLowerCase()))) continue;
    for (const m of matchesFrom(s.text, DESCRIPTION_START, DESCRIPTION)) {
      const { role } = m.groups!;
      const age = m.groups!.age ?? m.groups!.onlyAge;
      if (!age && !role) continue;
      const pos = s.start + m.index;
      // a description that introduces someone new ("about the scientist who led") or is an object is no reference
      const follows = s.text.slice(m.index + m[0].trimEnd().length);
      if (/^\s+(?:who|that|whose|which)\b/.test(follows)) continue;
      if (/\b(?:about|of|for|with|to|from|at|by|as|than|like|against|toward|towards)\s+$/i.test(upTo(s.text, m.index))) continue;
      if (/['’]s\s*$/.test(upTo(s.text, m.index))) continue;
      const info = role ? roleByForm.get(role.toLowerCase()) : undefined;
      if (role && !info) continue;
      if (info?.legal || info?.unnamed) continue;
      if (/^\s*(?:stand|box)\b/.test(s.text.slice(m.index + m[0].length))) continue;
      if (role && /s$/.test(role) && !/ss$/.test(role)) continue;
      if (/["”]\s*$/.test(upTo(s.text, m.index + m[0].length - (role?.length ?? 0)))) continue;
      if (/^['’]s\b/.test(follows)) continue; // "the physicist's rival" names someone else
      // "The accountant, Suresh Patil, 49, was sentenced": the name beside the description is the one it means
      // "The production assistant, who testified under the pseudonym Jane Doe,": so is the name given to the one described
      const descEnd = pos + m[0].trimEnd().length;
      const beside = /^(?:,|\s+(?:of|at|for)\s)/.test(follows)
        ? ctx.namesIn(s.index).find((n) => n.type === "Person" && n.start >= descEnd && (/^(?:\s+(?:of|at|for)\s+[^,;.]{1,50})?,\s*$/.test(ctx.text.slice(descEnd, n.start)) || PSEUDONYM.test(ctx.text.slice(descEnd, n.start))))
        : undefined;
      const person = beside ? ctx.entityOf.get(beside) : ctx.describedPerson(s.index, pos, (e) => !legalRole(ctx, e), info?.label);
      if (!person) continue;
      ctx.describe(person, s.index, pos, pos + m[0].trimEnd().length);
      if (age && !person.attrs.age) person.attrs.age = Number(age);
      if (info) {
        const roleStart = pos + m[0].lastIndexOf(role!);
        ctx.holdsRole(person, info.label, s.index, roleStart, roleStart + role!.length, 0.6);
      }
    }
  }
  describedDefendants(ctx);
}
