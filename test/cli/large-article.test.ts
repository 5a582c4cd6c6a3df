// A 10 MB article must build. The article is generated (the seed and dev articles with names,
// places and numbers varied), so the extractor meets ten megabytes of distinct text.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkGraph } from "../../src/graph-check.ts";
import { generateLongArticle } from "../bench/corpus.ts";
import { casegraph, cleanup, tempDir, writeFiles } from "./run.ts";

afterAll(cleanup);

const TEN_MB = 10 * 1024 * 1024;
// Not a speed check: a guard so that a build that never ends fails instead of hanging the suite.
const GIVE_UP_MS = 480_000;

describe("casegraph build: a 10 MB article", () => {
  it("builds, with the whole text in the Article node and a graph that passes the contract", { timeout: GIVE_UP_MS + 30_000 }, () => {
    const dir = tempDir();
    const text = generateLongArticle(TEN_MB);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(TEN_MB);
    writeFiles(dir, [["in/roundup.txt", text]]);
    writeFileSync(join(dir, "in", "short.txt"), "Short note\nThe hearing was adjourned.\n");

    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out")], { timeout: GIVE_UP_MS });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);

    const check = checkGraph(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")));
    if (!check.ok) throw new Error(check.message);
    const article = check.graph.nodes.find((n) => n.key === "article:roundup.txt")?.attributes;
    expect(article?.text).toBe(text);
    const sentences = check.graph.nodes.filter((n) => n.attributes.type === "Sentence" && n.attributes.article === "article:roundup.txt");
    expect(sentences.length).toBeGreaterThan(50_000);
  });
});
