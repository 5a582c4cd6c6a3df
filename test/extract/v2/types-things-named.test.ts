// Capitalised names of things that read like people's: a storm ("Storm Ardith"), an award named after someone ("the
// Harcourt Award"), a building or a bridge after "the" ("the Nelson Mandela Bridge"), a tower ("Grenville Tower"), a bill
// ("the Harcourt Bill"), a car's model ("a Tesla Model Y"). None is a person; a person with the same words and a title
// or a role before her name stays one. Each story is invented, in a style of its own.
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: NameRow[] = [
  {
    style: "British regional paper: a named storm on the night of a crash",
    text: "Storm Ardith brought down power lines across the county on the night of the crash, the court heard. Wenna Polglase was charged with dangerous driving.",
    names: ["Person: Wenna Polglase"],
    not: ["Person: Storm Ardith"],
  },
  {
    style: "US trade press: an award named after someone",
    text: "Quillane, who won the Harcourt Award in 2019, was charged with plagiarism. Siobhan Quillane denies it.",
    names: ["Person: Siobhan Quillane"],
    not: ["Person: Harcourt Award"],
  },
  {
    style: "London evening paper: a tower block after a place's preposition",
    text: "The fire at Grenville Tower killed 12 people. Building manager Oseni Frimpong was charged with manslaughter.",
    names: ["Person: Oseni Frimpong"],
    not: ["Person: Grenville Tower"],
  },
  {
    style: "Johannesburg daily: a bridge named after a statesman",
    text: "The body was found near the Nelson Mandela Bridge. Themba Khumalo, 30, was charged with murder.",
    names: ["Person: Themba Khumalo"],
    not: ["Person: Nelson Mandela Bridge"],
  },
  {
    style: "Westminster politics page: a bill named after its sponsor",
    text: "The Harcourt Bill would make the offence punishable by ten years. MP Helen Harcourt introduced it.",
    names: ["Person: Helen Harcourt"],
    not: ["Person: Harcourt Bill"],
  },
  {
    style: "Australian court round-up: a car's make and model",
    text: "Jermaine Ollis crashed his Tesla Model Y into a bus shelter, the court heard.",
    names: ["Person: Jermaine Ollis"],
    not: ["Person: Y", "Person: Tesla Model Y"],
  },
  {
    style: "US wire: a person named Storm, after her trade, stays a person",
    text: "Actress Storm Halvey was charged with drink-driving on Friday.",
    names: ["Person: Storm Halvey"],
  },
  {
    style: "Court report: a person named Storm with her age in apposition stays a person",
    text: "Storm Halvey, 23, was charged with assault on Friday.",
    names: ["Person: Storm Halvey"],
  },
  {
    style: "Court report: a person whose surname is a place's word stays a person without 'the'",
    text: "Anna Lake, 41, was charged with fraud. Lake denies the charge.",
    names: ["Person: Anna Lake"],
  },
];
describeNameStories("things named like people", ROWS);
