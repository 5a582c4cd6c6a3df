// A civil finding told the everyday ways judgments are reported: liability with its kind ("found the firm
// vicariously liable", "held jointly liable"), a ruling without "that" ("ruled the hotel was liable"), the payment
// ordered after it ("and ordered it to pay X £40,000", "ordered him to pay damages to X", "damages of £80,000"),
// judgment entered for one side against the other, and a "case against Y" told with the person who brought it.
// Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British broadsheet law page: vicarious liability",
    text: "Care home liable for assault by worker\n\nMr Justice Selsdon found Kestley Care Homes vicariously liable for the assault on a resident by a night worker.",
    facts: ["Kestley Care Homes -DEFENDANT_IN-> Kestley Care Homes", "Kestley Care Homes -RESULTED_IN-> Kestley Care Homes: liable"],
  },
  {
    style: "Australian wire: a ruling without 'that', and the payment ordered",
    text: "Carmaker must pay injured driver\n\nThe Federal Court found that Lisburne Motors was liable and ordered it to pay Sam Mwangale $400,000 in damages.",
    facts: ["Sam Mwangale -PLAINTIFF_IN-> Sam Mwangale v. Lisburne Motors", "Lisburne Motors -DEFENDANT_IN-> Sam Mwangale v. Lisburne Motors"],
  },
  {
    style: "Irish regional: the judge ruled the hotel was liable",
    text: "Hotel liable for fall\n\nThe judge ruled Kestley Hotels was liable for the fall.",
    facts: ["Kestley Hotels -DEFENDANT_IN-> Kestley Hotels"],
  },
  {
    style: "Tabloid: defamation damages told after the finding, with no sum",
    text: "Blogger must pay TV host\n\nThe judge found Trevor Pottinger liable for defamation and ordered him to pay damages to Lena Quennell.",
    facts: ["Lena Quennell -PLAINTIFF_IN-> Lena Quennell v. Trevor Pottinger", "Trevor Pottinger -DEFENDANT_IN-> Lena Quennell v. Trevor Pottinger"],
  },
  {
    style: "Kenyan daily: damages of a sum, and judgment entered for a trader",
    text: "Publisher to pay businessman\n\nThe High Court ordered Bexfield Media to pay Idowu Amadi damages of Sh3 million. Judgment was entered for Ruth Brannock against Cawthorne Bank.",
    facts: ["Idowu Amadi -PLAINTIFF_IN-> Idowu Amadi v. Bexfield Media", "Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Cawthorne Bank", "Cawthorne Bank -DEFENDANT_IN-> Ruth Brannock v. Cawthorne Bank"],
  },
  {
    style: "Local paper: the case against a landlord, brought by a tenant",
    text: "Tenant's case heard\n\nThe case against Pimbury Lettings was brought by a former tenant, Ruth Brannock. In her case against the firm, she says it ignored a leak for two years.",
    facts: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Pimbury Lettings", "Pimbury Lettings -DEFENDANT_IN-> Ruth Brannock v. Pimbury Lettings"],
  },
  {
    style: "Court report: a prosecution's case brought against a man charged is no suit",
    text: "Fraud accused\n\nIdowu Amadi was charged with fraud in 2020. The case against Amadi was brought by Ruth Brannock, a former colleague who went to the police.",
    facts: [],
    not: ["Ruth Brannock -PLAINTIFF_IN-> Ruth Brannock v. Idowu Amadi"],
  },
  {
    style: "Court report: the British close with the court between commas",
    text: "Man denies rape\n\nMark Ransome, 41, denies two counts of rape. The trial, at Dromore Crown Court, continues.",
    facts: ["Mark Ransome -DEFENDANT_IN-> Ransome trial", "Ransome trial -HELD_AT-> Dromore Crown Court"],
  },
];

describeStories("a civil finding told as judgments are reported", ROWS);
