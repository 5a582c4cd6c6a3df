// The one-article rebuild of a watching process, step by step: a build of the folder in this
// process with the maps kept (as build --watch does), then, `runs` times, an article added and the
// folder built again (measured), and the article removed and built again (not measured). Prints
// the median wall and CPU milliseconds of each step (src/build/profile.ts) of the measured builds.
//   npx tsx test/bench/rebuild-stages.ts --input <corpus folder> --out <folder> [--runs 3]
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildOnce, type BuildRequest } from "../../src/commands/build.ts";
import { newTailMemo } from "../../src/build/memo.ts";
import { lastProfile } from "../../src/build/profile.ts";
import { generateArticles } from "./corpus.ts";

process.env.CASEGRAPH_PROFILE = "1";
const { values } = parseArgs({ options: { input: { type: "string" }, out: { type: "string" }, runs: { type: "string" }, seed: { type: "string" }, "cpu-prof": { type: "string" } } });
if (!values.input || !values.out) throw new Error("--input <corpus folder> and --out <folder> are needed");
const runs = Number(values.runs ?? 3);
const request: BuildRequest = { input: values.input, outDir: values.out, quiet: true, progress: false, jobs: 1, cache: true, kept: new Map(), memo: newTailMemo() };
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

await buildOnce(request);
(await import("../../src/pipeline.ts")).warmUp();
const [extra] = generateArticles(6_000, Number(values.seed ?? 1) + 1000);
const added = join(values.input, "added-article.txt");
const profiles: Map<string, { wall: number; cpu: number }>[] = [];
for (let run = 0; run < runs; run++) {
  writeFileSync(added, extra!.text);
  const session = values["cpu-prof"] && run === 0 ? await profiler() : undefined;
  await buildOnce(request);
  if (session) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(values["cpu-prof"]!, JSON.stringify(profile));
    session.disconnect();
  }
  profiles.push(lastProfile()!);
  unlinkSync(added);
  await buildOnce(request);
}
/** A V8 CPU profile of the first measured rebuild (--cpu-prof <file>), for finding where its time goes. */
async function profiler() {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  return session;
}

console.log(`one article added, a process keeping the maps (medians of ${runs}, ms)`);
console.log(`${"step".padEnd(16)}${"wall".padStart(8)}${"CPU".padStart(8)}`);
for (const step of profiles[0]!.keys())
  console.log(`${step.padEnd(16)}${median(profiles.map((p) => p.get(step)?.wall ?? 0)).toFixed(0).padStart(8)}${median(profiles.map((p) => p.get(step)?.cpu ?? 0)).toFixed(0).padStart(8)}`);
