// A reporter's folder as it comes: saved web pages and PDFs beside text files, built by the real CLI.
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphFile } from "../../src/schema.ts";
import { checkGraph } from "../../src/graph-check.ts";
import { printedArticlePdf, scannedPdf, STORY } from "../fixtures/pdf-make.ts";
import { STACK_FRAME, casegraph, cleanup, tempDir, writeFiles } from "./run.ts";

afterAll(cleanup);

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}.html`, import.meta.url));
const TEXT = "Ferry captain convicted\n\nA jury in Port Aldane convicted the ferry captain Ivo Rusk of manslaughter on Friday.\n";

describe("casegraph build on saved pages and PDFs", async () => {
  const dir = tempDir(), out = join(dir, "out");
  writeFiles(dir, [
    ["in/courts/florist.html", page("ledger-article")],
    ["in/courts/baker.pdf", await printedArticlePdf()],
    ["in/courts/ferry.txt", TEXT],
    ["in/fronts/courts.htm", page("section-front")],
    ["in/fronts/sign-in.html", page("login-wall")],
    ["in/scans/market-fire.pdf", await scannedPdf()],
  ]);
  const run = casegraph(["build", join(dir, "in"), "--out", out]);
  const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as GraphFile;
  const article = (path: string) => graph.nodes.find((n) => n.key === `article:${path}`)?.attributes as Record<string, unknown> | undefined;
  const labelled = (type: string, label: string) => graph.nodes.some((n) => n.attributes.type === type && n.attributes.label === label);

  it("builds the articles, and names each page that is not one, saying why", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/articles {3}3 of 6 files/);
    expect(run.stderr).toContain("casegraph: skipped fronts/courts.htm: not an article: it looks like an index page");
    expect(run.stderr).toContain("casegraph: skipped fronts/sign-in.html: not an article: it looks like a login page");
    expect(run.stderr).toContain("casegraph: skipped scans/market-fire.pdf: it has no text layer (a scanned PDF?); run it through OCR");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("gives the page's article its title, outlet, date and address, and keeps its file and type", () => {
    expect(article("courts/florist.html")).toMatchObject({
      label: "Florist convicted of arson at Quayside market", source: "The Harbour Ledger", published: "2031-06-12T16:40:00+02:00",
      url: "https://harbour-ledger.example/courts/florist-convicted", byline: "Odile Marzotti", path: "courts/florist.html", format: "html",
    });
    expect(article("courts/baker.pdf")).toMatchObject({ label: STORY.headline, source: STORY.outlet, published: STORY.published, url: STORY.url, path: "courts/baker.pdf", format: "pdf" });
    expect(article("courts/ferry.txt")).not.toHaveProperty("format");
  });

  it("holds no markup: the Article text is the story, and no entity comes from styles, scripts or menus", () => {
    expect(checkGraph(graph)).toMatchObject({ ok: true }); // every offset indexes the extracted text
    const text = String(article("courts/florist.html")!.text);
    expect(text.startsWith("Florist convicted of arson at Quayside market\n\nA jury in Port Aldane")).toBe(true);
    expect(text).not.toMatch(/[<>{}]|font-family|Sign in|Supreme Court Watch/);
    for (const n of graph.nodes) expect(`${n.attributes.label}`, n.key).not.toMatch(/[<>{};]|Vienna|Watch|Sign in|Privacy|cookies/);
  });

  it("finds the story's facts in the page and in the PDF", () => {
    expect(labelled("Person", "Anselm Vey")).toBe(true);
    expect(labelled("Person", "Ilse Brandauer")).toBe(true);
    expect(labelled("Person", "Tomas Hrubin")).toBe(true);
    const presided = graph.edges.filter((e) => e.attributes.type === "PRESIDED_OVER").map((e) => e.source);
    expect(presided).toEqual(expect.arrayContaining(["person:ilse-brandauer", "person:lena-varga"]));
  });

  it("reads a saved page renamed .txt as the page it is", () => {
    const again = tempDir();
    writeFiles(again, [["florist.txt", page("ledger-article")]]);
    expect(casegraph(["build", again, "--out", join(again, "out"), "--quiet"]).status).toBe(0);
    const node = (JSON.parse(readFileSync(join(again, "out", "graph.json"), "utf8")) as GraphFile).nodes.find((n) => n.key === "article:florist.txt")!;
    expect(node.attributes).toMatchObject({ label: "Florist convicted of arson at Quayside market", format: "html", text: article("courts/florist.html")!.text });
  });
});

describe("saved pages in a build with the rest of its machinery", () => {
  it("applies the folder's corrections to a page's entities and counts what it passed over", () => {
    const dir = tempDir();
    const corrections = { corrections: [{ action: "relabel", entity: { type: "Person", name: "Anselm Vey", article: "florist.html" }, label: "Anselm J. Vey" }] };
    writeFiles(dir, [
      ["in/florist.html", page("ledger-article")],
      ["in/notes.docx", "not an article"],
      ["in/.draft.html", page("ledger-article")],
      ["in/casegraph.corrections.json", JSON.stringify(corrections)],
    ]);
    const r = casegraph(["build", join(dir, "in"), "--out", join(dir, "out")]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/articles {3}1 of 1 files/);
    expect(r.stdout).toMatch(/corrections 1 applied, 0 with no effect, 0 stale/);
    expect(r.stdout).toMatch(/passed over 1 hidden file or folder, 1 file not \.txt, \.md, \.html, \.htm, \.pdf/);
    const graph = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")) as GraphFile;
    const people = graph.nodes.filter((n) => n.attributes.type === "Person").map((n) => n.attributes.label);
    expect(people).toContain("Anselm J. Vey");
    expect(people).not.toContain("Anselm Vey");
  });

  it("refuses a bad output folder before it reads any page, and names an unknown option", () => {
    const dir = tempDir();
    writeFiles(dir, [["in/florist.html", page("ledger-article")], ["taken", "a file"]]);
    const bad = casegraph(["build", join(dir, "in"), "--out", join(dir, "taken", "out")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot write output folder .*is a file, not a folder/);
    expect(bad.stderr).not.toMatch(/florist/);
    const typo = casegraph(["build", join(dir, "in"), "--ot", join(dir, "out")]);
    expect(typo.status).toBe(2);
    expect(typo.stderr.trim()).toBe("casegraph: unknown option --ot for build (see casegraph build --help)");
  });
});
