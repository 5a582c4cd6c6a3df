// A verdict or plea on some of the counts, told as "N of M charges" with no "the", then the charges it names:
// "convicted of 11 of 12 charges, including fraud", "found guilty of four of six counts, among them rape". The named
// charges are the defendant's, with the verdict's outcome.
// Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: convicted of some of the charges, then a list",
    text: "Derwent Tenbury was convicted of 11 of 12 charges, including fraud, abuse of office and money laundering.",
    facts: ["Derwent Tenbury -CHARGED_WITH-> abuse of office", "Tenbury trial: guilty -ON_CHARGE-> money laundering", "Tenbury trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "British broadsheet: found guilty of some of the counts",
    text: "Corin Quigley, 52, was found guilty of 9 of 11 counts, including rape and false imprisonment.",
    facts: ["Corin Quigley -CHARGED_WITH-> false imprisonment", "Quigley trial: guilty -ON_CHARGE-> rape"],
  },
  {
    style: "Singapore daily: cleared of some of the counts",
    text: "Saoirse Hathersage was acquitted of three of 12 charges, including cheating.",
    facts: ["Saoirse Hathersage -CHARGED_WITH-> cheating", "Hathersage trial: not guilty -ON_CHARGE-> cheating"],
  },
  {
    style: "US wire: a conviction the sentence denies is none",
    text: "Emlyn Yarrowby was not convicted of 11 of 12 charges, including fraud, his lawyer said.",
    facts: [],
    not: ["Yarrowby trial: guilty -ON_CHARGE-> fraud"],
  },
];

describeStories("verdicts on some of the counts, told N of M", ROWS);
