// Dates across articles: agreeing dates give the most precise one; disagreeing ones are all kept.
import { describe, expect, it } from "vitest";
import { mergeCompatible, reconcileDates } from "../../src/dates/reconcile.ts";
import { buildGraph } from "../../src/pipeline.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { utf8 } from "../extract/helpers.ts";

const article = (path: string, published: string | undefined, body: string) =>
  ({ path, bytes: utf8(`${published ? `---\nsource: ${path.replace(".txt", "")} Post\npublished: ${published}\n---\n` : ""}${body}\n`) });
const verdictOf = (files: ReturnType<typeof article>[]) => {
  const { graph } = buildGraph(files);
  expect(checkGraph(graph.export()).ok).toBe(true);
  const key = graph.findNode((_, a) => a.type === "Verdict" && a.outcome === "guilty");
  return key ? graph.getNodeAttributes(key) : undefined;
};

describe("dates across articles", () => {
  it("keeps both dates when two outlets disagree, each with its sentence", () => {
    const v = verdictOf([
      article("ledger.txt", "2025-06-13", "A jury convicted Tom Vale of fraud on Thursday at the Norbury Crown Court."),
      article("courier.txt", "2025-06-14", "A jury convicted Tom Vale of fraud on Friday at the Norbury Crown Court."),
    ]);
    expect(v?.date).toBe("2025-06-12");
    expect(v?.date_evidence).toEqual(["article:ledger.txt#0"]);
    expect(v?.dates).toEqual([
      { date: "2025-06-12", evidence: ["article:ledger.txt#0"] },
      { date: "2025-06-13", evidence: ["article:courier.txt#0"] },
    ]);
  });

  it("takes the most precise of dates that agree, citing every sentence", () => {
    const v = verdictOf([
      article("ledger.txt", "2025-06-13", "A jury convicted Tom Vale of fraud on Thursday at the Norbury Crown Court."),
      article("courier.txt", undefined, "A jury convicted Tom Vale of fraud in June 2025 at the Norbury Crown Court."),
    ]);
    expect(v?.date).toBe("2025-06-12");
    expect(v?.date_evidence).toEqual(["article:courier.txt#0", "article:ledger.txt#0"]);
    expect(v?.dates).toBeUndefined();
  });

  it("leaves a relative date out when the article has no published date", () => {
    const v = verdictOf([article("ledger.txt", undefined, "A jury convicted Tom Vale of fraud on Thursday at the Norbury Crown Court.")]);
    expect(v).toBeDefined();
    expect(v?.date).toBeUndefined();
    expect(v?.date_evidence).toBeUndefined();
  });

  it("warns about a published date that is not a day", () => {
    const { warnings } = buildGraph([article("ledger.txt", "sometime", "A jury convicted Tom Vale of fraud on Thursday.")]);
    expect(warnings).toEqual([{ path: "ledger.txt", problem: expect.stringMatching(/published date 'sometime' is not a day/) }]);
  });
});

describe("mergeCompatible", () => {
  it("folds a year into the one day it agrees with and orders by support", () => {
    expect(mergeCompatible([
      { date: "2020", evidence: ["a#1"] }, { date: "2020-03-02", evidence: ["b#4"] }, { date: "2022", evidence: ["c#2", "d#3", "e#1"] },
    ])).toEqual([{ date: "2022", evidence: ["c#2", "d#3", "e#1"] }, { date: "2020-03-02", evidence: ["a#1", "b#4"] }]);
  });
  it("keeps a year apart when two different days could refine it", () => {
    expect(mergeCompatible([{ date: "2020", evidence: ["a"] }, { date: "2020-03-02", evidence: ["b"] }, { date: "2020-04-01", evidence: ["c"] }]).map((d) => d.date))
      .toEqual(["2020-03-02", "2020-04-01", "2020"]);
  });
});

describe("reconcileDates", () => {
  const entity = (attrs: Record<string, unknown>) => ({ key: "verdict:v", type: "Verdict" as const, label: "v", aliases: [], attrs, mentions: [{ article: "article:a.txt", sentence: 0, start: 5, end: 14, surface: "convicted" }] });
  it("keeps a date the extractor set when the stage finds none", () => {
    expect(reconcileDates({ entities: [entity({ outcome: "guilty", date: "2019" })] }, [{ type: "Trial", article: "article:a.txt", start: 0, end: 3, date: "2020", sentence: 0 }]).entities[0]!.attrs.date).toBe("2019");
  });
  it("drops a date the stage gave a verdict of another outcome that resolution merged here", () => {
    const out = reconcileDates({ entities: [entity({ outcome: "guilty", date: "2019" })] }, [{ type: "Verdict", article: "article:a.txt", start: 5, end: 14, date: "2019", sentence: 0, outcome: "upheld" }]);
    expect(out.entities[0]!.attrs.date).toBeUndefined();
  });
});
