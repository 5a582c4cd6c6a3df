// Cases: the events stage's frames grouped into charges, trials, verdicts and pleas, with the
// people and courts of each trial. Each relation keeps the rule of the frame it came from;
// what the article as a whole implies has a rule of its own ("case.the-article-judge").
import type { Entity, Mention } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import type { Facts } from "../facts.ts";
import type { Doc } from "../document.ts";
import { readEvents, type CaseEvent } from "./events.ts";
import { carryEarlierTrials, civilJuries, framedApart, readCountLists, suedNotProsecuted } from "./event-passes.ts";
import { fillDefendants } from "./defendants.ts";
import { alsoCharges } from "./also-charges.ts";
import { soleOffence } from "./sole-offence.ts";
import { buildCharges } from "./charges.ts";
import { articleYear } from "./years.ts";
import { firstTrialMistrials, heldRetrials, retrialVerdicts } from "./retrials.ts";
import { heldCommittals } from "./committals.ts";
import { acquittalsOnAppeal } from "./on-appeal.ts";
import { backgroundVerdicts } from "./background.ts";
import { factboxEvents } from "./factbox.ts";
import { buildCriminalCases } from "./trials.ts";
import { caseTrials } from "./trial-store.ts";
import { attachPeople } from "./people.ts";
import { appealTrialCourts } from "./appeal-trial-courts.ts";
import { rolesOfParts, witnessesAreNoCounsel } from "./counsel-parts.ts";
import { buildCivilCases } from "./civil.ts";
import { civilHearing } from "./civil-parts.ts";
import { caseParts } from "./parts.ts";

export function assembleCases(frames: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts, doc: Doc): void {
  const events = [...readEvents(frames, layers, facts, articleYear(layers, doc.article.published)), ...factboxEvents(doc, layers)].sort((a, b) => a.sentence - b.sentence);
  civilJuries(events);
  suedNotProsecuted(events);
  witnessesAreNoCounsel(events);
  framedApart(events);
  // (the lede is the first sentence after the headline and any byline or deck set under it)
  let lede = 1;
  while (lede < layers.length && doc.isHeadline(lede)) lede++;
  fillDefendants(events, facts.entities.filter((e) => e.type === "Person"), lede);
  alsoCharges(events, layers);
  soleOffence(events, layers);
  readCountLists(events);
  carryEarlierTrials(events);
  firstTrialMistrials(events, layers);
  heldRetrials(events);
  retrialVerdicts(events, layers);
  heldCommittals(events);
  backgroundVerdicts(events, layers);
  acquittalsOnAppeal(events, layers, facts);
  // an event entity is mentioned where its frame's anchor is: "convicted", "mistrial", "trial"
  const anchorOf = (ev: CaseEvent): Mention | undefined => {
    if (ev.anchor) return ev.anchor;
    const f = frames.find((x) => x.sentence === ev.sentence && x.rule === ev.rule);
    if (!f) return undefined;
    const t = layers[f.sentence]!.tokens[f.anchor >= 0 ? f.anchor : f.start]!;
    return { sentence: f.sentence, start: t.start, end: t.end, surface: t.text };
  };
  const mention = (e: Entity, ev: CaseEvent) => { const m = anchorOf(ev); if (m) facts.mention(e, m); };
  const parts = caseParts(layers);
  const charges = buildCharges(events, facts, parts.partOf);
  const trials = caseTrials(facts, mention);
  buildCriminalCases({ events, charges, facts, trials, mention });
  const civil = civilHearing(events, layers);
  attachPeople(events, facts, trials, parts, civil);
  appealTrialCourts(facts, parts);
  rolesOfParts(events, facts, anchorOf);
  buildCivilCases(events, facts, mention, civil);
  verdictNouns(layers, facts, doc);
}

/** How many sentences after a verdict is told "the verdict" still names it. */
const VERDICT_NOUN_REACH = 6;

/**
 * "Horton delivered his verdict on Thursday": in an article with one verdict, "the verdict" (or his,
 * the jury's...) in the sentences just after it is told is another mention of it, and what the date
 * stage reads its date from.
 */
function verdictNouns(layers: readonly SentenceLayers[], facts: Facts, doc: Doc): void {
  const verdicts = facts.entities.filter((e) => e.type === "Verdict");
  // (a mistrial, a dismissal or a settlement is no verdict a reader would call one)
  if (!verdicts.length || verdicts.some((v) => !v.mentions.length || !/^(?:guilty|not_guilty|liable|not_liable)$/.test(String(v.attrs.outcome)))) return;
  // (several outcomes of one trial, "guilty of manslaughter, not guilty of neglect", are the one verdict the judge delivered)
  const trials = new Set(facts.relations.filter((r) => r.type === "RESULTED_IN" && verdicts.some((v) => v.id === r.target)).map((r) => r.source));
  const outcomes = new Set(facts.relations.filter((r) => r.type === "RESULTED_IN" && trials.has(r.source)).map((r) => r.target));
  if (verdicts.length > 1 && (trials.size !== 1 || outcomes.size !== verdicts.length)) return;
  for (const v of verdicts) verdictNounsOf(v, layers, facts, doc);
}

function verdictNounsOf(v: Entity, layers: readonly SentenceLayers[], facts: Facts, doc: Doc): void {
  const told = new Set(v.mentions.map((m) => m.sentence));
  for (const l of layers) {
    const i0 = l.sentence.index;
    // (and in its own sentence: "returning their verdict on Thursday, finding X guilty")
    if (doc.isHeadline(i0) || ![...told].some((t) => t <= i0 && t >= i0 - VERDICT_NOUN_REACH)) continue;
    const ts = l.tokens;
    for (let i = 1; i < ts.length; i++) {
      // ("returned its verdicts on Wednesday": the several outcomes of the one trial, each delivered then)
      if (!/^verdicts?$/.test(ts[i]!.lower) || !/^(?:the|his|her|its|their|'s)$/.test(ts[i - 1]!.lower)) continue;
      if (v.mentions.some((m) => m.sentence === i0 && m.start <= ts[i]!.start && ts[i]!.end <= m.end)) continue;
      facts.mention(v, { sentence: l.sentence.index, start: ts[i]!.start, end: ts[i]!.end, surface: ts[i]!.text });
    }
  }
}
