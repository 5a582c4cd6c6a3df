// A title that joins its words with "and" and an article ("Romeo and the Rainy Season", "Four Sisters and a Wedding")
// is one work where a cue made its first part a film and the rest runs to the end of the clause; a body, a place's
// building or a noun after the run keeps the two apart, and so does a capital that opens a second title.
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Pune daily: a title with 'and the' after the lead an actor played",
    text: "Actor Vikrant Palsule, who played the lead in Romeo and the Rainy Season, was booked for cheating.",
    facts: ["Vikrant Palsule -ACTED_IN-> Romeo and the Rainy Season"],
    not: ["Vikrant Palsule -ACTED_IN-> Romeo"],
  },
  {
    style: "Manila tabloid: a title with 'and a'",
    text: "Ama Quist appeared in Four Sisters and a Wedding, the court heard.",
    facts: ["Ama Quist -ACTED_IN-> Four Sisters and a Wedding"],
  },
  {
    style: "US wire: two titles, the second with its own capital",
    text: "Ama Quist starred in Midnight Ferry and The Long Quiet.",
    facts: ["Ama Quist -ACTED_IN-> Midnight Ferry", "Ama Quist -ACTED_IN-> The Long Quiet"],
  },
];
describeStories("titles joined over 'and the'", ROWS);

const NAMES: NameRow[] = [
  {
    style: "British tabloid: a broadcaster after 'and the' is no part of the title",
    text: "Ama Quist starred in Midnight Ferry and the BBC dropped her.",
    names: ["Film: Midnight Ferry", "Organization: BBC"],
  },
  {
    style: "Regional paper: a theatre after 'and the' stays a place",
    text: "Ama Quist starred in Midnight Ferry and the Harcourt Theatre staged it.",
    names: ["Film: Midnight Ferry"],
    not: ["Film: Midnight Ferry and the Harcourt Theatre"],
  },
];
describeNameStories("what 'and the' after a title keeps apart", NAMES);
