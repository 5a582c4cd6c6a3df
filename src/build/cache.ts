// The extraction cache beside a build's output (<out>/.casegraph-cache/): one file per article,
// holding that article's map (src/pipeline.ts ArticleMap), named by a hash of the extractor's
// version, the article's path and the hash of its bytes. A rebuild maps only the articles whose
// entry is missing; entries no build uses any more (removed or changed articles, an older
// extractor) are deleted after a successful build. Each entry is written to a temporary file and
// renamed, so a killed build leaves whole entries only; an entry that is damaged all the same
// (a full disk, a hand edit) fails its checksum, is reported and ignored, and the article is
// extracted again.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ArticleMap } from "../pipeline.ts";

export const CACHE_DIR = ".casegraph-cache";
const MAGIC = Buffer.from("CGX1");
const SUFFIX = ".extraction";

export const contentHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Entry {
  version: string;
  path: string;
  hash: string;
  map: ArticleMap;
}

/**
 * An entry's bytes: magic, sha256 of the payload, the payload (the v8 serialisation that worker
 * threads use too, deflated at the fastest level: a sixth of the size for a few percent of the time).
 */
export function encodeEntry(version: string, path: string, hash: string, map: ArticleMap): Buffer {
  const payload = deflateRawSync(serialize({ version, path, hash, map } satisfies Entry), { level: 1 });
  return Buffer.concat([MAGIC, createHash("sha256").update(payload).digest(), payload]);
}

/** The map in an entry's bytes, or why they are not a whole entry for this article. */
export function decodeEntry(bytes: Uint8Array, version: string, path: string, hash: string): ArticleMap | string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 36 || !buf.subarray(0, 4).equals(MAGIC)) return "not a cache entry";
  const payload = buf.subarray(36);
  if (!createHash("sha256").update(payload).digest().equals(buf.subarray(4, 36))) return "its checksum does not match (damaged)";
  let entry: Entry;
  try { entry = deserialize(inflateRawSync(payload)) as Entry; } catch { return "it cannot be read (damaged)"; }
  if (entry?.version !== version || entry.path !== path || entry.hash !== hash || typeof entry.map !== "object") return "it is for another article or extractor";
  return shareText(entry.map);
}

/**
 * A serialised string is a copy: each sentence's text comes back beside the article's text, which
 * held the whole text twice for the life of a build. Each becomes a slice of the article's text
 * again (as splitSentences made it), so the copy can be collected.
 */
function shareText(map: ArticleMap): ArticleMap {
  const text = map.document?.article.text;
  if (text === undefined) return map;
  for (const s of map.document!.sentences) {
    const slice = text.slice(s.start, s.end);
    if (slice === s.text) s.text = slice;
  }
  return map;
}

/**
 * A map made in this build held as its cache entry's bytes (deflated: about a quarter of the heap
 * the map takes) until the reduce reads it: a large build's maps would otherwise all be in the heap
 * beside extraction's garbage while the rest are made. `version`, `path` and `hash` are the entry's.
 */
export interface PackedMap {
  packed: Uint8Array;
  version: string;
  path: string;
  hash: string;
}
export const isPacked = (m: ArticleMap | PackedMap): m is PackedMap => "packed" in m;

/** The map a PackedMap holds (its bytes were made by this build: a failure is a bug). */
export function unpackMap(m: PackedMap): ArticleMap {
  const map = decodeEntry(m.packed, m.version, m.path, m.hash);
  if (typeof map === "string") throw new Error(`the map of ${m.path} held by this build is unreadable: ${map}`);
  return map;
}

export class ExtractionCache {
  readonly dir: string;
  private readonly used = new Set<string>();

  /** `warn` hears of entries that are ignored (damaged), with the entry's path. */
  constructor(outDir: string, readonly version: string, private readonly warn: (file: string, problem: string) => void) {
    this.dir = join(outDir, CACHE_DIR);
  }

  private name(path: string, hash: string): string {
    return createHash("sha256").update(`${this.version}\0${path}\0${hash}`).digest("hex").slice(0, 40) + SUFFIX;
  }

  /** Whether an entry for the article is there (whole or not: `get` finds out). */
  has(path: string, hash: string): boolean {
    return existsSync(join(this.dir, this.name(path, hash)));
  }

  /** Marks the article's entry as in use (its map is held elsewhere), so `prune` keeps it. */
  keep(path: string, hash: string): void {
    this.used.add(this.name(path, hash));
  }

  /** The cached map of the article at `path` with content `hash`, if a whole entry is there. */
  get(path: string, hash: string): ArticleMap | undefined {
    const name = this.name(path, hash);
    this.used.add(name);
    let bytes: Buffer;
    try { bytes = readFileSync(join(this.dir, name)); } catch { return undefined; }
    const map = decodeEntry(bytes, this.version, path, hash);
    if (typeof map !== "string") return map;
    this.warn(join(this.dir, name), `a cache entry for ${path} was ignored: ${map}; the article is extracted again`);
    return undefined;
  }

  /** Stores an entry (already encoded by encodeEntry, or a map); a failure to write only costs the next build time. */
  put(path: string, hash: string, entry: ArticleMap | Uint8Array): void {
    const name = this.name(path, hash);
    this.used.add(name);
    const bytes = entry instanceof Uint8Array ? entry : encodeEntry(this.version, path, hash, entry);
    const tmp = join(this.dir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, bytes);
      renameSync(tmp, join(this.dir, name));
    } catch {
      try { rmSync(tmp, { force: true }); } catch { /* nothing was made */ }
    }
  }

  /** Deletes every entry this build did not ask for: removed and changed articles, older extractors. */
  prune(): void {
    let names: string[];
    try { names = readdirSync(this.dir); } catch { return; }
    for (const name of names) {
      if (this.used.has(name)) continue;
      try { rmSync(join(this.dir, name), { force: true, recursive: true }); } catch { /* left for the next build to try */ }
    }
  }
}
