// Trap stories (a London court report, a British local weekly, a police briefing, an Indian cricket page): a witness's own
// old conviction beside a defendant's trial, an accusation the sentence says led to no charge, what was suspected beside
// what was charged, and a relative clause's "previously" beside a verdict of today. Each story is invented, and each trap
// has a close variant whose true reading must stay.
import { describeStories, type StoryRow } from "./helpers.ts";

const WITNESS = "---\npublished: 2025-11-04\n---\nWitness was jailed for robbery, court hears\n\n";
const ROWS: StoryRow[] = [
  {
    style: "court report: 'A witness in the trial of X had himself been jailed' is the witness's record, never X's conviction",
    text: `${WITNESS}A key prosecution witness in the murder trial of Aaron Blackwood had himself been jailed for robbery, a jury at the Old Bailey heard.\n\nRyan Delacroix, 28, who testified on Monday, was convicted of robbery in 2018, defence counsel Priya Nandakumar told the court. Blackwood, 31, denies murder.`,
    facts: ["Aaron Blackwood -CHARGED_WITH-> murder", "Ryan Delacroix -CHARGED_WITH-> robbery", "Ryan Delacroix -TESTIFIED_IN-> Blackwood trial"],
    not: ["Aaron Blackwood -CHARGED_WITH-> robbery", "Blackwood trial -RESULTED_IN-> Blackwood trial: guilty", "Ryan Delacroix -TESTIFIED_IN-> Delacroix trial (earlier)"],
  },
  {
    style: "court report, variant: the named witness who 'had himself been jailed' keeps his own conviction",
    text: `${WITNESS}The key witness, Ryan Delacroix, had himself been jailed for robbery, the jury heard. Aaron Blackwood, 31, denies murder.`,
    facts: ["Ryan Delacroix -CHARGED_WITH-> robbery", "Aaron Blackwood -CHARGED_WITH-> murder"],
    not: ["Aaron Blackwood -CHARGED_WITH-> robbery"],
  },
  {
    style: "local weekly: 'A teacher accused of assaulting a pupil will not face charges' names no charge",
    text: "---\npublished: 2025-12-01\n---\nTeacher not charged\n\nA teacher accused of assaulting a pupil will not face charges, prosecutors said.\n\nThe Crown Prosecution Service said there was insufficient evidence to charge Nigel Ashdale, 39, with assault. The pupil's mother, Joanne Birtles, said she was disappointed.",
    facts: ["Nigel Ashdale -HOLDS_ROLE-> teacher"],
    not: ["Nigel Ashdale -CHARGED_WITH-> assault"],
  },
  {
    style: "local weekly, variant: the same accusation before a trial to come stays a charge",
    text: "---\npublished: 2025-12-01\n---\nTeacher to stand trial\n\nA teacher accused of assaulting a pupil will stand trial in May.\n\nNigel Ashdale, 39, appeared at Carlisle Magistrates' Court on Monday.",
    facts: ["Nigel Ashdale -CHARGED_WITH-> assault"],
  },
  {
    style: "police briefing: one 'suspected of burglary' and 'released without charge' is charged with nothing",
    text: "---\npublished: 2025-12-01\n---\nMan released\n\nA man suspected of burglary was released without charge on Monday. Kevin Tranter, 30, had been arrested on Saturday.",
    facts: [],
    not: ["Kevin Tranter -CHARGED_WITH-> burglary"],
  },
  {
    style: "police briefing, variant: 'A man suspected of burglary has been charged with theft' is charged with theft, not burglary",
    text: "---\npublished: 2025-12-01\n---\nMan charged\n\nA man suspected of burglary has been charged with theft. Kevin Tranter, 30, will appear in court on Monday.",
    facts: ["Kevin Tranter -CHARGED_WITH-> theft"],
    not: ["Kevin Tranter -CHARGED_WITH-> burglary"],
  },
  {
    style: "local weekly: 'X, who had previously been convicted of A, was found guilty of B' is a verdict of today on B",
    text: "---\npublished: 2025-09-12\n---\nTwo jailed over county lines drug ring\n\nTwo men have been jailed for running a drug line between London and Norwich.\n\nJerome Oakridge, 27, admitted conspiracy to supply crack cocaine. His co-defendant Liam Fenwick, 22, who had previously been convicted of robbery, was found guilty of possessing a firearm.",
    facts: ["Fenwick trial -TRIED_FOR-> possessing a firearm", "Fenwick trial (earlier) -TRIED_FOR-> robbery"],
    not: ["Fenwick trial (earlier) -TRIED_FOR-> possessing a firearm", "Fenwick trial -TRIED_FOR-> robbery"],
  },
  {
    style: "local weekly, variant: 'had previously been convicted of A' in a sentence of its own stays an earlier trial's",
    text: "---\npublished: 2025-09-12\n---\nJailed\n\nLiam Fenwick, 22, had previously been convicted of robbery. On Friday he was found guilty of possessing a firearm at Norwich Crown Court.",
    facts: ["Fenwick trial (earlier) -TRIED_FOR-> robbery", "Fenwick trial -TRIED_FOR-> possessing a firearm"],
    not: ["Fenwick trial -TRIED_FOR-> robbery"],
  },
];

describeStories("traps: witnesses' records, refused and superseded accusations, a relative clause's past", ROWS);

const DENIED: StoryRow[] = [
  {
    style: "British local: 'denied reports that she had been arrested and charged with' states no charge",
    text: "---\npublished: 2025-07-03\n---\nDenial\n\nCouncillor Ruth Ogunleye denied reports that she had been arrested and charged with bribery. \"I have never been charged with any offence,\" she said.",
    facts: ["Ruth Ogunleye -HOLDS_ROLE-> councillor"],
    not: ["Ruth Ogunleye -CHARGED_WITH-> bribery"],
  },
  {
    style: "British local, variant: 'has been arrested and charged with' is a charge",
    text: "---\npublished: 2025-07-03\n---\nArrest\n\nKevin Tranter, 30, who denies wrongdoing, has been arrested and charged with burglary.",
    facts: ["Kevin Tranter -CHARGED_WITH-> burglary"],
  },
  {
    style: "bail report: a refusal in the main clause does not reach a relative clause's charge ('refused bail to X, who is charged with')",
    text: "---\npublished: 2025-07-10\n---\nBail\n\nA judge refused bail to Ellis Grange, 23, who is charged with attempted murder. Grange's lawyer, Nia Holt, had argued that he was not a flight risk.",
    facts: ["Ellis Grange -CHARGED_WITH-> attempted murder", "Nia Holt -REPRESENTS-> Ellis Grange"],
  },
  {
    style: "bail report, variant: a negation inside the relative clause still refuses it",
    text: "---\npublished: 2025-07-10\n---\nReleased\n\nPolice released Ellis Grange, 23, who has not been charged with any offence.",
    facts: [],
    not: ["Ellis Grange -CHARGED_WITH-> any offence"],
  },
];

describeStories("traps: a denial over joined participles, a refusal beside a relative clause", DENIED);
