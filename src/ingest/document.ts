import { findDate, withoutDates } from "./dates.ts";

// A saved web page or a PDF, turned into what the rest of the pipeline reads: plain text (the
// headline on the first line, then the paragraphs, one blank line between them) and its metadata,
// the equivalents of a text file's front matter.

import type { SOURCE_FORMATS } from "../schema.ts";

export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceDocument {
  format: SourceFormat;
  /** What the Article node holds: every offset indexes into it. */
  text: string;
  title: string;
  /** The outlet. */
  source?: string;
  /** As the page or file gives it, ISO 8601 when it does. */
  published?: string;
  /** The canonical address. */
  url?: string;
  byline?: string;
}

/** A converted file, with what the user should know about it; or why it is not an article. */
export type Conversion = { ok: true; document: SourceDocument; warnings: string[] } | { ok: false; problem: string };

/** The headline, then the paragraphs: the text a document's offsets index. */
export function documentText(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.filter((p) => p && p !== title);
  return `${(title ? [title, ...body] : body).join("\n\n")}\n`;
}

/** "Headline | Outlet", "Headline - Outlet": the headline and the outlet, when the tail is short. */
export function splitTitle(title: string): { title: string; outlet?: string } {
  const m = /^(.{12,}?)\s+[|\-–—·:]\s+([^|\-–—·:]{2,40})$/.exec(title.trim());
  if (!m || m[2]!.trim().split(/\s+/).length > 4) return { title: title.trim() };
  return { title: m[1]!.trim(), outlet: m[2]!.trim() };
}

/** Collapses runs of white space inside a line of running text. */
export const squash = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** The outlet named by an address: its host without "www.". */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, "") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A byline or dateline printed above a story ("By Jane Doe · Published March 5, 2031"): what it
 * says, or null when the line is running text.
 */
export function storyFurniture(line: string, knownByline?: string): { byline?: string; date?: string } | null {
  if (line.length > 120) return null;
  const BY = /^by\s+(.+?)(?=\s*[·|•,–—]|\s+(?:published|updated|posted|on)\b|\s*$)/i;
  const by = BY.exec(line)?.[1]?.trim();
  const date = findDate(line);
  if (!by && !date && !(knownByline && line === knownByline)) return null;
  const rest = withoutDates(line.replace(BY, ""))
    .replace(/\b(published|updated|posted|on|at|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi, "")
    .replace(/\b\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?/gi, "")
    .replace(/\b[A-Z]{2,4}\b/g, "") // a time zone
    .replace(/[\s,|·•:–—]/g, "");
  if (rest.length > 3 && !(knownByline && line === knownByline)) return null;
  return { ...(by && { byline: by }), ...(date && { date }) };
}
