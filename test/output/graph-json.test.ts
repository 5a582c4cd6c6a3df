// graph.json written with a watching process's kept text (src/build/memo.ts): the bytes of a
// clean write, also when every node's x and y have changed (one article more spreads the layout).
import { describe, expect, it } from "vitest";
import { mapArticle } from "../../src/pipeline.ts";
import { reduceToArrays } from "../../src/reduce.ts";
import { graphJsonChunks } from "../../src/output/graph-json.ts";
import { newTailMemo } from "../../src/build/memo.ts";
import type { Attributes, BuiltGraph } from "../../src/build/built-graph.ts";
import { generateArticles } from "../bench/corpus.ts";

const maps = [...generateArticles(16_000, 5)].map(({ path, text }) => mapArticle({ path, bytes: new TextEncoder().encode(text) }));
const json = (graph: BuiltGraph, texts?: WeakMap<Attributes, string>) => [...graphJsonChunks(graph, 4096, texts)].join("");

describe("graph.json from kept text", () => {
  it("is byte for byte a clean write, build after build", () => {
    expect(maps.length).toBeGreaterThan(2);
    const memo = newTailMemo();
    let first: Attributes | undefined, x: unknown;
    for (const n of [maps.length - 1, maps.length, maps.length - 2]) {
      const kept = reduceToArrays(maps.slice(0, n), { memo }).graph, clean = reduceToArrays(maps.slice(0, n)).graph;
      expect(json(kept, memo.json)).toBe(json(clean));
      const article = kept.nodeEntries().next().value!.attributes;
      // the same attributes object each build, its text kept, its x written anew
      if (first) { expect(article).toBe(first); expect(article.x).not.toBe(x); }
      first = article; x = article.x;
      expect(memo.json.has(article)).toBe(true);
      expect(memo.checked.has(article)).toBe(true);
    }
  });
});
