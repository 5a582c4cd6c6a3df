// Cases: the events stage's frames grouped into charges, trials, verdicts and pleas, with the
// people and courts of each trial. Each relation keeps the rule of the frame it came from;
// what the article as a whole implies has a rule of its own ("case.the-article-judge").
import type { Entity, Mention } from "../../types.ts";
import type { Frame } from "../engine/rules.ts";
import type { SentenceLayers } from "../layers.ts";
import type { Facts } from "../facts.ts";
import type { Doc } from "../document.ts";
import { articleYear, carryEarlierMistrial, fillDefendants, readCountLists, readEvents, type CaseEvent } from "./events.ts";
import { buildCharges } from "./charges.ts";
import { factboxEvents } from "./factbox.ts";
import { buildCriminalCases, caseTrials } from "./trials.ts";
import { attachPeople, rolesOfParts } from "./people.ts";
import { buildCivilCases } from "./civil.ts";

export function assembleCases(frames: readonly Frame[], layers: readonly SentenceLayers[], facts: Facts, doc: Doc): void {
  const events = [...readEvents(frames, layers, facts, articleYear(layers, doc.article.published)), ...factboxEvents(doc, layers)].sort((a, b) => a.sentence - b.sentence);
  fillDefendants(events);
  readCountLists(events);
  carryEarlierMistrial(events);
  // an event entity is mentioned where its frame's anchor is: "convicted", "mistrial", "trial"
  const anchorOf = (ev: CaseEvent): Mention | undefined => {
    if (ev.anchor) return ev.anchor;
    const f = frames.find((x) => x.sentence === ev.sentence && x.rule === ev.rule);
    if (!f) return undefined;
    const t = layers[f.sentence]!.tokens[f.anchor >= 0 ? f.anchor : f.start]!;
    return { sentence: f.sentence, start: t.start, end: t.end, surface: t.text };
  };
  const mention = (e: Entity, ev: CaseEvent) => { const m = anchorOf(ev); if (m) facts.mention(e, m); };
  const charges = buildCharges(events, facts);
  const trials = caseTrials(facts, mention);
  buildCriminalCases({ events, charges, facts, trials, mention });
  attachPeople(events, facts, trials);
  rolesOfParts(events, facts, anchorOf);
  buildCivilCases(events, facts, mention);
}
