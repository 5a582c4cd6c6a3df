// Witnesses told by who called them or by their place among a side's witnesses: "Prosecutors called X,",
// "X, called by the defence,", "The prosecution's first witness, X,", "First to testify was X". A witness
// not called, one a side may call and one expected to testify give no testimony. Each story is invented,
// in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "South African daily: witnesses named by the side that called them",
    text: "Yaw Boateng, 33, is on trial at the High Court in Cape Town for the murder of Sizwe Ndlovu.\n\nProsecutors called Lindiwe Zulu, a neighbour, who said she heard two shots.\n\nPieter Venter, called by the defence, said Boateng had been at a tavern that night.",
    facts: ["Lindiwe Zulu -TESTIFIED_IN-> Boateng trial", "Pieter Venter -TESTIFIED_IN-> Boateng trial"],
  },
  {
    style: "Scottish broadsheet: the Crown's first witness in apposition, the next one after 'First to' phrasing",
    text: "Euan Ovfield, 45, denies embezzling funds from a Perth golf club. The Crown's first witness, club treasurer Morag Keir, said the accounts did not balance. Next to give evidence was auditor Hamish Dow.",
    facts: ["Morag Keir -TESTIFIED_IN-> Ovfield trial", "Hamish Dow -TESTIFIED_IN-> Ovfield trial"],
  },
  {
    style: "US local TV: a defense witness after the name, a name-calling that is no witness",
    text: "The trial of Dwayne Pruitt, 29, charged with armed robbery, entered its third day in Tulsa County District Court. Rhonda Keel, a witness for the defense, said Pruitt was at her house. Prosecutors called Pruitt a danger to the community.",
    facts: ["Rhonda Keel -TESTIFIED_IN-> Pruitt trial"],
    not: ["Dwayne Pruitt -TESTIFIED_IN-> Pruitt trial"],
  },
  {
    style: "Kenyan daily: the call fronted before the witness, and witnesses listed after 'Among those who testified'",
    text: "Peter Kamau, 38, is on trial at the High Court in Nairobi for the murder of a shopkeeper. Called as a witness, Grace Wanjiru said she saw Kamau leave the shop. Among those who testified were Joseph Belham and Mary Achieng.",
    facts: ["Grace Wanjiru -TESTIFIED_IN-> Kamau trial", "Joseph Belham -TESTIFIED_IN-> Kamau trial", "Mary Achieng -TESTIFIED_IN-> Kamau trial"],
  },
  {
    style: "South African daily: witnesses not called, maybe called or yet to testify give no testimony",
    text: "Yaw Boateng, 33, is on trial at the High Court in Cape Town for murder.\n\nThe defence did not call Lindiwe Zulu. Prosecutors may call Sipho Khumalo. Thabo Dube is expected to testify next week.",
    facts: ["Yaw Boateng -DEFENDANT_IN-> Boateng trial"],
    not: ["Lindiwe Zulu -TESTIFIED_IN-> Boateng trial", "Sipho Khumalo -TESTIFIED_IN-> Boateng trial", "Thabo Dube -TESTIFIED_IN-> Boateng trial"],
  },
];

describeStories("witnesses named by who called them", ROWS);
