// Development tool: the named entities (by type) and the relations of each story of a file (stories
// separated by lines of "---"), to check how invented text is typed.
// npx tsx test/tools/probe-names.ts stories.txt [relation-type regex]
import { readFileSync } from "node:fs";
import { story, relationLines } from "../extract/v2/helpers.ts";
const stories = readFileSync(process.argv[2]!, "utf8").split(/^---+\s*$/m).map((s) => s.trim()).filter(Boolean);
const only = process.argv[3] ? new RegExp(process.argv[3]) : /ACTED_IN|PRODUCED|DIRECTED|WORKS_FOR|FOUNDED|WORKED_ON/;
for (const text of stories) {
  console.log(`\n>>> ${text.replace(/\s+/g, " ").slice(0, 200)}`);
  const s = story(text);
  const byType = new Map<string, string[]>();
  for (const e of s.entities) if (!["Role", "Charge", "Trial", "Verdict", "Plea"].includes(e.type)) byType.set(e.type, [...(byType.get(e.type) ?? []), e.label]);
  for (const [t, ls] of byType) console.log(`    ${t}: ${ls.join(" | ")}`);
  for (const line of relationLines(s)) if (only.test(line)) console.log(`    ${line}`);
}
