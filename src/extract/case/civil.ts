// Civil suits: who sued whom (a Trial of kind civil), where, and how the suit ended (liable, not
// liable, settled, with damages). In an article about a suit alone, its judge presides over the
// suit and its witnesses testify in it.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseEvent } from "./events.ts";
import { isCivil } from "./event-passes.ts";
import { APPELLATE, holdsLegalRole, speaksInCourt } from "./people.ts";
import { PROSECUTING_SIDES, roleInfo } from "../../lexicon/index.ts";

/** `hearing`: in an article that tells a criminal case too, the sentences that tell the suit's hearing (civil-parts.ts). */
export function buildCivilCases(events: readonly CaseEvent[], facts: Facts, mention: (e: Entity, ev: CaseEvent) => void, hearing: ReadonlySet<number> = new Set()): void {
  const suits: { trial: Entity; plaintiffs: Entity[]; defendants: Entity[]; sentences?: Set<number> }[] = [];
  // An event that shares a party with a suit is that suit's. Otherwise it is the article's one
  // suit only when it names one side at most, and for a verdict none: "a jury found Y liable"
  // beside "A sued X" is another suit's verdict, never a finding against X.
  const suitOf = (e: CaseEvent): (typeof suits)[number] | undefined => {
    // ("The SEC sued Copperleaf ... The family of X has also sued the company": the kin's suit, its plaintiffs
    // unnamed, is another than one a named plaintiff brought against the same company)
    if (KIN_SUITS.has(e.rule)) return suits.find((s) => !s.plaintiffs.length && e.defendants.some((d) => s.defendants.includes(d)));
    // ("The SEC sued Copperleaf ... Rancher X, who brought that case": one told as bringing a suit, not the one
    // whose plaintiff the article named, is no plaintiff of it)
    if (e.kind === "suit" && !e.defendants.length && suits.length === 1 && otherPlaintiffs(e, suits[0]!)) return undefined;
    // ("found the studio negligent but cleared its co-founder of personal liability": one verdict sentence, one suit)
    // ("Whalley countersued Cheverton": a counterclaim, both sides named the other way round, is decided in the suit it answers)
    // ("found him not liable in a lawsuit filed by X ... an award ordering him to pay Y": one defendant, two plaintiffs, two suits)
    const shared = suits.find((s) => (e.defendants.some((d) => s.defendants.includes(d)) && !otherPlaintiffs(e, s)) || (e.plaintiffs.some((p) => s.plaintiffs.includes(p)) && !otherDefendants(e, s)))
      ?? suits.find((s) => counterclaim(e, s) || (e.kind === "verdict" && s.sentences?.has(e.sentence)));
    if (shared || suits.length !== 1) return shared;
    // (the article's one suit, told first with its plaintiff alone: an event that names the one sued tells of it)
    if (!suits[0]!.defendants.length && !e.plaintiffs.some((p) => !suits[0]!.plaintiffs.includes(p))) return suits[0];
    const named = e.kind === "verdict" ? e.defendants.length + e.plaintiffs.length > 0 : e.defendants.length > 0 && e.plaintiffs.length > 0;
    return named ? undefined : suits[0];
  };
  /** The suit sharing a party with the event, else the one whose trial or parties were told last, in its sentence or the two before. */
  const toldSuit = (e: CaseEvent): (typeof suits)[number] | undefined => {
    const shared = suits.find((s) => e.defendants.some((d) => s.defendants.includes(d)));
    if (shared) return shared;
    const last = (s: (typeof suits)[number]) => Math.max(-1, ...[s.trial, ...s.plaintiffs, ...s.defendants].flatMap((x) => x.mentions.map((m) => m.sentence)).filter((i) => i <= e.sentence));
    const near = suits.map((s) => ({ s, at: last(s) })).filter((x) => x.at >= e.sentence - 2).sort((a, b) => b.at - a.at);
    return near.length && !(near[1] && near[1].at === near[0]!.at) ? near[0]!.s : undefined;
  };
  const civil = events.filter(isCivil).filter((e) => !overruled(e, events) && !prosecutionsCase(e, events, facts) && !prosecutionNamed(e) && !sentencesOrder(e, events) && !defenceRejected(e, events)).map((e) => parallelAction(e, events));
  // (a suit told before its parties are, "The suit, filed Thursday in X Court, ... Y sued Z", is theirs: those naming
  // the one sued go first)
  const told = civil.filter((x) => x.kind === "suit");
  /** Who brought a suit told before any suit was ("X brought the claim ... Y was found liable"): read after the verdicts. */
  const unplaced: CaseEvent[] = [];
  for (const e of [...told.filter((x) => x.defendants.length), ...told.filter((x) => !x.defendants.length)]) {
    // ("In 2018 he settled a lawsuit against X": the suit an earlier outcome of the same sentence ends is that earlier one, made below)
    if (e.defendants.length && civil.some((x) => x.kind === "verdict" && x.set.trial === "earlier" && x.sentence === e.sentence && e.defendants.every((d) => x.defendants.includes(d)))) continue;
    // ("The lawsuit, which also names X": more defendants of a suit told already, the one told last; never a suit of its own)
    let s = e.set.joins === "existing" ? toldSuit(e) : suitOf(e);
    if (!s && e.set.joins === "existing") continue;
    if (!s) {
      // a suit against no one named is no suit the graph can hold, unless the text says a lawsuit was brought and by
      // whom ("X has filed a lawsuit against the Grand Palms Resort", the resort a name the rules did not read)
      const who = e.defendants[0] ?? (PLAINTIFF_ALONE.has(e.rule) ? e.plaintiffs[0] : undefined);
      if (!who) {
        if (e.plaintiffs.length) unplaced.push(e);
        continue;
      }
      const label = e.defendants[0] ? `${e.plaintiffs[0] ? `${e.plaintiffs[0].label} v. ` : ""}${e.defendants[0].label}` : `${who.label} lawsuit`;
      s = { trial: facts.make("Trial", label, { kind: "civil" }, { kind: "civil", party: who.id }), plaintiffs: [], defendants: [] };
      suits.push(s);
    }
    // ("Author X sued for defamation" over "X has been sued by her publisher": a headline's passive, read as her own
    // suit, never makes the one sued its plaintiff too; a counterclaim names both sides the other way round)
    const cross = counterclaim(e, s);
    const plaintiffs = e.plaintiffs.filter((p) => cross || !s!.defendants.includes(p));
    const defendants = e.defendants.filter((d) => cross || !s!.plaintiffs.includes(d));
    for (const p of plaintiffs) if (!s.plaintiffs.includes(p)) s.plaintiffs.push(p);
    for (const d of defendants) if (!s.defendants.includes(d)) s.defendants.push(d);
    mention(s.trial, e);
    for (const p of plaintiffs) facts.relate("PLAINTIFF_IN", p, s.trial, e.sentence, e.confidence, e.rule);
    for (const d of defendants) facts.relate("DEFENDANT_IN", d, s.trial, e.sentence, e.confidence, e.rule);
    if (e.court) facts.relate("HELD_AT", s.trial, e.court, e.sentence, e.confidence, e.rule);
  }
  // a verdict dated years before the article's events ends an earlier suit, never the one reported
  const earlier: typeof suits = [];
  for (const e of civil.filter((x) => x.kind === "verdict")) {
    // ("ruled that X was the victim of phone hacking by Y's journalists and awarded her £140,600": the one wronged, read as
    // the one found liable and then as the one awarded, sued no one; only a finding "for" a party names it both ways)
    if (e.rule !== "civil.in-favour" && e.defendants.length && e.defendants.every((d) => e.plaintiffs.includes(d))) continue;
    const before = e.set.trial === "earlier";
    let s = before ? earlier.find((x) => e.defendants.some((d) => x.defendants.includes(d))) : suitOf(e);
    // "a jury found the studio liable": a suit, whoever brought it
    if (!s && e.defendants[0]) {
      const label = `${e.plaintiffs[0] ? `${e.plaintiffs[0].label} v. ` : ""}${e.defendants[0].label}${before ? " (earlier)" : ""}`;
      s = { trial: facts.make("Trial", label, { kind: "civil" }, { kind: "civil", party: e.defendants[0].id, ...(before && { phase: "earlier" }) }), plaintiffs: [...e.plaintiffs], defendants: [...e.defendants] };
      (before ? earlier : suits).push(s);
      mention(s.trial, e);
    }
    if (!s) continue;
    (s.sentences ??= new Set()).add(e.sentence);
    // ("X sued the airline ... the judge found for the airline": a finding for the one sued is one against the suit)
    const forSued = e.rule === "civil.in-favour" && (e.inferred || e.defendants.every((d) => e.plaintiffs.includes(d))) && e.plaintiffs.length > 0 && e.plaintiffs.every((p) => s.defendants.includes(p));
    const outcome = forSued ? "not_liable" : e.set.outcome!;
    let v = facts.entities.find((x) => x.type === "Verdict" && x.hints?.trial === s.trial.id && x.attrs.outcome === outcome);
    if (!v) v = facts.make("Verdict", `${s.trial.label}: ${outcome.replace("_", " ")}`, { outcome }, { trial: s.trial.id, outcome });
    if (e.damages) v.attrs.damages ??= e.damages;
    mention(v, e);
    facts.relate("RESULTED_IN", s.trial, v, e.sentence, e.confidence, e.rule);
    // ("A High Court jury has found ...": where the suit was tried)
    if (e.court) facts.relate("HELD_AT", s.trial, e.court, e.sentence, e.confidence, e.rule);
    for (const d of e.defendants) {
      if (s.plaintiffs.includes(d)) continue;
      facts.relate("DEFENDANT_IN", d, s.trial, e.sentence, e.confidence, e.rule);
      if (!s.defendants.includes(d)) s.defendants.push(d);
    }
    // (the defendant who won a counterclaim is its plaintiff: "found X at fault and awarded Y $1", where X sued Y)
    // (a settlement names no winner: "X settled with Y", where Y sued X, keeps the suit's sides)
    for (const p of e.plaintiffs) {
      if (s.defendants.includes(p) && !(counterclaim(e, s) && outcome !== "settled")) continue;
      facts.relate("PLAINTIFF_IN", p, s.trial, e.sentence, e.confidence, e.rule);
      // (one the verdict names as the winner is the suit's plaintiff, in its label too: "X v. Y")
      if (!s.plaintiffs.includes(p)) s.plaintiffs.push(p);
    }
  }
  // ("Peter and Anne Vale brought the claim. ... The builder was found liable": the article's one suit, made by its
  // verdict, is the one they brought; never one whose plaintiff is named otherwise, nor by one who speaks for a side)
  for (const e of unplaced) {
    const s = suits.length === 1 && !e.plaintiffs.some((p) => speaksInCourt(facts, events, p)) ? suitOf(e) : undefined;
    if (!s || e.plaintiffs.some((p) => s.defendants.includes(p))) continue;
    for (const p of e.plaintiffs) {
      if (!s.plaintiffs.includes(p)) s.plaintiffs.push(p);
      facts.relate("PLAINTIFF_IN", p, s.trial, e.sentence, e.confidence, e.rule);
    }
    mention(s.trial, e);
  }
  for (const s of suits) nameBothSides(s, facts);
  // an article about suits alone: its judges and witnesses are the suit's
  const criminal = events.some((e) => !isCivil(e) && (e.kind === "verdict" || e.kind === "charge" || e.kind === "plea"));
  if (suits.length > 1 && !criminal) witnessesOfSuits(suits, events, facts);
  // (beside a criminal case, only what the sentences of the suit's hearing tell)
  if (suits.length !== 1 || (criminal && !hearing.size)) return;
  const within = (i: number) => !criminal || hearing.has(i);
  const s = suits[0]!;
  const presided = events.some((e) => e.kind === "preside" && within(e.sentence));
  // with no one said to preside, the one trial judge the article names presided over the suit
  const judges = facts.entities.filter((p) => p.type === "Person" && !s.plaintiffs.includes(p) && !s.defendants.includes(p) && facts.relationsFrom(p, "HOLDS_ROLE").some((r) => roleInfo(facts.entity(r.target)!.label)?.legal === "judge" && !APPELLATE.test(facts.entity(r.target)!.aliases.join(" ")) && r.evidence.every(within)));
  if (!presided && judges.length === 1) {
    const r = facts.relationsFrom(judges[0]!, "HOLDS_ROLE").find((x) => roleInfo(facts.entity(x.target)!.label)?.legal === "judge")!;
    facts.relate("PRESIDED_OVER", judges[0], s.trial, r.evidence, 0.6, "case.the-article-judge");
  }
  // with one trial court named and none said to hold the suit, the suit was heard there ("a judge at the US district
  // court for the central district of California refused the company's request")
  // (a high court tries suits: "the seven-day trial at the high court in London")
  const courts = facts.entities.filter((c) => c.type === "Court" && c.mentions.length && !APPEAL_COURT.test(c.label) && c.mentions.every((m) => within(m.sentence)));
  if (courts.length === 1 && !facts.relationsFrom(s.trial, "HELD_AT").length) facts.relate("HELD_AT", s.trial, courts[0], courts[0]!.mentions[0]!.sentence, 0.6, "case.the-article-court");
  for (const e of events.filter((x) => within(x.sentence))) {
    // a party never presides; the parties' lawyers address the jurors, they do not testify
    const parties = [...s.plaintiffs, ...s.defendants];
    if (e.kind === "preside") for (const j of [e.people[0] ?? e.judge].filter((x): x is Entity => !!x && !parties.includes(x) && !holdsLegalRole(facts, x, "judge"))) facts.relate("PRESIDED_OVER", j, s.trial, e.sentence, e.confidence, e.rule);
    if (e.kind === "testify") for (const w of e.people.filter((p) => !speaksInCourt(facts, events, p))) facts.relate("TESTIFIED_IN", w, s.trial, e.sentence, e.confidence, e.rule);
  }
}

