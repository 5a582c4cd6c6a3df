// Parents as reports of a child's death or neglect name them: two people of different surnames joined by "and" and
// then "their daughter, X" (unmarried parents, as British and Australian reports often name them), "A and B, the
// parents of four-year-old X", "father of murdered teenager X". Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English local paper: parents of two surnames, their daughter named the sentence after",
    text: "Parents jailed over toddler's death\n\nKeith Farrow, 31, and Ruth Imber, 29, were jailed for causing or allowing the death of a child. Their daughter, Amy, died in 2021.",
    facts: ["Amy -RELATED_TO(daughter)-> Keith Farrow", "Amy -RELATED_TO(daughter)-> Ruth Imber"],
  },
  {
    style: "Australian daily: the child named in the same sentence",
    text: "Couple jailed\n\nKeith Farrow and Ruth Imber were jailed over the death of their son, Daniel Farrow.",
    facts: ["Daniel Farrow -RELATED_TO(son)-> Keith Farrow", "Daniel Farrow -RELATED_TO(son)-> Ruth Imber"],
  },
  {
    style: "British broadsheet: the parents in apposition to a pair, a spelled-out age before the child",
    text: "Parents convicted of neglect\n\nKeith Farrow and Ruth Imber, the parents of four-year-old Amy Farrow, were convicted of neglect at Quenby Crown Court.",
    facts: ["Keith Farrow -RELATED_TO(parent)-> Amy Farrow", "Ruth Imber -RELATED_TO(parent)-> Amy Farrow"],
  },
  {
    style: "Irish regional: a father of a murdered teenager",
    text: "Father welcomes verdict\n\nKeith Farrow, father of murdered teenager Daniel Farrow, welcomed the verdict outside Alwick Circuit Court.",
    facts: ["Keith Farrow -RELATED_TO(father)-> Daniel Farrow"],
  },
  {
    style: "Wire: three people named before 'their son' give it to no pair",
    text: "Three charged\n\nKeith Farrow, Ruth Imber and Tom Rennard were charged with robbery. Their son, Daniel, was not charged.",
    facts: [],
    not: ["Daniel -RELATED_TO(son)-> Keith Farrow", "Daniel -RELATED_TO(son)-> Ruth Imber"],
  },
];

describeStories("parents as reports of a child's death name them", ROWS);
