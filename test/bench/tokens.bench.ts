// The token layer's benchmark: wink's tags as they are against wink's tags corrected for court
// news (src/nlp/correct.ts), on a generated corpus (default 5 MB), in one process, alternating.
//   npx tsx test/bench/tokens.bench.ts [--mb 5] [--runs 5] [--seed 1]
// Prints CPU seconds (user + system) per pass over the corpus, medians and their ratio.
// A benchmark, not a test: it asserts nothing. Aim: the corrected layer under 1.3x wink alone.
import { parseArgs } from "node:util";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { tokenizeArticle } from "../../src/nlp/tokens.ts";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string" }, runs: { type: "string" }, seed: { type: "string" } } });
const number = (name: keyof typeof flags, fallback: number) => {
  const v = Number(flags[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const megabytes = number("mb", 5), runs = Math.round(number("runs", 5)), seed = Math.round(number("seed", 1));

const articles = generateCorpus(megabytes, seed).flatMap((file) => {
  const r = parseArticle(file.path, file.bytes);
  return r.ok ? [{ text: r.article.text, sentences: splitSentences(r.article.text, r.article.bodyStart) }] : [];
});
const bytes = articles.reduce((n, a) => n + a.text.length, 0);
const tokens = articles.reduce((n, a) => n + tokenizeArticle(a.text, a.sentences).reduce((m, s) => m + s.tokens.length, 0), 0);
console.log(`token layer benchmark: ${articles.length} generated articles, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${tokens} tokens (seed ${seed})`);
console.log(`node ${process.version}, ${runs} runs of each, alternating, CPU seconds (user + system)\n`);

const pass = (correct: boolean) => {
  const t0 = process.cpuUsage();
  for (const a of articles) tokenizeArticle(a.text, a.sentences, { correct });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

pass(false); pass(true); // warm-up: the JIT, wink's caches, the corrections' word memos
const times = { wink: [] as number[], corrected: [] as number[] };
for (let run = 0; run < runs; run++) {
  const order = run % 2 ? [true, false] : [false, true];
  for (const correct of order) (correct ? times.corrected : times.wink).push(pass(correct));
  console.log(`run ${run + 1}: wink ${times.wink.at(-1)!.toFixed(2)} s, corrected ${times.corrected.at(-1)!.toFixed(2)} s`);
}
const wink = median(times.wink), corrected = median(times.corrected);
console.log(`\n              CPU s   MB/s   k tokens/s`);
for (const [name, s] of [["wink", wink], ["corrected", corrected]] as const)
  console.log(`  ${name.padEnd(10)} ${s.toFixed(2).padStart(6)} ${(bytes / 1024 / 1024 / s).toFixed(2).padStart(6)} ${(tokens / 1000 / s).toFixed(0).padStart(8)}`);
console.log(`\n  ratio corrected / wink: ${(corrected / wink).toFixed(2)}`);
