// Charges: one Charge per defendant, offence, complainant and outcome. Counts of one offence that
// end differently ("guilty on two counts of bank fraud", "deadlocked on two further bank fraud
// counts") are two charges; a mention that says no outcome ("charged with bank fraud") stands for
// every charge of that offence it fits.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { ChargeData } from "../spans/charges.ts";
import type { CaseEvent, ChargeRef } from "./events.ts";
import { NO_COMPLAINANT } from "../../lexicon/index.ts";
import { gradedApart } from "./grades.ts";
import { antecedents } from "./charge-antecedents.ts";

export interface ChargeNode {
  entity: Entity;
  defendant: Entity;
  family: string;
  victim?: Entity;
  /** The outcome the verdicts give it, mistrial and deadlock as one. */
  outcome?: string;
}

export interface Said {
  ref: ChargeRef;
  /** The offence it names: the phrase's own, or its antecedent's for "the same two charges". */
  data: ChargeData;
  event: CaseEvent;
  defendant: Entity;
  victim?: Entity;
  outcome?: string;
}

/**
 * The outcome that tells counts apart: a verdict's in the trial the article reports. An earlier
 * trial's conviction of the same count ("had found him guilty in 2020") does not make it another count.
 */
const outcomeOf = (e: CaseEvent) => (e.kind === "verdict" && e.set.trial !== "earlier" ? (e.set.outcome === "hung_jury" ? "mistrial" : e.set.outcome) : undefined);
/** Kinds of offence that name another they aimed at: "conspiracy to commit X", "attempted X". */
const INCHOATE_KINDS = new Set(["conspiracy", "attempt", "solicitation", "incitement"]);
/** Marks the key of an offence only an earlier case tells of. */
const EARLIER = "\u0001earlier";
const CRIMINAL_OUTCOMES = new Set(["guilty", "not_guilty", "mistrial", "dismissed"]);

