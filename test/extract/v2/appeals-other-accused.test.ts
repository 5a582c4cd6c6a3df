// "The High Court upheld the acquittal of the remaining six accused": the unnamed others of a case,
// never the defendants told just before (a ruling on them would stand beside a conviction the same
// court entered). "Acquitted them of the remaining charges" still speaks of the counts. Invented
// Pakistani English-language story.
import { describeStories, type StoryRow } from "./helpers.ts";

const CONVICTED = "The High Court on Tuesday convicted Naveed Tarar and Dilshad Baig of destroying evidence in the killing of a shopkeeper.";

const ROWS: StoryRow[] = [
  {
    style: "Pakistani daily: the acquittal of the remaining accused upheld",
    text: `${CONVICTED} The High Court upheld the acquittal of the remaining six accused.`,
    facts: ["Tarar trial -RESULTED_IN-> Tarar trial: guilty"],
    not: ["High Court -RULED-> Naveed Tarar: appeal upheld", "High Court -RULED-> Dilshad Baig: appeal upheld", "Tarar trial -RESULTED_IN-> Tarar trial: not guilty"],
  },
  {
    style: "Pakistani daily: acquitted of the remaining charges is theirs",
    text: "Naveed Tarar and Dilshad Baig were convicted of destroying evidence. The court acquitted them of the remaining charges.",
    facts: ["Tarar trial -RESULTED_IN-> Tarar trial: not guilty"],
  },
  {
    style: "Pakistani daily: the remaining counts a jury could not decide are still the defendant's",
    text: "The jury acquitted Naveed Tarar of one count of theft. They could not reach a verdict on the remaining three counts: two counts of fraud and a count of forgery.",
    facts: ["Tarar trial -RESULTED_IN-> Tarar trial: hung jury"],
  },
];

describeStories("rulings on the other accused", ROWS);
