// The people and courts of a trial: who presided, prosecuted and testified, and where it was
// held. Said in a sentence ("Judge X declared a mistrial", "X testified"), or, with less
// confidence, known from the article as a whole: its one judge, its prosecutors, its one trial court.
import type { Entity, Relation } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseEvent } from "./events.ts";
import { mainDefendant } from "./defendants.ts";
import type { CaseTrials, Phase } from "./trial-store.ts";
import { roleInfo } from "../../lexicon/index.ts";
import { ONE_CASE, type CaseParts } from "./parts.ts";
import { trialCourtsOf, triedElsewhere } from "./first-courts.ts";

/** Events that name a trial's people rather than its defendant. */
const PARTICIPANT = new Set(["testify", "prosecute", "preside", "defend"]);

/** Prosecutors who head an office (the labels of their role groups in lexicon/roles.json): they seldom try a case themselves. */
const OFFICE_HEADS = new Set(["district attorney", "u.s. attorney", "attorney general"]);

export const APPELLATE = /\b(?:appeal|appeals|appellate|supreme|highest|cassation|high court|apex|hc)\b/i;
/** The titles of appeal judges: "Lord Justice X", "Lady Justice Y", "Appeal Judge Z". */
const APPEAL_TITLE = /^(?:lord|lady|lords|appeal|appeals|appellate) (?:justices?|judges?)$/i;
/** A high court that sits with a jury in a town ("the High Court at Taupo", "the High Court in Perth", "the High Court of Justiciary"): trials are held there. */
export const TRIAL_HIGH_COURT = /\bhigh court (?:at|in|of justiciary)\b/i;
export const holdsTrials = (court: Entity) => !APPELLATE.test(court.label) || TRIAL_HIGH_COURT.test(court.label) && !/\b(?:appeal|appeals|appellate)\b/i.test(court.label);
/** A high court named in an article that tells no appeal holds the trials it tells: "Justice X of the Y High Court said",
 * "The Y High Court heard" (as Kenyan, Nigerian, Singaporean, Irish and New Zealand high courts do; one that hears an appeal
 * is told with it). Court names only: a supreme court or a court of appeal stays an appeal court. */
const HIGH_COURT = /\bhigh court\b/i, APPEAL_NAME = /\b(?:appeal|appeals|appellate|supreme|cassation|highest|apex)\b/i;
const noAppeal = (events: readonly CaseEvent[]) => !events.some((e) => e.kind === "appeal");
const trialHighCourt = (label: string, events: readonly CaseEvent[]) => HIGH_COURT.test(label) && !APPEAL_NAME.test(label) && noAppeal(events);
const appealCourtName = (label: string, events: readonly CaseEvent[]) => APPELLATE.test(label) && !trialHighCourt(label, events);

const SUPREME = /\bsupreme court\b/i;
const NATIONAL_OR_APPEAL = /\b(?:appeal|appeals|appellate|cassation|u\.?s\.?|united states|federal|national|india|pakistan|canada|nigeria|kenya|philippines|uk|united kingdom)\b/i;

/** The rule of a trial held at the article's one court, for lack of any other said (the article is about no one defendant). */
const EACH_TRIAL_COURT = "case.the-article-court-each";

/** Whether a person holds a legal role (other than `except`): prosecutors and lawyers neither testify nor preside. */
export function holdsLegalRole(facts: Facts, p: Entity, except?: string): boolean {
  return facts.relationsFrom(p, "HOLDS_ROLE").some((r) => { const legal = roleInfo(facts.entity(r.target)!.label)?.legal; return !!legal && legal !== except; });
}

/** Whether a person speaks for a side of the case (a lawyer, a prosecutor, a judge): they address jurors, they do not testify. */
export function speaksInCourt(facts: Facts, events: readonly CaseEvent[], p: Entity): boolean {
  return holdsLegalRole(facts, p) || facts.relationsFrom(p, "REPRESENTS").length > 0 || events.some((e) => (e.kind === "prosecute" || e.kind === "defend") && e.people.includes(p));
}