/**
 * "A sued X ... In a separate suit, B sued Y ... A's suit went to trial on Monday ... W testified": in an article about
 * several suits and no criminal case, a witness testified in the suit told of last before the testimony (the suit, its
 * verdict or one of its parties named there), when no other suit was told of in that sentence too.
 */
function witnessesOfSuits(suits: readonly { trial: Entity; plaintiffs: Entity[]; defendants: Entity[] }[], events: readonly CaseEvent[], facts: Facts): void {
  const told = (s: (typeof suits)[number]) => [s.trial, ...s.plaintiffs, ...s.defendants, ...facts.entities.filter((v) => v.type === "Verdict" && v.hints?.trial === s.trial.id)].flatMap((x) => x.mentions.map((m) => m.sentence));
  for (const e of events) {
    if (e.kind !== "testify") continue;
    const last = suits.map((s) => ({ s, at: Math.max(-1, ...told(s).filter((i) => i <= e.sentence)) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
    if (!last.length || (last[1] && last[1].at === last[0]!.at)) continue;
    for (const w of e.people.filter((p) => !speaksInCourt(facts, events, p))) facts.relate("TESTIFIED_IN", w, last[0]!.s.trial, e.sentence, e.confidence, e.rule);
  }
}

/**
 * An event that names only other defendants than a suit's, where the plaintiff they share is a body: a regulator
 * or a company brings many suits ("the SEC sued X ... Y settled with the SEC"), a person's one action names all hers.
 */
/** Whether an event names plaintiffs none of whom is a party to the suit (so it tells of another suit against the same one). */
function otherPlaintiffs(e: CaseEvent, s: { plaintiffs: Entity[]; defendants: Entity[] }): boolean {
  return e.plaintiffs.length > 0 && s.plaintiffs.length > 0 && !e.plaintiffs.some((p) => s.plaintiffs.includes(p) || s.defendants.includes(p));
}

function otherDefendants(e: CaseEvent, s: { plaintiffs: Entity[]; defendants: Entity[] }): boolean {
  if (!e.defendants.length || !s.defendants.length || e.defendants.some((d) => s.defendants.includes(d))) return false;
  return e.plaintiffs.filter((p) => s.plaintiffs.includes(p)).every((p) => p.type !== "Person");
}

/**
 * A suit first told by its plaintiff alone ("a lawsuit brought by X"), whose defendant a later event
 * names, is labelled by both sides, as are its verdicts ("X v. Y: settled"); so is one first told by
 * the one sued alone ("The suit accuses Y ... X sued Y").
 */
function nameBothSides(s: { trial: Entity; plaintiffs: Entity[]; defendants: Entity[] }, facts: Facts): void {
  const p = s.plaintiffs[0], d = s.defendants[0];
  if (!p || !d || (s.trial.label !== `${p.label} lawsuit` && s.trial.label !== d.label)) return;
  const before = s.trial.label;
  s.trial.label = `${p.label} v. ${d.label}`;
  for (const v of facts.entities) if (v.type === "Verdict" && v.hints?.trial === s.trial.id && v.label.startsWith(`${before}: `)) v.label = s.trial.label + v.label.slice(before.length);
}

/**
 * "X was charged with fraud ... The SEC filed a parallel civil lawsuit": a parallel action that names no one sued is
 * against the article's one accused (one charged, pleading, tried or convicted), never where it tells of two or none.
 */
function parallelAction(e: CaseEvent, events: readonly CaseEvent[]): CaseEvent {
  if (e.set.against !== "accused" || e.defendants.length) return e;
  const accused = [...new Set(events.filter((x) => !isCivil(x) && /^(?:charge|plea|verdict|trial|sentence)$/.test(x.kind)).flatMap((x) => x.defendants))];
  return accused.length === 1 && !e.plaintiffs.includes(accused[0]!) ? { ...e, defendants: accused } : e;
}

/** Rules that read a suit the kin or estate of the dead brought: its plaintiffs are not named. */
const KIN_SUITS = new Set(["suit.sued-by-kin", "suit.kin-possessive-sued", "suit.kin-possessive-filed"]);
/** Rules that read a lawsuit named as one, its plaintiff enough for a suit the graph holds. */
const PLAINTIFF_ALONE = new Set(["suit.sued", "suit.sued-described", "suit.filed-lawsuit", "suit.brought-by", "suit.the-plaintiff", "suit.is-the-plaintiff", "suit.claims-brought-against", "suit.trial-brought-by", "suit.sued-intransitive"]);

/** Courts that hear appeals, not suits (a high court tries suits). */
const APPEAL_COURT = /\b(?:appeal|appeals|appellate|supreme|highest|cassation)\b/i;

/** A verdict with both sides named the other way round from a suit: a counterclaim decided in that suit's trial. */
function counterclaim(e: CaseEvent, s: { plaintiffs: Entity[]; defendants: Entity[] }): boolean {
  return e.defendants.length > 0 && e.plaintiffs.length > 0 && e.defendants.every((d) => s.plaintiffs.includes(d)) && e.plaintiffs.every((p) => s.defendants.includes(p));
}

/** Readings of a suit from who won or lost it ("X won her case against Y"), which the press also writes of a defendant. */
const WON_OR_LOST = new Set(["suit.won-against", "civil.won-own", "civil.lost-own", "suit.own-against"]);

/**
 * Readings of a suit from a pronoun's "case" or "claim" against someone ("her case against X"), or from a "case against X"
 * a person brought (civil-case-brought.yaml), which may be a complainant's or a prosecutor's.
 */
const OWNED_CASE = new Set(["suit.pronoun-case-against", "suit.case-against-brought-by", "suit.in-own-case-against-says", "suit.case-which-brought"]);

/**
 * An owned-case reading whose owner speaks for a side ("The prosecutor, X, said her case against Y was overwhelming"),
 * or whose defendant the article tells a criminal case against (a charge, a plea or a verdict): a prosecution's case, not a suit.
 */
function prosecutionsCase(e: CaseEvent, events: readonly CaseEvent[], facts: Facts): boolean {
  if (!OWNED_CASE.has(e.rule)) return false;
  return e.plaintiffs.some((p) => speaksInCourt(facts, events, p)) || events.some((x) => !isCivil(x) && (x.kind === "charge" || x.kind === "plea" || x.kind === "verdict" || x.kind === "trial") && x.defendants.some((d) => e.defendants.includes(d)));
}

/**
 * Readings of a suit or a judgment that a criminal case is told by as well: an order to pay the one who sued ("was ordered
 * to repay £1.2 million to X"), "the case against" a company.
 */
const PAYMENT_ORDERS = new Set(["civil.ordered-to-repay", "civil.bench-ordered-to-repay", "civil.ruled-must-pay", "suit.the-case-against-heard", "suit.in-the-case-against"]);

/**
 * Such a reading in an article that tells a criminal case ("jailed for three years and ordered to repay £40,000 to his
 * employer", a court roundup whose accused are named apart from their trial, "the case against" a company prosecuted):
 * a sentence's order or a prosecution's case, not a suit.
 */
function sentencesOrder(e: CaseEvent, events: readonly CaseEvent[]): boolean {
  return PAYMENT_ORDERS.has(e.rule) && events.some((x) => !isCivil(x) && /^(?:charge|plea|verdict|sentence|trial)$/.test(x.kind));
}

/** Readings of a suit's end from a jury's rejecting one side's claim ("The jury rejected X's claim that Y defamed her"). */
const REJECTED_CLAIMS = new Set(["civil.jury-rejected-claim"]);

/**
 * Such a reading whose claimant the article tells a criminal case against ("The jury rejected Threlfall's claim that
 * Orrell had attacked him first. Threlfall was convicted of murder"): the accused's defence, not a suit against Orrell.
 */
function defenceRejected(e: CaseEvent, events: readonly CaseEvent[]): boolean {
  return REJECTED_CLAIMS.has(e.rule) && events.some((x) => !isCivil(x) && /^(?:charge|plea|verdict|sentence|trial)$/.test(x.kind) && x.defendants.some((d) => e.plaintiffs.includes(d)));
}

/** Readings of a suit from a case's name ("Rowntree v Ilsworth Developments"). */
const CASE_NAMES = new Set(["suit.case-name", "suit.case-name-before-noun"]);

/** A case named by a prosecuting side ("DPP v X", "State v X"): a criminal case, not a suit. */
function prosecutionNamed(e: CaseEvent): boolean {
  return CASE_NAMES.has(e.rule) && e.plaintiffs.some((p) => PROSECUTING_SIDES.has(p.label.toLowerCase().replace(/^the /, "")));
}

/** A won-or-lost reading that an explicit suit the other way contradicts ("Y had sued X"): the sides would be swapped. */
function overruled(e: CaseEvent, events: readonly CaseEvent[]): boolean {
  if (!WON_OR_LOST.has(e.rule)) return false;
  return events.some((x) => x.kind === "suit" && !WON_OR_LOST.has(x.rule) &&
    x.plaintiffs.some((p) => e.defendants.includes(p)) && x.defendants.some((d) => e.plaintiffs.includes(d)));
}
