// Development tool: the relations the extractor makes for each story of a file (stories
// separated by lines of "---"), to check many invented sentences in one run.
// npx tsx test/tools/probe.ts stories.txt [relation-type regex]
import { readFileSync } from "node:fs";
import { story, relationLines } from "../extract/v2/helpers.ts";
const stories = readFileSync(process.argv[2]!, "utf8").split(/^---+\s*$/m).map((s) => s.trim()).filter(Boolean);
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
for (const text of stories) {
  console.log(`\n>>> ${text.replace(/\s+/g, " ").slice(0, 160)}`);
  for (const line of relationLines(story(text))) if (!only || only.test(line)) console.log(`    ${line}`);
}
