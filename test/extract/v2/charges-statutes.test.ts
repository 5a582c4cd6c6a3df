// Charges cited with the statute they are against: "criminal damage, contrary to section 2 of the Criminal Damage Act
// 1991, and with assault", "murder under section 302 of the IPC and destruction of evidence", a statute with small words
// or a bracketed part in its name. The citation is no charge and no end of the list: the charge after it is the same
// defendant's. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish court report: a charge, the section it is contrary to between commas, and a second charge",
    text: "Oisin Dorrigan, 33, was charged with criminal damage, contrary to section 2 of the Criminal Damage Act 1991, and with assault causing harm.",
    facts: ["Oisin Dorrigan -CHARGED_WITH-> criminal damage", "Oisin Dorrigan -CHARGED_WITH-> assault causing harm"],
  },
  {
    style: "Indian daily: each charge under its section of the penal code",
    text: "Police said Anand Velankar is charged with murder under section 302 of the IPC and with destruction of evidence under section 201.",
    facts: ["Anand Velankar -CHARGED_WITH-> murder", "Anand Velankar -CHARGED_WITH-> destruction of evidence"],
  },
  {
    style: "NZ wire: two statutes joined after the first charge",
    text: "The Solicitor-General charged Manaia Paratene with criminal contempt, under the Judicature Act and the Contempt of Court Act 2019, and with attempting to pervert the course of justice.",
    facts: ["Manaia Paratene -CHARGED_WITH-> criminal contempt", "Manaia Paratene -CHARGED_WITH-> attempting to pervert the course of justice"],
  },
  {
    style: "British local paper: a statute with small words in its name, then one count more",
    text: "Qadeer Quraishi, of Kelmouth, faces one count of wounding with intent, contrary to section 18 of the Offences Against the Person Act 1861, and one count of affray.",
    facts: ["Qadeer Quraishi -CHARGED_WITH-> wounding with intent", "Qadeer Quraishi -CHARGED_WITH-> affray"],
  },
  {
    style: "Irish court report: a bracketed part of a statute's name",
    text: "Oisin Dorrigan was charged with theft, contrary to section 4 of the Criminal Justice (Theft and Fraud Offences) Act 2001, and with making a false statement.",
    facts: ["Oisin Dorrigan -CHARGED_WITH-> theft", "Oisin Dorrigan -CHARGED_WITH-> making a false statement"],
    not: ["Oisin Dorrigan -CHARGED_WITH-> Fraud Offences"],
  },
];

describeStories("charges cited with their statutes", ROWS);
