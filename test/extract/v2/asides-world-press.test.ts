// Facts told in an aside of world court reports: an employer after "who was then working for", a victim after
// the month and year of her death. Each story is invented, in a style of its own; each row names what a reader
// takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Singapore broadsheet: the employer told in a relative clause with 'then'",
    text: "Former property agent jailed for cheating clients\n\nSINGAPORE - A former property agent who cheated two clients of rental deposits was jailed for 10 weeks on Monday. The court heard that Ong Kai Wen, who was then working for Quenby Realty, told the victims the deposits would be passed to the landlords.",
    facts: ["Ong Kai Wen -WORKS_FOR-> Quenby Realty"],
  },
  {
    style: "Canadian public broadcaster: the victim after the month and year of her death",
    text: "Winnipeg man found not criminally responsible\n\nThe ruling came in the case of Cole Ferland, 27, who was charged with second-degree murder in the March 2023 death of Odile Ferland, 58.",
    facts: ["Cole Ferland -CHARGED_WITH-> second-degree murder", "second-degree murder -ALLEGED_VICTIM-> Odile Ferland"],
    not: ["Odile Ferland -CHARGED_WITH-> second-degree murder"],
  },
];

describeStories("facts in the asides of world court reports", ROWS);
