// Where and whether a trial is held, told in the everyday words of court reporting: a trial to come "due to start at"
// a court, a case "sent to X Crown Court, where he will face trial", a trial that "entered its third week" or "went to
// the jury". Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English regional daily: a first appearance, then the trial court to come",
    text: "Man charged with murder after stabbing\n\nRowan Quennell, 34, appeared at Leeds Magistrates' Court on Monday charged with murder.\n\nHis trial is due to start at Leeds Crown Court on 4 May.",
    facts: ["Quennell trial (to come) -HELD_AT-> Leeds Crown Court"],
    not: ["Quennell trial (to come) -HELD_AT-> Leeds Magistrates' Court"],
  },
  {
    style: "Welsh weekly: the case sent on to the Crown Court",
    text: "Cardiff man denies arson\n\nRowan Quennell, 34, appeared before Cardiff magistrates on Tuesday charged with arson.\n\nThe case was sent to Cardiff Crown Court, where he will face trial in May.",
    facts: ["Quennell trial (to come) -HELD_AT-> Cardiff Crown Court"],
  },
  {
    style: "US metro daily: a trial under way, told by its week",
    text: "Ex-official's bribery trial drags on\n\nFormer county treasurer Rowan Quennell's bribery trial entered its third week on Monday in Harwick County Superior Court.",
    facts: ["Rowan Quennell -DEFENDANT_IN-> Quennell trial", "Quennell trial -TRIED_FOR-> bribery", "Quennell trial -HELD_AT-> Harwick County Superior Court"],
  },
];

describeStories("trials told in passing: where one is to be held, and one under way", ROWS);
