// A suit told as taking someone to a court or a tribunal the text does not name ("took her landlord to the county
// court", "is taking the bank to an employment tribunal", "was taken to court by a former driver"), one a party faces
// "brought by" a named person, and a civil judgment told by the court's act or by liability found in a case someone
// brought. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: a tenant takes her landlord to the county court",
    text: "Tenant wins damp fight with landlord\n\nA tenant who lived with black mould for three years has won her fight with her landlord.\n\nRuth Brannock, 41, took Pimbury Lettings to the county court in 2023. District Judge Selsdon ordered the firm to carry out repairs.",
    facts: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Pimbury Lettings", "Pimbury Lettings -DEFENDANT_IN-> Ruth Brannock v. Pimbury Lettings"],
  },
  {
    style: "Irish regional weekly: a sacked chef and an employment tribunal",
    text: "Chef claims he was sacked for complaining\n\nDeclan Haverlock, a chef, is taking Kestley Hotels to an employment tribunal, claiming he was dismissed after raising safety concerns.",
    facts: ["Declan Haverlock -PLAINTIFF_IN-> Declan Haverlock v. Kestley Hotels", "Kestley Hotels -DEFENDANT_IN-> Declan Haverlock v. Kestley Hotels"],
  },
  {
    style: "Australian consumer page: an insurer taken to court by a policyholder, passive",
    text: "Insurer in court over flood claim\n\nBexfield Insurance has been taken to court by Dora Calloway, a Lismore pensioner whose flood claim it rejected.",
    facts: ["Dora Calloway -PLAINTIFF_IN-> Dora Calloway v. Bexfield Insurance", "Bexfield Insurance -DEFENDANT_IN-> Dora Calloway v. Bexfield Insurance"],
  },
  {
    style: "Court report: a prisoner taken to court is no one's suit",
    text: "Accused appears\n\nMark Ransome was taken to court by prison van on Monday and remanded in custody.",
    facts: [],
    not: ["Mark Ransome -DEFENDANT_IN-> Mark Ransome", "Mark Ransome -PLAINTIFF_IN-> Mark Ransome lawsuit"],
  },
  {
    style: "US entertainment wire: an actor faces a civil case brought by an accuser",
    text: "Actor faces civil case\n\nActor Trevor Pottinger also faces a civil case brought by former assistant Lena Quennell, who says he withheld her wages.",
    facts: ["Trevor Pottinger -DEFENDANT_IN-> Lena Quennell v. Trevor Pottinger", "Lena Quennell -PLAINTIFF_IN-> Lena Quennell v. Trevor Pottinger"],
  },
  {
    style: "Business desk: a default judgment entered against a landlord in a tenant's suit",
    text: "Landlord owes tenant\n\nA judge entered a default judgment against Trevor Pottinger in the suit brought by Lena Quennell after he failed to appear.",
    facts: ["Trevor Pottinger -DEFENDANT_IN-> Lena Quennell v. Trevor Pottinger", "Lena Quennell v. Trevor Pottinger -RESULTED_IN-> Lena Quennell v. Trevor Pottinger: liable"],
  },
  {
    style: "Kenyan daily: a bank found liable in a case a customer brought",
    text: "Bank liable over frozen account\n\nCawthorne Bank was found liable for negligence in a case brought by Idowu Amadi, a Mombasa trader whose account it froze.",
    facts: ["Idowu Amadi -PLAINTIFF_IN-> Idowu Amadi v. Cawthorne Bank", "Idowu Amadi v. Cawthorne Bank -RESULTED_IN-> Idowu Amadi v. Cawthorne Bank: liable"],
  },
  {
    style: "US metro desk: a jury's award told apart from its finding, with the winner's age",
    text: "Carmaker liable in airbag case\n\nA jury has found Lisburne Motors liable for a crash that left a teenager paralysed.\n\nThe jury in Trevethan County Circuit Court awarded Sam Mwangale, 19, $14 million after a three-week trial.",
    facts: ["Sam Mwangale -PLAINTIFF_IN-> Sam Mwangale v. Lisburne Motors", "Lisburne Motors -DEFENDANT_IN-> Sam Mwangale v. Lisburne Motors"],
  },
  {
    style: "British trade press: a named judge rules for a claimant in her dispute with a firm",
    text: "Supplier wins dispute\n\nJustice Selsdon ruled in favour of Ruth Brannock in her dispute with Pimbury Lettings.",
    facts: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Pimbury Lettings", "Pimbury Lettings -DEFENDANT_IN-> Ruth Brannock v. Pimbury Lettings"],
  },
];

describeStories("a suit told as taken to a court, and its judgment", ROWS);
