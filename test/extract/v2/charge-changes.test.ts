// Charges told as a change to what the accused faces, an age before or instead of a name, a verdict told without
// its counts (a mistrial's), and one phrase that is both a charge and an earlier conviction (issue 8). Invented articles; each row names the facts a reader would take from it
// (and, after "not", facts it must not yield). The count lines ("exactly one charge") catch a charge made twice.
import { describe, expect, it } from "vitest";
import { describeStories, story, type Story, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-02-03\n---\n${title}\n\n`;

/** The trials a person is a defendant in, by key. */
const trialsOf = (s: Story, name: string) => s.relations.filter((r) => r.type === "DEFENDANT_IN" && r.source === s.entities.find((e) => e.label === name)!.id).map((r) => r.target);

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: a charge upgraded after the victim died",
    text: `${FRONT("Nightclub fight: charge upgraded", "Wessex Evening Echo")}Wynn Farrow, 27, was arrested after a fight outside a nightclub in Yeovil. The charge against Farrow was upgraded to murder after the victim died in hospital.`,
    facts: ["Wynn Farrow -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian broadcaster: prosecutors reduce a charge",
    text: `${FRONT("Driver's charge reduced", "ABC-style Darwin desk")}Prosecutors reduced the charge against Lotte Baird to dangerous driving causing harm on Monday. Her lawyer, Amos Tozer, said she would plead guilty.`,
    facts: ["Lotte Baird -CHARGED_WITH-> dangerous driving causing harm"],
    not: ["Amos Tozer -CHARGED_WITH-> dangerous driving causing harm"],
  },
  {
    style: "Scottish tabloid: a charge that may yet be changed gives nothing",
    text: `${FRONT("Family await decision", "Clydeside Daily Record-style")}Sefton Rowe remains in custody. The charge against Rowe may be upgraded to murder, the Crown Office said.`,
    facts: [],
    not: ["Sefton Rowe -CHARGED_WITH-> murder"],
  },
  {
    style: "British wire: jurors find a defendant guilty with her age before her name",
    text: `${FRONT("Carer guilty of attempted murder", "Press Wire UK")}Jurors at Bristol Crown Court found the 31-year-old, Kelly Nankervis, guilty of attempted murder on Thursday.`,
    facts: ["Kelly Nankervis -CHARGED_WITH-> attempted murder", "Nankervis trial: guilty -ON_CHARGE-> attempted murder"],
  },
  {
    style: "Irish broadsheet: a jury clears a retired nurse named after her age",
    text: `${FRONT("Nurse cleared", "Dublin Morning Ledger")}A jury at the Kilbarra Criminal Court cleared the 62-year-old retired nurse, Edna Hollis, of manslaughter.`,
    facts: ["Edna Hollis -CHARGED_WITH-> manslaughter", "Hollis trial: not guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Nigerian daily: 'The 61-year-old' opens the sentence after the one that named him",
    text: `${FRONT("Former minister jailed", "Lagos Evening Courier")}The former energy minister, Bartholomew Nkemelu, was jailed for nine years on Tuesday. The 61-year-old had been found guilty of abuse of office and money laundering in March.`,
    facts: ["Bartholomew Nkemelu -CHARGED_WITH-> abuse of office", "Bartholomew Nkemelu -CHARGED_WITH-> money laundering"],
  },
  {
    style: "British wire: 'The 45-year-old' after a sentence naming two people is neither",
    text: `${FRONT("Assault trial", "Press Wire UK")}Callum Reith told the court that Jon Aske punched him outside a pub. The 45-year-old was found guilty of assault.`,
    facts: [],
    not: ["Callum Reith -CHARGED_WITH-> assault", "Jon Aske -CHARGED_WITH-> assault"],
  },
  {
    style: "Indian daily: convicted 'by a trial court'",
    text: `${FRONT("High Court upholds verdict", "Deccan Evening Mail")}Hemant Gowda was convicted by a trial court in 2018 of cheating and forgery. The High Court has now upheld the verdict.`,
    facts: ["Hemant Gowda -CHARGED_WITH-> cheating", "Hemant Gowda -CHARGED_WITH-> forgery"],
  },
  {
    style: "US business wire: charges 'brought by' an office, 'including' an offence",
    text: `${FRONT("Financier convicted", "Wall Street Wire")}Sebastian Zorn, 49, founder of a hedge fund, was found guilty of securities fraud. He had faced charges brought by the U.S. Attorney's Office, including obstruction of justice.`,
    facts: ["Sebastian Zorn -CHARGED_WITH-> obstruction of justice"],
  },
  {
    style: "US local paper: a mistrial told without counts is on the counts of the indictment",
    text: `${FRONT("Mistrial declared in charity case", "Valley Courier")}Lianne Quarry was indicted on 12 counts of wire fraud and two counts of money laundering. The jury deadlocked on Thursday and Judge Peter Ames declared a mistrial.`,
    facts: ["Quarry trial: mistrial -ON_CHARGE-> wire fraud", "Quarry trial: mistrial -ON_CHARGE-> money laundering"],
  },
  {
    style: "Australian daily: a jury that could not agree on some counts leaves the others' outcome untold",
    text: `${FRONT("Mixed verdicts", "Brisbane Evening Star")}Rhys Fenstow was charged with assault and affray. The jury acquitted him on some charges and could not agree on others, and Judge Ann Wray declared a mistrial.`,
    facts: [],
    not: ["Fenstow trial: mistrial -ON_CHARGE-> assault", "Fenstow trial: not guilty -ON_CHARGE-> assault", "Fenstow trial: mistrial -ON_CHARGE-> affray"],
  },
  {
    style: "Australian daily: a company convicted of 'failing to comply with its health and safety duty' is one charge",
    text: `${FRONT("Builder found guilty over apprentice's death", "Eastern States Herald")}A District Court jury on Thursday convicted Craig Mulvane, the sole director of Mulvane Constructions Pty Ltd, of industrial manslaughter. The company was also found guilty of failing to comply with its health and safety duty.`,
    facts: ["Mulvane Constructions Pty Ltd -CHARGED_WITH-> failing to comply with its health and safety duty"],
    not: ["Mulvane Constructions Pty Ltd -CHARGED_WITH-> safety duty"],
  },
  {
    style: "British tabloid: a verdict and a plea told in participles that open the sentence",
    text: `${FRONT("Fraudster walks free", "Daily Clarion")}Convicted of fraud at Kelton Crown Court in 2019, Rufus Keel was released on licence last year. Having admitted perjury, Tomasina Quarrie, his former partner, was given community service.`,
    facts: ["Rufus Keel -CHARGED_WITH-> fraud", "Tomasina Quarrie pleads guilty -ON_CHARGE-> perjury"],
  },
  {
    style: "British tabloid: a participle of what was never done gives nothing",
    text: `${FRONT("Keel released", "Daily Clarion")}Never convicted of fraud, Rufus Keel was released without charge.`,
    facts: [],
    not: ["Rufus Keel -CHARGED_WITH-> fraud"],
  },
];

