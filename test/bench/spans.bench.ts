// The span layers alone (src/extract/spans: charge phrases, role phrases, sums of money, penalties),
// over every sentence of a generated corpus, tokenized once beforehand: CPU per layer and round, the
// median of the rounds and a checksum of the spans found. --against loads another checkout's layers
// into the same process (a git worktree of a revision, with node_modules beside it) and alternates
// the two trees round by round, so that a busy machine disturbs both alike; its checksums must be
// the same as this tree's when a change is meant to keep the output.
//   npx tsx test/bench/spans.bench.ts [--mb 1] [--seed 1] [--rounds 7] [--against <another checkout>]
// A benchmark, not a test: it asserts nothing.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { mb: { type: "string" }, seed: { type: "string" }, rounds: { type: "string" }, against: { type: "string" } } });
const roots = [resolve(join(import.meta.dirname, "../..")), ...(flags.against ? [resolve(flags.against)] : [])];
const files = generateCorpus(Number(flags.mb ?? 1), Number(flags.seed ?? 1));
const rounds = Math.max(1, Math.round(Number(flags.rounds ?? 7)));

type Layer = (ts: readonly unknown[]) => readonly unknown[];
interface Tree { root: string; layers: [string, Layer][]; sentences: unknown[][] }

async function load(root: string): Promise<Tree> {
  const get = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { parseArticle } = await get("src/ingest/index.ts");
  const { splitSentences } = await get("src/segment/index.ts");
  const { readDocument } = await get("src/extract/document.ts");
  const { chargeSpans } = await get("src/extract/spans/charges.ts");
  const { roleSpans } = await get("src/extract/spans/roles.ts");
  const { moneySpans, penaltySpans } = await get("src/extract/spans/amounts.ts");
  const sentences: unknown[][] = [];
  for (const file of files) {
    const r = parseArticle(file.path, file.bytes);
    if (r.ok) for (const s of readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart)).sentences) sentences.push(s.tokens);
  }
  const layers: [string, Layer][] = [
    ["charges", chargeSpans],
    ["roles", (ts) => roleSpans(ts, [])],
    ["money", moneySpans],
    ["penalties", (ts) => penaltySpans(ts, moneySpans(ts))],
  ];
  return { root, layers, sentences };
}

/** One round of one tree: CPU ms per layer, and a hash of every span found. */
function round(tree: Tree): { ms: Map<string, number>; sum: string } {
  const ms = new Map<string, number>();
  const hash = createHash("sha1");
  for (const [name, layer] of tree.layers) {
    // (each layer on fresh copies of the token arrays, so that nothing a layer remembers of an array carries over)
    const inputs = tree.sentences.map((ts) => [...ts]);
    const t0 = process.cpuUsage();
    const out = inputs.map((ts) => layer(ts));
    const t = process.cpuUsage(t0);
    ms.set(name, (t.user + t.system) / 1000);
    hash.update(JSON.stringify(out, (k, v) => (k === "data" && v && typeof v === "object" && "entity" in v ? undefined : v)));
  }
  return { ms, sum: hash.digest("hex").slice(0, 12) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const trees = [];
for (const root of roots) trees.push(await load(root));
console.log(`span layers: ${trees[0]!.sentences.length} sentences of ${files.length} generated articles; ${rounds} rounds${trees.length > 1 ? ", trees alternating" : ""}; CPU ms`);
const seen = trees.map(() => new Map<string, number[]>());
const sums = trees.map(() => new Set<string>());
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...trees.keys()].reverse() : [...trees.keys()];
  for (const k of order) {
    const { ms, sum } = round(trees[k]!);
    sums[k]!.add(sum);
    for (const [name, v] of ms) seen[k]!.set(name, [...(seen[k]!.get(name) ?? []), v]);
    console.log(`round ${r + 1} ${trees[k]!.root}: ${[...ms].map(([n, v]) => `${n} ${v.toFixed(0)}`).join(", ")}; spans ${sum}`);
  }
}
for (const [k, tree] of trees.entries()) {
  const total = [...seen[k]!.values()].reduce((n, vs) => n + median(vs), 0);
  console.log(`median ${tree.root}: ${[...seen[k]!].map(([n, vs]) => `${n} ${median(vs).toFixed(0)}`).join(", ")}; all ${total.toFixed(0)}; spans ${[...sums[k]!].join(" ")}`);
}
