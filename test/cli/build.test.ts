import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphFile } from "../../src/schema.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { STACK_FRAME, casegraph, cleanup, tempDir, writeFiles } from "./run.ts";

afterAll(cleanup);

const GOOD = `Jury convicts former studio head in fraud trial
The verdict came after four days of deliberations.

LOS ANGELES, Jan. 5 - A jury on Friday convicted Marena Halworth, the former head of Brightline Pictures, of wire fraud. U.S. District Judge Elias Cressford set sentencing for Nov. 30.

"We respect the verdict," said her lawyer, Ms. Joanne Pank. Halworth, 61, plans to appeal.
`;
const LATIN1 = Uint8Array.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" owner cleared of fraud\nThe jury acquitted him.\n")]);
const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

function graphOf(out: string): GraphFile {
  const data: unknown = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
  const check = checkGraph(data);
  if (!check.ok) throw new Error(`graph.json breaks the contract:\n${check.message}`);
  return check.graph;
}
const count = (g: GraphFile, type: string) => g.nodes.filter((n) => n.attributes.type === type).length;

describe("casegraph build: a user's mistakes are one line, no stack trace", () => {
  const cases: { name: string; args: (dir: string) => string[]; status: number; message: RegExp }[] = [
    { name: "the input folder does not exist", args: (d) => ["build", join(d, "no-such-folder"), "--out", join(d, "out")], status: 2, message: /input folder '.*no-such-folder' does not exist/ },
    { name: "the input is a file, not a folder", args: (d) => ["build", join(d, "article.txt"), "--out", join(d, "out")], status: 2, message: /is not a folder/ },
    { name: "the folder holds no articles", args: (d) => ["build", join(d, "empty-folder"), "--out", join(d, "out")], status: 2, message: /no articles \(\.txt, \.md, \.html, \.htm, \.pdf files\)/ },
    { name: "the output folder is below a file", args: (d) => ["build", join(d, "in"), "--out", join(d, "article.txt", "out")], status: 2, message: /cannot write output folder '.*article\.txt.out' \('.*article\.txt' is a file, not a folder\)/ },
    { name: "--out without a value", args: (d) => ["build", join(d, "in"), "--out"], status: 2, message: /--out needs a value/ },
  ];
  it.for(cases)("$name", ({ args, status, message }) => {
    const dir = tempDir();
    writeFiles(dir, [["article.txt", GOOD], ["in/article.txt", GOOD], ["empty-folder/notes.json", "{}"]]);
    const r = casegraph(args(dir));
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
});

describe("casegraph build: bad files are named and skipped, the rest still builds", () => {
  const dir = tempDir();
  writeFiles(dir, [
    ["in/good.txt", GOOD],
    ["in/empty.txt", ""],
    ["in/scan.txt", BINARY],
    ["in/latin1.md", LATIN1],
    ["in/notes.json", "{}"], // not an article: ignored, not reported
  ]);
  const out = join(dir, "out");
  const r = casegraph(["build", join(dir, "in"), "--out", out]);

  it("exits 0 and builds the good article only", () => {
    expect(r.status).toBe(0);
    const g = graphOf(out);
    expect(g.nodes.filter((n) => n.attributes.type === "Article").map((n) => n.attributes.path)).toEqual(["good.txt"]);
    const article = g.nodes.find((n) => n.attributes.type === "Article")!.attributes;
    expect(article.text).toBe(GOOD);
    expect(article.label).toBe("Jury convicts former studio head in fraud trial");
  });

  it.for([
    ["empty.txt", /empty/],
    ["scan.txt", /binary/],
    ["latin1.md", /not valid UTF-8/],
  ] as const)("names %s on stderr with its problem", ([file, problem]) => {
    const line = r.stderr.split("\n").find((l) => l.includes(file));
    expect(line).toBeDefined();
    expect(line).toMatch(problem);
    expect(line).toMatch(/skipped/);
  });

  it("says nothing about files that are not articles, and prints no stack trace", () => {
    expect(r.stderr).not.toMatch(/notes\.json/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it("prints a summary: articles, sentences, entities and relations by type, warnings", () => {
    const g = graphOf(out);
    const line = (label: string) => r.stdout.split("\n").find((l) => l.trim().startsWith(label))?.trim().slice(label.length).trim();
    expect(line("articles")).toBe("1 of 4 files");
    expect(line("sentences")).toBe(String(count(g, "Sentence")));
    expect(line("warnings")).toMatch(/^3 \(empty\.txt, latin1\.md, scan\.txt; see above\)$/);
    // Entity and relation counts in the summary are the graph's, type by type.
    const byType = (list: string) => (list === "none" ? {} : Object.fromEntries(list.split(", ").map((p) => { const [t, n] = p.split(" "); return [t, Number(n)]; })));
    const nodeCounts: Record<string, number> = {}, edgeCounts: Record<string, number> = {};
    for (const n of g.nodes) if (n.attributes.type !== "Article" && n.attributes.type !== "Sentence") nodeCounts[n.attributes.type] = (nodeCounts[n.attributes.type] ?? 0) + 1;
    for (const e of g.edges) if (e.attributes.type !== "MENTIONED_IN" && e.attributes.type !== "IN_ARTICLE") edgeCounts[e.attributes.type] = (edgeCounts[e.attributes.type] ?? 0) + 1;
    expect(byType(line("entities")!)).toEqual(nodeCounts);
    expect(byType(line("relations")!)).toEqual(edgeCounts);
    expect(r.stdout).toMatch(new RegExp(`built .*graph\\.json`));
  });
});

describe("casegraph build: graph.json follows the contract", () => {
  it("passes checkGraph for the seed articles, and every sentence is its article's slice", () => {
    const out = join(tempDir(), "out");
    const r = casegraph(["build", "seeds", "--out", out, "--quiet"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const g = graphOf(out);
    expect(count(g, "Article")).toBe(readdirSync("seeds").filter((f) => /\.(txt|md)$/.test(f)).length);
    expect(count(g, "Sentence")).toBeGreaterThan(10);
    const texts = new Map(g.nodes.filter((n) => n.attributes.type === "Article").map((n) => [n.key, n.attributes.text as string]));
    for (const { attributes: s } of g.nodes) if (s.type === "Sentence") expect(texts.get(s.article)!.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads front matter and keeps CRLF and BOM rules in the graph", () => {
    const dir = tempDir();
    writeFiles(dir, [
      ["in/2024/armorer.md", "---\ntitle: Armorer sentenced\nsource: Example Wire\npublished: 2024-04-15\nurl: https://example.com/a\n---\nSANTA FE, N.M., April 15 - The armorer was sentenced to 18 months.\n"],
      ["in/bom.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("Appeal denied\r\nThe court denied the appeal.\r\n")])],
    ]);
    const out = join(dir, "out");
    expect(casegraph(["build", join(dir, "in"), "--out", out]).status).toBe(0);
    const articles = Object.fromEntries(graphOf(out).nodes.filter((n) => n.attributes.type === "Article").map((n) => [n.attributes.path, n.attributes]));
    expect(articles["2024/armorer.md"]).toMatchObject({ label: "Armorer sentenced", source: "Example Wire", published: "2024-04-15", url: "https://example.com/a" });
    expect(articles["bom.txt"]).toMatchObject({ label: "Appeal denied", text: "Appeal denied\r\nThe court denied the appeal.\r\n" });
  });
});

describe("casegraph build: the same input gives a byte-identical graph.json", () => {
  const files: [string, string][] = [
    ["a/verdict.txt", GOOD],
    ["b/appeal.md", "---\ntitle: Appeal\n---\nThe appeals court upheld the conviction of Marena Halworth on Jan. 5.\n"],
    ["mistrial.txt", "Mistrial in fraud case\nJudge Elias Cressford declared a mistrial. \"We are deadlocked,\" the foreperson wrote.\n"],
    ["z.txt", "Retrial set\nA retrial of Marena Halworth is set for March.\n"],
  ];

  it("whatever order the files were created in, and on a second build", () => {
    const one = tempDir(), two = tempDir();
    writeFiles(join(one, "in"), files);
    writeFiles(join(two, "in"), [...files].reverse());
    // Different modification times too, in the opposite order.
    files.forEach(([path], i) => utimesSync(join(two, "in", path), 1_000_000 + i, 1_000_000 - i * 1000));
    expect(casegraph(["build", join(one, "in"), "--out", join(one, "out")]).status).toBe(0);
    expect(casegraph(["build", join(two, "in"), "--out", join(two, "out")]).status).toBe(0);
    const first = readFileSync(join(one, "out", "graph.json"));
    expect(readFileSync(join(two, "out", "graph.json")).equals(first)).toBe(true);
    expect(casegraph(["build", join(one, "in"), "--out", join(one, "again")]).status).toBe(0);
    expect(readFileSync(join(one, "again", "graph.json")).equals(first)).toBe(true);
  });
});

describe("casegraph build: output is written whole", () => {
  it("replaces an existing graph.json and leaves no temporary file", () => {
    const dir = tempDir();
    writeFiles(dir, [["in/verdict.txt", GOOD], ["out/graph.json", '{"old": "a much longer previous graph that must not survive in part'.padEnd(100_000, ".")]]);
    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect(r.status).toBe(0);
    expect(count(graphOf(join(dir, "out")), "Article")).toBe(1);
    const left = readdirSync(join(dir, "out"));
    expect(left).toContain("graph.json");
    expect(left.filter((f) => /\.tmp$|\.tmp\b/.test(f))).toEqual([]);
  });
});

describe("casegraph build: progress", () => {
  const dir = tempDir();
  writeFiles(join(dir, "in"), Array.from({ length: 5 }, (_, i) => [`article-${i}.txt`, GOOD] as [string, string]));
  writeFileSync(join(dir, "in", "empty.txt"), "");

  it("draws a bar on stderr with --progress, leaving stdout to the summary", () => {
    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out"), "--progress"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/\[#{30}\] 6\/6 articles/);
    expect(r.stdout).not.toMatch(/\[#/);
    expect(r.stdout).toMatch(/articles\s+5 of 6 files/);
  });

  it("draws no bar when stderr is not a terminal and --progress is not given", () => {
    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out2")]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/articles/);
    expect(r.stderr).toMatch(/skipped empty\.txt/);
  });
});