/** `civil`: the sentences that tell a civil suit's hearing beside the criminal case (civil-parts.ts): their witnesses and judges are the suit's. */
export function attachPeople(events: readonly CaseEvent[], facts: Facts, trials: CaseTrials, parts: CaseParts = ONE_CASE, civil: ReadonlySet<number> = new Set()): void {
  const legalRole = (p: Entity, except?: string) => holdsLegalRole(facts, p, except);
  const criminal = events.filter((e) => !["suit"].includes(e.kind) && !["liable", "not_liable", "settled"].includes(e.set.outcome ?? "") && !((e.kind === "testify" || e.kind === "preside") && !e.defendants.length && civil.has(e.sentence)));
  const defendants = [...new Set(criminal.flatMap((e) => e.defendants))];
  // ("Judge X ... She sentenced him", where "she" was read as the woman he killed: a victim never presides)
  const victims = new Set(facts.relations.filter((r) => r.type === "ALLEGED_VICTIM").map((r) => r.target));
  const isTried = (d: Entity) => !!(trials.existing(d, "held") ?? trials.existing(d, "planned"));
  /** One said to be tried at a separate trial ("His co-accused, Y, was convicted at a separate trial"). */
  const separately = (d: Entity) => events.some((y) => y.separate && y.defendants.includes(d));
  const main = mainDefendant(criminal);
  /**
   * The defendant an event about a trial is about: said, or the one told of nearest before it.
   * A witness, judge or prosecutor left without one belongs to a trial: of the defendants told of
   * before, one who is tried, not one who pleaded guilty and cooperates ("the star witness was X,
   * who pleaded guilty"), when there is such a one.
   */
  const toldBy = (d: Entity, sentence: number) => criminal.some((x) => x.defendants.includes(d) && x.sentence <= sentence);
  /** "A third boy, X, admitted hiding the knife": one who pleaded guilty and is tried for nothing has no trial to testify at. */
  const pleadedOnly = (d: Entity) => !isTried(d) && criminal.some((x) => x.kind === "plea" && x.set.plea === "guilty" && x.defendants.includes(d));
  const defendantAt = (e: CaseEvent): Entity | undefined => {
    if (e.defendants.length) return e.defendants[0];
    const before = criminal.filter((x) => x.defendants.length && x.sentence <= e.sentence && x.sentence >= e.sentence - 6);
    // ("Kavanagh pleaded guilty. Prosecutor X told the court Kavanagh had been speeding": the one defendant the
    // prosecutor's own sentence names, not a co-accused whose trial is to come)
    const named = e.kind === "prosecute" ? defendants.filter((x) => !e.people.includes(x) && x.mentions.some((m) => m.sentence === e.sentence)) : [];
    if (named.length === 1) return named[0];
    if (PARTICIPANT.has(e.kind)) {
      // (not one said to be tried at a separate trial, where another is tried: "His co-accused, Y, was convicted at a
      // separate trial ... A warehouse manager also gave evidence" is evidence at the trial reported)
      const tried = before.flatMap((x) => x.defendants).filter(isTried);
      const reported = tried.filter((x) => !separately(x));
      // (several tried: the article's main defendant's trial, or else the trial of the one it names most, not the co-accused's
      // told last: "X was convicted ... A second engineer, Y, was acquitted. Crown prosecutor Z said the Crown would seek four years")
      if (reported.length) return main && reported.includes(main) ? main : mostMentioned(reported);
      if (tried.length) return tried[tried.length - 1];
      // (the main defendant only once told of: not a case told at the end for comparison)
      if (main && !toldBy(main, e.sentence)) return before[before.length - 1]?.defendants[0];
      if (main && isTried(main)) return main;
      // ("The court heard from X", a dozen sentences into a long report of two trials, after the last event that names a
      // defendant: that defendant's trial, when they stood one)
      const last = !before.length && !main && e.kind === "testify" ? criminal.filter((x) => x.defendants.length && x.sentence < e.sentence).at(-1) : undefined;
      const lastTried = last?.defendants.filter(isTried) ?? [];
      if (lastTried.length) return lastTried[lastTried.length - 1];
    }
    // ("The convicts sentenced to death are A and B. ... the defence was led by advocate X": counsel for "the defence" after
    // several defendants told together is counsel for which of them the text does not say)
    // (one told as counsel of them all, "X, for the defendants,", is counsel of each: below)
    if (e.kind === "defend" && e.set.clients !== "all" && (before.at(-1)?.defendants.length ?? 0) > 1) return undefined;
    return before[before.length - 1]?.defendants[0] ?? main ?? (PARTICIPANT.has(e.kind) || e.kind === "trial" ? onlyTrial() : undefined);
  };
  /** With no one told before nor a main defendant, the defendants of the article's one trial (held, with no other trial told): "Dunstall's sister, who stood trial alongside him". */
  const onlyTrial = (): Entity | undefined => {
    const held = new Set(defendants.map((d) => trials.existing(d, "held")).filter(Boolean));
    const others = defendants.some((d) => trials.existing(d, "planned") || trials.existing(d, "earlier"));
    return held.size === 1 && !others ? defendants.find((d) => trials.existing(d, "held")) : undefined;
  };
  const trialFor = (d: Entity, phase: Phase, e: CaseEvent) => trials.existing(d, phase) ?? (phase === "held" ? trials.existing(d, "planned") : trials.existing(d, "held")) ?? trials.trial(d, phase, e);

  /** The defendants of the article's one held trial, if it tells of one only. */
  const heldOnly = (): Entity | undefined => {
    const held = new Set(defendants.map((x) => trials.existing(x, "held")).filter(Boolean));
    return held.size === 1 ? defendants.find((x) => trials.existing(x, "held")) : undefined;
  };
  /** The defendant with a trial held, not one who only pleaded guilty, told last before an event (anywhere before it). */
  const lastTried = (e: CaseEvent): Entity | undefined =>
    criminal.filter((x) => x.sentence < e.sentence).flatMap((x) => x.defendants).filter((x) => trials.existing(x, "held") && !pleadedOnly(x)).at(-1);
  // ("Y testified against him", or Y said to be tried at a separate trial: the testimony is given at the trial of the
  // one it names, or of the one told of)
  const apartFrom = (w: Entity, d: Entity) => !!trials.existing(d, "held") && trials.existing(w, "held") !== trials.existing(d, "held");
  for (const e of criminal) {
    let d = defendantAt(e);
    // ("B, who admitted the fraud, testified that ...": where the defendant told nearest is one who only pleaded guilty,
    // the witness testified at the one trial the article tells of, if it tells of one)
    // (several trials told: the trial of the tried defendant told last before the testimony)
    if (d && e.kind === "testify" && !e.defendants.length && pleadedOnly(d)) d = heldOnly() ?? lastTried(e) ?? d;
    // (nor one a judge declared a mistrial in: "The jury could not reach a verdict, and Judge X declared a mistrial")
    if (!d || (!e.defendants.length && (e.kind === "testify" || e.kind === "prosecute" || e.kind === "preside" || e.kind === "verdict") && pleadedOnly(d))) continue;
    const phase: Phase = e.set.status === "planned" ? "planned" : e.kind === "trial" && e.set.trial === "earlier" ? "earlier" : "held";
    // (what was done at a trial, with no trial held told but an earlier one, in a report of the appeal that ruled on
    // its conviction: done at that trial, never at a retrial to come; "the trial judge, X, erred")
    const earlierOnly = phase === "held" && !trials.existing(d, "held") && events.some((x) => x.kind === "appeal") ? trials.existing(d, "earlier") : undefined;
    if (e.kind === "preside" || e.kind === "trial" && e.judge || (e.kind === "verdict" && e.judge && e.set.outcome !== "dismissed") || (e.kind === "sentence" && e.judge)) {
      const judge = e.kind === "preside" ? e.people[0] ?? e.judge : e.judge;
      // a judge presides over the trial the sentence tells of; one who only sentenced or ruled makes none;
      // a defendant never presides
      // (one who presided over a trial held it: never a retrial still to come)
      // ("convicted in 2019 after a trial before Judge X": the trial of the verdict told with it)
      const told = e.kind === "preside" && !e.set.status ? criminal.find((x) => x.kind === "verdict" && x.sentence === e.sentence && x.defendants.includes(d) && x.set.trial === "earlier") : undefined;
      // ("Judge X had in 2018 convicted Y of fraud": the judge of an earlier trial's verdict presided over that one, never a retrial)
      // ("was convicted in 2024 after a trial in X. Judge Y sentenced him": with no trial held since nor a guilty
      // plea, the judge who sentenced presided over the earlier trial)
      const sentencedAfter = e.kind === "sentence" && !criminal.some((x) => x.kind === "plea" && x.set.plea === "guilty" && x.defendants.includes(d)) ? trials.existing(d, "earlier") : undefined;
      const t = told || (e.kind === "verdict" && e.set.trial === "earlier") ? trials.existing(d, "earlier") : e.kind === "sentence" || (e.kind === "preside" && !e.set.status) ? trials.existing(d, "held") ?? sentencedAfter
        : e.kind === "preside" && phase === "held" ? trials.existing(d, "held") ?? earlierOnly ?? trials.trial(d, "held", e) : trialFor(d, phase, e);
      // ("A bench of Justice A and Justice B delivered the verdict after hearing an appeal": a judge of an appeal's
      // panel, or one who gave the ruling a sentence tells of an appeal, presided over no trial)
      // (nor one who sat on an appeal's bench, whatever verb the bench's ruling was told with)
      const onAppeal = !!judge && (events.some((x) => x.kind === "panel" && x.people.includes(judge))
        || e.kind === "preside" && e.rule === "preside.delivered-verdict" && events.some((x) => x.kind === "appeal" && x.sentence === e.sentence)
        // ("Presiding judge A said the trial judge, B, had erred": beside the trial's own judge, the one presiding sat on the appeal)
        || e.kind === "preside" && events.some((x) => x.kind === "appeal") && events.some((x) => x !== e && x.kind === "preside" && x.rule === "preside.trial-judge" && x.sentence === e.sentence && !x.people.includes(judge)));
      if (judge && t && !onAppeal && !legalRole(judge, "judge") && !defendants.includes(judge) && !victims.has(judge.id)) facts.relate("PRESIDED_OVER", judge, t, e.sentence, e.confidence, e.rule);
    }
    // ("X, appearing for the accused persons": each defendant of the trial, when the one defendant told stood it with others)
    // (with no trial told, the defendants told together nearest before: "A and B were charged with arson. X, for the
    // defendants, said they would deny it")
    const clients = e.kind === "defend" && e.set.clients === "all" && !e.defendants.length ? isTried(d) ? coDefendants(d, defendants, trials) : toldTogether(criminal, e, d) : [d];
    // ("Y's lawyer X said his client ...": a lawyer told only by "his client" is no one's but the client's named elsewhere,
    // and of two defendants told before, which one's the text does not say)
    // (and the speaker must be a lawyer: an agent or an accountant has clients too)
    // (nor one the article names less than another: "X pleaded guilty in 2022 ... Y ... a mistrial. Defense attorney Z said his
    // client was relieved" speaks of Y's trial, which the rules did not read)
    const unsure = e.set.clients === "unnamed" && (new Set(criminal.filter((x) => x.sentence <= e.sentence).flatMap((x) => x.defendants)).size > 1 || !mostNamed(d, facts, events));
    const ofUnnamed = (p: Entity) => !facts.has("REPRESENTS", p) && facts.relationsFrom(p, "HOLDS_ROLE").some((r) => roleInfo(facts.entity(r.target)!.label)?.legal === "lawyer");
    if (e.kind === "defend" && !unsure) for (const p of e.people) for (const c of clients) if (p !== c && (e.set.clients !== "unnamed" || ofUnnamed(p))) facts.relate("REPRESENTS", p, c, e.sentence, e.confidence, e.rule);
    // (a prosecutor who only spoke, "told the judge", may have spoken at a plea or bail hearing: no trial of its own)
    // ("The state was represented by Additional Advocate General X" in a report of an appeal's ruling: the appeal's counsel)
    if (e.kind === "prosecute" && !appealOnly(events, d)) {
      const t = e.set.joins === "existing" ? trials.existing(d, phase) ?? trials.existing(d, phase === "held" ? "planned" : "held") : trialFor(d, phase, e);
      for (const p of e.people) facts.relate("PROSECUTED", p, t, e.sentence, e.confidence, e.rule);
    }
    // lawyers, prosecutors and judges speak to jurors; they do not testify
    // a co-defendant who testifies does so at their own trial; one who pleaded guilty and has none,
    // at the trial they were called to
    // (what someone "told the court" is evidence only where a trial was held, and never the accused's own words)
    const toldCourt = e.rule === "testify.told-court";
    if (toldCourt && !trials.existing(d, "held") && !earlierOnly) continue;
    // ("Reece's mother told the court her son was 'my whole world'": a victim's family speaks at the sentencing)
    const victimsKin = (p: Entity) => facts.relationsFrom(p, "RELATED_TO").some((r) => victims.has(r.target));
    if (e.kind === "testify") for (const w of e.people.filter((p) => !speaksInCourt(facts, events, p) && !(toldCourt && (defendants.includes(p) || victimsKin(p))))) facts.relate("TESTIFIED_IN", w, w !== d && isTried(w) && !((e.defendants.includes(d) || separately(w)) && apartFrom(w, d)) ? trialFor(w, phase, e) : earlierOnly ?? trialFor(d, phase, e), e.sentence, e.confidence, e.rule);
    // (a trial said to be held at a supreme or high court was held there: "stood trial in the Territory Supreme
    // Court", as such courts try cases in New York and Australia; only a court of appeal holds none)
    // ("The Eastvale High Court on Tuesday convicted X of murder": a high court that convicts holds the trial,
    // as South African and Australian ones do; a supreme court that convicts may be hearing an appeal)
    const convictedBy = e.kind === "verdict" && e.set.outcome === "guilty" && e.set.trial !== "earlier" && /^verdict\.convicted-active(?:-scope|-bare)?$/.test(e.rule);
    // ("Judge X of the Kelton High Court acquitted him of murder": a judge's own verdict at the trial, in the judge's court)
    const judgesVerdict = e.kind === "verdict" && !!e.judge && (e.set.outcome === "guilty" || e.set.outcome === "not_guilty") && !/\bsupreme\b/i.test(e.court?.label ?? "");
    // (and a judge said to preside, or to deliver the verdict, did so in the court named with them)
    const heldThere = (e.kind === "trial" && e.set.status !== "planned") || (convictedBy && !/\bsupreme\b/i.test(e.court?.label ?? "")) || judgesVerdict || (e.kind === "preside" && e.set.status === "held");
    const triedAt = heldThere && !!e.court && !/\b(?:appeal|appeals|appellate|cassation|highest)\b/i.test(e.court.label);
    if (e.court && (holdsTrials(e.court) || triedAt || trialHighCourt(e.court.label, events)) && ["trial", "verdict", "sentence", "preside"].includes(e.kind) && e.set.outcome !== "dismissed") {
      // ("convicted of fraud by the Federal High Court in Lagos in 2019": an earlier trial's verdict, held there)
      const t = (e.kind === "verdict" && e.set.trial === "earlier" ? trials.existing(d, "earlier") : undefined) ?? trials.existing(d, phase) ?? trials.existing(d, "held");
      if (t) facts.relate("HELD_AT", t, e.court, e.sentence, e.confidence, e.rule);
    }
  }

  // what the article as a whole says: with one defendant on trial, its one trial judge presides
  // and its prosecutors prosecute
  // (not when the one on trial is not whom the article is about: a case told of for comparison, "a
  // 2019 case in which X was convicted", beside its own defendant who is not on trial; without a main
  // defendant, the one the article names first)
  const onTrial = defendants.filter((d) => trials.existing(d, "held"));
  const firstNamed = (d: Entity) => Math.min(...d.mentions.map((m) => m.sentence));
  const topic = main ?? [...defendants].sort((a, b) => firstNamed(a) - firstNamed(b))[0];
  // (people tried together stood one trial: its judge and prosecutors are everyone's, its defence no one's in particular)
  const joint = onTrial.length > 1 && new Set(onTrial.map((d) => trials.existing(d, "held"))).size === 1;
  // (and only for one the article is about: named in two case events, or named most; "Another coach, X, was convicted of
  // similar offences in 2012" beside a defendant the rules did not read is told for comparison)
  const about = (d: Entity) => criminal.filter((e) => e.defendants.includes(d)).length >= 2 || mostNamed(d, facts, events);
  if (((main && onTrial.includes(main)) || (onTrial.length === 1 && onTrial[0] === topic)) && about(main && onTrial.includes(main) ? main : onTrial[0]!)) articleWide(main && onTrial.includes(main) ? main : onTrial[0]!, facts, trials, events, joint, parts, civil);
  else if (joint) articleWide(onTrial[0]!, facts, trials, events, joint, parts, civil);
  // ("A sessions court sentenced X to life ... X's mother, who was also booked, was acquitted": with no main defendant
  // read, the one named first and named most of those tried, at least twice as often as each other, is whom the article is about)
  else if (!main && topic && onTrial.includes(topic) && onTrial.filter((d) => mostNamed(d, facts, events)).length === 1 && mostNamed(topic, facts, events) && onTrial.every((d) => d === topic || 2 * d.mentions.length <= topic.mentions.length)) articleWide(topic, facts, trials, events, false, parts, civil);
  // with no one on trial (a plea, a sentencing), the defence is still the one defendant's
  // (and only where the article is about them: "Defense attorney X said his client was relieved" in an article that names
  // the man whose trial ended as often, the guilty-pleading witness beside him is not the client)
  // (and where another is charged in passing, "the owner of the firm that employed him has been charged with ...", the
  // defence is still that of the one the article is about)
  else if (!onTrial.length) {
    const principal = defendants.filter((d) => mostNamed(d, facts));
    if (principal.length === 1) defenceLawyers(principal[0]!, facts);
  }
  // ("At X Crown Court, A was found guilty of ... B was convicted of ... C was cleared of ...": with several tried
  // and no one the article is about, the one court the article names, a trial court, held each trial it tells of
  // with no court said; not in an article that tells an appeal, nor where an event is told in another court)
  const courts = facts.entities.filter((c) => c.type === "Court" && c.mentions.length);
  const only = courts.length === 1 ? courts[0]! : undefined;
  // (nor a court named only at a hearing, for a motion or for another case: "X appeared in the 180th District Court for a
  // preliminary hearing" is X's hearing, and a case told at the end for comparison was not held there)
  // (nor one named only as a place: "shot him near the City Courts")
  const told = only?.mentions.some((m) => !parts.atHearing(m.sentence) && !parts.motion(m.sentence) && !parts.tellsOtherCase(m.sentence) && !parts.asPlace(m));
  // (nor one the article names as where one defendant's trial was held: "found guilty after a trial at X Crown Court" tells of
  // that trial alone, and a round-up's other items may be of other courts)
  const ownTrial = only && facts.relations.some((r) => r.type === "HELD_AT" && r.target === only.id);
  if (only && told && !ownTrial && holdsTrials(only) && noAppeal(events) && !events.some((e) => e.court && e.court !== only)) {
    for (const d of onTrial) {
      const t = trials.existing(d, "held")!;
      if (!facts.relationsFrom(t, "HELD_AT").length) facts.relate("HELD_AT", t, only, only.mentions[0]!.sentence, 0.6, EACH_TRIAL_COURT);
    }
  }
  // a judge works for the court that held the trial they presided over (the one judge of it: two
  // said to preside over one trial are of two hearings of it, in courts the graph cannot tell apart)
  const presiding = facts.relations.filter((x) => x.type === "PRESIDED_OVER");
  for (const r of presiding) {
    if (presiding.some((x) => x.target === r.target && x.source !== r.source)) continue;
    const trial = facts.entity(r.target)!;
    // (not a court told only as the article's one court: a judge of a round-up's trial may sit anywhere)
    for (const h of facts.relationsFrom(trial, "HELD_AT").filter((x) => !(x.rule.length === 1 && x.rule[0] === EACH_TRIAL_COURT))) facts.relate("WORKS_FOR", facts.entity(r.source), facts.entity(h.target), [...r.evidence, ...h.evidence], 0.6, "case.judge-of-court");
  }
  // ("the trial judge, Justice X of the High Court in Y, ... whom Justice X had acquitted": a trial with no court told was
  // held at the one trial court its one presiding judge is said to sit on)
  for (const r of presiding) {
    const trial = facts.entity(r.target)!;
    if (trial.attrs.status !== "held" || facts.relationsFrom(trial, "HELD_AT").length || presiding.some((x) => x.target === r.target && x.source !== r.source)) continue;
    const courts = facts.relationsFrom(facts.entity(r.source)!, "WORKS_FOR").filter((w) => { const c = facts.entity(w.target); return c?.type === "Court" && (holdsTrials(c) || trialHighCourt(c.label, events)); });
    if (courts.length === 1) facts.relate("HELD_AT", trial, facts.entity(courts[0]!.target), [...r.evidence, ...courts[0]!.evidence], 0.6, "case.court-of-the-judge");
  }
  // a judge who wrote for, joined or dissented from an appeal panel sits on the court whose ruling the
  // article told last before (within a few sentences)
  const rulings = facts.relations.filter((x) => x.type === "RULED" && /^(?:upheld|overturned)$/.test(String(facts.entity(x.target)?.attrs.outcome ?? "")));
  for (const e of events) {
    if (e.kind !== "panel") continue;
    const told = rulings.map((r) => ({ court: r.source, at: Math.min(...r.evidence) })).filter((r) => r.at <= e.sentence && r.at >= e.sentence - 6).sort((a, b) => b.at - a.at);
    // (two courts' rulings told there leave the panel's court unread: a high court overturning what an appeals court upheld)
    if (!told.length || told.some((r) => r.court !== told[0]!.court)) continue;
    for (const j of e.people) facts.relate("WORKS_FOR", j, facts.entity(told[0]!.court), e.sentence, e.confidence * 0.9, "case.panel-judge-of-court");
  }

  // and an appeal court's judges, named where it ruled, for that court
  for (const e of events) if (e.kind === "appeal" && e.court && e.judge) facts.relate("WORKS_FOR", e.judge, e.court, e.sentence, 0.7, e.rule);

}

