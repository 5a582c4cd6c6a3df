// The extractor's version covers what extraction depends on, and an entry made by another version is never used.
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { mapDependencies, extractorVersion } from "../../src/build/version.ts";
import { ExtractionCache, encodeEntry, decodeEntry } from "../../src/build/cache.ts";
import { mapArticle } from "../../src/pipeline.ts";
import { cleanup, tempDir } from "../cli/run.ts";

afterAll(cleanup);

describe("the extractor version", () => {
  const { files, packages } = mapDependencies();
  it.for([
    ["the rules", "extract/rules/verdicts.yaml"],
    ["the extractor's lexicons", "lexicon/offences.json"],
    ["the extractor's code", "extract/engine/match.ts"],
    ["the shared lexicons", "lexicon/pos.json"],
    ["the language layer", "nlp/tokens.ts"],
    ["sentence splitting", "segment/index.ts"],
    ["its abbreviations", "lexicon/abbreviations.json"],
    ["dates", "dates/parse.ts"],
    ["their vocabulary", "lexicon/dates.json"],
    ["the map itself", "pipeline.ts"],
  ])("covers %s (%s)", ([, file]) => {
    expect(files).toContain(file);
  });
  it("covers the language model's package version", () => {
    expect(packages).toEqual(expect.arrayContaining(["wink-nlp", "wink-eng-lite-web-model", "yaml"]));
  });
  it("leaves out what only the reduce uses (the viewer, exports, queries, the reduce itself)", () => {
    expect(files.some((f) => /^(export|query|layout|graphfile)\//.test(f))).toBe(false);
    // a change to cross-article resolution or assembly keeps every cached extraction
    expect(files).not.toContain("reduce.ts");
  });
});

describe("the extraction cache", () => {
  const map = mapArticle({ path: "a.txt", bytes: new TextEncoder().encode("Judge Ann Cole sentenced Bob Lee to six years in prison for fraud.\n") });
  it("gives back exactly the map it was given", () => {
    const entry = encodeEntry("v", "a.txt", "h", map);
    expect(decodeEntry(entry, "v", "a.txt", "h")).toEqual(map);
  });
  it("does not use an entry of another extractor version", () => {
    const out = join(tempDir(), "out"), warnings: string[] = [];
    new ExtractionCache(out, "old", (_, w) => warnings.push(w)).put("a.txt", "h", map);
    expect(new ExtractionCache(out, "old", (_, w) => warnings.push(w)).get("a.txt", "h")).toEqual(map);
    expect(new ExtractionCache(out, "new", (_, w) => warnings.push(w)).get("a.txt", "h")).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
