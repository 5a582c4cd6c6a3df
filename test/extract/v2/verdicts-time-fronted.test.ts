// A verdict told through the time the jury took, with the time fronted: "It took the jury four hours on Tuesday to
// find X guilty of manslaughter". The verdict, its charge and its day.
// Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish regional: the jury's time fronted, then the finding",
    text: "It took the jury four hours on Tuesday to find Colm Brannick guilty of manslaughter.",
    facts: ["Colm Brannick -CHARGED_WITH-> manslaughter", "Brannick trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "British wire: what a jury would take is no verdict",
    text: "It would take the jury weeks to find Colm Brannick guilty of fraud, his barrister warned.",
    facts: [],
    not: ["Brannick trial: guilty -ON_CHARGE-> fraud"],
  },
];

describeStories("verdicts told by the jury's time, fronted", ROWS);
