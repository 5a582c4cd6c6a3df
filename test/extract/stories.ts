// The table runner for extractArticle stories: a short invented news story and what a reader expects
// the graph to say. Facts read "Owen Fairbanks REPRESENTS Delia Yarwell"; events are named by what
// they are: "verdict:guilty", "trial:planned", "charge:tax evasion". `says` is what the evidence
// sentences of that fact must contain: a relation is only as good as the sentence that states it.
import { describe, expect, it } from "vitest";
import { extract, outcomesOf, type Extracted } from "./helpers.ts";
import type { Entity } from "../../src/extract/types.ts";

export interface Expectation {
  /** A relation that must be there, with what its evidence says. */
  fact?: string;
  says?: RegExp;
  /** A relation that must not be there. */
  not?: string;
  /** "Alma Selham: not_guilty": an outcome that must reach a person (with `not: "yes"`, must not). */
  outcome?: string;
  /** An outcome that must not reach a person. */
  noOutcome?: string;
  /** "Person: Loretta Gaines": an entity of that type with that label or alias. */
  entity?: string;
  /** The person labelled `mentioned` (or, with `notMentioned`, not) has a mention in the sentence matching `in`. */
  mentioned?: string;
  notMentioned?: string;
  in?: RegExp;
  /** "Person: Mill Lane": no entity of that type with that label or alias. */
  noEntity?: string;
  /** Co-defendants: one trial that all of these people are DEFENDANT_IN. */
  sameTrial?: string[];
  /** Segmentation: one sentence of the article matches. */
  sentence?: RegExp;
  /** `penalty` of a guilty verdict that reaches the person named by `of`. */
  penalty?: RegExp;
  /** The age the text gives the person named by `of`. */
  age?: number;
  of?: string;
  /** Set when the extractor gets this generic phrasing wrong today: the test is recorded as failing. */
  gap?: string;
}

export interface Story {
  name: string;
  text: string;
  expect: Expectation[];
}

function title(e: Expectation) {
  const what =
    e.fact ??
    (e.outcome && e.not && `no outcome ${e.outcome}`) ??
    (e.not && `no ${e.not}`) ??
    (e.outcome && `outcome ${e.outcome}`) ??
    (e.noOutcome && `no outcome ${e.noOutcome}`) ??
    (e.entity && `entity ${e.entity}`) ??
    (e.noEntity && `no entity ${e.noEntity}`) ??
    (e.sameTrial && `one trial of ${e.sameTrial.join(" and ")}`) ??
    (e.sentence && `one sentence ${e.sentence}`) ??
    (e.mentioned && `${e.mentioned} named in ${e.in}`) ??
    (e.notMentioned && `${e.notMentioned} not named in ${e.in}`) ??
    (e.penalty && `${e.of}'s penalty ${e.penalty}`) ??
    (e.age !== undefined ? `${e.of} is ${e.age}` : undefined);
  return e.gap ? `${what} (gap: ${e.gap})` : what!;
}

/** The people a verdict reaches, as `outcomesOf` counts them: through its charges, or a lone defendant. */
function peopleReachedBy(x: Extracted, verdict: Entity): string[] {
  const rel = (type: string) => x.extraction.relations.filter((r) => r.type === type);
  const label = (id: string) => x.extraction.entities.find((e) => e.id === id)!.label;
  const charges = rel("ON_CHARGE").filter((r) => r.source === verdict.id).map((r) => r.target);
  if (charges.length) return rel("CHARGED_WITH").filter((r) => charges.includes(r.target)).map((r) => label(r.source));
  return rel("RESULTED_IN").filter((r) => r.target === verdict.id).flatMap((t) => {
    const defendants = rel("DEFENDANT_IN").filter((d) => d.target === t.source).map((d) => label(d.source));
    return defendants.length === 1 ? defendants : [];
  });
}

function mentionedIn(x: Extracted, label: string, sentence: RegExp): boolean {
  const person = x.extraction.entities.find((e) => e.type === "Person" && e.label === label);
  return !!person?.mentions.some((m) => sentence.test(x.sentences[m.sentence]!.text));
}

