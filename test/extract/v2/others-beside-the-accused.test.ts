// Someone set beside the accused keeps their own case: "Kitto, who was charged with murder last week, appeared in court
// with Tresize, charged with assisting an offender" gave Kitto the other's charge (an aside ran over "appeared in court
// with Tresize"); "Kitto's lawyer, Bolitho, who was herself charged with contempt in 2020" gave the lawyer's old charge
// to her client (a pronoun read as counsel was dropped and the charge went to the article's defendant).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local: two accused at one hearing, the second's charge after 'with'",
    text: "Two in court over stabbing\n\nDemelza Kitto, who was charged with murder last week, appeared in court with Loveday Tresize, charged with assisting an offender.",
    facts: ["Demelza Kitto -CHARGED_WITH-> murder"],
    not: ["Demelza Kitto -CHARGED_WITH-> assisting an offender"],
  },
  {
    style: "Irish court report: the lawyer's own old charge, 'who was herself charged'",
    text: "Bookkeeper charged with fraud\n\nDemelza Kitto, 25, was charged with fraud. Kitto's lawyer, Loveday Bolitho, who was herself charged with contempt in 2020, said her client would deny the charge.",
    facts: ["Demelza Kitto -CHARGED_WITH-> fraud"],
    not: ["Demelza Kitto -CHARGED_WITH-> contempt"],
  },
];

describeStories("one set beside the accused keeps their own case", ROWS);
