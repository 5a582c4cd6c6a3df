// The contract's zod schemas compiled to predicates: they accept a record only when zod does, on
// every node and edge of a hand-checked graph and on each of them broken in many small ways.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compile } from "../src/schema-compile.ts";
import { SerializedEdge, SerializedNode } from "../src/schema.ts";
import { trialGraph } from "./fixtures/trial-graph.ts";

/** Values a field could wrongly hold. */
const ODD: unknown[] = [undefined, null, "", "x", "2025-13", "2025-06-12", -1, 0, 0.5, 1, 1.5, 2, Infinity, NaN, 2 ** 60, true, [], [""], ["a#0"], [1], {}, "guilty", "HOLDS_ROLE"];

function* variants(record: { attributes: Record<string, unknown> }): Generator<unknown> {
  yield record;
  for (const name of [...Object.keys(record.attributes), "type", "label", "age", "date", "dates", "relation", "plea", "outcome"])
    for (const v of ODD) yield { ...record, attributes: { ...record.attributes, [name]: v } };
  yield { ...record, key: 7 };
  yield { ...record, attributes: null };
}

describe("compiled contract predicates", () => {
  it("never accept what zod refuses, and accept the valid records", () => {
    const g = trialGraph();
    const node = compile(SerializedNode), edge = compile(SerializedEdge);
    let checked = 0;
    const agree = (schema: z.ZodType, accepts: (v: unknown) => boolean, record: { attributes: Record<string, unknown> }) => {
      expect(accepts(record)).toBe(true);
      for (const v of variants(record)) {
        checked++;
        if (accepts(v)) expect(schema.safeParse(v).success, JSON.stringify(v)).toBe(true);
      }
    };
    for (const { node: key, attributes } of g.nodeEntries()) agree(SerializedNode, node, { key, attributes } as never);
    for (const { edge: key, source, target, attributes } of g.edgeEntries()) agree(SerializedEdge, edge, { key, source, target, attributes } as never);
    expect(checked).toBeGreaterThan(1000);
  });

  it("refuse what they do not know", () => {
    expect(compile(z.string().email())("a@b.org")).toBe(false);
    expect(compile(z.strictObject({ a: z.string() }))({ a: "x" })).toBe(false);
    expect(compile(z.union([z.string(), z.number()]))("x")).toBe(false);
  });
});
