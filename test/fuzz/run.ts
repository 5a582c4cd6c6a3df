// `npm run fuzz`: the longer fuzz run. Rounds of hostile and mutated articles through the real
// `casegraph build` (heap capped, time limited), hostile and mutated graph files through every
// subcommand, and builds killed at random moments; then the figures: cases tried, crashes, hangs,
// stack traces, data lost. Exit 1 if any is not zero.
//
//   npx tsx test/fuzz/run.ts [--rounds N] [--scale S] [--seed N]
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { random, type Random } from "../bench/corpus.ts";
import { goodStory, hostileArticles } from "./articles.ts";
import { hostileGraphs } from "./graphs.ts";
import { GraphReader } from "../../src/graphfile/reader.ts";
import { buildGraph } from "../../src/pipeline.ts";
import { CaseGraphError } from "../../src/errors.ts";
import { recover } from "../../src/output/set.ts";
import { EXPORT_FORMATS } from "../../src/export/index.ts";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, scale: { type: "string", default: "2" }, seed: { type: "string", default: "1" } } });
const ROUNDS = Number(values.rounds), SCALE = Number(values.scale), SEED = Number(values.seed);
const REPO = new URL("../../", import.meta.url).pathname;
const BIN = join(REPO, "src/bin.js");
const STACK = /^\s+at .+[:(]/m;
const work = mkdtempSync(join(tmpdir(), "casegraph-fuzz-"));
const tally = { cases: 0, crashes: 0, hangs: 0, stackTraces: 0, dataLost: 0 };
const failures: string[] = [];
const fail = (kind: keyof typeof tally, what: string) => { tally[kind]++; failures.push(`${kind}: ${what}`); };

function cli(args: string[], timeoutMs = 120_000, heapMb = 1024) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, BIN, ...args], { cwd: REPO, encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT" };
}

/** Judges one CLI run: allowed exit codes, a hang, a crash, a stack trace. */
function judge(what: string, r: ReturnType<typeof cli>, allowed: number[]): boolean {
  tally.cases++;
  if (r.timedOut) { fail("hangs", what); return false; }
  if (STACK.test(r.stderr)) fail("stackTraces", what);
  if (r.signal || r.status === null || !allowed.includes(r.status)) { fail("crashes", `${what}: exit ${r.status ?? r.signal} ${r.stderr.split("\n").slice(0, 3).join(" | ")}`); return false; }
  return true;
}

const mutations = (rnd: Random, bytes: Uint8Array, count: number): Uint8Array => {
  const out = [...bytes];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rnd() * out.length), kind = rnd();
    if (kind < 0.3) out[at] = Math.floor(rnd() * 256);
    else if (kind < 0.6) out.splice(at, 1 + Math.floor(rnd() * 8));
    else out.splice(at, 0, ...new TextEncoder().encode(["\u0000", "\"", "\\", "{", "]", ",", "\ud83d\ude00", "Judge+", "é", "\r\n\r\n", "  "][Math.floor(rnd() * 11)]!));
  }
  return Uint8Array.from(out);
};

// 1. Folders of hostile and mutated articles beside good ones, through the real build.
for (let round = 0; round < ROUNDS; round++) {
  const rnd = random(SEED * 1000 + round);
  const dir = join(work, `build-${round}`);
  const good = Array.from({ length: 10 }, (_, i) => [`good/${i}.txt`, goodStory(random(round * 100 + i), i)] as const);
  const hostile = hostileArticles(SEED + round, SCALE);
  const mutated = Array.from({ length: 30 }, (_, i) => [`mutated/${i}.txt`, mutations(rnd, new TextEncoder().encode(goodStory(rnd, i)), 1 + Math.floor(rnd() * 20))] as const);
  for (const [name, content] of [...good, ...hostile.map((f) => [f.name.replaceAll("/", "_"), f.bytes] as const), ...mutated]) {
    mkdirSync(dirname(join(dir, "in", name)), { recursive: true });
    writeFileSync(join(dir, "in", name), content);
  }
  const r = cli(["build", join(dir, "in"), "--out", join(dir, "out")], 600_000);
  if (judge(`round ${round}: build of ${good.length + hostile.length + mutated.length} files`, r, [0])) {
    const graph = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")) as { nodes: { attributes: { type: string; path?: string } }[] };
    const built = new Set(graph.nodes.filter((n) => n.attributes.type === "Article").map((n) => n.attributes.path));
    for (const [name] of good) if (!built.has(name)) fail("dataLost", `round ${round}: good article ${name} not built`);
    for (const f of hostile) {
      const name = f.name.replaceAll("/", "_");
      tally.cases++;
      if (!built.has(name) && !r.stderr.includes(`casegraph: skipped ${name}: `)) fail("dataLost", `round ${round}: ${name} neither built nor named`);
    }
  }
  // The same mutated articles in process, one at a time: buildGraph never throws for an article.
  for (const [name, bytes] of mutated) {
    tally.cases++;
    try { buildGraph([{ path: name, bytes }]); }
    catch (err) { fail("crashes", `buildGraph(${name}): ${(err as Error).message.split("\n")[0]}`); }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`round ${round + 1}/${ROUNDS}: ${good.length + hostile.length + mutated.length} articles built`);
}

