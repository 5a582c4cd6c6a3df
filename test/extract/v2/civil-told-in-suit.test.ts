// A suit told by what its plaintiff says in it or by her place in it ("X accused Y in a lawsuit of ...", "X alleges in
// a lawsuit that Y ...", "In a suit she filed against Y, X said ...", "X joined the lawsuit against Y", "X, who has a
// pending lawsuit against Y"), and a place sued, which is its government ("sued Harlow County over his arrest").
// Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US entertainment wire: an accusation made in a lawsuit",
    text: "Producer accused in lawsuit\n\nFormer assistant Lena Quennell accused Trevor Pottinger in a lawsuit of assaulting her in 2009. A spokesman for Pottinger called the claims false.",
    facts: ["Lena Quennell -PLAINTIFF_IN-> Lena Quennell v. Trevor Pottinger", "Trevor Pottinger -DEFENDANT_IN-> Lena Quennell v. Trevor Pottinger"],
  },
  {
    style: "Canadian daily: what a plaintiff alleges in her suit",
    text: "Coach sued\n\nRuth Brannock alleges in a lawsuit filed on Monday that Sam Mwangale abused her when she was a teenage swimmer.",
    facts: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Sam Mwangale", "Sam Mwangale -DEFENDANT_IN-> Ruth Brannock v. Sam Mwangale"],
  },
  {
    style: "Magazine profile: a suit she filed, told before her name",
    text: "Model speaks out\n\nIn a suit she filed against Trevor Pottinger in 2017, Lena Quennell said he had groped her at a party.",
    facts: ["Lena Quennell -PLAINTIFF_IN-> Lena Quennell v. Trevor Pottinger", "Trevor Pottinger -DEFENDANT_IN-> Lena Quennell v. Trevor Pottinger"],
  },
  {
    style: "Tabloid: another woman joins a lawsuit",
    text: "Second woman joins suit\n\nDora Calloway joined the lawsuit against Trevor Pottinger in 2018, saying he had harassed her on set.",
    facts: ["Dora Calloway -PLAINTIFF_IN-> Dora Calloway v. Trevor Pottinger", "Trevor Pottinger -DEFENDANT_IN-> Dora Calloway v. Trevor Pottinger"],
  },
  {
    style: "Court report: a witness with a pending lawsuit, and one who has none",
    text: "Trial hears from accuser\n\nLena Quennell, who has a pending lawsuit against Trevor Pottinger, did not testify. Dora Calloway does not have a lawsuit against Bexfield Studios.",
    facts: ["Lena Quennell -PLAINTIFF_IN-> Lena Quennell v. Trevor Pottinger"],
    not: ["Bexfield Studios -DEFENDANT_IN-> Dora Calloway v. Bexfield Studios"],
  },
  {
    style: "US metro desk: an exonerated man sues the county",
    text: "Exonerated man sues county\n\nSam Mwangale, who spent 14 years in prison for a murder he did not commit, sued Trevethan County on Tuesday, alleging detectives hid evidence.",
    facts: ["Sam Mwangale -PLAINTIFF_IN-> Sam Mwangale v. Trevethan County", "Trevethan County -DEFENDANT_IN-> Sam Mwangale v. Trevethan County"],
  },
];

describeStories("a suit told by what its plaintiff says in it, and a place sued", ROWS);

const DESCRIBED: StoryRow[] = [
  {
    style: "Business desk: the bank a customer sued, told by its description",
    text: "Trader sues bank\n\nCawthorne Bank froze Idowu Amadi's account in 2019. He sued the bank, claiming it had ruined his business.",
    facts: ["Idowu Amadi -PLAINTIFF_IN-> Idowu Amadi v. Cawthorne Bank", "Cawthorne Bank -DEFENDANT_IN-> Idowu Amadi v. Cawthorne Bank"],
  },
  {
    style: "Regional paper: the carmaker a former worker sued for unfair dismissal",
    text: "Worker sues carmaker\n\nRuth Brannock worked at Lisburne Motors for nine years. She later sued the carmaker for unfair dismissal.",
    facts: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Lisburne Motors", "Lisburne Motors -DEFENDANT_IN-> Ruth Brannock v. Lisburne Motors"],
  },
];

describeStories("a suit against a body told by its description", DESCRIBED);
