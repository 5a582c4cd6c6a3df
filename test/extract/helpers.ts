// Shared by the extraction, resolution and assembly tests: invented articles in, readable facts out.
import { parseArticle, type Article } from "../../src/ingest/index.ts";
import { splitSentences, type Sentence } from "../../src/segment/index.ts";
import { extractArticle } from "../../src/pipeline.ts";
import type { Entity, Extraction, Relation } from "../../src/extract/types.ts";

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** An invented article as the pipeline sees it: ingested, then split into sentences. */
export function articleFrom(text: string, path = "news/story.txt"): { article: Article; sentences: Sentence[] } {
  const result = parseArticle(path, utf8(text));
  if (!result.ok) throw new Error(`the test article ${path} did not ingest: ${result.problem}`);
  return { article: result.article, sentences: splitSentences(result.article.text, result.article.bodyStart) };
}

/** How a fact names an entity: people, courts and roles by label; events by what they are (a lawsuit: "suit"). */
export function nameOf(e: Entity): string {
  if (e.type === "Verdict") return `verdict:${e.attrs.outcome}`;
  if (e.type === "Trial") return e.attrs.kind === "civil" ? "suit" : `trial:${e.attrs.status ?? "held"}`;
  if (e.type === "Charge") return `charge:${e.label}`;
  return e.label;
}

export interface Extracted {
  article: Article;
  sentences: Sentence[];
  extraction: Extraction;
  /** Every relation as "Owen Fairbanks REPRESENTS Delia Yarwell". */
  facts: string[];
  /** The relations a fact stands for (several when several verdicts share an outcome). */
  relationsOf(fact: string): Relation[];
  /** The one entity of that type whose label or alias is `name`. */
  entity(type: Entity["type"], name: string): Entity | undefined;
}

export function extract(text: string, path?: string): Extracted {
  const { article, sentences } = articleFrom(text, path);
  const extraction = extractArticle(article, sentences);
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  const factOf = (r: Relation) => `${nameOf(byId.get(r.source)!)} ${r.type} ${nameOf(byId.get(r.target)!)}`;
  return {
    article,
    sentences,
    extraction,
    facts: extraction.relations.map(factOf),
    relationsOf: (fact) => extraction.relations.filter((r) => factOf(r) === fact),
    entity: (type, name) => extraction.entities.find((e) => e.type === type && (e.label === name || e.aliases.includes(name))),
  };
}

/**
 * "Delia Yarwell: guilty" for each outcome a person received: a verdict on a charge the person
 * faces, or the verdict of a trial whose only defendant the person is when it names no charge.
 */
export function outcomesOf(x: Extraction): string[] {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const rel = (type: string) => x.relations.filter((r) => r.type === type);
  const out = new Set<string>();
  for (const v of x.entities.filter((e) => e.type === "Verdict")) {
    const charges = rel("ON_CHARGE").filter((r) => r.source === v.id).map((r) => r.target);
    const people = charges.length
      ? rel("CHARGED_WITH").filter((r) => charges.includes(r.target)).map((r) => r.source)
      : rel("RESULTED_IN").filter((r) => r.target === v.id).flatMap((t) => {
          const defendants = rel("DEFENDANT_IN").filter((d) => d.target === t.source).map((d) => d.source);
          return defendants.length === 1 ? defendants : [];
        });
    for (const p of people) out.add(`${byId.get(p)!.label}: ${v.attrs.outcome}`);
  }
  return [...out];
}
