// The timeline's dates, the time window, the case and the new filters, without a browser, on the
// invented v2 case (test/fixtures/v2-case.ts).
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { INITIAL_STATE, computeVisibility, paramsToState, stateToParams, update, type Action, type ViewState } from "../../web/state/index.ts";
import { dateSpan, datesOf, hiddenByWindow, timelineEvents } from "../../web/timeline/dates.ts";
import { caseMembers } from "../../web/case/members.ts";
import { loadFixture } from "./helpers.ts";

const { graph, index } = loadFixture("v2");
const run = (...actions: Action[]) => actions.reduce<ViewState>(update, INITIAL_STATE);
const shown = (state: ViewState) => graph.filterNodes((k, a) => a.type !== "Article" && a.type !== "Sentence" && !computeVisibility(graph, index, state.filters).hiddenNodes.has(k));

describe("dates on the timeline", () => {
  it("spans a date as far as its precision goes", () => {
    expect(dateSpan("2021")).toEqual({ from: "2021-01-01", to: "2021-12-31" });
    expect(dateSpan("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(dateSpan("2021-03-15")).toEqual({ from: "2021-03-15", to: "2021-03-15" });
    expect(dateSpan("March")).toBeUndefined();
  });

  it("lists a disputed date once per source's date, both marked disputed", () => {
    expect(datesOf(graph.getNodeAttributes("verdict:quist-guilty"))).toEqual(["2021-03-15", "2021-03-14"]);
    const events = timelineEvents(graph, new Set());
    const guilty = events.filter((e) => e.key === "verdict:quist-guilty");
    expect(guilty.map((e) => [e.date, e.disputed])).toEqual([["2021-03-14", true], ["2021-03-15", true]]);
    expect(events.map((e) => e.from)).toEqual([...events.map((e) => e.from)].sort());
    expect(events.map((e) => e.type)).toContain("Plea");
  });

  it("leaves hidden nodes off the timeline", () => {
    const events = timelineEvents(graph, new Set(["plea:quist-not-guilty"]));
    expect(events.some((e) => e.key === "plea:quist-not-guilty")).toBe(false);
  });
});

describe("the time window", () => {
  it("keeps the events in the window and what they join, hides the rest", () => {
    const hidden = hiddenByWindow(graph, { from: "2023-01-01", to: "2023-12-31" });
    expect(hidden.has("verdict:wyke-liable")).toBe(false);
    expect(hidden.has("trial:wyke-suit")).toBe(false); // dated 2022, but its verdict falls in the window
    expect(hidden.has("person:tobias-wyke")).toBe(false);
    expect(hidden.has("studio:larkspur-pictures")).toBe(false);
    expect(hidden.has("verdict:quist-guilty")).toBe(true);
    expect(hidden.has("person:hal-brenner")).toBe(true);
    expect(hidden.has("article:gazette/wyke-suit.txt")).toBe(false); // articles follow their own filter
  });

  it("keeps a node when any of the sources' dates falls in the window", () => {
    expect(hiddenByWindow(graph, { from: "2021-03-14", to: "2021-03-14" }).has("verdict:quist-guilty")).toBe(false);
  });

  it("is a filter of the view state, in the address, never a change to the graph", () => {
    const s = run({ type: "setTimeWindow", window: { from: "2020-11-01", to: "2020-11-30" } });
    expect(shown(s)).toContain("plea:quist-not-guilty");
    expect(shown(s)).not.toContain("verdict:wyke-liable");
    expect(graph.hasNode("verdict:wyke-liable")).toBe(true);
    const params = stateToParams(s);
    expect(params.get("t0")).toBe("2020-11-01");
    expect(paramsToState(params).filters.timeWindow).toEqual({ from: "2020-11-01", to: "2020-11-30" });
    expect(update(s, { type: "setTimeWindow", window: { from: "2021-01-01", to: "2020-01-01" } }).filters.timeWindow).toBeNull();
    expect(paramsToState(new URLSearchParams("t0=2021&t1=x")).filters.timeWindow).toBeNull();
  });
});

describe("the case", () => {
  it("of a trial: its people, court, charges with pleas and outcomes, and the appeal", () => {
    const c = caseMembers(graph, "trial:quist-trial")!;
    expect(c).toMatchObject({
      trials: ["trial:quist-trial"], defendants: ["person:nora-quist"], judges: ["person:hal-brenner"], prosecutors: ["person:mira-sand"],
      witnesses: ["person:lena-moss"], lawyers: [["person:ezra-pike", "person:nora-quist"]], complainants: ["person:ivo-dern"],
      courts: ["court:eastfield-county-court", "court:northern-appeals-court"], charges: ["charge:assault", "charge:theft"],
      verdicts: ["verdict:quist-appeal-upheld", "verdict:quist-guilty", "verdict:quist-not-guilty"], pleas: ["plea:quist-not-guilty"],
    });
    expect(c.nodes.has("role:judge")).toBe(true);
    expect(c.nodes.has("person:tobias-wyke")).toBe(false);
    expect(c.articles).toEqual(["article:courier/quist-appeal.txt", "article:courier/quist-plea.txt", "article:gazette/quist-verdict.txt"]);
  });

  it("of a defendant is the case of all their trials; a civil suit has plaintiffs", () => {
    expect(caseMembers(graph, "person:nora-quist")!.trials).toEqual(["trial:quist-trial"]);
    expect(caseMembers(graph, "trial:wyke-suit")).toMatchObject({ plaintiffs: ["studio:larkspur-pictures"], defendants: ["person:tobias-wyke"], verdicts: ["verdict:wyke-liable"] });
    expect(caseMembers(graph, "person:hal-brenner")).toBeNull();
    expect(caseMembers(graph, "nowhere")).toBeNull();
  });

  it("of a company charged without a trial: its charge and its plea", () => {
    const g = new Graph({ multi: true, type: "directed" });
    g.addNode("organization:lodestar-hoist", { type: "Organization", label: "Lodestar Hoist" });
    g.addNode("charge:bribery", { type: "Charge", label: "bribery" });
    g.addNode("plea:lodestar-guilty", { type: "Plea", label: "Lodestar Hoist pleads guilty", plea: "guilty" });
    g.addEdge("organization:lodestar-hoist", "charge:bribery", { type: "CHARGED_WITH" });
    g.addEdge("organization:lodestar-hoist", "plea:lodestar-guilty", { type: "ENTERED_PLEA" });
    g.addEdge("plea:lodestar-guilty", "charge:bribery", { type: "ON_CHARGE" });
    expect(caseMembers(g, "organization:lodestar-hoist")).toMatchObject({ trials: [], defendants: ["organization:lodestar-hoist"], charges: ["charge:bribery"], pleas: ["plea:lodestar-guilty"] });
  });

  it("focuses the graph on the case, shareable by address", () => {
    const s = run({ type: "openCase", key: "trial:wyke-suit" });
    expect(shown(s).sort()).toEqual(["person:tobias-wyke", "studio:larkspur-pictures", "trial:wyke-suit", "verdict:wyke-liable"]);
    expect(paramsToState(stateToParams(s)).filters.caseKey).toBe("trial:wyke-suit");
    expect(update(s, { type: "openCase", key: null }).filters.caseKey).toBeNull();
  });
});

describe("v2 filters", () => {
  it("filters trials by kind, civil included", () => {
    expect([...index.kindCounts].sort()).toEqual([["civil", 1], ["criminal", 1]]);
    const s = run({ type: "setKinds", kinds: ["civil"] });
    expect(shown(s)).toContain("trial:wyke-suit");
    expect(shown(s)).not.toContain("trial:quist-trial");
    expect(paramsToState(stateToParams(s)).filters.kinds).toEqual(["civil"]);
  });

  it("lists the civil outcomes among the verdict outcomes", () => {
    expect([...index.outcomeCounts.keys()].sort()).toEqual(["guilty", "liable", "not_guilty", "upheld"]);
    expect(shown(run({ type: "setOutcomes", outcomes: ["liable"] })).filter((k) => k.startsWith("verdict:"))).toEqual(["verdict:wyke-liable"]);
  });
});
