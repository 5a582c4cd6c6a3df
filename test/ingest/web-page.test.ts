// Saved web pages: the story through Readability, its metadata from the page; pages that are not
// stories are named. Pages are invented (test/fixtures/pages).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { htmlToDocument, decodeHtml } from "../../src/ingest/html.ts";
import { formatOf } from "../../src/ingest/convert.ts";
import { splitTitle, storyFurniture } from "../../src/ingest/document.ts";

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);
const convert = (bytes: Uint8Array) => {
  const r = htmlToDocument(bytes);
  if (!r.ok) throw new Error(r.problem);
  return r.document;
};
/** An article page around `body`, with as much metadata as `head` gives. */
const article = (head: string, body: string) => enc(`<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/c">Crown Court</a></nav><article>${body}</article></body></html>`);
const STORY = "<p>A jury in Port Aldane convicted the ferry captain Ivo Rusk of manslaughter on Friday, after a trial that lasted five weeks and heard from forty witnesses.</p><p>Judge Mara Lisk presided. She will sentence Rusk in September, and said the families of the two crew members who died would be heard then.</p>";

describe("a saved news page", () => {
  const doc = convert(page("ledger-article"));

  it("gives the headline, the outlet, the date, the address and the byline from its metadata", () => {
    expect(doc).toMatchObject({
      format: "html",
      title: "Florist convicted of arson at Quayside market",
      source: "The Harbour Ledger",
      published: "2031-06-12T16:40:00+02:00",
      url: "https://harbour-ledger.example/courts/florist-convicted",
      byline: "Odile Marzotti",
    });
  });

  it("holds the story as plain text: headline, then paragraphs, nothing of the page around it", () => {
    const paragraphs = doc.text.trimEnd().split("\n\n");
    expect(paragraphs[0]).toBe("Florist convicted of arson at Quayside market");
    expect(paragraphs[1]).toMatch(/^A jury in Port Aldane on Thursday convicted the florist Anselm Vey of arson/);
    expect(paragraphs.at(-1)).toBe("The fire destroyed four stalls and injured a night watchman, who has since recovered.");
    // no markup, style, script, menu, cookie banner, caption, related links, comments or footer
    for (const junk of ["<", "{", "font-family", "dataLayer", "Supreme Court Watch", "cookies", "Photo: Ledger archive", "Stallholders demand", "Log in to join", "All rights reserved", "By Odile", "June 12, 2031"])
      expect(doc.text, junk).not.toContain(junk);
    expect(doc.text).toContain("Vey's lawyer, Matthias Oyewande"); // text inside <strong> and quotes is kept
  });

  it("is found by its content, whatever its name: a saved page renamed .txt is still a page", () => {
    expect(formatOf("story.html", page("ledger-article"))).toBe("html");
    expect(formatOf("story.txt", page("ledger-article"))).toBe("html");
    expect(formatOf("notes.txt", enc("Jury out.\n<p>not a page</p>"))).toBeUndefined();
  });
});

