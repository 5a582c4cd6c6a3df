// The date parser beside chrono-node, on every sentence of the seeds and the ../shared corpora:
// how many expressions each finds, where they agree, what only one of them reads, and CPU time.
//   npx tsx test/bench/dates.bench.ts
// The evaluation behind src/dates/parse.ts being hand-written; asserts nothing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { findDates, parsePublished } from "../../src/dates/parse.ts";

const folders = ["seeds", ...["seeds", "dev", "dev2"].map((c) => join("..", "shared", "eval", "corpus", c)).filter((d) => existsSync(d))];
const sentences: { text: string; published?: string }[] = [];
for (const dir of folders) for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
  const ingested = parseArticle(name, readFileSync(join(dir, name)));
  if (!ingested.ok) continue;
  const published = parsePublished(ingested.article.published);
  for (const s of splitSentences(ingested.article.text, ingested.article.bodyStart)) sentences.push({ text: s.text, published });
}

const cpu = (f: () => void) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
type Found = { text: string; value?: string }[];
const ours: Found[] = [], theirs: Found[] = [];
const ourMs = cpu(() => { for (const s of sentences) ours.push(findDates(s.text, { published: s.published }).map((e) => ({ text: e.text, value: e.value }))); });
const chronoValue = (r: chrono.ParsedResult) => {
  const c = r.start;
  if (!c.isCertain("year") && !c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday")) return undefined;
  const d = c.date(), y = d.getUTCFullYear(), m = String(d.getUTCMonth() + 1).padStart(2, "0"), day = String(d.getUTCDate()).padStart(2, "0");
  return c.isCertain("day") || c.isCertain("weekday") ? `${y}-${m}-${day}` : c.isCertain("month") ? `${y}-${m}` : String(y);
};
const theirMs = cpu(() => {
  for (const s of sentences) {
    const ref = s.published ? new Date(`${s.published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
    theirs.push(chrono.en.parse(s.text, { instant: ref, timezone: 0 }).map((r) => ({ text: r.text.trim(), value: s.published || r.start.isCertain("year") ? chronoValue(r) : undefined })));
  }
});

let both = 0, same = 0;
const onlyOurs: string[] = [], onlyTheirs: string[] = [], differ: string[] = [];
sentences.forEach((_, i) => {
  for (const o of ours[i]!) {
    const t = theirs[i]!.find((x) => x.text.includes(o.text) || o.text.includes(x.text));
    if (!t) { onlyOurs.push(o.text); continue; }
    both++;
    if (t.value === o.value) same++; else differ.push(`"${o.text}": ${o.value ?? "-"} vs chrono ${t.value ?? "-"}`);
  }
  for (const t of theirs[i]!) if (!ours[i]!.some((o) => t.text.includes(o.text) || o.text.includes(t.text))) onlyTheirs.push(t.text);
});
const sample = (xs: string[]) => [...new Set(xs)].slice(0, 12).join(" | ");
console.log(`${sentences.length} sentences from ${folders.join(", ")}`);
console.log(`expressions   casegraph ${ours.flat().length}, chrono-node ${theirs.flat().length}; found by both ${both}, same value ${same}`);
console.log(`CPU ms        casegraph ${ourMs.toFixed(0)}, chrono-node ${theirMs.toFixed(0)} (ratio ${(theirMs / ourMs).toFixed(1)})`);
console.log(`only casegraph (${onlyOurs.length}): ${sample(onlyOurs)}`);
console.log(`only chrono (${onlyTheirs.length}): ${sample(onlyTheirs)}`);
console.log(`values differ (${differ.length}): ${sample(differ)}`);
