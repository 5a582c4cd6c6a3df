// A tabloid's word before a name at the start of a sentence ("Fraudster X was jailed", "Neighbour X told the court") is
// read by the name finder as a title; the lexicon's words that name no role (an offender's label, a neighbour, a
// pensioner) give no role there either, as they give none in apposition. Words for an occupation keep theirs.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: an offender's label before the name opens the sentence",
    text: "Fraudster jailed for pension scam\n\nFraudster Mervyn Skerritt was jailed for six years at Penhale Crown Court on Friday. Skerritt, 58, had admitted fraud.",
    facts: ["Mervyn Skerritt -CHARGED_WITH-> fraud"],
    not: ["Mervyn Skerritt -HOLDS_ROLE-> fraudster"],
  },
  {
    style: "British tabloid: 'Neighbour X told the court' is a neighbour, no role",
    text: "Neighbour tells of screams\n\nNeighbour Lowenna Pellow gave evidence. Kenwyn Dunstall, 41, denies murder.",
    facts: ["Kenwyn Dunstall -CHARGED_WITH-> murder"],
    not: ["Lowenna Pellow -HOLDS_ROLE-> neighbour"],
  },
  {
    style: "Scottish tabloid: 'Rapist X' and 'Gunman X' name no role",
    text: "Rapist caged\n\nRapist Kenwyn Quarrie was jailed for 11 years. Gunman Mervyn Ottery was jailed for life.",
    facts: [],
    not: ["Kenwyn Quarrie -HOLDS_ROLE-> rapist", "Mervyn Ottery -HOLDS_ROLE-> gunman"],
  },
  {
    style: "British tabloid: an occupation before the name keeps its role",
    text: "Businessman charged\n\nBusinessman Kenwyn Dunstall was charged with fraud on Monday.",
    facts: ["Kenwyn Dunstall -HOLDS_ROLE-> businessman", "Kenwyn Dunstall -CHARGED_WITH-> fraud"],
    not: [],
  },
];

describeStories("a title that names no role", ROWS);
