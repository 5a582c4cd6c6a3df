// A PDF in, its article out: pdf.js (through unpdf) gives the text pieces and the metadata,
// pdf-layout.ts puts the pieces in reading order. A PDF without a text layer (a scan) is named.
import { getDocumentProxy, getMeta } from "unpdf";
import { documentText, hostOf, splitTitle, squash, storyFurniture, type Conversion } from "./document.ts";
import { dropFurniture, paragraphs, readingOrder, type Line, type Piece } from "./pdf-layout.ts";

/** Pages read at most: a longer PDF is a book or a report, not an article. */
export const MAX_PAGES = 200;

const SCANNED = "it has no text layer (a scanned PDF?); run it through OCR (for example: ocrmypdf in.pdf out.pdf) and build again";

type Meta = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" && squash(v) ? squash(v) : undefined);
/** pdf.js's XMP metadata: a map of dc:title and the like, when the file has it. */
const xmp = (metadata: unknown, key: string): string | undefined => {
  const get = (metadata as { get?: (k: string) => unknown } | undefined)?.get;
  const v = typeof get === "function" ? get.call(metadata, key) : (metadata as Meta | undefined)?.[key];
  return text(Array.isArray(v) ? v[0] : v);
};
/** File names and tool names that PDF writers put in Title. */
const JUNK_TITLE = /(\.(docx?|pdf|html?|txt|indd)$)|^(untitled|microsoft word)/i;

export async function pdfToDocument(bytes: Uint8Array): Promise<Conversion> {
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    const e = err as Error;
    return { ok: false, problem: e.name === "PasswordException" ? "the PDF is encrypted with a password" : `not a readable PDF (${e.message})` };
  }
  try {
    const warnings: string[] = [];
    const count = Math.min(pdf.numPages, MAX_PAGES);
    if (pdf.numPages > MAX_PAGES) warnings.push(`only the first ${MAX_PAGES} of its ${pdf.numPages} pages were read`);
    const pages: Line[][] = [];
    const empty: number[] = [];
    for (let n = 1; n <= count; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        const [a, b, , d, e, f] = item.transform as number[];
        pieces.push({ text: item.str, x: e!, y: f!, width: item.width, size: Math.hypot(a!, b!) || Math.abs(d!) || 10 });
      }
      const lines = readingOrder({ width: x1 - x0, height: y1 - y0, pieces });
      if (!lines.length) empty.push(n);
      pages.push(lines);
      page.cleanup();
    }
    if (empty.length === count) return { ok: false, problem: SCANNED };
    if (empty.length) warnings.push(`page${empty.length > 1 ? "s" : ""} ${empty.join(", ")} ${empty.length > 1 ? "have" : "has"} no text layer (scanned?) and ${empty.length > 1 ? "were" : "was"} left out`);

    const { pages: kept, found } = dropFurniture(pages);
    const paras = paragraphs(kept.flat());
    const { info, metadata } = await getMeta(pdf).catch(() => ({ info: {} as Meta, metadata: undefined }));
    const given = text(xmp(metadata, "dc:title") ?? (info as Meta).Title);
    const named = given && !JUNK_TITLE.test(given) ? splitTitle(given) : undefined;
    // without a usable Title, the headline is the first paragraph in the largest type on the first page
    const firstPage = paragraphs(kept[0] ?? []);
    const biggest = firstPage.reduce((m, p) => Math.max(m, p.size), 0);
    const headline = firstPage.find((p) => p.size === biggest && p.text.length <= 200)?.text;
    const title = named?.title ?? headline ?? paras[0]?.text.slice(0, 120) ?? "";
    let body = paras.map((p) => p.text);
    // the headline, printed above the story, is the title line already
    const at = body.findIndex((p) => p.toLowerCase() === title.toLowerCase());
    if (at >= 0 && at < 3) body = [...body.slice(0, at), ...body.slice(at + 1)];
    // and so are the byline and dateline under it
    const above: { byline?: string; date?: string }[] = [];
    while (body.length && above.length < 3) {
      const furniture = storyFurniture(body[0]!);
      if (!furniture) break;
      above.push(furniture);
      body = body.slice(1);
    }
    const url = found.url ?? text((info as Meta).URL);
    const source = xmp(metadata, "prism:publicationname") ?? xmp(metadata, "dc:publisher") ?? named?.outlet ?? hostOf(url);
    // not CreationDate: that is when the file was made (printed, saved), not when the story appeared
    const published = xmp(metadata, "prism:publicationdate") ?? xmp(metadata, "prism:coverdate") ?? xmp(metadata, "dc:date")
      ?? above.find((f) => f.date)?.date;
    const byline = xmp(metadata, "dc:creator") ?? text((info as Meta).Author) ?? above.find((f) => f.byline)?.byline;
    return {
      ok: true,
      warnings,
      document: { format: "pdf", text: documentText(title, body), title: title || "(untitled PDF)", ...(source && { source }), ...(published && { published }), ...(url && { url }), ...(byline && { byline }) },
    };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
