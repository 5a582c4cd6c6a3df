// PDFs: text in reading order, metadata from the file or its printed head and foot, and a scan
// (no text layer) named. The PDFs are written by the tests with pdf-lib (test/fixtures/pdf-make.ts).
import { describe, expect, it } from "vitest";
import { pdfToDocument } from "../../src/ingest/pdf.ts";
import { paragraphs, readingOrder, type Piece } from "../../src/ingest/pdf-layout.ts";
import { printedArticlePdf, scannedPdf, STORY, twoColumnPdf } from "../fixtures/pdf-make.ts";

async function convert(bytes: Uint8Array) {
  const r = await pdfToDocument(bytes);
  if (!r.ok) throw new Error(r.problem);
  return r;
}
const expectedText = `${[STORY.headline, ...STORY.paragraphs].join("\n\n")}\n`;

describe("a news page saved as PDF by a browser", async () => {
  const { document, warnings } = await convert(await printedArticlePdf());

  it("gives the headline and the outlet from its title, and the address from its foot", () => {
    expect(document).toMatchObject({ format: "pdf", title: STORY.headline, source: STORY.outlet, url: STORY.url });
  });

  it("takes the date and byline printed under the headline, not the day the PDF was made", () => {
    expect(document).toMatchObject({ published: STORY.published, byline: STORY.byline });
  });

  it("holds the story's paragraphs across both pages, without the running heads, feet and page numbers", () => {
    expect(document.text).toBe(expectedText);
    expect(warnings).toEqual([]);
  });
});

describe("a two-column print page", async () => {
  const { document } = await convert(await twoColumnPdf());

  it("reads the headline across the top, then the left column, then the right, whatever order the file draws them in", () => {
    expect(document.text).toBe(expectedText);
  });

  it("takes title, outlet, date and author from the file's XMP metadata", () => {
    expect(document).toMatchObject({ title: STORY.headline, source: STORY.outlet, published: STORY.published, byline: STORY.byline });
  });
});

describe("PDFs that give no article", () => {
  it("a scan without a text layer is named, with what to do about it", async () => {
    expect(await pdfToDocument(await scannedPdf())).toEqual({ ok: false, problem: expect.stringMatching(/^it has no text layer \(a scanned PDF\?\); run it through OCR/) });
  });

  it("a file that only starts like a PDF", async () => {
    expect(await pdfToDocument(new TextEncoder().encode("%PDF-1.7\nnot really"))).toEqual({ ok: false, problem: expect.stringMatching(/^not a readable PDF/) });
  });
});

describe("reading order on hand-placed pieces", () => {
  const piece = (text: string, x: number, y: number, size = 10): Piece => ({ text, x, y, width: text.length * size * 0.5, size });

  it("joins the pieces of one line with spaces where they are apart, and none where they touch", () => {
    const lines = readingOrder({ width: 600, height: 800, pieces: [piece("world", 80, 700), piece("Hello", 40, 700), piece("!", 105, 700)] });
    expect(lines.map((l) => l.text)).toEqual(["Hello world!"]);
  });

  it("joins a word hyphenated across two lines, and starts a paragraph after a short line that ends a sentence", () => {
    const lines = readingOrder({ width: 600, height: 800, pieces: [
      piece("The jury deliberated for three days before reaching a unani-", 40, 700),
      piece("mous verdict on every count against him.", 40, 686),
      piece("Sentencing is set for May.", 40, 672),
    ] });
    expect(paragraphs(lines).map((p) => p.text)).toEqual(["The jury deliberated for three days before reaching a unanimous verdict on every count against him.", "Sentencing is set for May."]);
  });
});
