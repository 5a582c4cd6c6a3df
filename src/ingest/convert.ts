// Which files are web pages or PDFs, and their conversion to text (html.ts, pdf.ts). By content
// first: a saved page renamed .txt is still a page, and a PDF is a PDF whatever its name.
import type { Conversion, SourceFormat } from "./document.ts";
import { htmlToDocument } from "./html.ts";
import { pdfToDocument } from "./pdf.ts";

/** The extensions `casegraph build` reads. */
export const ARTICLE_EXTENSIONS = ["txt", "md", "html", "htm", "pdf"] as const;

const latin1 = new TextDecoder("latin1");

/** "html" or "pdf" for a file to convert; undefined for a text article. */
export function formatOf(path: string, bytes: Uint8Array): SourceFormat | undefined {
  const head = latin1.decode(bytes.subarray(0, 1024)).replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, "").replace(/\0/g, "");
  if (head.startsWith("%PDF-")) return "pdf";
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>])/i.test(head)) return "html";
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === "html" || ext === "htm" ? "html" : ext === "pdf" ? "pdf" : undefined;
}

/** Converts one file; a conversion library's failure on a broken file is a problem for that file only. */
export async function convert(format: SourceFormat, bytes: Uint8Array): Promise<Conversion> {
  try {
    return format === "pdf" ? await pdfToDocument(bytes) : htmlToDocument(bytes);
  } catch (err) {
    return { ok: false, problem: `could not read this ${format === "pdf" ? "PDF" : "web page"} (${(err as Error).message})` };
  }
}
