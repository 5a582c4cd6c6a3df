// A local paper's places and venues that read like people: a pub whose name starts with a given name ("the Red Lion
// pub"), a street whose first word is a rare given name ("on Mill Lane"), a hometown after an age ("X (41), from
// Eastwick, who admitted ..."). None is a person; the people beside them still are. Names are invented.
import { describeEntityCases, type EntityCase } from "./helpers.ts";

const CASES: EntityCase[] = [
  {
    name: "a pub named with its noun is a business",
    text: "Man jailed\n\nColin Quenby, 34, attacked a man outside the Red Lion pub in Eastwick.",
    people: ["Colin Quenby"], notPeople: ["Red Lion"], orgs: ["Red Lion pub"],
  },
  {
    name: "a street whose first word is a place's word is a street",
    text: "Man jailed\n\nColin Quenby stole a watch from a shop on Mill Lane.",
    people: ["Colin Quenby"], notPeople: ["Mill Lane"],
  },
  {
    name: "the hometown of a person named with an age, before 'who'",
    text: "Man jailed\n\nColin Quenby (41), from Eastwick, who admitted burglary, was jailed for two years.",
    people: ["Colin Quenby"], notPeople: ["Eastwick"],
  },
];

describeEntityCases("venues and places beside people", CASES);
