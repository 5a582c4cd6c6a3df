// How wire services and foreign English-language papers tell of a trial: "went on trial in <city>
// accused of", "the presiding judge, X", a high court that convicts (it holds the trial), and
// co-accused tried together.
import { table } from "./helpers.ts";

table("a trial told by the wires and the foreign press", [
  {
    name: "French wire: on trial in a city, accused of an offence; the presiding judge and the prosecutor",
    text: "Actor on trial\n\nPARIS (AFP) - Actor Remy Fauchet went on trial in Lyon on Monday accused of sexual assault, a charge he denies.\n\nFauchet, 71, appeared before the Lyon criminal court.\n\n\"I have never hurt anyone,\" Fauchet told the presiding judge, Ines Garnier. Prosecutor Laure Vidal is expected to request a sentence on Wednesday.",
    has: ["Remy Fauchet -DEFENDANT_IN-> Fauchet trial", "Fauchet trial -TRIED_FOR-> sexual assault", "Ines Garnier -PRESIDED_OVER-> Fauchet trial", "Fauchet trial -HELD_AT-> Lyon criminal court"],
    not: ["Ines Garnier -DEFENDANT_IN-> Fauchet trial"],
  },
  {
    name: "one who never stood trial has no trial",
    text: "Remy Fauchet has never stood trial. Prosecutors in Lyon dropped the case in 2019.",
    not: ["Remy Fauchet -DEFENDANT_IN-> Fauchet trial"],
  },
  {
    name: "South African: the high court that convicts holds the trial; the co-accused acquitted stood the same trial",
    text: "Taxi owner guilty\n\nThe Eastvale High Court on Tuesday convicted taxi owner Sipho Ndaba of murder for ordering the killing of a rival.\n\nNdaba's co-accused, Lwazi Mkhize, was acquitted of murder.",
    has: ["Ndaba trial -HELD_AT-> Eastvale High Court", "Sipho Ndaba -DEFENDANT_IN-> Ndaba trial", "Lwazi Mkhize -DEFENDANT_IN-> Ndaba trial", "Ndaba trial -RESULTED_IN-> Ndaba trial: not guilty"],
    not: ["Lwazi Mkhize -DEFENDANT_IN-> Mkhize trial"],
  },
  {
    name: "a co-accused 'acquitted on all charges', none named: one trial would not say whom the acquittal is of, so two",
    text: "The Eastvale High Court on Tuesday convicted taxi owner Sipho Ndaba of murder. Ndaba's co-accused, Lwazi Mkhize, was acquitted on all charges.",
    has: ["Lwazi Mkhize -DEFENDANT_IN-> Mkhize trial", "Mkhize trial -RESULTED_IN-> Mkhize trial: not guilty"],
    not: ["Ndaba trial -RESULTED_IN-> Ndaba trial: not guilty"],
  },
  {
    name: "a supreme court that convicts may be ruling on an appeal: no trial held there",
    text: "The Eastvale Supreme Court on Tuesday convicted Sipho Ndaba of murder.",
    not: ["Ndaba trial -HELD_AT-> Eastvale Supreme Court"],
  },
  {
    name: "Scottish: the sister 'who stood trial alongside him' was tried with him, and the victim is no defendant",
    text: "Joiner convicted\n\nA jury at the High Court in Dunmore convicted Ewan Baird, 41, of assaulting Kyle Moss.\n\nMr Moss, 29, needed surgery.\n\nBaird's sister, Isla Crane, 37, who stood trial alongside him, was found not guilty of attempting to pervert the course of justice.",
    has: ["Isla Crane -DEFENDANT_IN-> Baird trial", "Ewan Baird -DEFENDANT_IN-> Baird trial"],
    not: ["Kyle Moss -DEFENDANT_IN-> Baird trial", "Isla Crane -DEFENDANT_IN-> Crane trial"],
  },
]);

