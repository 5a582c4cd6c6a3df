// resolveAcrossArticles: one real-world thing is one entity, whichever invented articles speak of it.
import { describe, expect, it } from "vitest";
import { resolveAcrossArticles } from "../../src/resolve/across.ts";
import { extract } from "../extract/helpers.ts";
import type { GraphEntity } from "../../src/build/index.ts";

const verdictStory = extract(`Restaurateur convicted of raping two employees

A jury on Monday convicted restaurateur Colin Ashmead of raping Tirzah Rourke, a former waitress.

Ashmead was also found guilty of raping Ellie Vance, a hostess, in 2017. Judge Harriet Solano presided.
`, "news/ashdown-verdict.txt");

const sentencingStory = extract(`Restaurateur sentenced

Colin Ashmead was sentenced on Friday to 14 years in prison on the rape charge. Ashmead, 52, showed no emotion.

The trial judge, Harriet Solano, called the crimes brutal. His lawyer, Felicity Grange, said he would appeal.
`, "news/ashdown-sentencing.txt");

const otherAshmeadStory = extract(`Nurse convicted of theft

Rita Ashmead, a nurse, was convicted on Thursday of stealing painkillers from a Leeds hospital.

Ashmead, 40, will be sentenced next month. Her lawyer, Owain Prake, said she was relieved it was over.
`, "news/rita-ashmead.txt");

const { entities, relations } = resolveAcrossArticles([verdictStory, sentencingStory, otherAshmeadStory]);

const people = (pattern: RegExp) => entities.filter((e) => e.type === "Person" && pattern.test(e.label));
const onlyOne = (type: GraphEntity["type"], label: string) => {
  const found = entities.filter((e) => e.type === type && e.label === label);
  expect(found, `one ${type} "${label}"`).toHaveLength(1);
  return found[0]!;
};
const articlesOf = (e: GraphEntity) => [...new Set(e.mentions.map((m) => m.article))].sort();
const surfacesIn = (e: GraphEntity, article: string) => e.mentions.filter((m) => m.article === article).map((m) => m.surface);

describe("resolveAcrossArticles: people", () => {
  it("makes one Colin Ashmead from two articles, with the mentions of both", () => {
    const colin = onlyOne("Person", "Colin Ashmead");
    expect(articlesOf(colin)).toEqual(["article:news/ashdown-sentencing.txt", "article:news/ashdown-verdict.txt"]);
    // (and the pronouns that carry his facts: "His lawyer")
    expect(surfacesIn(colin, "article:news/ashdown-verdict.txt")).toEqual(expect.arrayContaining(["Colin Ashmead", "Ashmead"]));
    expect(surfacesIn(colin, "article:news/ashdown-sentencing.txt")).toEqual(expect.arrayContaining(["Colin Ashmead", "Ashmead"]));
    expect(colin.aliases).toEqual(expect.arrayContaining(["Colin Ashmead", "Ashmead"]));
  });

  it("keeps Rita Ashmead, in another article, apart from Colin Ashmead", () => {
    expect(people(/Ashmead/).map((p) => p.label).sort()).toEqual(["Colin Ashmead", "Rita Ashmead"]);
    const rita = onlyOne("Person", "Rita Ashmead");
    expect(articlesOf(rita)).toEqual(["article:news/rita-ashmead.txt"]);
    // her article's bare "Ashmead, 40" is hers, not his
    expect(surfacesIn(rita, "article:news/rita-ashmead.txt")).toEqual(expect.arrayContaining(["Rita Ashmead", "Ashmead"]));
    expect(articlesOf(onlyOne("Person", "Colin Ashmead"))).not.toContain("article:news/rita-ashmead.txt");
  });

  it("makes one judge who presided, named by a title in one article and an apposition in the other", () => {
    const judge = onlyOne("Person", "Harriet Solano");
    expect(articlesOf(judge)).toHaveLength(2);
    const presided = relations.filter((r) => r.type === "PRESIDED_OVER" && r.source === judge.key);
    expect(presided).toHaveLength(1);
  });

  it("gives each lawyer the client of their own article", () => {
    const clientOf = (lawyer: string) => relations.filter((r) => r.type === "REPRESENTS" && r.source === onlyOne("Person", lawyer).key).map((r) => r.target);
    expect(clientOf("Felicity Grange")).toEqual([onlyOne("Person", "Colin Ashmead").key]);
    expect(clientOf("Owain Prake")).toEqual([onlyOne("Person", "Rita Ashmead").key]);
  });
});

