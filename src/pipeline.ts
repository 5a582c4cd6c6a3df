// The one place that knows the stage order. Every stage is a pure function; I/O is the CLI's job.
import type Graph from "graphology";
import { articleFromDocument, parseArticle, type Article } from "./ingest/index.ts";
import { convert, formatOf } from "./ingest/convert.ts";
import type { SourceDocument } from "./ingest/document.ts";
import { splitSentences, type Sentence } from "./segment/index.ts";
import { readDocument } from "./extract/document.ts";
import { extractFacts, findArticleNames } from "./extract/article.ts";
import { resolveArticleNames } from "./resolve/article.ts";
import { attachDates, type DatedMention } from "./dates/attach.ts";
import type { BuiltGraph } from "./build/built-graph.ts";
import type { CorrectionsReport } from "./schema.ts";
import { ARTICLE_LIMITS, extractBounded, type ArticleLimits } from "./guard/article.ts";
import type { Extraction } from "./extract/types.ts";
import { collectClaims, type AttributeClaim } from "./review/claims.ts";
import { emptyTimings, reduceToArrays, stageTimer } from "./reduce.ts";
import { mapCompactor } from "./build/compact.ts";
import { releaseRuleSets } from "./extract/engine/rules.ts";
import { boundsMemory } from "./build/collect.ts";
import { encodeEntry, type PackedMap } from "./build/cache.ts";
import { tierUpLater } from "./build/tiering.ts";

// (a process that loads the extractor optimises its functions later, on more feedback: build/tiering.ts)
tierUpLater();

// The reduce lives in src/reduce.ts, so a build whose articles all come from the cache never loads the extractor.
export { emptyTimings, reduceArticles, reduceToArrays } from "./reduce.ts";

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** A saved web page or PDF, once convertInputs has turned it into text. */
  document?: SourceDocument;
}
export interface BuildWarning {
  path: string;
  problem: string;
}
export type Stage = "ingest" | "segment" | "extract" | "dates" | "resolve" | "review" | "assemble" | "layout" | "check";
export interface BuildResult<G = Graph> {
  graph: G;
  warnings: BuildWarning[];
  /** Milliseconds spent in each stage. */
  timings: Record<Stage, number>;
  /** What became of each correction, when a corrections file was given. */
  corrections?: CorrectionsReport;
}
export interface BuildOptions {
  /** Called after each article is extracted. */
  onProgress?: (done: number, total: number) => void;
  /** The corrections file (its name, for messages, and its decisions), applied after resolution. */
  corrections?: { file: string; entries: readonly unknown[] };
  /** Windows and time budget of one article's extraction (tests make them small). */
  limits?: ArticleLimits;
}

/**
 * Extraction for one article, a pure function of its text: tokens, names, resolution of the
 * names inside the article, then the facts the rules find.
 */
export function extractArticle(article: Article, sentences: readonly Sentence[]): Extraction {
  const doc = readDocument(article, sentences);
  const { names } = findArticleNames(doc);
  const resolved = resolveArticleNames(names, doc);
  const { entities, relations } = extractFacts(doc, names, resolved);
  return { entities, relations };
}

/**
 * The stage before the others, and the only one that waits (pdf.js answers in promises): saved web
 * pages (Readability) and PDFs (pdf.js) become text with their metadata. A file that is not an
 * article (an index page, a login wall, a scan without text) becomes a warning and is left out.
 */
export async function convertInputs(files: readonly InputFile[]): Promise<{ files: InputFile[]; warnings: BuildWarning[] }> {
  const out: InputFile[] = [], warnings: BuildWarning[] = [];
  for (const file of files) {
    const format = file.document ? undefined : formatOf(file.path, file.bytes);
    if (!format) { out.push(file); continue; }
    const converted = await convert(format, file.bytes);
    if (!converted.ok) { warnings.push({ path: file.path, problem: converted.problem }); continue; }
    out.push({ ...file, document: converted.document });
    for (const problem of converted.warnings) warnings.push({ path: file.path, problem });
  }
  return { files: out, warnings };
}

/**
 * What one article gives the build, made from that file alone (the map of a map-reduce): its
 * article and sentences, and per extraction window the extraction with its dates and the claims it
 * makes. Plain data (structured-clone and v8-serialisable), so it can be cached, made in a worker
 * thread or on another machine. `warnings` are the problems the build reports for this file;
 * without `document` the article is left out of the graph.
 */
export interface ArticleMap {
  path: string;
  /** Problems converting a saved page or PDF to text (reported before the other warnings). */
  conversion?: string[];
  warnings: string[];
  document?: { article: Article; sentences: Sentence[] };
  windows: { extraction: Extraction; dated: DatedMention[]; claims: AttributeClaim[] }[];
}

export type Timed = <T>(stage: Stage, f: () => T) => T;
const untimed: Timed = (_, f) => f();

