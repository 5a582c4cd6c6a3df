// The rule engine alone, on a busy machine: every RuleSet.run call that extracting a generated corpus
// makes is recorded (the sentence's tokens and its mentions as the stage saw them), then replayed
// several times, each round with new token arrays so that the per-sentence word index is made again
// as in a build. Prints CPU ms per round, their median, and a checksum of every frame found, so that
// an engine change is timed without the rest of extraction's noise and shown to find the same frames.
//   npx tsx test/bench/engine-replay.ts [--mb 1] [--seed 1] [--rounds 5] [--against <another checkout>]
// --against loads that tree's extractor too (a git worktree of a revision, with node_modules beside
// it), in the same process, and replays the two in turn, round by round: on a shared machine the
// two see the same load, where separate processes' medians differ by a fifth from run to run.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string" }, seed: { type: "string" }, rounds: { type: "string" }, against: { type: "string" } } });
const roots = [resolve(join(import.meta.dirname, "../..")), ...(flags.against ? [resolve(flags.against)] : [])];
const files = generateCorpus(Number(flags.mb ?? 1), Number(flags.seed ?? 1));

interface RuleSetLike { run: (input: unknown, sentence: number, only?: unknown) => unknown[] }
interface Call { set: RuleSetLike; tokens: unknown[]; spansAt: unknown; sentence: number; only: unknown }

/** Every run of a tree's rule sets while it extracts the corpus. */
async function record(root: string): Promise<Call[]> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { extractArticle } = await load("src/pipeline.ts");
  const { parseArticle } = await load("src/ingest/index.ts");
  const { splitSentences } = await load("src/segment/index.ts");
  const { RuleSet } = await load("src/extract/engine/rules.ts");
  const calls: Call[] = [];
  const run = RuleSet.prototype.run;
  RuleSet.prototype.run = function (this: RuleSetLike, input: { tokens: unknown[]; spansAt: unknown }, sentence: number, only?: unknown) {
    calls.push({ set: this, tokens: input.tokens, spansAt: input.spansAt, sentence, only });
    return run.call(this, input, sentence, only);
  };
  for (const file of files) {
    const r = parseArticle(file.path, file.bytes);
    if (r.ok) extractArticle(r.article, splitSentences(r.article.text, r.article.bodyStart));
  }
  RuleSet.prototype.run = run;
  return calls;
}

/** A frame as text: its slots' mentions by type and place (their data are the layers' objects). */
const text = (frames: unknown[]) => JSON.stringify(frames, (_k, v: unknown) => v instanceof Map ? [...v].map(([name, spans]) => [name, (spans as { type: string; start: number; end: number }[]).map((s) => [s.type, s.start, s.end])]) : v);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** One replay of every call: its CPU ms and a checksum of the frames. */
function replay(calls: readonly Call[]): [number, string] {
  const copies = new Map<unknown[], unknown[]>();
  const inputs = calls.map((c) => {
    let tokens = copies.get(c.tokens);
    if (!tokens) copies.set(c.tokens, (tokens = c.tokens.slice()));
    return { tokens, tags: [], spansAt: c.spansAt };
  });
  const found: unknown[][] = [];
  const t0 = cpu();
  for (let k = 0; k < calls.length; k++) found.push(calls[k]!.set.run(inputs[k], calls[k]!.sentence, calls[k]!.only));
  const t = cpu() - t0;
  const hash = createHash("sha1");
  for (const frames of found) hash.update(text(frames));
  return [t, hash.digest("hex").slice(0, 12)];
}

const trees = [];
for (const root of roots) trees.push({ root, calls: await record(root), times: [] as number[], checksum: "" });
for (let round = 0; round < Number(flags.rounds ?? 5); round++) {
  for (const tree of round % 2 ? [...trees].reverse() : trees) {
    const [t, checksum] = replay(tree.calls);
    tree.times.push(t);
    tree.checksum = checksum;
  }
}
for (const { root, calls, times, checksum } of trees) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${root}: ${calls.length} runs of ${files.length} articles; CPU ms per round ${times.map((t) => t.toFixed(0)).join(" ")}, median ${sorted[sorted.length >> 1]!.toFixed(0)}; frames ${checksum}`);
}
