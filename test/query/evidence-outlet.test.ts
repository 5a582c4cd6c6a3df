// Evidence lines name the outlet and the published date when the article's front matter gives them.
import { describe, expect, it } from "vitest";
import { formatResults, runPattern } from "../../src/query/index.ts";
import { v2Graph } from "../fixtures/v2-case.ts";
import { trialGraph } from "../fixtures/trial-graph.ts";

describe("evidence with outlet and date", () => {
  it("quotes each sentence with its outlet, published date and article", () => {
    const graph = v2Graph();
    const results = runPattern(graph, "Person -ENTERED_PLEA-> Plea", { limit: 5 });
    const text = formatResults(graph, results, "pleas");
    expect(text).toContain('"Nora Quist pleaded not guilty on Monday to charges of assault and theft." (Valley Courier, 2020-11-03; courier/quist-plea.txt, characters ');
    expect(results[0]!.hops[0]!.edges[0]!.evidence[0]).toMatchObject({ source: "Valley Courier", published: "2020-11-03" });
  });

  it("says nothing of an outlet when the front matter gives none", () => {
    const graph = trialGraph();
    const results = runPattern(graph, "Person -REPRESENTS-> Person", { limit: 1 });
    expect(formatResults(graph, results, "lawyers")).toMatch(/\(courts\/retrial\.md, characters \d+-\d+\)/);
    expect(results[0]!.hops[0]!.edges[0]!.evidence[0]).not.toHaveProperty("source");
  });
});
