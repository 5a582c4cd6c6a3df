// Development tool: the relations (with the dates of trials, verdicts and pleas) the extractor and the
// date stage make for each story of a file (stories separated by lines of "====", so front matter may use "---").
// npx tsx test/tools/probe-dated.ts stories.txt [relation-type regex]
import { readFileSync } from "node:fs";
import { datedLines } from "../extract/v2/dated.ts";
const stories = readFileSync(process.argv[2]!, "utf8").split(/^====+\s*$/m).map((s) => s.trim()).filter(Boolean);
const only = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
for (const text of stories) {
  console.log(`\n>>> ${text.replace(/\s+/g, " ").slice(0, 200)}`);
  for (const line of datedLines(text)) if (!only || only.test(line)) console.log(`    ${line}`);
}
