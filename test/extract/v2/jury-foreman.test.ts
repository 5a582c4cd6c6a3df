// "The jury has returned ... as the foreman is asked for the verdicts": in a report of a trial, "the foreman" is the
// jury's, never a description of the accused named just before; a site foreman told without a jury may still be
// the article's topic. Invented stories (an Irish live blog, a US metro daily).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish live blog: the foreman asked for the verdicts after the accused is named",
    text: "Dunwoody verdict: live updates as jury returns in nightclub stabbing trial\n\n10.42am\nThe jury has returned. Kilgallen Dunwoody, 24, stands in the dock as the foreman is asked for the verdicts.\n\n10.44am\nDunwoody has been found guilty of the murder of Lenehan Cosgrave, 19.\n\n10.51am\nThe judge thanks the jurors. He will sentence Dunwoody on Friday.",
    facts: ["Kilgallen Dunwoody -CHARGED_WITH-> murder"],
    not: ["Kilgallen Dunwoody -HOLDS_ROLE-> foreman"],
  },
  {
    style: "US metro daily: the foreman read the verdict",
    text: "Wojcik Gunderson, 63, showed no emotion on Tuesday as the foreman read the verdict. Jurors found Gunderson guilty of manslaughter.",
    facts: ["Wojcik Gunderson -CHARGED_WITH-> manslaughter"],
    not: ["Wojcik Gunderson -HOLDS_ROLE-> foreman"],
  },
];

describeStories("the jury's foreman", ROWS);
