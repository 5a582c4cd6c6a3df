// The maps a large build holds packed until its reduce (src/build/cache.ts PackedMap), and their
// relations held flat until resolution's last pass (src/build/held-relations.ts): the same graph
// as from the maps themselves.
import { describe, expect, it } from "vitest";
import { generateArticles } from "../bench/corpus.ts";
import { mapArticle, reduceToArrays, type ArticleMap } from "../../src/pipeline.ts";
import { encodeEntry, type PackedMap } from "../../src/build/cache.ts";
import { heldRelations, relationHolder } from "../../src/build/held-relations.ts";
import { graphJsonChunks } from "../../src/output/graph-json.ts";
import { graphmlChunks } from "../../src/export/index.ts";
import type { Relation } from "../../src/extract/types.ts";

const files = [...generateArticles(30_000, 7)].map(({ path, text }) => ({ path, bytes: new TextEncoder().encode(text) }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));
const written = (maps: (ArticleMap | PackedMap)[]) => {
  const { graph } = reduceToArrays(maps);
  return [...graphJsonChunks(graph)].join("") + [...graphmlChunks(graph)].join("");
};

describe("a large build's held maps", () => {
  it("gives the graph the maps themselves give", { timeout: 120_000 }, () => {
    const maps = files.map((f) => mapArticle(f));
    const packed = maps.map((m): PackedMap => ({ packed: encodeEntry("", m.path, "", m), version: "", path: m.path, hash: "" }));
    expect(maps.some((m) => m.windows.some((w) => w.extraction.relations.length > 0))).toBe(true);
    expect(written(packed)).toBe(written(maps));
  });
});

describe("relations held flat", () => {
  const relations: Relation[] = [
    { type: "CHARGED_WITH", source: "person1", target: "charge1", evidence: [0, 3], confidence: 0.85, rule: ["b.rule", "a.rule"] },
    { type: "RELATED_TO", source: "person1", target: "person2", evidence: [], confidence: 1, rule: [], relation: "brother" },
    { type: "CHARGED_WITH", source: "person2", target: "charge1", evidence: [7], confidence: 0.1 + 0.2, rule: ["b.rule", "a.rule"] },
  ];
  it("are the relations again, a relation key only where there was one", () => {
    const again = heldRelations(relationHolder()(relations));
    expect(again).toStrictEqual(relations.map((r) => ({ ...r, rule: r.rule })));
    expect("relation" in again[0]!).toBe(false);
  });
  it("share one frozen array of rule ids per set of rules", () => {
    const again = heldRelations(relationHolder()(relations));
    expect(again[0]!.rule).toBe(again[2]!.rule);
    expect(Object.isFrozen(again[0]!.rule)).toBe(true);
  });
});