/** The map: one article, from its file (converted first when it is a saved page or PDF), to its extraction. */
export function mapArticle(file: InputFile, limits: ArticleLimits = ARTICLE_LIMITS, timed: Timed = untimed): ArticleMap {
  const map: ArticleMap = { path: file.path, warnings: [], windows: [] };
  const ingested = timed("ingest", () => (file.document ? articleFromDocument(file.path, file.document) : parseArticle(file.path, file.bytes)));
  if (!ingested.ok) { map.warnings.push(ingested.problem); return map; }
  const article = ingested.article;
  const sentences = timed("segment", () => splitSentences(article.text, article.bodyStart));
  if (sentences.length === 0) map.warnings.push("no sentences found");
  // Each article's extraction is checked as it is made: a defect drops a mention, a relation or
  // the article (with a warning), never the build.
  const bounded = timed("extract", () => extractBounded(article, sentences, extractArticle, limits));
  if (!bounded.ok) { map.warnings.push(bounded.problem); return map; }
  map.warnings.push(...bounded.problems);
  let problem: string | undefined;
  for (const extraction of bounded.windows) {
    const withDates = timed("dates", () => attachDates(article, sentences, extraction));
    problem ??= withDates.problem;
    // What this article says of each attribute (dates included), before resolution merges entities.
    const claims = timed("review", () => collectClaims(article, sentences, withDates.extraction, withDates.dated));
    map.windows.push({ extraction: withDates.extraction, dated: withDates.dated, claims });
  }
  if (problem) map.warnings.push(problem);
  map.document = { article, sentences };
  return map;
}

/**
 * Loads what extraction loads on first use (the rules, their lexicons, the tagger's model) by
 * mapping a short invented article: a watching process does it while the folder is quiet, so the
 * first change does not wait for it (about 1 CPU-s).
 */
export function warmUp(): void {
  const text = "Jury convicts bakery owner\n\nA jury at Eastfold Crown Court found Briony Vell, 41, guilty of fraud on Tuesday. Judge Orrin Jermyn will sentence her next month.\n";
  mapArticle({ path: "warm-up.txt", bytes: new TextEncoder().encode(text) });
}

/**
 * Lets go of what extraction holds between articles and makes again when next asked (the rule
 * sets, about 67 MB of heap): a large build calls it once its articles are mapped, so the reduce
 * does not carry it. A watching process, which extracts again at the next change, does not.
 */
export function releaseExtractor(): void {
  releaseRuleSets();
}

/** mapArticle for a file as read from disk: a saved web page or PDF is converted to text first. */
export async function mapFile(file: InputFile, limits: ArticleLimits = ARTICLE_LIMITS, timed: Timed = untimed): Promise<ArticleMap> {
  const format = file.document ? undefined : formatOf(file.path, file.bytes);
  if (!format) return mapArticle(file, limits, timed);
  const converted = await convert(format, file.bytes);
  if (!converted.ok) return { path: file.path, conversion: [converted.problem], warnings: [], windows: [] };
  const map = mapArticle({ ...file, document: converted.document }, limits, timed);
  return converted.warnings.length ? { ...map, conversion: converted.warnings } : map;
}

/** Every article mapped in this process, one after another, then the reduce. */
export function buildGraph(files: readonly InputFile[], options: BuildOptions = {}): BuildResult {
  const built = buildArrays(files, options);
  return { ...built, graph: built.graph.toGraph() };
}

/** buildGraph without the graphology graph (src/build/built-graph.ts): what the CLI and the benchmark write from. */
export function buildArrays(files: readonly InputFile[], options: BuildOptions = {}): BuildResult<BuiltGraph> {
  const timings = emptyTimings();
  return reduceToArrays(mapInOrder(files, options, timings), options, timings);
}

/**
 * The map of buildArrays: every article's map, in path order (sorting makes the output independent
 * of the order the files were found in), made compact as it comes (src/build/compact.ts). A large
 * build (src/build/collect.ts boundsMemory) holds each map packed until the reduce reads it
 * (src/build/cache.ts PackedMap) and then lets the extractor's rule sets go.
 */
export function mapInOrder(files: readonly InputFile[], options: BuildOptions = {}, timings = emptyTimings()): (ArticleMap | PackedMap)[] {
  const timed = stageTimer(timings);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const large = boundsMemory(sorted.reduce((n, f) => n + f.bytes.length, 0));
  const compact = mapCompactor();
  const maps = sorted.map((file, i): ArticleMap | PackedMap => {
    const map = mapArticle(file, options.limits, timed);
    options.onProgress?.(i + 1, sorted.length);
    return large ? { packed: encodeEntry("", map.path, "", map), version: "", path: map.path, hash: "" } : compact(map);
  });
  if (large) releaseExtractor();
  return maps;
}
