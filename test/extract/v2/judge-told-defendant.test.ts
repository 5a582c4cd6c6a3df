// A judge telling the defendant something in court ("Judge X told Y he had shown no remorse"): Y is the person told,
// not a newspaper told a story, even when Y's given name is one the name lists do not hold. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: a judge's remarks to the defendant at the crown court, the conviction told after",
    text: "Fraudster shows no remorse\n\nAt Harrowgate Crown Court on Tuesday, Judge Marlise Fenwright told Dunmore Wekesa he had shown no remorse. Wekesa was convicted of fraud last month.",
    facts: ["Dunmore Wekesa -DEFENDANT_IN-> Wekesa trial", "Wekesa trial -HELD_AT-> Harrowgate Crown Court", "Marlise Fenwright -PRESIDED_OVER-> Wekesa trial"],
  },
];

describeStories("a judge telling the defendant", ROWS);