// 2. Hostile and mutated graph files through every subcommand.
const graphDir = join(work, "graphs");
mkdirSync(graphDir);
const graphs = hostileGraphs(SEED);
const good = graphs.find((g) => g.name === "good.json")!.bytes;
const rnd = random(SEED);
const mutatedGraphs = Array.from({ length: 200 * ROUNDS }, (_, i) => ({ name: `mutated-${i}.json`, bytes: mutations(rnd, good, 1 + Math.floor(rnd() * 10)) }));
for (const g of mutatedGraphs) {
  tally.cases++;
  try { GraphReader.fromText(new TextDecoder().decode(g.bytes), g.name); new GraphReader(g.name).write(g.bytes).end(); }
  catch (err) { if (!(err instanceof CaseGraphError)) fail("crashes", `reader on ${g.name}: ${(err as Error).name}: ${(err as Error).message.split("\n")[0]}`); }
}
const subcommands = (file: string, out: string): string[][] => [
  ["query", file, "Person -- * -- *"], ["query", file, ["Role", ...Array(15).fill("*"), "Verdict"].join(" -- ")], ["query", file, "judge→trial→verdict", "--json"],
  ["path", file, "Person:renee-quill", "Person:ana-ruiz"], ["neighbours", file, "Person:renee-quill", "--depth", "4"],
  ["review", file], ["review", file, "--json", "--limit", "5"],
  ...EXPORT_FORMATS.map((f) => ["export", file, "--format", f, "--out", join(out, `x.${f}`)]),
];
for (const g of [...graphs, ...mutatedGraphs.slice(0, 20)]) {
  const file = join(graphDir, g.name);
  writeFileSync(file, g.bytes);
  // every subcommand on this file, in one process (cli-batch.ts): one line per command
  const commands = subcommands(file, mkdtempSync(join(graphDir, "out-")));
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "--import", "tsx", join(REPO, "test/fuzz/cli-batch.ts"), JSON.stringify(commands)], { cwd: REPO, encoding: "utf8", timeout: 20_000 * commands.length, maxBuffer: 64 << 20 });
  const lines = (r.stdout ?? "").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { args: string[]; code: number; stderr: string });
  for (const [i, args] of commands.entries()) {
    const what = `${args[0]} ${g.name}`, line = lines[i];
    if (!line) { judge(what, { status: r.status, signal: r.signal, stdout: "", stderr: r.stderr ?? "", timedOut: (r.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT" }, [0, 2]); break; }
    judge(what, { status: line.code, signal: null, stdout: "", stderr: line.stderr, timedOut: false }, [0, 2]);
  }
}
console.log(`graph files: ${graphs.length + mutatedGraphs.length} read, ${graphs.length + 20} through every subcommand`);

// 3. Builds killed at random moments: the output set stays whole.
const killDir = join(work, "kill");
for (const [set, judgeName] of [["a", "Mara Quenby"], ["b", "Tobin Ashmead"]] as const)
  for (let i = 0; i < 150; i++) {
    mkdirSync(join(killDir, set), { recursive: true });
    writeFileSync(join(killDir, set, `${i}.txt`), `Trial ${i}\n\nJudge ${judgeName} presided over the trial of Otto Brayne${i}.\n`);
  }
const out = join(killDir, "graph");
cli(["build", join(killDir, "a"), "--out", out, "--quiet"]);
for (let i = 0; i < 10 * ROUNDS; i++) {
  const child = spawn(process.execPath, [BIN, "build", join(killDir, i % 2 ? "a" : "b"), "--out", out, "--quiet"], { cwd: REPO, stdio: "ignore" });
  // listened for before the kill: a build that ends before it would otherwise leave the run waiting forever
  const exited = new Promise((r) => child.on("exit", r));
  await new Promise((r) => setTimeout(r, 200 + Math.floor(rnd() * 2500)));
  child.kill("SIGKILL");
  await exited;
  recover(out, ["graph.json", "graph.graphml"]);
  tally.cases++;
  try {
    const json = readFileSync(join(out, "graph.json"), "utf8"), graphml = readFileSync(join(out, "graph.graphml"), "utf8");
    JSON.parse(json);
    if (json.includes("Quenby") !== graphml.includes("Quenby")) fail("dataLost", `kill ${i}: graph.json and graph.graphml of different builds`);
  } catch (err) { fail("dataLost", `kill ${i}: ${(err as Error).message}`); }
}
console.log(`kills: ${10 * ROUNDS} builds killed`);
if (readdirSync(killDir).some((n) => n.includes("casegraph"))) fail("dataLost", "temporary folders left after recovery");

rmSync(work, { recursive: true, force: true });
console.log(`\ncases tried ${tally.cases}, crashes ${tally.crashes}, hangs ${tally.hangs}, stack traces ${tally.stackTraces}, data lost ${tally.dataLost}`);
for (const f of failures.slice(0, 30)) console.log(`  ${f}`);
process.exitCode = failures.length ? 1 : 0;
