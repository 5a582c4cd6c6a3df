// Charges told as a change to what the accused faces, an age before a name, and one phrase that is both a charge
// and an earlier conviction (issue 8). Invented articles; each row names the facts a reader would take from it
// (and, after "not", facts it must not yield). The count lines ("exactly one charge") catch a charge made twice.
import { describe, expect, it } from "vitest";
import { describeStories, story, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-02-03\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: a charge upgraded after the victim died",
    text: `${FRONT("Nightclub fight: charge upgraded", "Wessex Evening Echo")}Wynn Farrow, 27, was arrested after a fight outside a nightclub in Yeovil. The charge against Farrow was upgraded to murder after the victim died in hospital.`,
    facts: ["Wynn Farrow -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian broadcaster: prosecutors reduce a charge",
    text: `${FRONT("Driver's charge reduced", "ABC-style Darwin desk")}Prosecutors reduced the charge against Lotte Baird to dangerous driving causing harm on Monday. Her lawyer, Amos Reilly, said she would plead guilty.`,
    facts: ["Lotte Baird -CHARGED_WITH-> dangerous driving causing harm"],
    not: ["Amos Reilly -CHARGED_WITH-> dangerous driving causing harm"],
  },
  {
    style: "Scottish tabloid: a charge that may yet be changed gives nothing",
    text: `${FRONT("Family await decision", "Clydeside Daily Record-style")}Sefton Rowe remains in custody. The charge against Rowe may be upgraded to murder, the Crown Office said.`,
    facts: [],
    not: ["Sefton Rowe -CHARGED_WITH-> murder"],
  },
  {
    style: "British wire: jurors find a defendant guilty with her age before her name",
    text: `${FRONT("Carer guilty of attempted murder", "Press Wire UK")}Jurors at Bristol Crown Court found the 31-year-old, Kelly Strand, guilty of attempted murder on Thursday.`,
    facts: ["Kelly Strand -CHARGED_WITH-> attempted murder", "Strand trial: guilty -ON_CHARGE-> attempted murder"],
  },
  {
    style: "Irish broadsheet: a jury clears a retired nurse named after her age",
    text: `${FRONT("Nurse cleared", "Dublin Morning Ledger")}A jury at the Central Criminal Court cleared the 62-year-old retired nurse, Edna Hollis, of manslaughter.`,
    facts: ["Edna Hollis -CHARGED_WITH-> manslaughter", "Hollis trial: not guilty -ON_CHARGE-> manslaughter"],
  },
];

describeStories("charges changed, and defendants named after their age", ROWS);

describe("one phrase, one charge", () => {
  it("US wire: 'upheld X's conviction for bribery' is one bribery charge, the earlier trial's", () => {
    const s = story(`${FRONT("Court upholds ex-senator's conviction", "Capitol Wire")}The state Supreme Court upheld Aurelio Banks's conviction for bribery on Tuesday and dismissed his appeal.`);
    expect(s.entities.filter((e) => e.type === "Charge").map((e) => e.label)).toEqual(["bribery"]);
  });
});
