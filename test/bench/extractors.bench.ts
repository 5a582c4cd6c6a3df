// The extractor of this working tree against the one of a git revision, on the same generated
// articles, in alternating child processes so that a noisy shared machine disturbs both alike:
// extraction alone (ingest and sentences done beforehand) and the whole build.
//   npx tsx test/bench/extractors.bench.ts [--against HEAD~1] [--mb 2] [--runs 3] [--seed 1] [--only extract|build]
// The revision is checked out once into a temporary git worktree that borrows this tree's
// node_modules. Prints CPU seconds (user + system) per pass, medians, MB/s and the ratio
// this tree / the revision. A benchmark, not a test: it asserts nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";

const { values: flags } = parseArgs({ options: { against: { type: "string" }, mb: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, only: { type: "string" } } });
const against = flags.against ?? "HEAD";
const megabytes = Number(flags.mb ?? 2), runs = Math.round(Number(flags.runs ?? 3)), seed = Math.round(Number(flags.seed ?? 1));
const kinds = ["extract", "build"].filter((k) => !flags.only || k === flags.only);
const here = resolve(import.meta.dirname, "../..");

const work = mkdtempSync(join(tmpdir(), "casegraph-extractors-"));
const corpusFile = join(work, "corpus.json");
const files = generateCorpus(megabytes, seed);
writeFileSync(corpusFile, JSON.stringify(files.map((f) => ({ path: f.path, text: new TextDecoder().decode(f.bytes) }))));
const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;

const other = join(work, "tree");
execFileSync("git", ["-C", here, "worktree", "add", "--detach", "--quiet", other, against], { stdio: "pipe" });
const revision = execFileSync("git", ["-C", other, "log", "-1", "--format=%h %s"], { encoding: "utf8" }).trim().slice(0, 70);
symlinkSync(join(here, "node_modules"), join(other, "node_modules"));

/** One pass of one tree in a child process: its CPU seconds, the child's start-up and warm-up excluded. */
function pass(root: string, kind: string): number {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "test/bench/extractors-child.ts"), root, corpusFile, kind], { encoding: "utf8", cwd: root });
  return Number(out.trim().split("\n").pop());
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
try {
  console.log(`extractors benchmark: this tree against ${revision}; ${files.length} generated articles, ${mb.toFixed(2)} MB (seed ${seed}), ${runs} runs, alternating; CPU seconds`);
  const times: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [["revision", other], ["tree", here]] : [["tree", here], ["revision", other]];
    const line: string[] = [];
    for (const kind of kinds) for (const [name, root] of order) {
      const t = pass(root!, kind);
      (times[`${kind} ${name}`] ??= []).push(t);
      line.push(`${kind} ${name} ${t.toFixed(2)} s`);
    }
    console.log(`run ${run + 1}: ${line.join(", ")}`);
  }
  console.log(`\n                    CPU s   MB/s`);
  for (const kind of kinds) {
    const tree = times[`${kind} tree`]!, rev = times[`${kind} revision`]!;
    for (const [name, ts] of [["tree", tree], ["revision", rev]] as const) console.log(`  ${`${kind} ${name}`.padEnd(17)} ${median(ts).toFixed(2).padStart(6)} ${(mb / median(ts)).toFixed(2).padStart(6)}`);
    // (each run's ratio is of two passes made one after the other: the median of those is the steadier figure)
    const ratios = tree.map((t, k) => t / rev[k]!);
    console.log(`  ${kind}: tree / revision CPU ${median(ratios).toFixed(2)} (median of the runs' ratios)\n`);
  }
} finally {
  execFileSync("git", ["-C", here, "worktree", "remove", "--force", other], { stdio: "pipe" });
  if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}
