// Linking a case's verdicts, trials and pleas to its charges across sentences: "guilty of X and the other
// charges" when the charges are listed later, "that charge was withdrawn" after a charge told in the same
// sentence, an earlier conviction told in a relative clause, a verdict a lawyer only predicts. Invented stories
// (wire, British regional, CBC, Nigerian and Indian press); after "not", facts the story must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const PUBLISHED = "---\npublished: 2025-03-14\n---\n";

const REMAINING: StoryRow[] = [
  {
    style: "US wire: 'acquitted of A but found guilty of B and the other charges', the charges listed in the next sentence",
    text: `${PUBLISHED}Two convicted in Harlow Creek killing\n\nA jury on Wednesday convicted two men over the shooting of a farmhand in Harlow Creek. Dale Quarrington, 44, was acquitted of malice murder but found guilty of felony murder and the other charges. Quarrington had been charged with malice murder, felony murder, aggravated assault and false imprisonment.`,
    facts: [
      "Quarrington trial: guilty -ON_CHARGE-> felony murder",
      "Quarrington trial: guilty -ON_CHARGE-> aggravated assault",
      "Quarrington trial: guilty -ON_CHARGE-> false imprisonment",
      "Quarrington trial: not guilty -ON_CHARGE-> malice murder",
    ],
    not: ["Quarrington trial: guilty -ON_CHARGE-> malice murder"],
  },
  {
    style: "British regional: 'and convicted on the three other counts, including burglary', the counts named before",
    text: `${PUBLISHED}Burglar convicted\n\nOwain Trethowan, 29, was charged with arson, burglary, theft and criminal damage. At Penhallow Crown Court on Friday he was cleared of arson, and convicted on the three other counts, including burglary.`,
    facts: [
      "Trethowan trial: guilty -ON_CHARGE-> burglary",
      "Trethowan trial: guilty -ON_CHARGE-> theft",
      "Trethowan trial: guilty -ON_CHARGE-> criminal damage",
      "Trethowan trial: not guilty -ON_CHARGE-> arson",
    ],
    not: ["Trethowan trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Nigerian press: the court acquitted on one count and convicted 'of the remaining two counts'",
    text: `${PUBLISHED}Court convicts trader\n\nA trader, Chidozie Anyanwu-Bello, was arraigned on charges of forgery, stealing and conspiracy. Justice Hauwa Dankoli acquitted Anyanwu-Bello of conspiracy but convicted him of the remaining two counts.`,
    facts: ["Anyanwu-Bello trial: guilty -ON_CHARGE-> forgery", "Anyanwu-Bello trial: guilty -ON_CHARGE-> stealing", "Anyanwu-Bello trial: not guilty -ON_CHARGE-> conspiracy"],
    not: ["Anyanwu-Bello trial: guilty -ON_CHARGE-> conspiracy"],
  },
];

const LINKS: StoryRow[] = [
  {
    style: "CBC: a guilty plea, then 'had also been charged with B, but that charge was withdrawn' (the charge of the same sentence)",
    text: `${PUBLISHED}Ex-director sentenced\n\nOTTAWA - A former clinic director was sentenced to four years on Friday after pleading guilty to fraud over $5,000. Lucien Vautrelle, 58, had also been charged with breach of trust, but that charge was withdrawn as part of a plea agreement.`,
    facts: ["Lucien Vautrelle: dismissed -ON_CHARGE-> breach of trust", "Lucien Vautrelle pleads guilty -ON_CHARGE-> fraud"],
    not: ["Lucien Vautrelle: dismissed -ON_CHARGE-> fraud"],
  },
  {
    style: "British regional: an earlier conviction told in a relative clause does not make the new verdict an earlier trial's",
    text: `${PUBLISHED}Robber convicted\n\nRuairi Tollemache, who was convicted of burglary in 2016, was found guilty on Tuesday of robbery at Selbourne Crown Court. The jury took two hours to convict him.`,
    facts: ["Tollemache trial: guilty -ON_CHARGE-> robbery", "Tollemache trial -HELD_AT-> Selbourne Crown Court"],
    not: ["Tollemache trial (earlier): guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "British regional: a lawyer's prediction that she 'would be acquitted' is no verdict",
    text: `${PUBLISHED}Trial continues\n\nAnouk Pellerin, 29, is on trial at Harrowfield Crown Court charged with theft. Her lawyer said she would be acquitted of all charges.`,
    facts: ["Pellerin trial -TRIED_FOR-> theft"],
    not: ["Pellerin trial -RESULTED_IN-> Pellerin trial: not guilty", "Pellerin trial: not guilty -ON_CHARGE-> theft"],
  },
];

describeStories("a verdict on the counts no other outcome named", REMAINING);
describeStories("verdicts and dismissals joined to the right charges", LINKS);
