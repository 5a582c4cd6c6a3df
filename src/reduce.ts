// The reduce of a build (the map is src/pipeline.ts): every article's map, in path order, to one
// graph. Apart from src/pipeline.ts on purpose: this module and what it imports never load the
// extractor, so a build whose articles all come from the cache (and every command that only reads
// a graph) starts without it.
import type { Article } from "./ingest/index.ts";
import type { Sentence } from "./segment/index.ts";
import type { DatedMention } from "./dates/attach.ts";
import { reconcileDates } from "./dates/reconcile.ts";
import { resolveAcrossArticles, type Resolved } from "./resolve/across.ts";
import { assembleArrays } from "./build/index.ts";
import type { BuiltGraph } from "./build/built-graph.ts";
import { assignLayout } from "./layout/index.ts";
import { checkGraphInMemory } from "./graph-check.ts";
import { CaseGraphError } from "./errors.ts";
import type { Extraction, Relation } from "./extract/types.ts";
import { heldRelations, relationHolder } from "./build/held-relations.ts";
import type { AttributeClaim } from "./review/claims.ts";
import { applyCorrections, type Corrected } from "./review/corrections.ts";
import { computeAgreement, type Agreement } from "./review/agreement.ts";
import { profiled } from "./build/profile.ts";
import { boundHeapGrowth, boundsMemory, collectGarbage, REDUCE_GROWTH } from "./build/collect.ts";
import type { TailMemo } from "./build/memo.ts";
import { isPacked, unpackMap, type PackedMap } from "./build/cache.ts";
import { mapCompactor } from "./build/compact.ts";
import type { ArticleMap, BuildOptions, BuildResult, BuildWarning, Stage, Timed } from "./pipeline.ts";

export function emptyTimings(): Record<Stage, number> {
  return { ingest: 0, segment: 0, extract: 0, dates: 0, resolve: 0, review: 0, assemble: 0, layout: 0, check: 0 };
}
/** Runs a stage and adds its milliseconds to `timings`. */
export const stageTimer = (timings: Record<Stage, number>): Timed => (stage, f) => {
  const t0 = performance.now();
  try { return f(); } finally { timings[stage] += performance.now() - t0; }
};

/**
 * The reduce: every article's map, in path order, to one graph. Entities are resolved across
 * articles, dates reconciled, corrections applied, agreement worked out, then the graph is
 * assembled, laid out and checked. `maps` is emptied as it is read, so each article's extraction
 * can be collected once it is in the resolution's input. `memo` is what a watching process keeps
 * of the tail between builds (src/build/memo.ts).
 */
export function reduceArticles(maps: ArticleMap[], options: Pick<BuildOptions, "corrections"> = {}, timings = emptyTimings()): BuildResult {
  const built = reduceToArrays(maps, options, timings);
  return { ...built, graph: built.graph.toGraph() };
}

