// Development tool: the entities each article of a folder makes before resolution across
// articles, with their aliases, to see what the cross-article stage is given.
// npx tsx test/tools/entities.ts <dir> [Type,Type]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../src/ingest/index.ts";
import { splitSentences } from "../../src/segment/index.ts";
import { extractArticle } from "../../src/pipeline.ts";

const dir = process.argv[2]!;
const types = process.argv[3]?.split(",");
for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const r = parseArticle(f, readFileSync(join(dir, f)));
  if (!r.ok) continue;
  const x = extractArticle(r.article, splitSentences(r.article.text, r.article.bodyStart));
  for (const e of x.entities) if (!types || types.includes(e.type)) console.log(`${f.slice(0, 24)}\t${e.type}\t${e.label}\t${e.aliases.join("; ")}`);
}
