// The rule files as read and checked, kept between runs: parsing the YAML of ../rules/ and checking
// every record took about 0.45 CPU-s of each process that loads the rules (every CLI run, every
// worker thread), for files that rarely change. The checked records are written as JSON in a cache
// folder, named by a hash of the files' names and text and of the code that reads and checks them
// (rules.ts, this file), so that any change to either reads the YAML again. A cache that cannot be
// read or written (a read-only install) is no error: the YAML is read.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
/** The project's rules' cache: under node_modules/.cache, as other tools keep theirs; one folder per rules folder. */
export const rulesCacheFor = (dir: string) => join(ROOT, "node_modules", ".cache", "casegraph", `rules-${createHash("sha256").update(dir).digest("hex").slice(0, 12)}`);
/** The code whose reading of the files the cached records depend on. */
const READERS = ["rules.ts", "rule-cache.ts"].map((f) => fileURLToPath(new URL(f, import.meta.url)));

export interface SourceFile { file: string; text: string }

/**
 * `read(files)`, from the cache folder when it holds the result for these files, else read and kept
 * there (the only entry: those of earlier texts go). `read` must be a pure function of the files'
 * text returning plain JSON data, and throw on bad input (nothing is kept then).
 */
export function cachedRead<T>(cache: string, files: readonly SourceFile[], read: (files: readonly SourceFile[]) => T): T {
  const hash = createHash("sha256");
  try {
    for (const f of READERS) hash.update(readFileSync(f)).update("\u0000");
  } catch {
    return read(files); // (no sources to hash, as in a bundle: no cache)
  }
  for (const f of files) hash.update(f.file).update("\u0000").update(f.text).update("\u0000");
  const name = `${hash.digest("hex").slice(0, 32)}.json`;
  try {
    return JSON.parse(readFileSync(join(cache, name), "utf8")) as T;
  } catch {
    // (missing or unreadable: read the files)
  }
  const value = read(files);
  try {
    mkdirSync(cache, { recursive: true });
    // (written whole, then renamed: a process reading it meanwhile finds the whole entry or none)
    // (named by process and thread: the worker threads of one build load the rules at once)
    const tmp = join(cache, `${name}.${process.pid}-${threadId}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(cache, name));
    for (const old of readdirSync(cache)) if (old !== name && /^[0-9a-f]+\.json$/.test(old)) rmSync(join(cache, old), { force: true });
  } catch {
    // (no cache where it cannot be written)
  }
  return value;
}