table("an appeal that splits, and the trial it ruled on", [
  {
    name: "US wire: a new trial on some counts, the conviction on another upheld; the earlier trial's judge",
    text: "---\ntitle: Appeals court tosses ex-mayor's bribery conviction\npublished: 2026-07-09\n---\n\nA federal appeals court on Wednesday threw out the bribery conviction of former mayor Dale Vornholt.\n\nA three-judge panel of the 9th U.S. Circuit Court of Appeals ordered a new trial on two counts of federal program bribery, but upheld Vornholt's conviction for lying to the FBI.\n\nVornholt, 63, was convicted in 2023 after a three-week trial before U.S. District Judge Helen Marr in Tacoma.",
    has: [
      "Vornholt retrial -TRIED_FOR-> federal program bribery",
      "9th U.S. Circuit Court of Appeals -RULED-> Dale Vornholt: appeal upheld",
      "Helen Marr -PRESIDED_OVER-> Vornholt trial (earlier)",
    ],
    not: ["Vornholt retrial -TRIED_FOR-> lying to the FBI"],
  },
]);

table("Indian court reports: the accused, his mother, and a child's evidence", [
  {
    name: "the convicted 'accused, X,' and his acquitted mother; a witness's 'his mother' is nobody named",
    text: "PUNE: A sessions court here on Tuesday sentenced an autorickshaw driver to life imprisonment for murdering his wife.\n\nAdditional Sessions Judge S.R. Bhide convicted the accused, Ramesh Kale, a resident of Hadapsar, under Section 302 (murder) of the Indian Penal Code.\n\nSpecial public prosecutor Ujjwala Rane examined 14 witnesses, including the couple's son, who told the court he saw his father strike his mother, Sunita, with an iron rod.\n\nThe court acquitted Kale's mother, Leela Kale, who had been charged with abetment, for want of evidence.",
    has: ["Ramesh Kale -DEFENDANT_IN-> Kale trial", "Kale trial: guilty -ON_CHARGE-> murder", "Leela Kale -DEFENDANT_IN-> Kale trial", "Kale trial -RESULTED_IN-> Kale trial: not guilty"],
    not: ["Sunita -RELATED_TO(mother)-> Ujjwala Rane", "Sunita -RELATED_TO-> Ujjwala Rane"],
  },
]);

table("one jury, two brothers", [
  {
    name: "British: 'The jury acquitted his brother' is the same jury's trial; 'a further charge of fraud against X' is against its accused",
    text: "A jury at Lusby Crown Court on Monday convicted Liam Tolley, 29, of arson.\n\nThe jury acquitted his younger brother, Dean Tolley, 25, of the same charges. Jurors could not reach a verdict on a further charge of fraud against Liam Tolley.",
    has: ["Dean Tolley -DEFENDANT_IN-> Tolley trial", "Liam Tolley -CHARGED_WITH-> fraud", "Tolley trial: hung jury -ON_CHARGE-> fraud"],
    not: ["fraud -ALLEGED_VICTIM-> Liam Tolley", "Dean Tolley -CHARGED_WITH-> fraud"],
  },
]);

table("a Korean English-language report", [
  {
    name: "the presiding judge named with her title after a quotation holding 'as if'; the sum embezzled is no part of the offence",
    text: "The Hanyang Central District Court on Thursday convicted Park Ji-ho of embezzling 12 billion won in company funds.\n\n\"The defendant used company money as if it were his own,\" presiding Judge Kim Soo-ah said.",
    has: ["Kim Soo-ah -PRESIDED_OVER-> Ji-ho trial", "Park Ji-ho -CHARGED_WITH-> embezzling"],
    not: ["Park Ji-ho -CHARGED_WITH-> embezzling 12 billion won"],
  },
  {
    name: "a condition outside the quotation still holds: nothing from 'If X is convicted'",
    text: "\"He will appeal,\" his lawyer said. If Park Ji-ho is convicted of embezzlement, he faces ten years.",
    not: ["Park Ji-ho -CHARGED_WITH-> embezzlement", "Ji-ho trial -RESULTED_IN-> Ji-ho trial: guilty"],
  },
]);