describe("metadata, wherever the page keeps it", () => {
  it("JSON-LD NewsArticle alone", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry captain convicted","datePublished":"2031-02-03","author":[{"name":"Ana Pellow"},{"name":"Rui Vos"}],"publisher":{"name":"Aldane Evening Post"},"url":"https://post.example/ferry"}</script>`;
    expect(convert(article(ld, STORY))).toMatchObject({ title: "Ferry captain convicted", published: "2031-02-03", byline: "Ana Pellow, Rui Vos", source: "Aldane Evening Post", url: "https://post.example/ferry" });
  });

  it("Open Graph alone", () => {
    const og = `<meta property="og:title" content="Ferry captain convicted"><meta property="og:site_name" content="Aldane Evening Post"><meta property="article:published_time" content="2031-02-03T09:00:00Z"><meta property="og:url" content="https://post.example/ferry">`;
    expect(convert(article(og, STORY))).toMatchObject({ title: "Ferry captain convicted", source: "Aldane Evening Post", published: "2031-02-03T09:00:00Z", url: "https://post.example/ferry" });
  });

  it("<meta name> and <title> alone: the outlet from the title's tail, the date from a dateline meta", () => {
    const meta = `<title>Ferry captain convicted - Aldane Evening Post</title><meta name="author" content="Ana Pellow"><meta name="date" content="2031-02-03">`;
    expect(convert(article(meta, STORY))).toMatchObject({ title: "Ferry captain convicted", source: "Aldane Evening Post", published: "2031-02-03", byline: "Ana Pellow" });
  });

  it("nothing but the story: the byline and date printed above it, the outlet left out", () => {
    const doc = convert(article("", `<h1>Ferry captain convicted</h1><p>By Ana Pellow · Published February 3, 2031</p>${STORY}`));
    expect(doc).toMatchObject({ title: "Ferry captain convicted", byline: "Ana Pellow", published: "2031-02-03" });
    expect(doc).not.toHaveProperty("source");
    expect(doc.text.split("\n\n")[1]).toMatch(/^A jury in Port Aldane/);
  });

  it("a page in Windows-1252, as its <meta charset> says", () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9 owner cleared</title></head><body><article>${STORY.replace("Ivo Rusk", "Ivo R\xf6sk")}</article></body></html>`;
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    expect(decodeHtml(bytes)).toContain("Café owner cleared");
    expect(convert(bytes).text).toContain("Ivo Rösk");
  });
});

describe("pages that are not stories are named and left out", () => {
  it.for([
    ["section-front", /^not an article: it looks like an index page/],
    ["login-wall", /^not an article: it looks like a login page \(a password field and little text\)/],
  ] as const)("%s", ([name, problem]) => {
    const r = htmlToDocument(page(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it("a page that says it is a collection", () => {
    const r = htmlToDocument(enc(`<html><head><script type="application/ld+json">{"@type":"CollectionPage","name":"Courts"}</script></head><body><article>${STORY}</article></body></html>`));
    expect(r).toEqual({ ok: false, problem: "not an article: the page says it is a CollectionPage" });
  });

  it("an article page with almost nothing in it", () => {
    const r = htmlToDocument(article(`<meta property="og:type" content="article">`, "<h1>Verdict due</h1><p>More soon.</p>"));
    expect(r).toEqual({ ok: false, problem: "not an article: it holds too little running text (10 characters)" });
  });
});

describe("helpers", () => {
  it.for([
    ["Florist convicted of arson | The Harbour Ledger", { title: "Florist convicted of arson", outlet: "The Harbour Ledger" }],
    ["Florist convicted of arson - Ledger", { title: "Florist convicted of arson", outlet: "Ledger" }],
    ["Q&A: what the verdict means for the market traders and their stalls", { title: "Q&A: what the verdict means for the market traders and their stalls" }],
    ["Judge rules - and the town holds its breath over what the appeal court will do next", { title: "Judge rules - and the town holds its breath over what the appeal court will do next" }],
  ] as const)("splitTitle(%j)", ([title, expected]) => {
    expect(splitTitle(title)).toEqual(expected);
  });

  it.for([
    ["By Ana Pellow", { byline: "Ana Pellow" }],
    ["By Ana Pellow and Rui Vos · Published March 5, 2031", { byline: "Ana Pellow and Rui Vos", date: "2031-03-05" }],
    ["Thursday, June 12, 2031 10:40 CET", { date: "2031-06-12" }],
    ["Updated 5 March 2031", { date: "2031-03-05" }],
    ["By the end of the trial, on March 5, 2031, the jury had heard from forty witnesses.", null],
    ["The jury went out on June 12, 2031.", null],
  ] as const)("storyFurniture(%j)", ([line, expected]) => {
    expect(storyFurniture(line)).toEqual(expected);
  });
});
