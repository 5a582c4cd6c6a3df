// Which names join entities across articles: a full name anywhere, a generic court or office name
// ("the high court", "Supreme Court") only among articles about the same people.
import { describe, expect, it } from "vitest";
import { resolveAcrossArticles } from "../../src/resolve/across.ts";
import { identityKeys, isGenericName } from "../../src/resolve/identity.ts";
import { extractArticle } from "../../src/pipeline.ts";
import { articleFrom } from "../extract/helpers.ts";
import type { Entity } from "../../src/extract/types.ts";

function v2(text: string, path: string) {
  const { article, sentences } = articleFrom(text, path);
  return { article, extraction: extractArticle(article, sentences) };
}

const court = (label: string, aliases: string[] = []): Entity => ({ id: "c", type: "Court", label, aliases, attrs: {}, mentions: [] });

describe("identity keys", () => {
  it("tells a name of a kind of court or office from the name of one", () => {
    for (const n of ["supreme court", "high court", "court of cassation", "superior court", "court of appeal", "us attorney office", "prosecutor office", "crown court"]) expect(isGenericName(n), n).toBe(true);
    for (const n of ["seoul high court", "islington crown court", "harlan county superior court", "court of cassation in rome"]) expect(isGenericName(n), n).toBe(false);
  });

  it("keeps a court's full names for every article and its generic ones and acronyms for related articles", () => {
    // ("KHC", like "SEC", may be another country's body in an unrelated article)
    expect(identityKeys(court("Karachi High Court", ["high court", "KHC"]))).toEqual({ specific: ["karachi high court"], generic: ["high court", "khc"] });
  });

  it("reads the federal trial court of a city and a county's court the ways reporters write them", () => {
    const a = identityKeys(court("U.S. District Court in Tulsa")).specific;
    const b = identityKeys(court("Federal District Court in Tulsa")).specific;
    expect(a.filter((k) => b.includes(k))).toEqual(["federal court in tulsa"]);
    expect(identityKeys(court("federal appeals court in Tulsa")).specific).not.toContain("federal court in tulsa");
    expect(identityKeys(court("Harlan County Superior Court")).specific).toContain("harlan superior court");
    // ("the High Court of Ranipur" in one article, "the Ranipur High Court" in another)
    expect(identityKeys(court("High Court of Ranipur")).specific).toContain("ranipur high court");
    expect(identityKeys(court("Supreme Court of Canada")).specific).toContain("canada supreme court");
  });
});

describe("resolveAcrossArticles: generic court names", () => {
  const karachi = v2(`Former minister's sentence suspended

The Karachi High Court on Tuesday suspended the sentence of former minister Idris Baloch. The high court said the trial judge had erred. Baloch's lawyers said they would go to the Supreme Court.
`, "news/baloch.txt");
  const seoul = v2(`Tycoon acquitted

The Seoul High Court on Monday acquitted the chairman, Park Min-jun, of bribery. The high court said the evidence was weak. Prosecutors may appeal to the Supreme Court.
`, "news/park.txt");
  const karachiAgain = v2(`Former minister freed

Former minister Idris Baloch walked out of prison on Friday. Idris Baloch thanked the judges of the Supreme Court, which upheld the suspension.
`, "news/baloch-freed.txt");
  const { entities } = resolveAcrossArticles([karachi, seoul, karachiAgain]);
  const courts = entities.filter((e) => e.type === "Court");
  const articles = (label: string) => [...new Set(courts.find((c) => c.label === label)!.mentions.map((m) => m.article))].sort();

  it("keeps two countries' high courts and supreme courts apart", () => {
    expect(courts.map((c) => c.label).sort()).toEqual(["Karachi High Court", "Seoul High Court", "Supreme Court", "Supreme Court"]);
    expect(articles("Karachi High Court")).toEqual(["article:news/baloch.txt"]);
    expect(articles("Seoul High Court")).toEqual(["article:news/park.txt"]);
  });

  it("joins the Supreme Court of two articles about the same man", () => {
    const supremes = courts.filter((c) => c.label === "Supreme Court").map((c) => [...new Set(c.mentions.map((m) => m.article))].sort());
    expect(supremes).toContainEqual(["article:news/baloch-freed.txt", "article:news/baloch.txt"]);
    expect(supremes).toContainEqual(["article:news/park.txt"]);
  });
});

