// Charges told in phrasings the usual clauses missed (issue 8): a described defendant after an agency's
// verb ("arraigned a former Permanent Secretary in the Ministry of X, Y, on a 14-count charge"), a role before
// the name ("charged former police officer X with"), a statute between the name and the offence, a count
// of another offence after a list's "and" ("and one of false accounting"), counts after a colon, a shortened
// role ("the former star" for "soap star X"), an appeal that affirms the conviction told next, an ordinal
// that names no offence, and a capitalised vehicle before a role that names no one. Invented articles; each
// row names the facts a reader would take from it, and after "not" facts it must not yield.
import { describe, expect, it } from "vitest";
import { describeStories, story, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-04-02\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: an agency arraigns a former official described before named",
    text: `${FRONT("Ex-perm sec arraigned", "Abuja Evening Courier")}The Independent Anti-Graft Bureau on Wednesday arraigned a former Permanent Secretary in the Kogi State Ministry of Health, Iolanthe Cregan-Okonjo, on a 14-count charge bordering on conspiracy, money laundering and abuse of office.`,
    facts: ["Iolanthe Cregan-Okonjo -CHARGED_WITH-> conspiracy", "Iolanthe Cregan-Okonjo -CHARGED_WITH-> money laundering", "Iolanthe Cregan-Okonjo -CHARGED_WITH-> abuse of office"],
  },
  {
    style: "US legal trade press: prosecutors charge a former officer, his role before his name",
    text: `${FRONT("Officer charged", "Courtroom Ledger")}Prosecutors charged former police officer Wystan Pellow with second-degree murder and official misconduct on Monday.`,
    facts: ["Wystan Pellow -CHARGED_WITH-> second-degree murder", "Wystan Pellow -CHARGED_WITH-> official misconduct", "Wystan Pellow -HOLDS_ROLE-> police officer"],
  },
  {
    style: "Indian daily: the sections of the code between the name and the offences",
    text: `${FRONT("Accountant convicted", "Deccan Evening Mail")}A special court on Thursday convicted chartered accountant Anirudh Qadri under sections 420 and 120B of the IPC for cheating and criminal conspiracy.`,
    facts: ["Qadri trial: guilty -ON_CHARGE-> cheating", "Qadri trial: guilty -ON_CHARGE-> criminal conspiracy"],
  },
  {
    style: "British regional daily: 'and one of false accounting'; a lorry is no one",
    text: `${FRONT("Councillor denies fraud", "Midlands Courier")}Councillor Edwin Thornbury, 47, denies two counts of fraud by abuse of position and one of false accounting.\n\nLorry driver Caspian Pinnock admitted causing death by careless driving. He had initially denied the charge.`,
    facts: ["Edwin Thornbury -CHARGED_WITH-> fraud by abuse of position", "Edwin Thornbury -CHARGED_WITH-> false accounting", "Caspian Pinnock -CHARGED_WITH-> causing death by careless driving"],
    not: ["Lorry -ENTERED_PLEA-> Lorry pleads not guilty"],
  },
  {
    style: "US sports wire: the counts after a colon",
    text: `${FRONT("Coach sentenced", "Sports Law Wire")}Former swim coach Hugo Baskerville was sentenced to 12 years on Monday. He had faced: two counts of sexual assault and one count of witness tampering.`,
    facts: ["Hugo Baskerville -CHARGED_WITH-> sexual assault", "Hugo Baskerville -CHARGED_WITH-> witness tampering"],
  },
  {
    style: "Entertainment press: 'the former star' is the soap star named before",
    text: `${FRONT("Star convicted", "Screen Gossip Daily")}Former soap star Lysander Hesketh was arrested days after the death of his neighbour in 2023. On Friday, a jury convicted the former star of murder.`,
    facts: ["Lysander Hesketh -CHARGED_WITH-> murder", "Hesketh trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "US local daily: 'a 14th charge' names no offence",
    text: `${FRONT("Mayor charged again", "Valley Herald")}Former mayor Anselm Sorensen was charged Tuesday with one count of theft of public funds, a 14th charge in a case that began last year.`,
    facts: ["Anselm Sorensen -CHARGED_WITH-> theft of public funds"],
    not: ["Anselm Sorensen -CHARGED_WITH-> 14th"],
  },
  {
    style: "Canadian wire: adjectives joined inside an offence's name keep it one",
    text: `${FRONT("Mill owner charged", "Prairie Press Wire")}Sawmill owner Baljeet Grewal-Roy was charged with breaching municipal and state fire codes.`,
    facts: ["Baljeet Grewal-Roy -CHARGED_WITH-> breaching municipal and state fire codes"],
    not: ["Baljeet Grewal-Roy -CHARGED_WITH-> state fire codes"],
  },
  {
    style: "British broadcaster: 'including ones relating to' names no charge",
    text: `${FRONT("Ex-jockey cleared of most counts", "Wessex Broadcasting")}Former jockey Rollo Kinnersley was acquitted of nine counts, including ones linked to the sale of his stud farm, and convicted of tax evasion.`,
    facts: [],
    not: ["Rollo Kinnersley -CHARGED_WITH-> ones"],
  },
];

describeStories("charges told in phrasings the usual clauses missed", ROWS);

describe("an appeal affirming a conviction told in the next sentence", () => {
  it("is on the one bribery charge of that conviction, not on a second", () => {
    const s = story(`${FRONT("Conviction affirmed", "State Court Wire")}The state Court of Appeals on Tuesday affirmed the bribery conviction of former state senator Philippa Lindahl-Nuttall. Lindahl-Nuttall was convicted in 2022 of one count of bribery and one count of official misconduct.`);
    expect(s.entities.filter((e) => e.type === "Charge" && /bribery/i.test(e.label))).toHaveLength(1);
  });
});
