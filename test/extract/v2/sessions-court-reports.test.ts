// A South Indian daily's report of a sessions court verdict: the convict "found guilty under Section 302
// (murder) and Section 498A (cruelty) of the Indian Penal Code", named with his village ("B. X of Y
// village"), a wife known by one name, "married Y ... and began harassing her", and her brother who
// complained. The parents tried beside him are not the wife's family.
import { describeStories } from "./helpers.ts";

const REPORT = `Man gets life term for wife's dowry death; in-laws acquitted

MANDYA, September 9, 2024

The Principal District and Sessions Court here on Monday sentenced a 34-year-old man to life imprisonment for the murder of his wife over dowry, while acquitting his parents of the charge of dowry harassment for want of evidence.

The convict, B. Suryaprakash of Hosur village, was found guilty under Section 302 (murder) and Section 498A (cruelty) of the Indian Penal Code. Principal District and Sessions Judge K. Narayanappa also imposed a fine of Rs 50,000 on him.

His father, Puttaswamy, 61, and mother, Chikkamma, 56, who were arrayed as the second and third accused, were acquitted of all charges.

According to the prosecution, Suryaprakash married Lakshmamma in 2019 and began harassing her for additional dowry within months of the wedding. On the night of March 3, 2021, he allegedly strangled her after a quarrel.

Her brother, Shivanna Byrappa, lodged a complaint with the Mandya Rural police.`;

describeStories("a sessions court's verdict under the sections of a penal code", [
  {
    style: "The Hindu: the convict of a village found guilty under two sections, each offence in brackets",
    text: REPORT,
    facts: [
      "B. Suryaprakash -CHARGED_WITH-> murder",
      "B. Suryaprakash -CHARGED_WITH-> cruelty",
      "Suryaprakash trial -RESULTED_IN-> Suryaprakash trial: guilty",
      "Suryaprakash trial: guilty -ON_CHARGE-> murder",
    ],
    not: ["Puttaswamy -CHARGED_WITH-> murder", "Chikkamma -CHARGED_WITH-> cruelty"],
  },
  {
    style: "The Hindu: a wife known by one name is a person; 'her brother' after 'began harassing her' is hers, not the mother-in-law's",
    text: REPORT,
    facts: ["Lakshmamma -RELATED_TO(partner)-> B. Suryaprakash", "Shivanna Byrappa -RELATED_TO(brother)-> Lakshmamma"],
    not: ["Shivanna Byrappa -RELATED_TO(brother)-> Chikkamma"],
  },
  {
    style: "Deccan Herald: convicted 'under Sections' in the passive; a charge the court did not convict on is no verdict",
    text: "Mohan Teeka was convicted under Sections 420 (cheating) and 468 (forgery) of the IPC on Friday. He was not convicted under Section 120B (criminal conspiracy) of the IPC.",
    facts: ["Teeka trial: guilty -ON_CHARGE-> cheating", "Teeka trial: guilty -ON_CHARGE-> forgery"],
    not: ["Teeka trial: guilty -ON_CHARGE-> criminal conspiracy"],
  },
]);