/** reduceArticles without the graphology graph: what the CLI writes from (src/build/built-graph.ts). */
export function reduceToArrays(maps: (ArticleMap | PackedMap)[], options: Pick<BuildOptions, "corrections"> & { memo?: TailMemo } = {}, timings = emptyTimings()): BuildResult<BuiltGraph> {
  const timed = stageTimer(timings);
  // problems converting saved pages and PDFs first, then the others, each in path order
  const warnings: BuildWarning[] = [], later: BuildWarning[] = [];
  const documents: { article: Article; sentences: Sentence[] }[] = [];
  // One extraction per window of each article (one window unless the article is long).
  let extractions: { article: Article; extraction: Extraction; relations?: () => readonly Relation[] }[] = [];
  const dated: DatedMention[] = [];
  const claims: AttributeClaim[] = [];
  let textSize = 0;
  // maps held packed are read here, each made compact as the map step makes the others (src/build/compact.ts)
  const compact = maps.some(isPacked) ? mapCompactor() : undefined;
  // and their relations are held flat until resolution's last pass reads them (src/build/held-relations.ts)
  const hold = compact && relationHolder();
  for (let i = 0; i < maps.length; i++) {
    const held = maps[i]!;
    const packed = isPacked(held);
    const map = packed ? compact!(unpackMap(held), true) : held;
    maps[i] = map;
    for (const problem of map.conversion ?? []) warnings.push({ path: map.path, problem });
    for (const problem of map.warnings) later.push({ path: map.path, problem });
    if (!map.document) continue;
    const { article } = map.document;
    textSize += article.text.length;
    for (const w of map.windows) {
      if (packed) {
        // (the map is this reduce's own: nothing else reads its relations)
        const relations = hold!(w.extraction.relations);
        w.extraction.relations = [];
        extractions.push({ article, extraction: w.extraction, relations: () => heldRelations(relations) });
      } else extractions.push({ article, extraction: w.extraction });
      for (const d of w.dated) dated.push(d);
      for (const c of w.claims) claims.push(c);
    }
    documents.push(map.document);
  }
  for (const w of later) warnings.push(w);
  maps.length = 0;
  // A watching process (memo) keeps every article's map between builds, so the full collections
  // below would free little of its heap and cost it about 0.5 CPU-s a rebuild (at 5 MB): it
  // collects once a build is written (src/commands/build.ts), and during one V8's own collections
  // (their marking on other threads) keep the heap within the growth the build command sets.
  // A small build (src/build/collect.ts boundsMemory) does not collect either: its heap is small.
  const collect = options.memo || !boundsMemory(textSize) ? () => {} : collectGarbage;
  // and its heap grows by a tenth between collections from here on (src/build/collect.ts REDUCE_GROWTH)
  if (!options.memo && boundsMemory(textSize)) boundHeapGrowth(REDUCE_GROWTH);
  // what extraction left behind goes before the reduce sizes the heap (src/build/collect.ts)
  profiled("collect", collect);
  let resolved: Resolved | undefined = timed("resolve", () => profiled("resolve", () => resolveAcrossArticles(extractions, true, !!options.memo)));
  resolved = timed("dates", () => profiled("dates", () => reconcileDates(resolved!, dated)));
  // Each stage's input is let go once the next has what it needs: the extractions (hundreds of MB
  // for 50 MB of text) before the graph is built, the resolved entities once they are in it.
  extractions = [];
  dated.length = 0;
  collect();
  // A person's corrections, then where the articles agree and disagree, on the corrected entities.
  let corrected: Corrected | undefined = timed("review", () => profiled("corrections", () => applyCorrections(options.corrections?.entries ?? [], { documents, ...resolved! })));
  resolved = undefined;
  let agreement: Agreement | undefined = timed("review", () => profiled("agreement", () => computeAgreement({ articles: documents.map((d) => d.article), ...corrected!, claims, consume: true })));
  claims.length = 0;
  // agreement's relations replace resolution's (copies of them, the evidence and rule arrays
  // shared): the originals go, and what resolution and agreement left behind is collected before
  // the graph is assembled beside the entities (at 20 MB, the build's peak was here)
  corrected.relations = [];
  collect();
  const graph = timed("assemble", () => profiled("assemble", () => assembleArrays({ documents, entities: corrected!.entities, relations: agreement!.relations }, options.memo?.parts, true)));
  // The graph holds what it needs of them: the entities, relations and their mentions go before
  // the layout and the check (a fifth of the heap at this point).
  const status = corrected.status, contradictions = agreement.contradictions;
  corrected = agreement = undefined;
  // and the sentences (a Sentence node holds what the graph needs of each), unless a watching
  // process keeps them with its maps
  documents.length = 0;
  collect();
  const report = options.corrections && { file: options.corrections.file, corrections: [...options.corrections.entries], status };
  graph.mergeAttributes({ contradictions, ...(report && { corrections: report }) });
  timed("layout", () => profiled("layout", () => assignLayout(graph)));
  const check = timed("check", () => profiled("check", () => checkGraphInMemory(graph, options.memo?.checked)));
  if (!check.ok) throw new CaseGraphError(`casegraph/build: the built graph breaks the contract (a bug, please report it):\n${check.message}`);
  // the layout's and the check's garbage goes before the writers make theirs (graph.json's chunks)
  collect();
  return { graph, warnings, timings, ...(report && { corrections: report }) };
}
