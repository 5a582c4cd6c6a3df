import { describe, expect, it } from "vitest";
import { NAMED_QUERIES, parsePattern, formatPattern } from "../../src/query/index.ts";
import { QueryError } from "../../src/errors.ts";
import { NODE_TYPES, RELATION_TYPES } from "../../src/schema.ts";

describe("parsePattern", () => {
  it("reads typed node steps, attribute tests, forward and reversed edges", () => {
    const p = parsePattern("Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial, label~\"hung, then\"] -ON_CHARGE-> Charge <-CHARGED_WITH- Person");
    expect(p.nodes).toEqual([
      { type: "Person", tests: [{ name: "role", op: "=", value: "judge" }] },
      { type: "Trial", tests: [] },
      { type: "Verdict", tests: [{ name: "outcome", op: "=", value: "mistrial" }, { name: "label", op: "~", value: "hung, then" }] },
      { type: "Charge", tests: [] },
      { type: "Person", tests: [] },
    ]);
    expect(p.edges).toEqual([
      { types: ["PRESIDED_OVER"], direction: "out" },
      { types: ["RESULTED_IN"], direction: "out" },
      { types: ["ON_CHARGE"], direction: "out" },
      { types: ["CHARGED_WITH"], direction: "in" },
    ]);
  });

  it.each([
    ["Person -*-> Trial", { types: "*", direction: "out" }],
    ["Person -> Trial", { types: "*", direction: "out" }],
    ["Trial <- Person", { types: "*", direction: "in" }],
    ["Person -- Trial", { types: "*", direction: "both" }],
    ["Person -DEFENDANT_IN|TESTIFIED_IN- Trial", { types: ["DEFENDANT_IN", "TESTIFIED_IN"], direction: "both" }],
    ["person -presided_over→ trial", { types: ["PRESIDED_OVER"], direction: "out" }],
    ["Trial ←PRESIDED_OVER- Person", { types: ["PRESIDED_OVER"], direction: "in" }],
    ["Person -[:PRESIDED_OVER]-> Trial", { types: ["PRESIDED_OVER"], direction: "out" }],
  ])("reads the edge in %s", (text, edge) => {
    expect(parsePattern(text).edges).toEqual([edge]);
  });

  it("expands every named query, written with → or ->", () => {
    for (const [name, { pattern }] of Object.entries(NAMED_QUERIES)) {
      expect(parsePattern(name).text).toBe(pattern);
      expect(parsePattern(name.replace(/→/g, " -> ")).nodes).toEqual(parsePattern(pattern).nodes);
    }
    expect(parsePattern("Judge -> Trial -> Verdict").nodes[0]).toEqual({ type: "Person", tests: [{ name: "role", op: "=", value: "judge" }] });
  });

  it("writes a pattern back as text that parses to the same pattern", () => {
    const p = parsePattern("Person[label='Zoë \"Zed\" O', role!=judge] -PRESIDED_OVER-> Trial -RESULTED_IN- *");
    expect(parsePattern(formatPattern(p)).nodes).toEqual(p.nodes);
    expect(parsePattern(formatPattern(p)).edges).toEqual(p.edges);
  });

  it("names every valid type when a node type is unknown, and suggests the near one", () => {
    const err = catchError(() => parsePattern("Persn -PRESIDED_OVER-> Trial"));
    expect(err).toBeInstanceOf(QueryError);
    expect(err.message).toContain('unknown node type "Persn" (did you mean Person?)');
    for (const t of NODE_TYPES) expect(err.message).toContain(t);
  });

  it("names every valid relation when a relation is unknown", () => {
    const err = catchError(() => parsePattern("Person -PRESIDED-> Trial"));
    expect(err).toBeInstanceOf(QueryError);
    expect(err.message).toContain('unknown relation "PRESIDED"');
    for (const t of RELATION_TYPES) expect(err.message).toContain(t);
  });

  it.each([
    ["Trial -PRESIDED_OVER-> Person", "turn the edge round: Trial <-PRESIDED_OVER- Person"],
    ["Verdict[outcome=convicted]", "not one of guilty, not_guilty, mistrial"],
    ["Trial[role=judge]", "Trial nodes hold no roles"],
    ["Person[role=judge", "missing ]"],
    ["Person -PRESIDED_OVER-> ", "the pattern ends where a node type should be"],
    ["Person <-PRESIDED_OVER-> Trial", "cannot point both ways"],
    ["", "the pattern is empty"],
  ])("rejects %j with a message that says what to do", (text, message) => {
    const err = catchError(() => parsePattern(text));
    expect(err).toBeInstanceOf(QueryError);
    expect(err.message).toContain(message);
  });
});

function catchError(f: () => unknown): Error {
  try { f(); } catch (err) { return err as Error; }
  throw new Error("expected an error");
}
