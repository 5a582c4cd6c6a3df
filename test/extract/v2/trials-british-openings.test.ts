// British trial reports tell where a trial is by what the court was told: "X Crown Court was told he pushed the boy"
// (no "that"), "Opening the case at the Old Bailey, prosecutor Y said ...". Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: the court was told, with no 'that'",
    text: "Teacher denies pushing pupil\n\nMarbeck Ostley, 39, denies assault. Brackwater Crown Court was told he pushed the boy down the stairs after an argument.",
    facts: ["Marbeck Ostley -DEFENDANT_IN-> Ostley trial", "Ostley trial -HELD_AT-> Brackwater Crown Court"],
  },
  {
    style: "London evening paper: the prosecution's opening at the Old Bailey",
    text: "Neighbour on trial for murder\n\nMarbeck Ostley, 39, is accused of murdering Sefton Varnell in a row over a hedge. Opening the case at the Old Bailey, prosecutor Wickham Tolliver said the two men had argued for years.",
    facts: ["Marbeck Ostley -DEFENDANT_IN-> Ostley trial", "Ostley trial -HELD_AT-> Old Bailey", "Wickham Tolliver -PROSECUTED-> Ostley trial"],
  },
];

describeStories("where a British trial is, by what the court was told", ROWS);