describe("resolveAcrossArticles: roles merge by label", () => {
  it("makes one judge role from \"Judge Harriet Solano\" and \"the trial judge, Harriet Solano\"", () => {
    const judge = onlyOne("Role", "judge");
    expect(articlesOf(judge)).toEqual(["article:news/ashdown-sentencing.txt", "article:news/ashdown-verdict.txt"]);
    expect(judge.aliases).toEqual(expect.arrayContaining(["trial judge"]));
  });
  it("makes one lawyer role for the lawyers of both defendants", () => {
    const lawyer = onlyOne("Role", "lawyer");
    const holders = relations.filter((r) => r.type === "HOLDS_ROLE" && r.target === lawyer.key).map((r) => r.source).sort();
    expect(holders).toEqual([onlyOne("Person", "Felicity Grange").key, onlyOne("Person", "Owain Prake").key].sort());
  });
  it("never makes two Role entities with the same label", () => {
    const labels = entities.filter((e) => e.type === "Role").map((e) => e.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("resolveAcrossArticles: a general charge folds into the specific counts", () => {
  const rapeCharges = entities.filter((e) => e.type === "Charge" && /rape/.test(e.label));
  const victimOf = (c: GraphEntity) => relations.filter((r) => r.type === "ALLEGED_VICTIM" && r.source === c.key).map((r) => r.target);

  it("keeps one rape count per complainant and no general rape charge beside them", () => {
    expect(rapeCharges).toHaveLength(2);
    expect(rapeCharges.map(victimOf).flat().sort()).toEqual([onlyOne("Person", "Ellie Vance").key, onlyOne("Person", "Tirzah Rourke").key].sort());
  });
  it("gives \"the rape charge\" of the sentencing story to each count", () => {
    for (const c of rapeCharges) expect(surfacesIn(c, "article:news/ashdown-sentencing.txt"), c.key).toEqual(["the rape charge"]);
  });
  it("gives the sentencing story's evidence to each count's CHARGED_WITH", () => {
    const colin = onlyOne("Person", "Colin Ashmead").key;
    for (const c of rapeCharges) {
      const charged = relations.find((r) => r.type === "CHARGED_WITH" && r.source === colin && r.target === c.key);
      expect(charged?.evidence, c.key).toEqual(expect.arrayContaining([expect.stringMatching(/^article:news\/ashdown-verdict\.txt#/), expect.stringMatching(/^article:news\/ashdown-sentencing\.txt#/)]));
    }
  });
  it("does not fold Rita Ashmead's theft into Colin Ashmead's charges", () => {
    const colin = onlyOne("Person", "Colin Ashmead").key;
    const his = relations.filter((r) => r.type === "CHARGED_WITH" && r.source === colin).map((r) => entities.find((e) => e.key === r.target)!.label);
    expect(his.every((l) => /rape/.test(l))).toBe(true);
  });
});

describe("resolveAcrossArticles: keys and evidence", () => {
  it("gives every entity a unique key", () => {
    const keys = entities.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("points every relation at resolved entities, with evidence from the articles that state it", () => {
    const keys = new Set(entities.map((e) => e.key));
    const sentencesOf = new Map([verdictStory, sentencingStory, otherAshmeadStory].map((s) => [s.article.key, s.sentences.length]));
    for (const r of relations) {
      expect(keys.has(r.source) && keys.has(r.target), `${r.source} ${r.type} ${r.target}`).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        const [, article, index] = /^(.*)#(\d+)$/.exec(ev)!;
        expect(Number(index)).toBeLessThan(sentencesOf.get(article!)!);
      }
    }
  });
  it("joins the same person in an article order that puts the surname-only story first", () => {
    const again = resolveAcrossArticles([sentencingStory, otherAshmeadStory, verdictStory]).entities;
    const labels = (list: GraphEntity[]) => list.filter((e) => e.type === "Person").map((e) => e.label).sort();
    expect(labels(again)).toEqual(labels(entities));
  });
});

describe("resolveAcrossArticles: an earlier case's charges are none of this trial's counts", () => {
  // Australian wire: the conviction told in passing folds into neither count of the trial the story reports
  const story = extract(`---
title: Former swim coach convicted
published: 2023-03-07
---
Former swim coach convicted in Perth

A District Court jury on Tuesday convicted former swim coach Rowan Tait of raping Kayla Burns, a former pupil.

Tait was also found guilty of indecently assaulting Mia Dorrit.

Tait is already serving an eight-year sentence in Queensland, where a Brisbane jury convicted him in 2019 of rape and indecent assault.
`, "news/tait.txt");
  const graph = resolveAcrossArticles([story]);
  it("keeps the earlier verdict's rape apart from the count with a complainant", () => {
    const counted = new Set(graph.relations.filter((r) => r.type === "ALLEGED_VICTIM").map((r) => r.source));
    const earlier = graph.relations.filter((r) => r.type === "ON_CHARGE" && /earlier/.test(r.source)).map((r) => r.target);
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.filter((c) => counted.has(c))).toEqual([]);
  });
});

describe("resolveAcrossArticles: a company one article only names", () => {
  it("is the company another article calls one, not a person", () => {
    const fined = extract(`Bank fined over laundering failures

The investment bank Velmont Carraway was fined $40 million on Tuesday for failing to stop money laundering.
`, "news/velmont-fined.txt");
    const jailed = extract(`Former trader jailed for insider dealing

A former trader of Velmont Carraway, Osric Dunmarrow, was jailed for four years on Friday for insider dealing.
`, "news/dunmarrow-jailed.txt");
    const { entities } = resolveAcrossArticles([fined, jailed]);
    const named = entities.filter((e) => e.label === "Velmont Carraway");
    expect(named.map((e) => e.type)).toEqual(["Organization"]);
    expect(articlesOf(named[0]!)).toEqual(["article:news/dunmarrow-jailed.txt", "article:news/velmont-fined.txt"]);
  });
});

describe("resolveAcrossArticles: a person named by capitals alone whom the article relates to something", () => {
  it("stays a person beside a same-named company elsewhere, so that her relations keep to the graph's contract", () => {
    const company = extract(`Producer signs deal

The production company Dadie Lindton signed a three-film deal with a streaming service on Monday.
`, "news/lindton-deal.txt");
    const trial = extract(`Witness tells of threats

Dadie Lindton testified on Tuesday at the trial of Marcus Halworth, who is charged with fraud.
`, "news/halworth-trial.txt");
    const { entities, relations } = resolveAcrossArticles([company, trial]);
    const typeOf = new Map(entities.map((e) => [e.key, e.type]));
    const testified = relations.filter((r) => r.type === "TESTIFIED_IN");
    expect(testified.length).toBeGreaterThan(0);
    expect(testified.map((r) => typeOf.get(r.source))).toEqual(testified.map(() => "Person"));
  });
});