/** Of people told in order, the one named most often; of those named as often, the one told last. */
function mostMentioned(people: readonly Entity[]): Entity {
  return people.reduce((best, p) => (p.mentions.length >= best.mentions.length ? p : best));
}

/** Whether no one else the article names, other than its lawyers, prosecutors and judges (or those the events say prosecute or defend), is named as often as `d`. */
function mostNamed(d: Entity, facts: Facts, events: readonly CaseEvent[] = []): boolean {
  return facts.entities.every((p) => p === d || p.type !== "Person" || speaksInCourt(facts, events, p) || p.mentions.length < d.mentions.length);
}

/** An article's defence lawyers ("defense attorney X told the jury", "defence barrister X", "duty solicitor X": the lawyer on
 * call at a court acts for the accused), named for no client, represent its one defendant. */
function defenceLawyers(d: Entity, facts: Facts, first = 0): void {
  for (const p of facts.entities) {
    if (p.type !== "Person" || p === d || facts.has("REPRESENTS", p)) continue;
    const r = facts.relationsFrom(p, "HOLDS_ROLE").find((x) => roleInfo(facts.entity(x.target)!.label)?.legal === "lawyer"
      && facts.entity(x.target)!.mentions.some((m) => x.evidence.includes(m.sentence) && /^(?:the |a |lead )?(?:defen[cs]e|duty)\b/i.test(m.surface)));
    if (r && Math.min(...r.evidence) >= first) facts.relate("REPRESENTS", p, d, r.evidence, 0.6, "case.the-article-defense");
  }
}

