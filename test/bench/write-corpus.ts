// Writes the generated benchmark corpus (test/bench/corpus.ts) into a folder, for builds from disk.
//   npx tsx test/bench/write-corpus.ts --mb 5 --out /tmp/corpus-5 [--seed 1]
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generateArticles } from "./corpus.ts";

export function writeCorpus(dir: string, megabytes: number, seed = 1): number {
  let n = 0;
  for (const { path, text } of generateArticles(megabytes * 1024 * 1024, seed)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    n++;
  }
  return n;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const { values } = parseArgs({ options: { mb: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } });
  if (!values.out) throw new Error("--out <folder> is needed");
  const n = writeCorpus(values.out, Number(values.mb ?? 5), Number(values.seed ?? 1));
  console.log(`${n} articles in ${values.out}`);
}
