// A role the text only alleges ("alleged ringleader X", "X, the suspected leader of the gang", "a suspected drug
// dealer") was given as held: the role lexicon drops "alleged" from the label, and what was an allegation read as
// a fact. Each story is invented, in a style the corpora lack.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian tabloid: 'Alleged ringleader X was remanded' holds no role",
    text: "Bikie gang raids: four in court\n\nAlleged ringleader Fintan Jarrah was remanded in custody at Parramatta Local Court on Tuesday. Oswin Dafydd, a plumber, was granted bail.",
    facts: ["Oswin Dafydd -HOLDS_ROLE-> plumber"],
    not: ["Fintan Jarrah -HOLDS_ROLE-> ringleader"],
  },
  {
    style: "Pakistani daily: 'the alleged leader of the gang' and 'a suspected target killer' are allegations",
    text: "Karachi police on Sunday arrested Fintan Jarrah, the alleged leader of a kidnapping gang. His accomplice Oswin Dafydd is a suspected target killer, police said.",
    facts: [],
    not: ["Fintan Jarrah -HOLDS_ROLE-> leader", "Oswin Dafydd -HOLDS_ROLE-> suspected target killer", "Oswin Dafydd -HOLDS_ROLE-> target killer"],
  },
];

describeStories("a role the text only alleges is held by no one", ROWS);
