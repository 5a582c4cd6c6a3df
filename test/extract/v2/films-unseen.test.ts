// Titles of works the names stage took for people: a list after a plural film noun ("his films A, B
// and C") and a title after its maker's noun ("The producer of X, Y,"). Each story is invented, in a
// style of its own; each row names what a reader takes from it and what it must not yield.
import { describe, expect, it } from "vitest";
import { describeStories, relationLines, story, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian entertainment page: the producer of an unquoted title named after it",
    text: "The producer of Lagos Nights, Femi Adeyemi, was charged with fraud on Monday. Lagos Nights grossed millions at the box office.",
    facts: ["Femi Adeyemi -PRODUCED-> Lagos Nights", "Femi Adeyemi -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian and Pakistani entertainment pages: a film industry's name is no film; an actor's films in a relative clause",
    text: "Nollywood star Ama Boateng, whose films include Cocoa Road and Night Bus, was charged with fraud. The Lollywood actor Faisal Malik was charged with assault.",
    facts: ["Ama Boateng -ACTED_IN-> Cocoa Road", "Ama Boateng -ACTED_IN-> Night Bus", "Faisal Malik -HOLDS_ROLE-> actor"],
    not: ["Ama Boateng -ACTED_IN-> Nollywood", "Faisal Malik -ACTED_IN-> The Lollywood", "Faisal Malik -ACTED_IN-> Lollywood"],
  },
];

describeStories("titles of works beside their makers", ROWS);

describe("a list of titles after a plural film noun", () => {
  it("Ghanaian trade press: 'his films A, B and C' are three films, none a person", () => {
    const s = story("Director Kojo Amankwah, known for his films Cocoa Road, Market Day and Iron Gate, was charged with fraud in Accra.");
    const types = Object.fromEntries(s.entities.map((e) => [e.label, e.type]));
    expect(types).toMatchObject({ "Cocoa Road": "Film", "Market Day": "Film", "Iron Gate": "Film", "Kojo Amankwah": "Person" });
    expect(relationLines(s)).toContain("Kojo Amankwah -CHARGED_WITH-> fraud");
  });
});
