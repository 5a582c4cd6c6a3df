// Development tool: what the extractor reads in a text, sentence by sentence (tokens, names,
// charge phrases, frames and their rules), then the entities and relations it makes.
// npx tsx test/tools/trace.ts "<text or file.txt>" [sentence regex]
import { readFileSync } from "node:fs";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { readDocument } from "../../src/extract/document.ts";
import { extractFacts, findArticleNames } from "../../src/extract/article.ts";
import { resolveArticleNames } from "../../src/resolve/article.ts";
import { chargeSpans } from "../../src/extract/spans/charges.ts";
const arg = process.argv[2]!;
const text = arg.endsWith(".txt") ? readFileSync(arg, "utf8") : arg;
const r = parseArticle("x.txt", new TextEncoder().encode(text));
if (!r.ok) throw new Error(r.problem);
const sentences = splitSentences(r.article.text, r.article.bodyStart);
const doc = readDocument(r.article, sentences);
const { names, frames: nf } = findArticleNames(doc);
const resolved = resolveArticleNames(names, doc);
const x = extractFacts(doc, names, resolved);
const only = process.argv[3] ? new RegExp(process.argv[3], "i") : undefined;
for (const s of doc.sentences) {
  if (only && !only.test(s.text)) continue;
  console.log(`\n#${s.index}${doc.headline[s.index] ? " (headline)" : ""} ${s.tokens.map((t) => `${t.text}/${t.pos}`).join(" ")}`);
  for (const c of chargeSpans(s.tokens)) console.log(`  ${c.type} "${s.tokens.slice(c.start, c.end).map((t) => t.text).join(" ")}"`);
  for (const m of names.filter((m) => m.sentence === s.index)) console.log(`  name ${m.type}${m.evidence === "weak" ? "?" : ""} "${m.name}"${m.title ? ` title=${m.title.role}` : ""} -> ${resolved.entityOf.get(m)?.id ?? "-"}`);
  for (const f of [...nf, ...x.frames].filter((f) => f.sentence === s.index)) {
    const slots = [...f.slots].map(([k, v]) => `${k}=${v.map((sp) => s.tokens.slice(sp.start, sp.end).map((t) => t.text).join(" ")).join("+")}`).join(" ");
    console.log(`  frame ${f.frame} [${f.rule}] ${slots} ${JSON.stringify(f.set)}`);
  }
}
console.log("\nENTITIES", x.entities.map((e) => `${e.id}:${e.label}`).join(", "));
for (const r of x.relations) console.log("REL", x.entities.find((e) => e.id === r.source)?.label, r.type, x.entities.find((e) => e.id === r.target)?.label, r.rule.join(","), r.relation ?? "");
// (the mentions of each event, where its date is looked for)
for (const e of x.entities.filter((e) => ["Trial", "Verdict", "Plea"].includes(e.type))) {
  console.log("MENTIONS", e.label, e.mentions.map((m) => `#${m.sentence} "${m.surface}"`).join(" "));
}
