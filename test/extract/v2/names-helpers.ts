// What the name tests read of a story: the labels of each type, every name, the entity of a name.
import { expect } from "vitest";
import type { Story } from "./helpers.ts";

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