table("co-accused 'also convicted' stood the one trial", [
  {
    name: "Indian wire: a manager held guilty, then two businessmen 'were also convicted'",
    text: "Special Judge Anjali Verma held Rakesh Sinha, the former manager, guilty of criminal conspiracy and cheating. Businessmen Sunil Goyal and Deepak Bansal were also convicted of cheating and criminal conspiracy.",
    has: ["Sunil Goyal -DEFENDANT_IN-> Sinha trial", "Rakesh Sinha -DEFENDANT_IN-> Sinha trial", "Anjali Verma -PRESIDED_OVER-> Sinha trial"],
  },
  {
    name: "British regional: one 'also convicted' in a separate trial stood a trial of his own",
    text: "Ian Moss was convicted of fraud at Kelton Crown Court. His former partner Tom Reid was also convicted of fraud in a separate trial.",
    has: ["Tom Reid -DEFENDANT_IN-> Reid trial", "Ian Moss -DEFENDANT_IN-> Moss trial"],
    not: ["Tom Reid -DEFENDANT_IN-> Moss trial"],
  },
]);

table("a trial told by those taking part in it", [
  {
    name: "British broadsheet: 'the jury in the trial of nurse X' holds the trial, and her counts are what it tries",
    text: "The jury in the trial of nurse Olwen Pardoe retired on Tuesday to consider its verdicts. Pardoe, 34, denies seven counts of murder and ten of attempted murder. Prosecutor Nicholas Crane KC told jurors they should convict her.",
    has: ["Olwen Pardoe -DEFENDANT_IN-> Pardoe trial", "Pardoe trial -TRIED_FOR-> murder", "Pardoe trial -TRIED_FOR-> attempted murder", "Nicholas Crane -PROSECUTED-> Pardoe trial"],
  },
  {
    name: "Copenhagen correspondent: 'the assault trial of director X, best known for ..., opened'",
    text: "The assault trial of Danish director Henrik Saltoft, best known for the art-house hit Grey Lanterns, opened in Copenhagen on Monday.",
    has: ["Henrik Saltoft -DEFENDANT_IN-> Saltoft trial"],
  },
]);

table("a trial told beside an earlier trial's verdict is that trial", [
  {
    name: "Australian broadcaster: 'found guilty by a District Court jury in 2019' is one earlier trial, held there",
    text: "A former swimming coach has lost his appeal. Corwin Fairbrother was found guilty by a District Court jury in 2019 of six counts of indecent treatment of a child. The Court of Appeal dismissed his appeal against the convictions in March 2026.",
    has: ["Corwin Fairbrother -DEFENDANT_IN-> Fairbrother trial (earlier)", "Fairbrother trial (earlier) -HELD_AT-> District Court"],
    not: ["Corwin Fairbrother -DEFENDANT_IN-> Fairbrother trial"],
  },
  {
    name: "US regional: the judge who sentenced after an earlier trial presided over it",
    text: "Greta Vossberg was convicted of arson in 2019 after a week-long trial in Tamsworth County District Court. District Judge Amos Kettleby sentenced her to eight years in prison. In March 2026 the state Supreme Court ordered a new trial.",
    has: ["Amos Kettleby -PRESIDED_OVER-> Vossberg trial (earlier)"],
    not: ["Greta Vossberg -DEFENDANT_IN-> Vossberg trial"],
  },
]);

table("a trial told by a pronoun's possessive or a past perfect", [
  {
    name: "Canadian broadsheet: 'Her trial, which began in March,' is the trial of the one charged before",
    text: "Nadine Quillan is charged with fraud. Her trial, which began in March, is expected to last six weeks.",
    has: ["Nadine Quillan -DEFENDANT_IN-> Quillan trial", "Quillan trial -TRIED_FOR-> fraud"],
  },
  {
    name: "Canadian broadsheet: 'Her trial has not yet begun' holds none",
    text: "Nadine Quillan is charged with fraud. Her trial has not yet begun.",
    has: [],
    not: ["Nadine Quillan -DEFENDANT_IN-> Quillan trial"],
  },
  {
    name: "US wire: 'had been on trial for fraud since March'",
    text: "Pierce Harrowby had been on trial for fraud since March when the judge fell ill.",
    has: ["Pierce Harrowby -DEFENDANT_IN-> Harrowby trial", "Harrowby trial -TRIED_FOR-> fraud"],
  },
]);
