// Offences whose own names hold an "and": "aiding and abetting murder", "rash and negligent
// driving". Read as a list, each would become two charges no one faces ("aiding", "rash").
import { table } from "./helpers.ts";

table("an offence whose name holds an 'and' is one charge", [
  {
    name: "US wire: three officers 'charged with aiding and abetting murder and manslaughter'",
    text: "Three other former officers, Tom Lane, Alex Kurt and Tou Zelwick, are charged with aiding and abetting murder and manslaughter.",
    has: ["Tom Lane -CHARGED_WITH-> aiding and abetting murder", "Tou Zelwick -CHARGED_WITH-> manslaughter"],
    not: ["Tom Lane -CHARGED_WITH-> aiding", "Tom Lane -CHARGED_WITH-> abetting murder"],
  },
  {
    name: "Indian English: 'convicted of rash and negligent driving'",
    text: "MUMBAI: A sessions court on Thursday convicted actor Arjun Vale of rash and negligent driving.",
    has: ["Arjun Vale -CHARGED_WITH-> rash and negligent driving"],
    not: ["Arjun Vale -CHARGED_WITH-> rash", "Arjun Vale -CHARGED_WITH-> negligent driving"],
  },
  {
    name: "British regional: 'careless and inconsiderate driving' at a magistrates' court",
    text: "Ian Moss, 34, of Mill Lane, admitted careless and inconsiderate driving at Kelton Magistrates' Court.",
    has: ["Ian Moss -CHARGED_WITH-> careless and inconsiderate driving"],
    not: ["Ian Moss -CHARGED_WITH-> careless"],
  },
]);

table("the statute an offence is under does not end the list of offences", [
  {
    name: "Indian wire: 'cheating and forgery under the Indian Penal Code and criminal misconduct under the ... Act'",
    text: "Special Judge Anjali Verma held Rakesh Sinha guilty of cheating and forgery under the Indian Penal Code and criminal misconduct under the Prevention of Corruption Act.",
    has: ["Rakesh Sinha -CHARGED_WITH-> forgery", "Rakesh Sinha -CHARGED_WITH-> criminal misconduct"],
  },
  {
    name: "British regional: after the statute, a new clause is no offence",
    text: "Tom Reid was convicted of fraud under the Fraud Act and his wife was acquitted.",
    has: ["Tom Reid -CHARGED_WITH-> fraud"],
    not: ["Tom Reid -CHARGED_WITH-> his wife"],
  },
  {
    name: "US wire: 'A, his son B and their neighbour C' are three defendants, and 'murder in the killing of X' is murder",
    text: "BRUNSWICK, Ga. — A jury on Wednesday convicted Greg Hollis, his son Travis Hollis and their neighbour Will Brant of murder in the killing of Amir Davis, a 25-year-old jogger.",
    has: ["Greg Hollis -CHARGED_WITH-> murder", "Will Brant -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Amir Davis", "Travis Hollis -RELATED_TO(son)-> Greg Hollis"],
    not: ["Will Brant -RELATED_TO(son)-> Greg Hollis", "Greg Hollis -CHARGED_WITH-> murder in the killing"],
  },
  {
    name: "US state court: an offence 'in the first degree' keeps its degree",
    text: "Ana Lo was convicted of rape in the first degree.",
    has: ["Ana Lo -CHARGED_WITH-> rape in the first degree"],
  },
]);

table("verbs after one 'to' that share their object are one offence", [
  {
    name: "British regional: 'conspiracy to import and supply cocaine' at a Crown Court",
    text: "Drugs gang jailed\n\nLiam Ostrow, 31, of Hull, was jailed for 12 years after he admitted conspiracy to import and supply cocaine.",
    has: ["Liam Ostrow -CHARGED_WITH-> conspiracy to import and supply cocaine"],
    not: ["Liam Ostrow -CHARGED_WITH-> conspiracy to import", "Liam Ostrow -CHARGED_WITH-> supply cocaine"],
  },
  {
    name: "US federal press release: 'conspiracy to possess with intent' told as 'to possess or distribute'",
    text: "Ramon Kinlay was convicted of conspiracy to possess or distribute methamphetamine, the U.S. Attorney's Office said.",
    has: ["Ramon Kinlay -CHARGED_WITH-> conspiracy to possess or distribute methamphetamine"],
  },
  {
    name: "trap: a second offence after 'and' is no shared object ('conspiracy to defraud and money laundering')",
    text: "Nadia Fenlow was charged with conspiracy to defraud and money laundering. Aaron Quarshie was charged with conspiracy to murder and arson charges were laid later.",
    has: ["Nadia Fenlow -CHARGED_WITH-> conspiracy to defraud", "Nadia Fenlow -CHARGED_WITH-> money laundering", "Aaron Quarshie -CHARGED_WITH-> conspiracy to murder"],
    not: ["Nadia Fenlow -CHARGED_WITH-> conspiracy to defraud and money laundering"],
  },
]);
