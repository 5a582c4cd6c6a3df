// Firms named like people ("Pendry Aldous", "Lethbridge Orrell"), told by how a person belongs to them: someone "of"
// the firm, a former banker or boss of it named before the noun ("a former Lethbridge Orrell banker"), working "at"
// it, running or founding it. Each is a company wherever the story names it, never a person; a person's aide and a
// one-word town stay what they were.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("firms named like people, told by who belongs to them", [
  {
    style: "British legal press: a claimants' solicitor 'of' her firm, before and after the quote",
    text: "Families sue builder\n\nJaswinder Thakral of Pendry Aldous, representing the families, said the claim had been filed on Monday. \"They deserve answers,\" said Adeyinka Okonjo of Pendry Aldous.",
    facts: ["Organization Pendry Aldous", "Person Jaswinder Thakral", "Person Adeyinka Okonjo"],
    not: ["Person Pendry Aldous"],
  },
  {
    style: "British regional daily: a barrister named in apposition and his chambers, whose name starts with a given name",
    text: "Solicitor jailed\n\nAnna Quennell, 52, admitted fraud at Exeter Crown Court. Her barrister, Tom Ardagh of Fairlie Strachan, said she had been under great strain.",
    facts: ["Organization Fairlie Strachan", "Person Tom Ardagh", "Person Anna Quennell"],
    not: ["Person Fairlie Strachan"],
  },
  {
    style: "City pages: a former banker of a firm named after its founders, and the firm declining to comment",
    text: "Ex-banker loses appeal\n\nA former Lethbridge Orrell banker convicted of insider dealing has lost his appeal. Marcus Askew, 39, was jailed for three years in 2023. Lethbridge Orrell declined to comment.",
    facts: ["Organization Lethbridge Orrell", "Person Marcus Askew"],
    not: ["Person Lethbridge Orrell"],
  },
  {
    style: "Indian daily: an engineer formerly employed at the firm he is accused of cheating",
    text: "Techie held for cheating ex-employer\n\nA software engineer formerly employed at Venkatraman Truscott was arrested on Monday for allegedly siphoning Rs 2.4 crore. Prakash Okparaeke, 31, was remanded in police custody till Friday.",
    facts: ["Organization Venkatraman Truscott", "Person Prakash Okparaeke"],
    not: ["Person Venkatraman Truscott"],
  },
  {
    style: "South African daily: the firm an accused accountant ran",
    text: "Accountant in court over tender fraud\n\nSipho Mukherjee, 47, who ran Kessington Roke for a decade, faces 14 counts of fraud. He was released on R20,000 bail.",
    facts: ["Organization Kessington Roke", "Person Sipho Mukherjee"],
    not: ["Person Kessington Roke"],
  },
  {
    style: "British broadsheet: a firm named with a given name first, told by its auditors, its officer and its administration",
    text: "Finance chief jailed\n\nDalby, 51, was chief financial officer at Graham Hesketh until 2019. Auditors at Graham Hesketh discovered the missing money in 2021. Graham Hesketh went into administration in 2022.",
    facts: ["Organization Graham Hesketh"],
    not: ["Person Graham Hesketh"],
  },
  {
    style: "Nigerian daily: the company an accused founded and his firm named in apposition, both with a given name first",
    text: "Businessman arraigned over N3bn fraud\n\nAdeyinka Okoro, who founded Neil Ormsby in 2011, was arraigned on Monday. His firm, Neil Ormsby, collapsed in 2020.",
    facts: ["Organization Neil Ormsby", "Person Adeyinka Okoro"],
    not: ["Person Neil Ormsby"],
  },
  {
    style: "British regional daily: lawyers at a person's trial, and a person struck off, stay people",
    text: "Solicitor struck off\n\nLawyers at Graham Hesketh's trial objected. Ana Quennell was struck off in 2020.",
    facts: ["Person Graham Hesketh", "Person Ana Quennell"],
    not: ["Organization Graham Hesketh", "Organization Ana Quennell"],
  },
  {
    style: "British tabloid: a politician's aide and a person of a one-word town stay what they are",
    text: "Aide charged\n\nA former Dana Larkbey aide was charged with perjury on Monday. \"We will fight this,\" said Maeve Fennick of Mallow.",
    facts: ["Person Maeve Fennick"],
    not: ["Organization Dana Larkbey", "Organization Mallow"],
  },
], read);
