// Runs the token-pattern extractor on a story, as the pipeline does, and keeps what the tests read.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/ingest/index.ts";
import { splitSentences } from "../../../src/segment/index.ts";
import { readDocument, type Doc } from "../../../src/extract/document.ts";
import { extractFacts, findArticleNames } from "../../../src/extract/article.ts";
import { resolveArticleNames } from "../../../src/resolve/article.ts";
import type { Frame } from "../../../src/extract/engine/rules.ts";
import type { Span } from "../../../src/extract/engine/match.ts";
import type { Entity, Relation } from "../../../src/types.ts";

export interface Story {
  doc: Doc;
  frames: Frame[];
  entities: Entity[];
  relations: Relation[];
}

export function story(text: string, path = "story.txt"): Story {
  const r = parseArticle(path, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.problem);
  const doc = readDocument(r.article, splitSentences(r.article.text, r.article.bodyStart));
  const { names, frames: typing } = findArticleNames(doc);
  const resolved = resolveArticleNames(names, doc);
  const x = extractFacts(doc, names, resolved);
  return { doc, frames: [...typing, ...x.frames], entities: x.entities, relations: x.relations };
}

/** The text a span covers, without the quotation marks around a title. */
export function spanText(doc: Doc, sentence: number, span: Span): string {
  const ts = doc.sentences[sentence]!.tokens;
  const [a, b] = (span.data as { inner?: [number, number] } | undefined)?.inner ?? [span.start, span.end];
  let from = a, to = b;
  if (/^["“‘']$/.test(ts[from]!.text) && /^["”’']$/.test(ts[to - 1]!.text) && to - from > 2) { from++; to--; }
  // "Glass Houses," with the comma the American style puts inside the quotation marks
  if (to - from > 1 && /^[,.]$/.test(ts[to - 1]!.text) && /^["“‘']$/.test(ts[from - 1]?.text ?? "")) to--;
  return doc.text.slice(ts[from]!.start, ts[to - 1]!.end);
}

/** A frame as the rule examples write it: each slot's text (a list for several), then the constants. */
export function frameView(doc: Doc, f: Frame): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [slot, spans] of f.slots) {
    // (a subject the text does not repeat, read at the word that joins its verb phrases, is shown as whom it stands for: "(Omar Pellow)")
    const texts = spans.map((s) => s.implied ? `(${(s.data as { entity: { label: string } }).entity.label})` : spanText(doc, f.sentence, s));
    out[slot] = texts.length === 1 ? texts[0]! : texts;
  }
  return { ...out, ...f.set };
}

/** "Ana Ruiz -HOLDS_ROLE-> judge" lines, for readable assertions. */
export function relationLines(s: Story): string[] {
  const label = (id: string) => s.entities.find((e) => e.id === id)?.label ?? id;
  return s.relations.map((r) => `${label(r.source)} -${r.type}${r.relation ? `(${r.relation})` : ""}-> ${label(r.target)}`).sort();
}

/** One invented story and the facts a reader would take from it (and, after "not", facts it must not yield). */
export interface StoryRow {
  style: string;
  text: string;
  facts: string[];
  not?: string[];
  /** A known miss, kept as an expected failure until a rule reads it. */
  gap?: string;
}

/**
 * A table of stories: one test per row, asserting its facts and its non-facts among the lines `read`
 * gives of its text (by default, its relation lines).
 */
export function describeStories(title: string, rows: readonly StoryRow[], read: (text: string) => string[] = (text) => relationLines(story(text))): void {
  describe(title, () => {
    for (const row of rows) {
      (row.gap ? it.fails : it)(`${row.style}${row.gap ? ` (gap: ${row.gap})` : ""}: ${row.text.replace(/^---[\s\S]*?---\s*/, "").slice(0, 60)}...`, () => {
        const lines = read(row.text);
        for (const f of row.facts) expect(lines, lines.join("\n")).toContain(f);
        for (const f of row.not ?? []) expect(lines, lines.join("\n")).not.toContain(f);
      });
    }
  });
}

export interface Case { name: string; text: string; has?: string[]; not?: string[] }

/**
 * A table of stories: each names the relation lines a reader must find in it (`has`) and those
 * they would call wrong (`not`). With `people`, the lines also hold "Person <label>" for each person.
 */
export function table(title: string, cases: Case[], options: { people?: boolean } = {}): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const s = story(c.text);
        const people = options.people ? s.entities.filter((e) => e.type === "Person").map((e) => `Person ${e.label}`) : [];
        const lines = [...relationLines(s), ...people];
        for (const h of c.has ?? []) expect(lines, lines.join("\n")).toContain(h);
        for (const n of c.not ?? []) expect(lines, lines.join("\n")).not.toContain(n);
      });
    }
  });
}

/** One story whose capitalised names must, and must not, come out as people, organisations or films. */
export interface EntityCase {
  name: string;
  text: string;
  people?: string[];
  orgs?: string[];
  notPeople?: string[];
  notOrgs?: string[];
  notFilms?: string[];
}

/** A test per case: each listed name is (or is not) an entity of its type. */
export function describeEntityCases(title: string, cases: EntityCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const s = story(c.text);
        const of = (type: string) => s.entities.filter((e) => e.type === type).map((e) => e.label);
        for (const p of c.people ?? []) expect(of("Person")).toContain(p);
        for (const o of c.orgs ?? []) expect(of("Organization")).toContain(o);
        for (const n of c.notPeople ?? []) expect(of("Person")).not.toContain(n);
        for (const n of c.notOrgs ?? []) expect(of("Organization")).not.toContain(n);
        for (const n of c.notFilms ?? []) expect(of("Film")).not.toContain(n);
      });
    }
  });
}
