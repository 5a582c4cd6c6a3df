// The per-article guard: an extraction with defects loses the defective parts, with a problem
// line for each, and keeps the rest; long articles are extracted in windows; an extractor that
// throws or overruns its budget skips the article with a reason.
import { describe, expect, it } from "vitest";
import { guardExtraction } from "../../src/guard/extraction.ts";
import { extractBounded, windowsOf } from "../../src/guard/article.ts";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences, type Sentence } from "../../src/segment/index.ts";
import type { Entity, Extraction, Relation } from "../../src/extract/types.ts";

const TEXT = "Judge Mara Quenby presided over the trial. The jury convicted Otto Vellacott of fraud.";
const sentences = splitSentences(TEXT);
const at = (surface: string, sentence = 0) => {
  const start = TEXT.indexOf(surface);
  return { start, end: start + surface.length, sentence, surface };
};
const person = (id: string, label: string, mentions = [at(label, label === "Mara Quenby" ? 0 : 1)]): Entity => ({ id, type: "Person", label, aliases: [label], mentions, attrs: {} });
const good = (): Extraction => ({
  entities: [person("p1", "Mara Quenby"), person("p2", "Otto Vellacott"), { id: "r1", type: "Role", label: "judge", aliases: ["Judge"], mentions: [at("Judge")], attrs: {} }],
  relations: [{ type: "HOLDS_ROLE", source: "p1", target: "r1", evidence: [0], confidence: 0.9, rule: ["test"] }],
});

