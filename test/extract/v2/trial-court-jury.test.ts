// A trial told by its court's own jury ("a Supreme Court jury"), as Australian and New York
// reports name the trial court: the trial was held there. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian daily: a verdict by the Supreme Court's jury",
    text: "Man guilty of killing housemate\n\nBarnaby Crowle, 44, was found guilty of murder by a Supreme Court jury in Brisbane on Thursday. He will be sentenced next month.",
    facts: ["Crowle trial -HELD_AT-> Supreme Court"],
  },
];

describeStories("a trial told by its court's jury", ROWS);
