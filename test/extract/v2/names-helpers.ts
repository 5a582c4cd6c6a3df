// What the name tests read of a story: the labels of each type, every name, the entity of a name.
import { describe, expect, it } from "vitest";
import { story, type Story } from "./helpers.ts";

const NAMED = ["Person", "Organization", "Court", "Studio", "Film", "Place"] as const;
type Named = (typeof NAMED)[number];

/** The labels of the entities of one type, sorted. */
export function labels(s: Story, type: Named): string[] {
  return s.entities.filter((e) => e.type === type).map((e) => e.label).sort();
}
/** "Type: label" for every named entity, so a test can say that a name is not there under any type. */
export function allNames(s: Story): string[] {
  return s.entities.filter((e) => (NAMED as readonly string[]).includes(e.type)).flatMap((e) => [e.label, ...e.aliases].map((n) => `${e.type}: ${n}`));
}
/** The one entity that bears `name` as its label or an alias. */
export function entityNamed(s: Story, name: string) {
  const found = s.entities.filter((e) => e.label === name || e.aliases.includes(name));
  expect(found.map((e) => e.label), `one entity named ${name}`).toHaveLength(1);
  return found[0]!;
}

/** One invented story and what a reader would list from it: "Type: name" lines ("Person: Ana Ruiz", "Role: broadcaster"), and lines it must not yield. */
export interface NameRow {
  style: string;
  text: string;
  names: string[];
  not?: string[];
  /** A known miss, kept as an expected failure until the extractor reads it. */
  gap?: string;
}

/** A table of stories: one test per row, asserting the names of each type it yields and does not. */
export function describeNameStories(title: string, rows: readonly NameRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      (row.gap ? it.fails : it)(`${row.style}${row.gap ? ` (gap: ${row.gap})` : ""}: ${row.text.slice(0, 60)}...`, () => {
        const s = story(row.text);
        const lines = [...allNames(s), ...s.entities.filter((e) => e.type === "Role").map((e) => `Role: ${e.label}`)];
        for (const n of row.names) expect(lines, lines.join("\n")).toContain(n);
        for (const n of row.not ?? []) expect(lines, lines.join("\n")).not.toContain(n);
      });
    }
  });
}