/** What an article that reports only an appeal's ruling tells of its defendant: the ruling, the charges, the victims (and who argued it). */
const APPEAL_ONLY_KINDS = new Set(["appeal", "charge", "victim", "prosecute", "defend"]);
/** Whether an article tells of a defendant only an appeal's ruling: its counsel argued the appeal, not the trial. */
const appealOnly = (events: readonly CaseEvent[], d: Entity) => events.some((e) => e.kind === "appeal" && e.defendants.includes(d)) && !events.some((e) => !APPEAL_ONLY_KINDS.has(e.kind) && e.defendants.includes(d));

function articleWide(d: Entity, facts: Facts, trials: CaseTrials, events: readonly CaseEvent[], joint: boolean, parts: CaseParts, civil: ReadonlySet<number>): void {
  const held = trials.existing(d, "held")!;
  const people = facts.entities.filter((e) => e.type === "Person" && e !== d);
  const legal = (p: Entity) => facts.relationsFrom(p, "HOLDS_ROLE").map((r) => ({ r, info: roleInfo(facts.entity(r.target)!.label) }));
  // an appeal court's judge: named where it ruled, or working for it ("a panel of the 2nd Circuit led by Judge X upheld")
  const firstTold = (p: Entity) => Math.min(...p.mentions.map((m) => m.sentence));
  // ("The appellate court ruled that the trial judge, X, wrongly allowed ...": one called the trial's judge)
  const trialJudge = (p: Entity) => legal(p).some((x) => facts.entity(x.r.target)!.mentions.some((m) => x.r.evidence.includes(m.sentence) && /\b(?:trial|sentencing|presiding)\b/i.test(m.surface)));
  const appellate = (p: Entity) => legal(p).some((x) => appealCourtName(facts.entity(x.r.target)!.aliases.join(" "), events) || events.some((e) => e.kind === "appeal" && (e.judge === p || x.r.evidence.includes(e.sentence))))
    || facts.relationsFrom(p, "WORKS_FOR").some((r) => appealCourtName(facts.entity(r.target)!.label, events))
    || events.some((e) => e.kind === "panel" && e.people.includes(p))
    // ("Her appeal was dismissed by the Court of Appeal. Lord Justice X said ...": a judge first named just after an
    // appeal ruling, or titled as an appeal judge, sat on the appeal)
    || events.some((e) => e.kind === "appeal" && firstTold(p) >= e.sentence && firstTold(p) <= e.sentence + 2) && !trialJudge(p)
    || legal(p).some((x) => facts.entity(x.r.target)!.mentions.some((m) => x.r.evidence.includes(m.sentence) && APPEAL_TITLE.test(m.surface)));
  // the people of the case only once its defendant is named (or in the sentence before): a judge or a prosecutor
  // named well before belongs to another case (the article's own, whose defendant the rules missed)
  // (not the sentence before where the defendant's part of the article begins: "Separately, X was found guilty")
  const named = Math.min(...d.mentions.map((m) => m.sentence));
  const first = parts.partOf(named) > parts.partOf(named - 1) ? named : named - 1;
  const afterTold = (r: Relation) => Math.min(...r.evidence) >= first;
  // (not one named only where a civil suit's hearing is told)
  const judges = people.filter((p) => legal(p).some((x) => x.info?.legal === "judge" && !x.r.evidence.every((i) => civil.has(i))) && !appellate(p));
  const presiding = facts.relations.some((r) => r.type === "PRESIDED_OVER");
  // (not one named only where another defendant's case is told: "X's son was acquitted at a judge-alone
  // trial. Judge Y found there was insufficient evidence")
  // ("In a similar case in 2015, Judge Y jailed former senator Z": a sentence that says it tells another case)
  // (not one who testified at this trial: "Y, who pleaded guilty, testified for the prosecution. He was sentenced to two
  // years. Mr Justice X adjourned sentencing" is X's trial of the defendant still)
  const witness = (p: Entity) => facts.relationsFrom(p, "TESTIFIED_IN").some((r) => r.target === held.id);
  const otherCase = (r: Relation) => r.evidence.every((i) => {
    const near = events.filter((e) => e.defendants.length && e.sentence >= i - 1 && e.sentence <= i && !(e.sentence < i && e.defendants.every(witness)));
    return near.length > 0 && near.every((e) => !e.defendants.includes(d)) || parts.tellsOtherCase(i);
  });
  // (of several judges, one named only at a first appearance or a bail hearing is that hearing's: "She first appeared
  // before District Judge X"; one named where another case is told is that case's)
  const judgeRole = (p: Entity) => legal(p).find((x) => x.info?.legal === "judge")!.r;
  const ownCase = judges.filter((p) => !otherCase(judgeRole(p)));
  const candidates = ownCase.length > 1 ? ownCase.filter((p) => !judgeRole(p).evidence.every((i) => parts.atHearing(i))) : ownCase;
  if (candidates.length === 1 && !presiding) {
    const r = judgeRole(candidates[0]!);
    if (!otherCase(r) && afterTold(r)) facts.relate("PRESIDED_OVER", candidates[0], held, r.evidence, 0.6, "case.the-article-judge");
  }
  // its prosecutors: not one who held the office only before ("a former district attorney"), nor
  // the head of an office ("District Attorney X") where the article names those who tried the case
  const prosecuting = (p: Entity) => legal(p).filter((x) => x.info?.legal === "prosecutor");
  const former = (x: { r: Relation }) => facts.entity(x.r.target)!.mentions.filter((m) => x.r.evidence.includes(m.sentence)).every((m) => /^(?:former|ex-)/i.test(m.surface));
  const head = (x: { info?: { label: string } }) => OFFICE_HEADS.has(x.info!.label);
  const trialLevel = people.some((p) => prosecuting(p).some((x) => !head(x)));
  // (an article that tells only an appeal's ruling names the counsel who argued the appeal, not the trial's)
  for (const p of appealOnly(events, d) ? [] : people) {
    const roles = prosecuting(p);
    const r = roles[0]?.r;
    if (!r || facts.has("PROSECUTED", p) || roles.every(former) || (trialLevel && roles.every(head)) || !afterTold(r)) continue;
    facts.relate("PROSECUTED", p, trials.existing(d, "held") ?? held, r.evidence, 0.6, "case.the-article-prosecutor");
  }
  if (!joint) defenceLawyers(d, facts, first);
  // with one trial court named, the trial was held there; a court named only where another trial of
  // the defendant on other charges is told of ("a separate case brought in federal court in X, where
  // a jury convicted him of Y") held that one (a retrial on the same charges is in the same court)
  // (a high court in an article that tells no appeal, named nowhere for a motion: bail, a petition, a writ)
  // (nor one named only as a place: "shot him near the City Courts")
  // (beside a court of first hearing, "appeared at Y Magistrates' Court ... pleaded not guilty at Z Crown Court", the other)
  const allCourts = facts.entities.filter((e) => e.type === "Court" && e.mentions.length && !e.mentions.every((m) => parts.asPlace(m) || civil.has(m.sentence)) && (!APPELLATE.test(e.label) || trialHighCourt(e.label, events) && e.mentions.every((m) => !parts.motion(m.sentence))));
  // (with no other court named, a state's or a province's supreme court in an article that tells a jury and no appeal held
  // the trial: "The case was heard at the Supreme Court of Victoria. A jury found X guilty", as Australian, New York and
  // British Columbia supreme courts sit with juries; never a nation's, nor one of appeal, nor one named by no place)
  const juriedSupreme = allCourts.length ? [] : facts.entities.filter((e) => e.type === "Court" && e.mentions.length && SUPREME.test(e.label) && !/^(?:the )?supreme court$/i.test(e.label.trim()) && !NATIONAL_OR_APPEAL.test(e.label)
    && parts.juried && noAppeal(events) && e.mentions.every((m) => !parts.asPlace(m) && !parts.motion(m.sentence) && !parts.tellsOtherCase(m.sentence) && !civil.has(m.sentence)));
  const courts = trialCourtsOf(juriedSupreme.length === 1 ? juriedSupreme : allCourts);
  const court = courts[0];
  // (nor where a trial, verdict or judge is told in a court of another name, one the appellate words
  // left out: "a jury at the High Court in X" held the trial, not a sheriff court named for a first appearance)
  if (courts.length === 1 && court && !triedElsewhere(events, court, allCourts.filter((c) => !courts.includes(c))) && !facts.relationsFrom(held, "HELD_AT").length && court.mentions.some((m) => m.sentence >= first)) {
    const told = (t: Entity) => new Set(facts.relations.filter((r) => r.source === t.id || r.target === t.id).flatMap((r) => r.evidence));
    const here = told(held);
    const charges = (t: Entity) => new Set(facts.relationsFrom(t, "TRIED_FOR").map((r) => facts.entity(r.target)!.label));
    const same = (t: Entity) => [...charges(t)].some((c) => charges(held).has(c));
    const other = (["earlier", "planned"] as const).map((ph) => trials.existing(d, ph)).find((t): t is Entity => !!t && !same(t) && court.mentions.every((m) => told(t).has(m.sentence)));
    const trial = other && !court.mentions.some((m) => here.has(m.sentence)) ? other : held;
    if (!facts.relationsFrom(trial, "HELD_AT").length) facts.relate("HELD_AT", trial, court, court.mentions[0]!.sentence, 0.6, "case.the-article-court");
  }
}

/** The defendants who stand the trial `d` stands (held, else planned), `d` first; `d` alone when it stands none. */
/** The defendants of the nearest event before `e` (within six sentences) that names `d`, `d` first. */
function toldTogether(criminal: readonly CaseEvent[], e: CaseEvent, d: Entity): Entity[] {
  const last = criminal.filter((x) => x.sentence <= e.sentence && x.sentence >= e.sentence - 6 && x.defendants.includes(d)).at(-1);
  return [d, ...(last?.defendants.filter((x) => x !== d) ?? [])];
}

function coDefendants(d: Entity, defendants: readonly Entity[], trials: CaseTrials): Entity[] {
  const t = trials.existing(d, "held") ?? trials.existing(d, "planned");
  return t ? [d, ...defendants.filter((x) => x !== d && (trials.existing(x, "held") ?? trials.existing(x, "planned")) === t)] : [d];
}
