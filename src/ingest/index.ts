// Ingest: bytes of one file in, one article out. Pure; reading the folder is the CLI's job.
import { createHash } from "node:crypto";

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
}

export type IngestResult = { ok: true; article: Article } | { ok: false; problem: string };

const FRONT_MATTER_KEYS = ["title", "source", "published", "url"] as const;
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

  const meta = frontMatter(text);
  const body = text.slice(meta.end);
  const firstLine = /^[ \t]*(\S[^\r\n]*)/m.exec(body)?.[1]?.trim() ?? path;
  const title = headline(meta.fields.title || firstLine.replace(/^#+\s*/, "").trim() || path);
  const article: Article = { key: articleKey(path), path, text, title, bodyStart: meta.end };
  for (const k of FRONT_MATTER_KEYS) if (k !== "title" && meta.fields[k]) article[k] = meta.fields[k];
  return { ok: true, article };
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

/** `---` fenced `key: value` lines at the very top of the file. */
function frontMatter(text: string): { end: number; fields: Partial<Record<string, string>> } {
  const m = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { end: 0, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of (m[1] ?? "").split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { end: m[0].length, fields };
}
