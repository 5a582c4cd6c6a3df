// Ingest: bytes of one file in, one article out. Pure; reading the folder is the CLI's job.
import { createHash } from "node:crypto";
import type { SourceDocument, SourceFormat } from "./document.ts";
import { frontMatter } from "./front-matter.ts";
import { titleFromText } from "./title.ts";

export interface Article {
  key: string;
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  /** The file decoded as UTF-8, byte-order mark removed, line endings kept. All offsets index into it. */
  text: string;
  title: string;
  /** Where the body starts: after the front matter, if any. */
  bodyStart: number;
  source?: string;
  published?: string;
  url?: string;
  /** Only for saved web pages and PDFs: what the file was; `text` is the text taken from it. */
  format?: SourceFormat;
  byline?: string;
}

export type IngestResult = { ok: true; article: Article } | { ok: false; problem: string };

const FRONT_MATTER_KEYS = ["title", "source", "published", "url", "byline"] as const;
const decoder = new TextDecoder("utf-8", { fatal: true });

export function articleKey(path: string): string {
  return `article:${path}`;
}

/** A short stable digest of a text, for keys that must not depend on input order. */
export function digest(text: string): string {
  return createHash("sha1").update(text).digest("hex").slice(0, 12);
}

export function parseArticle(path: string, bytes: Uint8Array): IngestResult {
  if (bytes.length === 0) return { ok: false, problem: "the file is empty" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, problem: "the file is UTF-16, not UTF-8 (save it as UTF-8 and build again)" };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: "the file is binary, not text" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, problem: "the file is not valid UTF-8 (save it as UTF-8 and build again)" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return { ok: false, problem: "the file holds only white space" };

  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024)))
    return { ok: false, problem: "the file is a web page: casegraph build reads it as one (convertInputs in src/pipeline.ts)" };
  const meta = frontMatter(text);
  // The front matter's title, else the headline line (title.ts); either way a headline, not a paragraph.
  const title = headline(meta.fields.title || titleFromText(text, meta.end) || path);
  const article: Article = { key: articleKey(path), path, text, title, bodyStart: meta.end };
  for (const k of FRONT_MATTER_KEYS) if (k !== "title" && meta.fields[k]) article[k] = meta.fields[k];
  return { ok: true, article };
}

/** A saved web page or a PDF, already turned into text (src/ingest/convert.ts). */
export function articleFromDocument(path: string, document: SourceDocument): IngestResult {
  const { text, title, format, ...meta } = document;
  if (text.trim() === "") return { ok: false, problem: "no text was found in it" };
  return { ok: true, article: { key: articleKey(path), path, text, title: headline(title || path), bodyStart: 0, format, ...meta } };
}

/** The longest title kept: a headline, not a paragraph (a file of one line is all first line). */
export const MAX_TITLE = 160;

/** A title cut to MAX_TITLE characters at a word boundary, with an ellipsis when cut. */
export function headline(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = clipText(flat, MAX_TITLE - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, "")}…`;
}

/** The first `n` UTF-16 units of a text, never half of a surrogate pair. */
export function clipText(text: string, n: number): string {
  const cut = text.slice(0, n);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
