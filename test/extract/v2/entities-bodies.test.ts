// Bodies and the people they are named after: what is an organisation and what is no one's. Each story says which
// names must be an organisation, which a person, and which neither.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";

interface Case { name: string; text: string; people?: string[]; orgs?: string[]; notPeople?: string[]; notOrgs?: string[] }

const cases: Case[] = [
  {
    name: "American local paper: a prosecutor's, a sheriff's or a public defender's office is a body; a governor's or a head teacher's office is a room or a staff, no body",
    text: "Aide charged\n\nThe governor's office said it would cooperate, while the district attorney's office confirmed the charges. A spokesman for the sheriff's office said deputies arrested him. The head teacher's office was searched and the public defender's office declined to comment.",
    orgs: ["district attorney's office", "sheriff's office", "public defender's office"],
    notOrgs: ["governor's office", "head teacher's office"],
  },
];

describe("bodies and the people they are named after", () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = story(c.text);
      const of = (type: string) => s.entities.filter((e) => e.type === type).map((e) => e.label);
      for (const p of c.people ?? []) expect(of("Person")).toContain(p);
      for (const o of c.orgs ?? []) expect(of("Organization")).toContain(o);
      for (const n of c.notPeople ?? []) expect(of("Person")).not.toContain(n);
      for (const n of c.notOrgs ?? []) expect(of("Organization")).not.toContain(n);
    });
  }
});
