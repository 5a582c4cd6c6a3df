// An appeal report told the plain ways: the court overturning a conviction named with its year ("overturned X's
// 2019 conviction for fraud"), the appeal judges counted ("Three appeal judges quashed ..."), and the trial judge
// told by "convicted ... before Judge X", who presided over the trial the appeal is about. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British wire: a conviction of a given year overturned",
    text: "Banker's fraud conviction overturned\n\nThe Court of Appeal overturned Mark Ransome's 2019 conviction for fraud.",
    facts: ["Court of Appeal -RULED-> Mark Ransome: appeal overturned", "Mark Ransome: appeal overturned -OVERTURNS-> Ransome trial (earlier): guilty"],
  },
  {
    style: "Regional paper: the appeal judges counted, and the trial judge told after",
    text: "Manslaughter conviction quashed\n\nThree appeal judges quashed Mark Ransome's manslaughter conviction. He was convicted at Dromore Crown Court in 2021 before Judge Ruth Brannock.",
    facts: ["Mark Ransome: appeal overturned -OVERTURNS-> Ransome trial: guilty", "Ruth Brannock -PRESIDED_OVER-> Ransome trial", "Ransome trial -HELD_AT-> Dromore Crown Court"],
  },
];

describeStories("an appeal report told plainly", ROWS);