describe("guardExtraction", () => {
  it("keeps a sound extraction as it is, with no problems", () => {
    const r = guardExtraction(TEXT, sentences, good());
    expect(r.problems).toEqual([]);
    expect(r.extraction).toEqual(good());
  });

  const defects: [string, (x: Extraction) => void, RegExp, (x: Extraction) => void][] = [
    ["an empty mention (Judge+Quenby)", (x) => { x.entities[2]!.mentions.push({ start: 5, end: 5, sentence: 0, surface: "" }); }, /mention at 5\.\.5 is empty; dropped/,
      (x) => expect(x.entities.find((e) => e.id === "r1")!.mentions).toHaveLength(1)],
    ["a mention outside its sentence", (x) => { x.entities[0]!.mentions.push({ ...at("Otto"), sentence: 0 }); }, /outside its sentence/, () => {}],
    ["a mention whose surface is not the text", (x) => { x.entities[0]!.mentions[0]!.surface = "Mara Q."; }, /says "Mara Q\." where the text says "Mara Quenby"/,
      (x) => expect(x.entities.map((e) => e.id)).not.toContain("p1")],
    ["a mention in a sentence that does not exist", (x) => { x.entities[1]!.mentions[0]!.sentence = 7; }, /names no sentence/, () => {}],
    ["an entity of no contract type", (x) => { (x.entities[1] as { type: string }).type = "Wizard"; }, /no contract type/, () => {}],
    ["an attribute outside the contract", (x) => { x.entities[0]!.attrs.age = -3; }, /attribute age=-3 is outside the contract; dropped/,
      (x) => expect(x.entities[0]!.attrs).toEqual({})],
    ["an attribute the assembly writes itself", (x) => { x.entities[0]!.attrs.type = "Court"; }, /attribute type is the assembly's own/, () => {}],
    ["a relation to an entity that is not there", (x) => { x.relations.push({ ...x.relations[0]!, target: "ghost" }); }, /joins an entity that was not kept/, (x) => expect(x.relations).toHaveLength(1)],
    ["a relation between the wrong types", (x) => { x.relations.push({ ...x.relations[0]!, type: "RESULTED_IN" } as Relation); }, /cannot join Person to Role/, () => {}],
    ["a relation from an entity to itself", (x) => { x.relations.push({ ...x.relations[0]!, type: "ACCUSED", target: "p1" } as Relation); }, /joins an entity to itself/, () => {}],
    ["a relation without evidence in the article", (x) => { x.relations[0]!.evidence = [99]; }, /no evidence in the article/, (x) => expect(x.relations).toEqual([])],
    ["a confidence that is not a number from 0 to 1", (x) => { x.relations[0]!.confidence = Number.NaN; }, /confidence NaN/, () => {}],
  ];
  it.for(defects)("drops %s, keeps the rest, and says why", ([, spoil, problem, then]) => {
    const x = good();
    spoil(x);
    const r = guardExtraction(TEXT, sentences, x);
    expect(r.problems.join("\n")).toMatch(problem);
    then(r.extraction);
    expect(r.extraction.entities.some((e) => e.id === "p2") || r.problems.join().includes("Otto")).toBe(true);
  });

  it("lists five problems and counts the rest", () => {
    const x = good();
    for (let i = 0; i < 12; i++) x.entities[2]!.mentions.push({ start: i, end: i, sentence: 0, surface: "" });
    const r = guardExtraction(TEXT, sentences, x);
    expect(r.problems).toHaveLength(6);
    expect(r.problems[5]).toBe("... and 7 more");
  });
});

const article = (text: string) => {
  const r = parseArticle("long.txt", new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.problem);
  return { article: r.article, sentences: splitSentences(r.article.text, r.article.bodyStart) };
};

describe("extractBounded", () => {
  const limits = { windowSentences: 3, windowChars: 10_000, budgetMs: 60_000 };
  const paragraphs = Array.from({ length: 4 }, (_, p) => Array.from({ length: 2 }, (_, s) => `Witness Number${p}x${s} testified.`).join(" ")).join("\n\n");

  it("cuts an article into windows of at most the limit, at paragraph breaks where it can", () => {
    const { article: a, sentences: s } = article(`Title\n\n${paragraphs}\n`);
    const ranges = windowsOf(a.text, s, limits);
    expect(ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i))).toEqual(s.map((_, i) => i));
    for (const [from, to] of ranges) expect(to - from).toBeLessThanOrEqual(3);
  });

  it("gives each window's extraction back in the article's offsets and sentence numbers", () => {
    const { article: a, sentences: s } = article(`Title\n\n${paragraphs}\n`);
    const seen: Sentence[][] = [];
    const fake = (art: typeof a, ss: readonly Sentence[]): Extraction => {
      seen.push([...ss]);
      const last = ss[ss.length - 1]!;
      const word = /\w+/.exec(last.text)!;
      return { entities: [{ id: "x", type: "Person", label: word[0], aliases: [], attrs: {}, mentions: [{ start: last.start + word.index, end: last.start + word.index + word[0].length, sentence: last.index, surface: art.text.slice(last.start + word.index, last.start + word.index + word[0].length) }] }], relations: [] };
    };
    const r = extractBounded(a, s, fake, limits);
    if (!r.ok) throw new Error(r.problem);
    expect(seen.length).toBeGreaterThan(1);
    for (const w of seen) expect(w[0]!.index).toBe(0); // each window is an article of its own
    expect(r.problems).toEqual([]);
    for (const x of r.windows) for (const m of x.entities[0]!.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.surface);
  });

  it("skips an article whose extraction throws, naming the window", () => {
    const { article: a, sentences: s } = article(`Title\n\n${paragraphs}\n`);
    const r = extractBounded(a, s, () => { throw new TypeError("boom"); }, limits);
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/^extraction failed in sentences 1-\d+ \(TypeError: boom\); the article is skipped/) });
  });

  it("skips an article one of whose windows overruns the time budget", () => {
    const { article: a, sentences: s } = article(`Title\n\n${paragraphs}\n`);
    let clock = 0, calls = 0;
    // the second window takes 500 ms, the others 50
    const r = extractBounded(a, s, () => { clock += ++calls === 2 ? 500 : 50; return { entities: [], relations: [] }; }, { ...limits, budgetMs: 100 }, () => clock);
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/^extraction took over 0 s \(stopped after sentence \d+ of \d+\); the article is skipped/) });
    expect(calls).toBe(2);
  });

  it("builds a long article whose windows each keep within the budget, however long the whole takes", () => {
    const { article: a, sentences: s } = article(`Title\n\n${paragraphs}\n`);
    let clock = 0;
    const r = extractBounded(a, s, () => { clock += 90; return { entities: [], relations: [] }; }, { ...limits, budgetMs: 100 }, () => clock);
    expect(r.ok).toBe(true);
    expect(clock).toBeGreaterThan(100);
  });
});
