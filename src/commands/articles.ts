// The walk of an input folder: every article file below it, read, with what was passed over.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { BuildWarning, InputFile } from "../pipeline.ts";
import { ARTICLE_EXTENSIONS } from "../ingest/convert.ts";
import { InputError } from "../errors.ts";
import { CORRECTIONS_FILE } from "../review/corrections-file.ts";

const ARTICLE_FILE = new RegExp(`\\.(${ARTICLE_EXTENSIONS.join("|")})$`, "i");
export const ARTICLE_KINDS = `.${ARTICLE_EXTENSIONS.join(", .")}`;

/** What the walk of the input folder passed over without a warning, for the summary. */
export interface Skipped {
  /** Files and folders whose names start with a dot, and node_modules folders. */
  hidden: number;
  /** Files that are not articles (not .txt, .md, .html, .htm or .pdf), the corrections file aside. */
  other: number;
}

/**
 * Every article below `dir`, sorted by path; files that cannot be read are added to `unreadable`.
 * Links are followed, to files and to folders, but a folder is read once: a link back up the tree
 * (a loop) or to a folder already read is a warning. Only regular files are read (a named pipe
 * would never end), and none larger than MAX_ARTICLE_BYTES.
 */
export function readArticles(dir: string, unreadable: BuildWarning[] = [], skipped: Skipped = { hidden: 0, other: 0 }): InputFile[] {
  let stat;
  try { stat = statSync(dir); } catch { throw new InputError(`input folder '${dir}' does not exist`); }
  if (!stat.isDirectory()) throw new InputError(`'${dir}' is not a folder`);
  const root = resolve(dir);
  const files: InputFile[] = [];
  const seen = new Set<string>(); // real paths of the folders read
  const rel = (full: string) => relative(root, full).split(sep).join("/");
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? "error";
  const walk = (folder: string) => {
    let entries;
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) { unreadable.push({ path: rel(folder), problem: `a link to a folder already read (${real}); not read again` }); return; }
      seen.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (err) {
      if (folder === root) throw new InputError(`cannot read input folder '${dir}' (${code(err)})`);
      unreadable.push({ path: rel(folder), problem: `cannot read this folder (${code(err)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") { skipped.hidden++; continue; }
      const full = join(folder, entry.name);
      let target = entry as { isDirectory(): boolean; isFile(): boolean };
      if (entry.isSymbolicLink()) {
        try { target = statSync(full); }
        catch (err) { unreadable.push({ path: rel(full), problem: `a link to nothing (${code(err)})` }); continue; }
      }
      if (target.isDirectory()) { walk(full); continue; }
      if (!ARTICLE_FILE.test(entry.name)) { if (folder !== root || entry.name !== CORRECTIONS_FILE) skipped.other++; continue; }
      const path = rel(full);
      if (!target.isFile()) { unreadable.push({ path, problem: "not a regular file (a pipe, socket or device); not read" }); continue; }
      try {
        const size = statSync(full).size;
        if (size > MAX_ARTICLE_BYTES) { unreadable.push({ path, problem: `the file is ${(size / 1e6).toFixed(0)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1e6} MB (split it into smaller files)` }); continue; }
        files.push({ path, bytes: readFileSync(full) });
      } catch (err) { unreadable.push({ path, problem: `cannot read it (${code(err)})` }); }
    }
  };
  walk(root);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The largest article file read. A 10 MB article builds in well under a minute; memory grows with size. */
export const MAX_ARTICLE_BYTES = 32_000_000;

export const skippedNote = (s: Skipped) => (s.hidden || s.other ? ` (passed over: ${skippedText(s)})` : "");
export const skippedText = (s: Skipped) => [
  s.hidden ? `${s.hidden} hidden file${s.hidden === 1 ? "" : "s"} or folder${s.hidden === 1 ? "" : "s"}` : "",
  s.other ? `${s.other} file${s.other === 1 ? "" : "s"} not ${ARTICLE_KINDS}` : "",
].filter(Boolean).join(", ");


