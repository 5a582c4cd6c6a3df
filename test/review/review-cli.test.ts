// casegraph review: on a folder where two invented outlets disagree about an outcome and a penalty,
// both contradictions come first with their sentences; --json for programs; --limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { casegraph, cleanup, tempDir, writeFiles, STACK_FRAME } from "../cli/run.ts";
import { GAZETTE, LEDGER } from "./corpus.ts";

let graph: string;
beforeAll(() => {
  const dir = tempDir();
  writeFiles(dir, [["in/gazette.md", GAZETTE], ["in/ledger.md", LEDGER]]);
  const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out")]);
  expect(r.stdout).toMatch(/contested {2}3 contradictions between articles \(casegraph review .*graph\.json lists them\)/);
  graph = join(dir, "out", "graph.json");
});
afterAll(cleanup);

describe("casegraph review", () => {
  it("lists the outcome and the penalty contradictions first, each side with its outlet, article and sentence", () => {
    const r = casegraph(["review", graph]);
    expect(r.status).toBe(0);
    const [first, second] = r.stdout.split(/\n\n(?=\d+\. )/).slice(1);
    expect(first).toBe([
      `1. Contradiction: Articles disagree on the outcome of Charge "fraud": guilty (Harbour Gazette) vs not guilty (Valley Ledger)`,
      "   guilty:",
      "     Harbour Gazette (gazette.md), sentence 1:",
      `       "Jury convicts Tobias Wyke of fraud and forgery"`,
      "     Harbour Gazette (gazette.md), sentence 2:",
      `       "A jury in the Ashford County Court convicted Tobias Wyke, 52, of fraud and forgery on Friday."`,
      "   not guilty:",
      "     Valley Ledger (ledger.md), sentence 1:",
      `       "Tobias Wyke cleared of fraud"`,
      "     Valley Ledger (ledger.md), sentence 2:",
      `       "A jury in the Ashford County Court acquitted Tobias Wyke, 49, of fraud on Friday but convicted him of forgery."`,
    ].join("\n"));
    expect(second).toMatch(/^2\. Contradiction: Articles disagree on the penalty of Verdict "Wyke trial: guilty": six years in prison \(Harbour Gazette\) vs two years in prison \(Valley Ledger\)/);
    expect(second).toContain(`"Judge Maria Okanta sentenced Wyke to two years in prison."`);
    expect(r.stdout).toMatch(/Duplicate\?: Person "H\. Marsk" and "Helen Marsk" may be one: an initial and a first name/);
  });

  it("gives the same items as JSON, and --limit caps them", () => {
    const all = JSON.parse(casegraph(["review", graph, "--json"]).stdout) as { total: number; truncated: boolean; items: { kind: string; sides: { evidence: { text: string; outlet: string }[] }[] }[] };
    expect(all.items.slice(0, 3).map((i) => i.kind)).toEqual(["contradiction", "contradiction", "contradiction"]);
    expect(all.items[0]!.sides[1]!.evidence[0]).toMatchObject({ outlet: "Valley Ledger", text: "Tobias Wyke cleared of fraud" });
    const two = JSON.parse(casegraph(["review", graph, "--json", "--limit", "2"]).stdout) as typeof all;
    expect(two).toMatchObject({ total: all.total, truncated: true });
    expect(two.items).toEqual(all.items.slice(0, 2));
    expect(casegraph(["review", graph, "--limit", "1"]).stdout).toMatch(/^\d+ things to check in 2 articles, worst first \(the first 1; --limit shows more\):/);
  });

  it("names what is wrong with its arguments, without a stack trace", () => {
    const none = casegraph(["review"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/usage: casegraph review <graph\.json>/);
    const missing = casegraph(["review", "/nonexistent/graph.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(STACK_FRAME);
  });
});
