// Trap stories in styles the corpora do not hold (an Australian daily, a British local weekly, a Kenyan daily, a British wire, a British regional): true
// facts beside sentences that only seem to state more. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian daily: the court the accused 'will face next month' held no trial, least of all a former partner's old one",
    text: "Perth woman charged with perverting course of justice\n\nA Perth woman has been charged with perverting the course of justice over the 2021 murder of a taxi driver, for which her former partner was jailed.\n\nPolice allege Tanya Seddon, 36, lied to detectives about the whereabouts of Craig Vukovic, who was convicted of the murder in 2023 and is serving a life sentence.\n\nSeddon was charged on Wednesday and will face Perth Magistrates Court next month.",
    facts: ["Tanya Seddon -CHARGED_WITH-> perverting the course of justice", "Craig Vukovic -CHARGED_WITH-> murder"],
    not: ["Vukovic trial -HELD_AT-> Perth Magistrates Court"],
  },
  {
    style: "British local weekly: 'will appear at ... Magistrates' Court on Monday' is a coming hearing, not where a brother's old conviction was tried",
    text: "Man charged over Salford stabbing\n\nA man has been charged with wounding after a stabbing in Salford.\n\nNeil Harkin, 29, of Eccles, was charged on Friday. His brother, Gary Harkin, was convicted of robbery in 2019 and jailed for four years.\n\nHarkin will appear at Manchester Magistrates' Court on Monday.",
    facts: ["Neil Harkin -CHARGED_WITH-> wounding", "Gary Harkin -CHARGED_WITH-> robbery"],
    not: ["Harkin trial -HELD_AT-> Manchester Magistrates' Court", "Gary Harkin trial -HELD_AT-> Manchester Magistrates' Court"],
  },
  {
    style: "Kenyan daily: what a witness 'told the court' at the end of the sentence is evidence at the trial",
    text: "Two jailed for Mombasa phone theft\n\nTwo men have been jailed for two years each for handling stolen phones in Mombasa.\n\nKevin Wekesa and Brian Tanui were found guilty of handling stolen goods by Mombasa Senior Principal Magistrate Ann Chelimo after a trial.\n\nPolice recovered 40 stolen phones from Wekesa's house, investigating officer Corporal Grace Nyambura told the court.",
    facts: ["Kevin Wekesa -CHARGED_WITH-> handling stolen goods", "Grace Nyambura -TESTIFIED_IN-> Wekesa trial"],
    not: ["Grace Nyambura -CHARGED_WITH-> handling stolen goods"],
  },
  {
    style: "British wire: 'charged under section 5 of the Terrorism Act 2006 with' names a statute, not the offence; 'preparing acts of terrorism' is",
    text: "Two charged with terror offences\n\nTwo men from Luton have been charged with terrorism offences, police said.\n\nMohammed Tiwari, 19, was charged under section 5 of the Terrorism Act 2006 with preparing acts of terrorism. Adam Kowalczyk, 17, was charged under the Explosive Substances Act with making an explosive substance.\n\nBoth will appear at Eastgate Magistrates' Court on Friday.",
    facts: ["Mohammed Tiwari -CHARGED_WITH-> preparing acts of terrorism", "Adam Kowalczyk -CHARGED_WITH-> making an explosive substance"],
    not: ["Mohammed Tiwari -CHARGED_WITH-> Terrorism", "Mohammed Tiwari -CHARGED_WITH-> the Terrorism"],
  },
  {
    style: "British regional: 'The trial continues' is the trial of the one who denies the charge, not of a partner cleared last year",
    text: "Man denies murder as trial opens\n\nA man accused of killing his neighbour with a hammer has gone on trial at Bristol Crown Court.\n\nSimon Vukovic, 44, denies murder. The jury heard he attacked Peter Ridout, 70, after an argument over a hedge.\n\nVukovic's partner, Karen Mulgrew, who had denied assisting an offender, was cleared last year. The trial continues.",
    facts: ["Simon Vukovic -DEFENDANT_IN-> Vukovic trial", "Simon Vukovic -CHARGED_WITH-> murder"],
    not: ["Karen Mulgrew -DEFENDANT_IN-> Vukovic trial"],
  },
];

describeStories("traps in untuned styles: what reports only seem to state", ROWS);