export function buildCharges(events: readonly CaseEvent[], facts: Facts, partOf: (sentence: number) => number = () => 0): { nodes: ChargeNode[]; of: Map<ChargeRef, ChargeNode[]> } {
  const said: Said[] = [];
  for (const e of events) {
    if (!e.charges.length || !e.defendants.length) continue;
    // a complainant told beside a charge whose defendant goes unsaid marks that defendant's charge, if told; it makes none
    if (e.kind === "victim" && e.inferred) continue;
    const outcome = outcomeOf(e);
    if (outcome && !CRIMINAL_OUTCOMES.has(outcome) || e.kind === "verdict" && !CRIMINAL_OUTCOMES.has(e.set.outcome === "hung_jury" ? "mistrial" : e.set.outcome ?? "")) continue;
    const paired = e.respectively && e.defendants.length > 1 && e.defendants.length === e.charges.length;
    for (const [i, d] of e.defendants.entries()) for (const [j, ref] of e.charges.entries()) {
      if (paired && i !== j) continue;
      if (ref.data.deed) continue; // ("who raped and murdered X": what was done marks the charges told, and makes none)
      const named = ref.data.anaphor && !ref.data.family ? antecedents(ref, d, e, said) : [ref.data];
      for (const data of named) {
        if (!data.family) continue; // "count five" names no offence
        // "threw out his assault conviction" with no one said: "his" may be another's, of a case told for
        // comparison; it is the article's defendant's only if their charges name the offence already
        if (e.kind === "appeal" && e.inferred && data.owned && !said.some((s) => s.defendant === d && sameOffence(s.data, data))) continue;
        let victim = (data.victim as Entity | undefined) ?? (e.victims.length === 1 ? e.victims[0] : undefined);
        if (victim === d) victim = undefined; // no one is the complainant of a charge against them
        said.push({ ref, data, event: e, defendant: d, ...(victim && { victim }), ...(outcome && { outcome }) });
        // ("assaulting A, B and C": a charge of the offence against each complainant listed)
        if (victim === data.victim) for (const v of (data.others ?? []) as Entity[]) if (v !== d) said.push({ ref, data, event: e, defendant: d, victim: v, ...(outcome && { outcome }) });
      }
    }
  }
  // victims named apart from the charge ("The charge related to an attack on X") belong to the defendant's charges of that offence
  for (const e of events) {
    if (e.kind !== "victim" || !e.victims.length || e.set.death) continue;
    // ("convicted of stalking X ... and acquitted of criminal damage": a complainant a charge phrase of the sentence names is that charge's alone)
    if (!e.charges.length && e.victims.every((v) => said.some((s) => s.event.sentence === e.sentence && s.data.victim === v))) continue;
    // the charges it names, or those named in the same sentence
    const fits = (s: Said) => e.charges.length ? e.charges.some((c) => sameOffence(c.data, s.data)) : s.event.sentence === e.sentence;
    // ("The victims, A and B, were attacked ... also convicted of breaching a release order": an offence that wrongs no one person has no complainant)
    const open = (s: Said) => !s.victim && e.victims[0] !== s.defendant && (!e.defendants.length || e.defendants.includes(s.defendant)) && !wrongsNoOne(s.data);
    // (an offence told by its verb marks only a charge of it told as one count with no complainant yet:
    // "charges that he raped three women ... who said he raped her" names no one count)
    const single = (s: Said) => !e.charges.some((c) => c.data.deed) || !said.some((x) => x.defendant === s.defendant && sameOffence(s.data, x.data) && ((x.data.count ?? 1) > 1 || !!x.victim && x.victim !== e.victims[0]));
    const here = said.filter((s) => open(s) && fits(s) && single(s));
    // "The charge in question was related to a 2013 attack on X": no charge named beside it, the last one told before
    // ("The victims, A and B, were students. Mendel admitted two counts ...": else the first told just after)
    // (of one offence only: "convicted of murder ... acquitted of attempted murder ... targeted patients, among them X" names no count)
    // ("convicted of murder and robbery ... The charges relate to the killing of X": a killing's victim is the homicide count's)
    const kin = (s: Said) => open(s) && (!e.set.killing || HOMICIDE.test(s.data.family) && !INCHOATE.test(s.data.family));
    const near = (from: number, to: number) => {
      const found = said.filter((s) => kin(s) && s.event.sentence >= from && s.event.sentence <= to);
      const around = said.filter((s) => kin(s) && s.event.sentence >= Math.min(from, e.sentence) - 2 && s.event.sentence <= Math.max(to, e.sentence) + 2);
      return new Set(around.map((s) => s.data.family)).size > 1 ? [] : found;
    };
    // (a story of one offence by one accused reaches further back: "pleaded guilty to five counts of cheating ... One of
    // the victims, X")
    const reach = new Set(said.map((s) => s.data.family)).size === 1 && new Set(said.map((s) => s.defendant)).size === 1 ? 6 : 2;
    const before = here.length || e.charges.length ? [] : near(e.sentence - reach, e.sentence - 1).slice(-1);
    if (!here.length && !e.charges.length && !before.length) before.push(...near(e.sentence + 1, e.sentence + 2).slice(0, 1));
    // "raping the women identified as A and B": one count per complainant
    for (const s of [...here, ...before]) {
      s.victim = e.victims[0];
      for (const v of e.victims.slice(1)) if (v !== s.defendant) said.push({ ...s, victim: v });
    }
    // "the manslaughter of A, 19, and B, 22": the charge phrase kept the first; the others are counts of their own
    if (e.charges.length) for (const s of said.filter((x) => x.victim === e.victims[0] && x.event.sentence === e.sentence && fits(x))) {
      for (const v of e.victims.slice(1)) if (v !== s.defendant && !said.some((x) => x.ref === s.ref && x.defendant === s.defendant && x.victim === v)) said.push({ ...s, victim: v });
    }
  }
  overDeath(events, said, partOf);
  killingsNamed(said);
  sentencedForDeeds(said);
  shortNamed(said);
  const nodes: ChargeNode[] = [];
  const of = new Map<ChargeRef, ChargeNode[]>();
  const groups = new Map<string, Said[]>();
  const keyOf = joinGeneric(said, events);
  // (an earlier case's offence is kept apart by a mark on its key, not on its name)
  const offenceOf = (s: Said) => keyOf(s).replace(EARLIER, "");
  for (const s of said) {
    const key = `${s.defendant.id}|${keyOf(s)}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  // one kind of offence told apart into several ("forcible rape", "forcible oral copulation"): each keeps its
  // offence among its hints, so that no other article's mention joins them into one
  const kindOf = (s: Said) => `${s.defendant.id}|${s.data.broad ?? s.data.family}`;
  const offencesOfKind = new Map<string, Set<string>>();
  for (const s of said) offencesOfKind.set(kindOf(s), (offencesOfKind.get(kindOf(s)) ?? new Set()).add(offenceOf(s)));
  for (const group of groups.values()) {
    // the distinct (complainant, outcome) pairs the mentions say; those that say less join the ones they fit
    const kinds: { victim?: Entity; outcome?: string }[] = [];
    for (const s of group) if ((s.victim || s.outcome) && !kinds.some((k) => k.victim === s.victim && k.outcome === s.outcome)) kinds.push({ victim: s.victim, outcome: s.outcome });
    // a complainant said without outcome, and an outcome said without complainant, are one charge when only one of each is known
    const merged = mergeKinds(kinds);
    if (!merged.length) merged.push({});
    const made = merged.map((k) => {
      const first = group[0]!;
      // (the offence's noun, where one mention names it so: "theft" rather than the lede's "stealing")
      // (and never one told by the head alone: "the intimidation count" names "criminal intimidation")
      let named = group.find((s) => s.data.family === offenceOf(s) && !SHORT.has(s)) ?? first;
      if (named.data.label.endsWith("ing")) named = group.find((s) => s.data.label.toLowerCase() === s.data.family && !s.data.label.endsWith("ing")) ?? named;
      const entity = facts.make("Charge", named.data.label, {}, {
        defendant: first.defendant.id, family: first.data.broad ?? first.data.family,
        ...(offencesOfKind.get(kindOf(first))!.size > 1 && { offence: offenceOf(first) }),
        ...(keyOf(first).endsWith(EARLIER) && { case: "earlier" }),
        ...(k.victim && { victim: k.victim.id }), ...(k.outcome && { outcome: k.outcome }),
        // without a complainant, one article's charge may be another's count with a complainant
        ...(!k.victim && { general: "yes" }),
      });
      const node: ChargeNode = { entity, defendant: first.defendant, family: offenceOf(first), ...(k.victim && { victim: k.victim }), ...(k.outcome && { outcome: k.outcome }) };
      nodes.push(node);
      return node;
    });
    for (const s of group) {
      const fits = made.filter((n) => (!s.victim || !n.victim || n.victim === s.victim) && (!s.outcome || !n.outcome || n.outcome === s.outcome));
      const targets = fits.length ? fits : made;
      of.set(s.ref, [...new Set([...(of.get(s.ref) ?? []), ...targets])]);
      for (const n of targets) {
        facts.mention(n.entity, s.ref.mention);
        const label = s.data.label;
        // the fullest way the text names the offence, in the singular ("indecent assault", not "indecent assaults")
        const singular = n.entity.label.toLowerCase() === `${label.toLowerCase()}s`;
        if (singular || label.length > n.entity.label.length && label.toLowerCase().endsWith(n.entity.label.toLowerCase().replace(/^.*\s/, "")) && `${n.entity.label.toLowerCase()}s` !== label.toLowerCase()) {
          if (!n.entity.aliases.includes(n.entity.label)) n.entity.aliases.push(n.entity.label);
          n.entity.label = label;
        } else if (label !== n.entity.label && !n.entity.aliases.includes(label)) n.entity.aliases.push(label);
      }
    }
  }
  kindsNamed(said, nodes, of);
  return { nodes, of };
}

/** "the fraud counts", "the drugs charges": every count of a kind, named by the kind alone in the plural. */
const KIND_PLURAL = /^the\s.*\b(?:charges|counts|offences|offenses)$/i;

/**
 * "convicted Pendry on the fraud counts but acquitted him of money laundering", after "three counts of securities
 * fraud, two counts of wire fraud and one count of money laundering": a plural that names a kind of offence stands for
 * each of the defendant's offences of that kind (one of them was all the joining of mentions gave it), where the
 * outcomes fit.
 */
function kindsNamed(said: readonly Said[], nodes: readonly ChargeNode[], of: Map<ChargeRef, ChargeNode[]>): void {
  for (const s of said) {
    if (!KIND_PLURAL.test(s.ref.mention.surface) || s.data.count !== undefined || s.data.anaphor || s.data.victim || (s.data.broad ?? s.data.family) !== s.data.family) continue;
    const kind = nodes.filter((n) => n.defendant === s.defendant && (n.entity.hints?.family === s.data.family || ` ${n.family} `.includes(` ${s.data.family} `)) && (!s.outcome || !n.outcome || n.outcome === s.outcome));
    if (new Set(kind.map((n) => n.family)).size < 2) continue;
    of.set(s.ref, [...new Set([...(of.get(s.ref) ?? []), ...kind])]);
  }
}

/** An offence that wrongs no one person: "breaching a release order", "possession of a firearm". */
const wrongsNoOne = (d: ChargeData) => d.label.toLowerCase().split(/\s+/).some((w) => NO_COMPLAINANT.has(w));

/**
 * "Accused of killing Amir Patel" beside "pleaded not guilty to capital murder": a killing told by its verb
 * is the defendant's one homicide count the article names (with its complainant), not a charge of its
 * own; where none or several are named, it stays as told.
 */
function killingsNamed(said: Said[]): void {
  for (const s of said) {
    if (s.data.family !== "killing") continue;
    const named = [...new Set(said.filter((x) => x.defendant === s.defendant && x.data.family !== "killing" && HOMICIDE.test(x.data.family) && !INCHOATE.test(x.data.family)).map((x) => x.data.family))];
    if (named.length !== 1) continue;
    const to = said.find((x) => x.defendant === s.defendant && x.data.family === named[0])!;
    s.data = { ...s.data, label: to.data.label, family: to.data.family, broad: to.data.broad };
  }
}

/**
 * "was sentenced to 87 months for defrauding pandemic relief programs": a sentence passed for what the
 * defendant did, told by no offence's name, is passed on the counts the article names them pleading to or
 * convicted of; it is no further charge. With no named count, it stays as told.
 */
const TOLD_BY_DEED = /^\p{L}+ing /u;
function sentencedForDeeds(said: Said[]): void {
  for (let i = said.length - 1; i >= 0; i--) {
    const s = said[i]!;
    // ("sentenced for stealing billions from customers": one gerund before what was taken, too)
    if (s.event.kind !== "sentence" || !(TOLD_BY_DEED.test(s.data.label) && TOLD_BY_DEED.test(s.data.family) || s.ref.withObject) || s.victim) continue;
    if (said.some((x) => x.defendant === s.defendant && x.event.kind !== "sentence" && !TOLD_BY_DEED.test(x.data.label))) said.splice(i, 1);
  }
}

/**
 * "charged with rape, robbery and criminal intimidation ... not guilty on the intimidation count", "malversation of
 * public funds ... acquitted him of malversation": an offence told later by the head of one the defendant's charges
 * named in full is that charge, where it fits one only, is never named as its own and has no other outcome (nor is the
 * fuller one an attempt or a conspiracy: "attempted murder" is no murder).
 */
function shortNamed(said: Said[]): void {
  const to = new Map<Said, Said>();
  for (const s of said) {
    const f = s.data.family;
    if (s.data.anaphor || s.data.deed || !f) continue;
    // (what the sentence itself names is one telling: two rules reading it, or a list "sexual assault and assault")
    const mine = said.filter((x) => x.defendant === s.defendant && x.event.sentence !== s.event.sentence && !x.data.anaphor);
    if (mine.some((x) => x.data.family === f)) continue;
    const fuller = [...new Set(mine.map((x) => x.data.family).filter((g) => g !== f && !INCHOATE.test(g) && (g.endsWith(` ${f}`) || g.startsWith(`${f} `))))];
    if (fuller.length !== 1) continue;
    if (said.some((x) => x.defendant === s.defendant && x.event.sentence === s.event.sentence && x.data.family === fuller[0])) continue;
    // (a lede's "convicted of fraud" over counts told later, one of them "acquitted ... of a wire fraud charge": a cover term, no count)
    if (s.outcome && mine.some((x) => x.data.family === fuller[0] && x.outcome && x.outcome !== s.outcome)) continue;
    to.set(s, mine.find((x) => x.data.family === fuller[0])!);
  }
  for (const [s, x] of to) { s.data = { ...s.data, family: x.data.family, broad: x.data.broad }; SHORT.add(s); }
}
/** The mentions shortNamed gave a fuller offence. */
const SHORT = new WeakSet<Said>();

/** Offences of a death: the complainant of one died ("attempted murder" and "conspiracy to murder" are not). */
const HOMICIDE = /manslaughter|murder|homicide|death/;
const INCHOATE = /attempt|conspir|solicit|incit/;

/**
 * "The case over the death of X", "her part in the death of X": where the article tells of one death a
 * case is over, X is the complainant of every homicide count that names no one (one count per complainant).
 */
function overDeath(events: readonly CaseEvent[], said: Said[], partOf: (sentence: number) => number): void {
  for (const part of new Set(said.map((s) => partOf(s.event.sentence)))) {
    // (a death told before the article turns to another case is not that case's: "Separately, X was convicted of murder")
    overDeathIn(events.filter((e) => partOf(e.sentence) === part), said.filter((s) => partOf(s.event.sentence) === part), said);
  }
}

function overDeathIn(events: readonly CaseEvent[], own: readonly Said[], said: Said[]): void {
  const deaths = events.filter((e) => e.kind === "victim" && e.set.death && e.victims.length);
  if (!deaths.length) return;
  const dead = [...new Set(deaths.flatMap((e) => e.victims))];
  // (two deaths told apart are two cases: no way to tell whose count is whose; "A and B died ... A's murder" is one)
  if (!deaths.some((e) => e.victims.length === dead.length)) return;
  for (const s of own) {
    if (s.victim || dead.includes(s.defendant) || !HOMICIDE.test(s.data.family) || INCHOATE.test(s.data.family)) continue;
    s.victim = dead[0];
    for (const v of dead.slice(1)) said.push({ ...s, victim: v });
  }
}

/** Whether a charge phrase names the offence said: the same one, or its kind named bare ("the rape charge" for forcible rape). */
function sameOffence(named: ChargeData, said: ChargeData): boolean {
  return named.family === said.family || named.family === named.broad && named.broad === (said.broad ?? said.family);
}

/**
 * The offence each mention is of. Mentions of one kind of offence against one defendant ("a felony
 * sex abuse charge", "a charge of first-degree criminal sexual act") are the press's varied names
 * for one charge, unless the text tells them apart: named side by side in one list ("guilty of forcible
 * rape, forcible oral copulation and sexual penetration"), or given different outcomes or complainants.
 */
function joinGeneric(said: readonly Said[], events: readonly CaseEvent[]): (s: Said) => string {
  interface Offence { who: string; keys: Set<string>; events: Set<CaseEvent>; outcomes: Set<string>; victims: Set<Entity>; past: boolean }
  const groups = new Map<string, Offence[]>(); // by defendant and kind
  const of = new Map<string, Offence>(); // by defendant and offence
  // a count an earlier case ended is not the same-named count of the trial reported, unless this trial is that case again
  const again = new Set<string>();
  for (const e of events) if (e.kind === "appeal" && e.set.outcome === "overturned" || e.kind === "trial" && e.set.trial === "retrial") for (const d of e.defendants) again.add(d.id);
  // (an appeal's count is the earlier case's, told in its sentence or of its defendant: "affirmed the bribery
  // conviction of X. X was convicted in 2022 of bribery")
  const earlierCase = (s: Said) => s.event.set.trial === "earlier" || s.event.kind === "appeal" && events.some((e) => e.set.trial === "earlier" && (e.sentence === s.event.sentence || e.defendants.includes(s.defendant)));
  // one phrase names one offence: "upheld X's conviction for bribery" is a charge (the possessive) and the
  // earlier case's count (the conviction appealed), and the charge is that count
  const mentionKey = (s: Said) => `${s.defendant.id}|${s.ref.mention.start}|${s.ref.mention.end}`;
  const pastMentions = new Set(said.filter(earlierCase).map(mentionKey));
  const past = (s: Said) => !again.has(s.defendant.id) && (earlierCase(s) || pastMentions.has(mentionKey(s)));
  const idOf = (s: Said) => `${s.defendant.id}|${s.data.family}${past(s) ? EARLIER : ""}`;
  for (const s of said) {
    const id = idOf(s);
    let o = of.get(id);
    if (!o) {
      o = { who: s.defendant.id, keys: new Set([s.data.family]), events: new Set(), outcomes: new Set(), victims: new Set(), past: past(s) };
      of.set(id, o);
      const kind = `${s.defendant.id}|${s.data.broad ?? s.data.family}`;
      groups.set(kind, [...(groups.get(kind) ?? []), o]);
    }
    o.events.add(s.event);
    if (s.outcome) o.outcomes.add(s.outcome);
    if (s.victim) o.victims.add(s.victim);
  }
  // an earlier trial's counts ("convicted in New York in 2020 of rape and a criminal sexual act") are no paraphrase
  // of this one's, unless this trial is that case again (a conviction overturned, a retrial)
  const earlier = (o: Offence) => [...o.events].every((e) => e.set.trial === "earlier");
  const apart = (a: Offence, b: Offence) => a.past !== b.past || [...a.events].some((e) => b.events.has(e)) || !again.has(a.who) && earlier(a) !== earlier(b)
    || a.outcomes.size > 0 && b.outcomes.size > 0 && ![...a.outcomes].every((x) => b.outcomes.has(x))
    || a.victims.size > 0 && b.victims.size > 0 && ![...a.victims].some((x) => b.victims.has(x))
    || gradedApart(a.keys, b.keys);
  for (const [key, list] of groups) {
    const kind = key.slice(key.indexOf("|") + 1);
    // conspiracies to commit two different offences are two charges, whatever else they share
    const aimed = (o: Offence) => [...o.keys].every((k) => k !== kind);
    const distinctAims = (a: Offence, b: Offence) => INCHOATE_KINDS.has(kind) && aimed(a) && aimed(b);
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const a = list[x]!, b = list[y]!;
      if (apart(a, b) || distinctAims(a, b)) continue;
      for (const k of b.keys) a.keys.add(k);
      for (const e of b.events) a.events.add(e);
      for (const v of b.outcomes) a.outcomes.add(v);
      for (const v of b.victims) a.victims.add(v);
      list.splice(y--, 1);
    }
    for (const o of list) for (const k of o.keys) of.set(`${o.who}|${k}${o.past ? EARLIER : ""}`, o);
  }
  return (s) => {
    const o = of.get(idOf(s))!;
    // the fullest name the text gives the offence: "first-degree criminal sexual act" over "felony sex abuse"
    return [...o.keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]! + (o.past ? EARLIER : "");
  };
}

function mergeKinds(kinds: { victim?: Entity; outcome?: string }[]): { victim?: Entity; outcome?: string }[] {
  const full = kinds.filter((k) => k.victim && k.outcome);
  const victimsOnly = kinds.filter((k) => k.victim && !k.outcome);
  const outcomesOnly = kinds.filter((k) => !k.victim && k.outcome);
  const out = [...full];
  for (const v of victimsOnly) if (!out.some((k) => k.victim === v.victim)) out.push(v);
  for (const o of outcomesOnly) {
    if (out.some((k) => k.outcome === o.outcome)) continue;
    // one complainant known without an outcome: this outcome is hers
    const lone = out.filter((k) => !k.outcome);
    if (lone.length === 1) lone[0]!.outcome = o.outcome;
    else out.push(o);
  }
  return out;
}
