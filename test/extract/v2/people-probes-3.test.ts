// People in Kenyan, Nigerian, Indian and South African court reports, a third probe battery of invented
// stories (people-probes.test.ts and people-probes-2.test.ts have the first two): whose lawyer an aside's
// possessive names, a relative who testified against the accused, and prosecutors named by whom they appear
// for. The `not` rows hold what a careful reader would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: 'X, through his advocate Y,' is X's advocate, not the officer named before",
    text: "Hon. Festus Mutuvi Okwaro was convicted of stealing county funds. The investigating officer, Sergeant Peter Kibet Lagat, said he had traced the money. Okwaro, through his advocate Jared Owino Anyango, said he would appeal.",
    facts: ["Jared Owino Anyango -REPRESENTS-> Festus Mutuvi Okwaro"],
    not: ["Jared Owino Anyango -REPRESENTS-> Peter Kibet Lagat"],
  },
  {
    style: "Indian daily: the victim's father testified against him (the accused), and is no defendant",
    text: "Sandeep Ghorpadkar was convicted of murdering Varsha Talekar on Monday. The victim's father, Madhukar Talekar, testified against him.",
    facts: ["Madhukar Talekar -TESTIFIED_IN-> Ghorpadkar trial", "Madhukar Talekar -RELATED_TO(father)-> Varsha Talekar"],
    not: ["Madhukar Talekar -DEFENDANT_IN-> Talekar trial", "Madhukar Talekar -TESTIFIED_IN-> Talekar trial"],
  },
  {
    style: "Indian daily: 'appearing for the state' is the prosecutor, not a witness who told the court",
    text: "Sandeep Ghorpadkar was convicted of murder on Monday. Niraj Pendharkar, appearing for the state, told the court the evidence was clear.",
    facts: ["Niraj Pendharkar -PROSECUTED-> Ghorpadkar trial"],
    not: ["Niraj Pendharkar -TESTIFIED_IN-> Ghorpadkar trial"],
  },
  {
    style: "Nigerian daily: 'who appeared for the prosecution'",
    text: "Chukwudi Anozie was convicted of fraud by the Federal High Court in Enugu. Tobi Adesanmi, who appeared for the prosecution, said the judgment was a warning.",
    facts: ["Tobi Adesanmi -PROSECUTED-> Anozie trial"],
  },
];
describeStories("whose lawyer, witness or prosecutor in African and Indian court reports", ROWS);
