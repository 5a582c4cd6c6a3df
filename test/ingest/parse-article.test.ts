import { describe, expect, it } from "vitest";
import { articleKey, parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

function ok(path: string, bytes: Uint8Array) {
  const result = parseArticle(path, bytes);
  if (!result.ok) throw new Error(`expected ${path} to ingest, got: ${result.problem}`);
  return result.article;
}

describe("ingest: files that are not articles are rejected with a reason a person can act on", () => {
  const cases: { name: string; bytes: Uint8Array; problem: RegExp }[] = [
    { name: "an empty file", bytes: new Uint8Array(), problem: /empty/ },
    { name: "only spaces and line breaks", bytes: utf8("  \r\n\n\t \n"), problem: /white space/ },
    { name: "only a byte-order mark", bytes: Uint8Array.from(BOM), problem: /white space/ },
    { name: "a PNG image renamed .txt", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), problem: /binary/ },
    { name: "text with a NUL byte in it", bytes: utf8("Judge rules\u0000 on motion."), problem: /binary/ },
    { name: "Latin-1 text (é as one byte 0xE9)", bytes: Uint8Array.from([...utf8("Caf"), 0xe9, ...utf8(" owner testifies in fraud trial.")]), problem: /not valid UTF-8/ },
    { name: "a truncated UTF-8 sequence", bytes: Uint8Array.from([...utf8("The jury "), 0xe2, 0x80]), problem: /not valid UTF-8/ },
    { name: "UTF-16 with its byte-order mark", bytes: Uint8Array.from([0xff, 0xfe, 0x4a, 0x00, 0x75, 0x00, 0x72, 0x00, 0x79, 0x00]), problem: /UTF-16/ },
  ];
  it.for(cases)("$name", ({ bytes, problem }) => {
    const result = parseArticle("news/bad.txt", bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe("ingest: text, title and metadata", () => {
  it("removes a leading byte-order mark and every offset still indexes into text", () => {
    const article = ok("bom.txt", Uint8Array.from([...BOM, ...utf8("Jury convicts producer\nThe jury deliberated for two days. Ms. Lee wept.\n")]));
    expect(article.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(article.text.startsWith("Jury convicts producer")).toBe(true);
    expect(article.title).toBe("Jury convicts producer");
    const sentences = splitSentences(article.text, article.bodyStart);
    expect(sentences.map((s) => s.text)).toEqual(["Jury convicts producer", "The jury deliberated for two days.", "Ms. Lee wept."]);
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps CRLF line endings, and sentences stop before the carriage return", () => {
    const source = "Retrial set for March\r\nA judge set the retrial for March 3.\r\nThe defense objected.\r\n";
    const article = ok("crlf.txt", utf8(source));
    expect(article.text).toBe(source);
    const sentences = splitSentences(article.text, article.bodyStart);
    expect(sentences.map((s) => s.text)).toEqual(["Retrial set for March", "A judge set the retrial for March 3.", "The defense objected."]);
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads title, source, published and url from front matter; the body starts after it", () => {
    const source = [
      "---",
      'title: "Armorer sentenced to 18 months"',
      "source: Example Wire",
      "published: 2024-04-15",
      "url: https://example.com/armorer",
      "editor: not part of the contract",
      "---",
      "SANTA FE, N.M., April 15 - A judge sentenced the armorer. She cried.",
    ].join("\n");
    const article = ok("md/armorer.md", utf8(source));
    expect(article).toMatchObject({
      title: "Armorer sentenced to 18 months",
      source: "Example Wire",
      published: "2024-04-15",
      url: "https://example.com/armorer",
    });
    expect(article).not.toHaveProperty("editor");
    expect(article.text).toBe(source); // the front matter stays in text: offsets are into the whole file
    expect(article.text.slice(article.bodyStart)).toMatch(/^SANTA FE/);
    const sentences = splitSentences(article.text, article.bodyStart);
    expect(sentences[0]!.start).toBe(article.bodyStart);
    expect(sentences.map((s) => s.text)).toEqual(["SANTA FE, N.M., April 15 - A judge sentenced the armorer.", "She cried."]);
  });

  it("reads front matter written with CRLF line endings and after a byte-order mark", () => {
    const article = ok("win.md", Uint8Array.from([...BOM, ...utf8("---\r\ntitle: Appeal denied\r\nsource: Court Reporter\r\n---\r\nThe appeal was denied.\r\n")]));
    expect(article.title).toBe("Appeal denied");
    expect(article.source).toBe("Court Reporter");
    expect(article.text.slice(article.bodyStart)).toBe("The appeal was denied.\r\n");
  });

  it("takes the title from the first body line when the front matter has none, or an empty one", () => {
    for (const fm of ["---\nsource: Wire\n---\n", "---\ntitle:\nsource: Wire\n---\n", "---\n---\n"]) {
      const article = ok("t.md", utf8(`${fm}\n# Jury deadlocks in fraud trial\n\nThe judge declared a mistrial.`));
      expect(article.title, fm).toBe("Jury deadlocks in fraud trial");
      expect(article.bodyStart, fm).toBe(fm.length);
    }
  });

  const titles: { name: string; text: string; title: string }[] = [
    { name: "a headline line without a full stop", text: "Mistrial declared in fraud case\nThe jury could not agree.", title: "Mistrial declared in fraud case" },
    { name: "blank lines before the headline", text: "\n\n   \nMistrial declared\n\nBody.", title: "Mistrial declared" },
    { name: "a markdown heading", text: "## Mistrial declared  \n\nBody.", title: "Mistrial declared" },
    { name: "no headline: the first paragraph", text: "The jury could not agree. The judge sent it home.", title: "The jury could not agree. The judge sent it home." },
    { name: "a summary paragraph, then the headline", text: `${"After a trial that lasted six weeks and heard from forty witnesses, a jury in Port Aldane could not agree on a verdict. ".repeat(2)}\nMistrial in Ferry Captain Case\n\nThe judge sent the jury home.`, title: "Mistrial in Ferry Captain Case" },
    { name: "a long first paragraph and no headline: its first sentence, shortened", text: `After a trial that lasted six weeks and heard from forty witnesses in the old courthouse on Mill Street, a jury in Port Aldane could not agree on a verdict. The judge sent it home.\nShe thanked the jurors for their service to the county.\n`, title: "After a trial that lasted six weeks and heard from forty witnesses in the old courthouse on Mill…" },
    { name: "a markdown heading with emphasis", text: "# The **captain's** trial\n\nBody.", title: "The captain's trial" },
  ];
  it.for(titles)("title from $name", ({ text, title }) => {
    expect(ok("a.txt", utf8(text)).title).toBe(title);
  });

  it("keeps characters outside the Basic Multilingual Plane, so offsets are UTF-16 indices", () => {
    const article = ok("emoji.txt", utf8("Zoë 😀 Brontë testified. Ms. Núñez did not."));
    const sentences = splitSentences(article.text, article.bodyStart);
    expect(sentences.map((s) => s.text)).toEqual(["Zoë 😀 Brontë testified.", "Ms. Núñez did not."]);
    for (const s of sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives a stable key from the path alone: same path, same key; other path, other key", () => {
    const bytes = utf8("Verdict\nThe jury found him guilty.");
    const a = ok("2024/verdict.txt", bytes);
    expect(ok("2024/verdict.txt", bytes)).toEqual(a);
    expect(a.key).toBe(articleKey("2024/verdict.txt"));
    expect(ok("2025/verdict.txt", bytes).key).not.toBe(a.key);
  });
});
