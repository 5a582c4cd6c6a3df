// An appeal that upheld a conviction, then the trial it came from told just after ("She was tried at X in 2020, where a
// jury found her guilty"): that is the one trial appealed, not a second trial of the defendant's. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish broadsheet: the trial and the jury's verdict told after the Supreme Court upheld the conviction",
    text: "Conviction upheld\n\nSaoirse Ravensworth's conviction for manslaughter was upheld by the Supreme Court on Friday. She was tried at the Central Criminal Court in 2020, where a jury found her guilty.",
    facts: [
      "Saoirse Ravensworth -DEFENDANT_IN-> Ravensworth trial (earlier)",
      "Ravensworth trial (earlier) -HELD_AT-> Central Criminal Court",
      "Saoirse Ravensworth: appeal upheld -OVERTURNS-> Ravensworth trial (earlier): guilty",
    ],
    not: ["Saoirse Ravensworth -DEFENDANT_IN-> Ravensworth trial", "Ravensworth trial -HELD_AT-> Central Criminal Court"],
  },
  {
    style: "Singapore wire: the appeal court upholds a conviction, the trial court told after",
    text: "Appeal dismissed\n\nSINGAPORE — The Court of Appeal on Tuesday upheld the conviction of Quinn Keong for drug trafficking. He was tried in the High Court in 2023.",
    facts: ["Keong trial -HELD_AT-> High Court", "Quinn Keong: appeal upheld -OVERTURNS-> Keong trial: guilty"],
  },
];

describeStories("the trial an upheld appeal came from, told after it", ROWS);
