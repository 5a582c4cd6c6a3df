// An actor's credits told as "known for roles in A and B", without a possessive, as a wire report adds after the
// charge. The story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Wire: the roles told after the charge, without 'his'",
    text: "Actor charged with assault\n\nKeith Bressick, 45, was charged with assault on Monday. He is known for roles in \"Harbour Lights\" and \"Cold Meridian\".",
    facts: ["Keith Bressick -ACTED_IN-> Harbour Lights", "Keith Bressick -ACTED_IN-> Cold Meridian"],
  },
];

describeStories("an actor known for roles in titles", ROWS);