function check(x: Extracted, e: Expectation) {
  if (e.fact) {
    expect(x.facts, `expected "${e.fact}"`).toContain(e.fact);
    if (e.says) {
      const stated = x.relationsOf(e.fact).some((r) => r.evidence.some((i) => e.says!.test(x.sentences[i]!.text)));
      expect(stated, `the evidence of "${e.fact}" should say ${e.says}`).toBe(true);
    }
  } else if (e.outcome && e.not) {
    expect(outcomesOf(x.extraction)).not.toContain(e.outcome);
  } else if (e.not) {
    expect(x.facts).not.toContain(e.not);
  } else if (e.outcome) {
    expect(outcomesOf(x.extraction)).toContain(e.outcome);
  } else if (e.noOutcome) {
    expect(outcomesOf(x.extraction)).not.toContain(e.noOutcome);
  } else if (e.entity) {
    const [type, name] = e.entity.split(/: (.*)/s) as [Entity["type"], string];
    expect(x.entity(type, name), `expected a ${type} "${name}"`).toBeDefined();
  } else if (e.noEntity) {
    const [type, name] = e.noEntity.split(/: (.*)/s) as [Entity["type"], string];
    expect(x.entity(type, name), `expected no ${type} "${name}"`).toBeUndefined();
  } else if (e.sameTrial) {
    const trialsOf = (label: string) => {
      const person = x.extraction.entities.find((p) => p.type === "Person" && p.label === label);
      return x.extraction.relations.filter((r) => r.type === "DEFENDANT_IN" && r.source === person?.id).map((r) => r.target);
    };
    const [first, ...others] = e.sameTrial.map(trialsOf);
    expect(first!.some((t) => others.every((ts) => ts.includes(t))), `one trial of ${e.sameTrial.join(", ")}`).toBe(true);
  } else if (e.sentence) {
    expect(x.sentences.map((s) => s.text).some((t) => e.sentence!.test(t)), `a sentence matching ${e.sentence}`).toBe(true);
  } else if (e.mentioned) {
    expect(mentionedIn(x, e.mentioned, e.in!), `${e.mentioned} should be named in ${e.in}`).toBe(true);
  } else if (e.notMentioned) {
    expect(x.extraction.entities.some((p) => p.type === "Person" && p.label === e.notMentioned), `there is a ${e.notMentioned}`).toBe(true);
    expect(mentionedIn(x, e.notMentioned, e.in!), `${e.notMentioned} should not be named in ${e.in}`).toBe(false);
  } else if (e.penalty) {
    const verdicts = x.extraction.entities.filter((v) => v.type === "Verdict" && v.attrs.outcome === "guilty");
    const penalties = verdicts.filter((v) => peopleReachedBy(x, v).includes(e.of!)).map((v) => String(v.attrs.penalty ?? ""));
    expect(penalties.some((p) => e.penalty!.test(p)), `penalties of ${e.of}: ${JSON.stringify(penalties)}`).toBe(true);
  } else if (e.age !== undefined) {
    const person = x.extraction.entities.find((p) => p.type === "Person" && p.label === e.of);
    expect(person?.attrs.age, `the age of ${e.of}`).toBe(e.age);
  } else {
    throw new Error(`an expectation that checks nothing: ${JSON.stringify(e)}`);
  }
}

export function stories(heading: string, list: Story[]) {
  describe(heading, () => {
    for (const story of list) {
      describe(story.name, () => {
        const x = extract(story.text);
        // a row with `gap` is a known extractor gap, recorded as it.fails: the test says what should happen, the gap says what does
        for (const e of story.expect) (e.gap ? it.fails : it)(title(e), () => check(x, e));
        it("gives every relation evidence: sentences of this article", () => {
          for (const r of x.extraction.relations) {
            expect(r.evidence.length).toBeGreaterThan(0);
            for (const i of r.evidence) expect(x.sentences[i], `${r.type} cites sentence ${i}`).toBeDefined();
            expect(r.confidence).toBeGreaterThan(0);
            expect(r.confidence).toBeLessThanOrEqual(1);
          }
        });
      });
    }
  });
}
