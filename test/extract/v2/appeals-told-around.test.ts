// An appeal ruling told around the conviction it ruled on: the conviction told in a relative clause on the
// defendant ("quashed the conviction of X, who was convicted by a jury in 2022") is the trial's, never a conviction
// the appeal court gave; and a ruling told first by the defendant ("X lost his appeal on Tuesday") with its court
// named in the next sentence ("The Court of Appeal upheld the verdict") is one ruling of that court. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeDatedStories } from "./dated.ts";

const ROWS: StoryRow[] = [
  {
    style: "British wire: a conviction quashed, the conviction told in a relative clause after the name",
    text: "Appeal court frees fraudster\n\nThe Court of Appeal has quashed the fraud conviction of Dunmore Wekesa, who was convicted by a jury at Harrowgate Crown Court in 2022.",
    facts: ["Court of Appeal -RULED-> Dunmore Wekesa: appeal overturned", "Dunmore Wekesa: appeal overturned -OVERTURNS-> Wekesa trial: guilty", "Wekesa trial -HELD_AT-> Harrowgate Crown Court"],
    not: ["Court of Appeal -RULED-> Dunmore Wekesa: guilty on appeal"],
  },
];

describeStories("appeal rulings told around the conviction", ROWS);

const DATED: StoryRow[] = [
  {
    style: "Kenyan daily: an appeal lost on a day, its court named in the next sentence: one ruling of that court, of that day",
    text: "---\ntitle: Businessman loses appeal\npublished: 2025-03-14\n---\nBusinessman loses appeal\n\nHalvard Ostrowe lost his appeal against his conviction for fraud on Tuesday. The Court of Appeal upheld the verdict.",
    facts: ["Court of Appeal -RULED-> Halvard Ostrowe: appeal upheld{2025-03-11}", "Halvard Ostrowe: appeal upheld{2025-03-11} -OVERTURNS-> Ostrowe trial: guilty"],
  },
];

describeDatedStories("appeal rulings told before their court, with their day", DATED);