describeStories("charges changed, defendants named after their age, mistrials told without counts", ROWS);

describe("one phrase, one charge", () => {
  it("US wire: 'upheld X's conviction for bribery' is one bribery charge, the earlier trial's", () => {
    const s = story(`${FRONT("Court upholds ex-senator's conviction", "Capitol Wire")}The state Supreme Court upheld Aurelio Banks's conviction for bribery on Tuesday and dismissed his appeal.`);
    expect(s.entities.filter((e) => e.type === "Charge").map((e) => e.label)).toEqual(["bribery"]);
  });
});

describe("convicted too", () => {
  it("Indian daily: 'The court also convicted two businessmen, A and B, who ...': both convicted, in the trial of the one convicted before", () => {
    const s = story(`${FRONT("Loan fraud: three convicted", "Southern Chronicle")}Special Judge R. Kamakshi convicted S. Rangarajan of cheating. The court also convicted two businessmen, K. Velusamy and P. Anbarasan, who had obtained the loans using forged documents, and sentenced them to five years each.`);
    const trialOf = (name: string) => trialsOf(s, name);
    expect(trialOf("K. Velusamy")).toHaveLength(1);
    expect(trialOf("K. Velusamy")).toEqual(trialOf("S. Rangarajan"));
    expect(trialOf("P. Anbarasan")).toEqual(trialOf("S. Rangarajan"));
  });
});

describe("the other accused", () => {
  it("Kenyan daily: 'The magistrate acquitted two other accused persons, A and B' acquits them in the trial of the one convicted before", () => {
    const s = story(`${FRONT("Former county official jailed", "Nairobi Evening Courier")}Chief Magistrate Felix Belham found Joseph Kamande Mwangi guilty of abuse of office. The magistrate acquitted two other accused persons, Grace Wanjiru and Peter Danquah, for lack of evidence.`);
    const trialOf = (name: string) => trialsOf(s, name);
    expect(trialOf("Grace Wanjiru")).toHaveLength(1);
    expect(trialOf("Grace Wanjiru")).toEqual(trialOf("Joseph Kamande Mwangi"));
    expect(trialOf("Peter Danquah")).toEqual(trialOf("Joseph Kamande Mwangi"));
  });
});
