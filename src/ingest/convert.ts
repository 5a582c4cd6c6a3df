// Which files are web pages or PDFs, and their conversion to text (html.ts, pdf.ts). By content
// first: a saved page renamed .txt is still a page, and a PDF is a PDF whatever its name.
import type { Conversion, SourceFormat } from "./document.ts";

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

/**
 * Converts one file; a conversion library's failure on a broken file is a problem for that file only.
 * The libraries (pdf.js is a few megabytes) load the first time a file needs them, so commands and
 * folders without pages or PDFs do not wait for them.
 */
export async function convert(format: SourceFormat, bytes: Uint8Array): Promise<Conversion> {
  try {
    if (format === "pdf") return await (await import("./pdf.ts")).pdfToDocument(bytes);
    return (await import("./html.ts")).htmlToDocument(bytes);
  } catch (err) {
    return { ok: false, problem: `could not read this ${format === "pdf" ? "PDF" : "web page"} (${(err as Error).message})` };
  }
}