describe("resolveAcrossArticles: the word 'Court' alone", () => {
  const darwin = v2(`Defamation case dismissed

The Federal Court dismissed Kyle Dorn's defamation case on Monday. His criminal trial in the NT Supreme Court was aborted in 2022. The Court heard from 30 witnesses.
`, "news/dorn.txt");
  const { entities } = resolveAcrossArticles([darwin]);

  it("joins no court named in full where the article names two courts", () => {
    const supreme = entities.find((e) => e.type === "Court" && e.label === "NT Supreme Court")!;
    expect(supreme.aliases).not.toContain("Court");
  });
});

describe("resolveAcrossArticles: a bare surname", () => {
  const first = v2(`Adviser convicted

Owen Tully, a former adviser to President Mara Quell, was convicted on Tuesday of tax fraud. Mara Quell called the case a disgrace. Tully's lawyer said he would appeal.
`, "news/tully.txt");
  const second = v2(`Broadcaster settles

The broadcaster agreed to pay $16 million to settle a lawsuit brought by President Mara Quell. Mara Quell had claimed the interview was edited.
`, "news/settle.txt");
  const third = v2(`Smuggler extradited

The smuggler Ruben Ortiz was extradited on the eve of President Quell's inauguration. Ortiz denied the charges.
`, "news/ortiz.txt");
  const fourth = v2(`Nurse cleared

The nurse Ellie Vance was cleared on Monday of stealing drugs. Vance wept.
`, "news/ellie-vance.txt");
  const fifth = v2(`Builder jailed

The builder Colm Vance was jailed on Friday for fraud. Vance showed no emotion.
`, "news/colm-vance.txt");
  const sixth = v2(`Appeal lodged

The lawyers of the smuggler lodged an appeal on Friday. Vance, who chairs the committee, declined to comment.
`, "news/appeal.txt");
  const { entities } = resolveAcrossArticles([first, second, third, fourth, fifth, sixth]);
  const people = entities.filter((e) => e.type === "Person");
  const articlesOf = (label: string) => [...new Set(people.find((p) => p.label === label)!.mentions.map((m) => m.article))].sort();

  it("joins the one person of the corpus named in full in two articles with that surname", () => {
    expect(articlesOf("Mara Quell")).toEqual(["article:news/ortiz.txt", "article:news/settle.txt", "article:news/tully.txt"]);
    expect(people.filter((p) => /Quell/.test(p.label))).toHaveLength(1);
  });

  it("leaves a surname two people of the corpus bear on its own", () => {
    expect(articlesOf("Ellie Vance")).toEqual(["article:news/ellie-vance.txt"]);
    expect(articlesOf("Colm Vance")).toEqual(["article:news/colm-vance.txt"]);
    expect(people.filter((p) => p.label === "Vance")).toHaveLength(1);
  });
});

describe("resolveAcrossArticles: a company one article calls a studio", () => {
  it("is one studio with the organisation of that name in another article", () => {
    const suit = v2(`Lawsuit against Lumenflix goes ahead

Dana Orry can pursue her claim against Lumenflix, a judge ruled. Orry sued the streaming company in June. Lumenflix declined to comment.
`, "news/suit.txt");
    const deal = v2(`Merger closes

Brightline Media closed its merger on Thursday. Cara Holt, a longtime Lumenflix executive, will run the film unit. Lumenflix shares rose.
`, "news/deal.txt");
    const { entities } = resolveAcrossArticles([suit, deal]);
    const named = entities.filter((e) => e.label === "Lumenflix");
    expect(named.map((e) => e.type)).toEqual(["Studio"]);
    expect(new Set(named[0]!.mentions.map((m) => m.article)).size).toBe(2);
  });
});

describe("resolveAcrossArticles: one count, two outlets", () => {
  // the same count with another outcome in another outlet is the same count: the disagreement is
  // one charge with two verdicts to review, never a second charge that hides it
  const herald = v2("Jury convicts Ivo Brayne of fraud\n\nA jury in the Tarn County Court convicted Ivo Brayne, 52, of fraud and forgery on Friday.", "herald.md");
  const ledger = v2("Ivo Brayne cleared of fraud\n\nA jury in the Tarn County Court acquitted Ivo Brayne, 49, of fraud on Friday but convicted him of forgery.", "ledger.md");
  const { entities } = resolveAcrossArticles([herald, ledger]);
  it("keeps one fraud charge for the defendant, whichever outcome each article gives it", () => {
    expect(entities.filter((e) => e.type === "Charge" && e.label === "fraud")).toHaveLength(1);
  });
});
