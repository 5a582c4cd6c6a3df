// One pass of test/bench/extractors.bench.ts, in its own process: the pipeline of the tree given
// (this one or a git revision's), on the generated corpus given. Prints the pass's CPU seconds.
//   node --import tsx extractors-child.ts <tree root> <corpus.json> extract|build
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root, corpusFile, kind] = process.argv.slice(2) as [string, string, string];
const load = (path: string) => import(pathToFileURL(join(root, path)).href);
const { buildGraph, extractArticle } = await load("src/pipeline.ts");
const { parseArticle } = await load("src/ingest/index.ts");
const { splitSentences } = await load("src/segment/index.ts");

const encoder = new TextEncoder();
const files = (JSON.parse(readFileSync(corpusFile, "utf8")) as { path: string; text: string }[]).map((f) => ({ path: f.path, bytes: encoder.encode(f.text) }));
const articles = files.flatMap((file) => {
  const r = parseArticle(file.path, file.bytes);
  return r.ok ? [{ article: r.article, sentences: splitSentences(r.article.text, r.article.bodyStart) }] : [];
});
// warm-up: the JIT, the language model's caches, the rules
for (const a of articles.slice(0, 50)) extractArticle(a.article, a.sentences);

const t0 = process.cpuUsage();
if (kind === "build") buildGraph(files);
else for (const a of articles) extractArticle(a.article, a.sentences);
const t = process.cpuUsage(t0);
console.log((t.user + t.system) / 1e6);
