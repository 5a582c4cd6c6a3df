// The extractor's version: a hash of everything one article's map (src/pipeline.ts mapArticle and
// mapFile) depends on, so that a cached extraction is used only while that code and data are
// unchanged. It covers every module the map imports (followed from its entry modules), every file
// (code, lexicons, rules yaml) in the src/ folders those modules live in, the versions of the
// packages they import. A changed rule, lexicon or extractor
// module gives a new version, and the next build extracts every article again.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../", import.meta.url));
const ROOT = resolve(SRC, "..");

/** The modules the map starts from; their imports are followed. */
export const MAP_ENTRIES = [
  "ingest/index.ts", "ingest/convert.ts", "segment/index.ts", "extract/document.ts", "extract/article.ts",
  "resolve/article.ts", "dates/attach.ts", "guard/article.ts", "review/claims.ts",
];
/** Hashed as they are, without following their imports (the pipeline imports the reduce's stages too). */
const MAP_FILES = ["pipeline.ts"];
/** Bumped when the shape of a cache entry changes. */
export const CACHE_FORMAT = 1;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every file (relative to src/) and package the map depends on. */
export function mapDependencies(): { files: string[]; packages: string[] } {
  const modules = new Set<string>(), packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    if (!file.endsWith(".ts")) return;
    const text = readFileSync(join(SRC, file), "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith(".")) visit(relative(SRC, resolve(dirname(join(SRC, file)), spec)).split(sep).join("/"));
      else if (!spec.startsWith("node:")) packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  for (const entry of MAP_ENTRIES) visit(entry);
  const files = new Set<string>(MAP_FILES);
  // (each folder walked once: it holds many of the modules)
  const tops = new Set<string>();
  for (const m of modules) {
    if (!m.includes("/")) files.add(m);
    else tops.add(m.split("/")[0]!);
  }
  for (const top of tops) for (const f of walk(join(SRC, top))) files.add(relative(SRC, f).split(sep).join("/"));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(ts|js|json|ya?ml)$/.test(name)) yield full;
  }
}

let cached: string | undefined;

/** The version, as a hex string; computed once per process. */
export function extractorVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  hash.update(`casegraph cache format ${CACHE_FORMAT}\0`);
  const { files, packages } = mapDependencies();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(SRC, file))).update("\0");
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  cached = hash.digest("hex");
  return cached;
}

function packageVersion(name: string): string {
  const manifest = join(ROOT, "node_modules", name, "package.json");
  if (!existsSync(manifest)) return "?";
  try { return String((JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version); } catch { return "?"; }
}
