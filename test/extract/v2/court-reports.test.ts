// Idioms of court reports in several presses that v2 read wrongly or not at all: the British
// participle before a lawyer's name, a second defendant cleared by the verb after a conviction, a
// home town after an age, a town named for a saint.
import { table } from "./helpers.ts";

table("'Prosecuting, X said' and 'Defending, Y said' name the two sides' lawyers", [
  {
    name: "Welsh evening paper: a guilty plea, the prosecutor and the defence named by their participles",
    text: "Man jailed over takeaway stabbing\n\nBryn Tovey, 27, of Penrhos, admitted wounding with intent when he appeared at Caerwen Crown Court on Tuesday.\n\nProsecuting, Nia Carew said the attack was unprovoked. Defending, Huw Bellamy said his client had shown genuine remorse.",
    has: ["Nia Carew -HOLDS_ROLE-> prosecutor", "Huw Bellamy -HOLDS_ROLE-> lawyer", "Huw Bellamy -REPRESENTS-> Bryn Tovey", "Caerwen Crown Court -RULED-> Bryn Tovey: guilty"],
    not: ["Nia Carew -REPRESENTS-> Bryn Tovey", "Huw Bellamy -HOLDS_ROLE-> prosecutor"],
  },
  {
    name: "Scottish sheriff court: 'For the Crown,' and 'mitigating,' with a solicitor's title",
    text: "Ross Kerr, 44, pleaded guilty to assault at Dunmore Sheriff Court. For the Crown, fiscal depute Isla Moir told the court Kerr had punched a bus driver. Mitigating, solicitor Fraser Lyall said Kerr was ashamed.",
    has: ["Fraser Lyall -REPRESENTS-> Ross Kerr"],
    not: ["Isla Moir -REPRESENTS-> Ross Kerr", "Fraser Lyall -HOLDS_ROLE-> prosecutor"],
  },
  {
    name: "Irish circuit court: 'Counsel for the DPP, Ms X BL,' prosecutes; the defence's senior counsel does not",
    text: "Sergeant Colm Deasy was found not guilty of assault by a jury at Carlow Circuit Criminal Court. Counsel for the DPP, Ms Keelin Tavmere BL, had told the trial the footage was clear. Mr Deasy's barrister, Mr Ronan Tighe SC, said his client had acted lawfully.",
    has: ["Keelin Tavmere -HOLDS_ROLE-> prosecutor", "Keelin Tavmere -PROSECUTED-> Deasy trial", "Ronan Tighe -REPRESENTS-> Colm Deasy"],
    not: ["Ronan Tighe -HOLDS_ROLE-> prosecutor", "Keelin Tavmere -REPRESENTS-> Colm Deasy"],
  },
  {
    name: "English regional paper: counsel who 'told the court' after their participle are counsel, no witnesses",
    text: "Builder jailed for fraud\n\nDerek Pellow was convicted of fraud at Kelmouth Crown Court.\n\nProsecuting, Ruth Quist told the court the losses ran to £2m. Defending, Tom Brodie told the court his client was remorseful.",
    has: ["Ruth Quist -HOLDS_ROLE-> prosecutor", "Tom Brodie -REPRESENTS-> Derek Pellow"],
    not: ["Ruth Quist -TESTIFIED_IN-> Pellow trial", "Tom Brodie -TESTIFIED_IN-> Pellow trial"],
  },
  {
    name: "a sports story's 'Defending champion X said' is no lawyer",
    text: "Tomas Ljung was fined for speeding. Defending champion Lars Brun said he would race on Sunday.",
    not: ["Lars Brun -HOLDS_ROLE-> lawyer", "Lars Brun -REPRESENTS-> Tomas Ljung"],
  },
]);

table("a guilty plea is a conviction by the court that took it", [
  {
    name: "British: the plea and the court in two clauses; the article names one court and no trial",
    text: "Kai Fenn, 19, admitted burglary when he appeared at Tarnside Magistrates' Court on Monday, and was given a community order.",
    has: ["Tarnside Magistrates' Court -RULED-> Kai Fenn: guilty", "Kai Fenn: guilty -ON_CHARGE-> burglary"],
  },
  {
    name: "US: a co-defendant's plea in an article about another's trial is not put in that trial's court",
    text: "Jurors in the Harlow County District Court convicted Mara Kimber of fraud on Friday. Her former assistant, Joel Pike, pleaded guilty to fraud last year and testified against her.",
    not: ["Harlow County District Court -RULED-> Joel Pike: guilty"],
  },
]);

table("a conviction and an acquittal told by one subject's two verbs", [
  {
    name: "Philippine broadsheet: a court convicts a former mayor but acquits his treasurer, named in apposition",
    text: "MANILA - The anti-graft court on Thursday convicted former San Teodoro mayor Ramil Malabanan of graft over the purchase of overpriced trucks, but acquitted his former treasurer, Lorna Bataclan.",
    has: ["Malabanan trial: guilty -ON_CHARGE-> graft", "Lorna Bataclan -DEFENDANT_IN-> Bataclan trial", "Bataclan trial -RESULTED_IN-> Bataclan trial: not guilty"],
    not: ["Lorna Bataclan -DEFENDANT_IN-> Malabanan trial", "Ramil Malabanan -DEFENDANT_IN-> Bataclan trial"],
  },
  {
    name: "US wire: 'convicted A of arson but acquitted B' clears B alone",
    text: "A jury in Duluth convicted Dale Rook of arson but acquitted Amy Rook on Friday.",
    has: ["Amy Rook -DEFENDANT_IN-> Rook trial", "Rook trial -RESULTED_IN-> Rook trial: not guilty", "Rook trial: guilty -ON_CHARGE-> arson"],
    not: ["Rook trial: not guilty -ON_CHARGE-> arson"],
  },
  {
    name: "a hedge: 'but did not acquit' clears no one",
    text: "The jury convicted Dale Rook of arson but did not acquit Amy Rook, and will resume on Monday.",
    not: ["Amy Rook -DEFENDANT_IN-> Rook trial", "Rook trial -RESULTED_IN-> Rook trial: not guilty"],
  },
], { people: true });

table("a place is no one", [
  {
    name: "British local paper: a home town after an age, even one spelled like a given name",
    text: "Owen Price, 31, of Ely, was fined £400 at Cardiff Magistrates' Court for drink-driving.",
    has: ["Person Owen Price"],
    not: ["Person Ely"],
  },
  {
    name: "a town named for a saint before a role and a name",
    text: "The court convicted former Santa Rosalia councillor Berto Anaya of bribery.",
    has: ["Person Berto Anaya"],
    not: ["Person Santa Rosalia"],
  },
], { people: true });

table("a statute whose name holds 'and' is one name, and the offence of breaking it one charge", [
  {
    name: "Philippine broadsheet: 'guilty of violating the Anti-Bribery and Corrupt Practices Act'",
    text: "Former councillor Berto Anaya was tried at the Sandigan special court. The court found Anaya guilty of violating the Anti-Bribery and Corrupt Practices Act.",
    has: ["Anaya trial: guilty -ON_CHARGE-> violating the Anti-Bribery and Corrupt Practices Act"],
    not: ["Person Anti-Bribery"],
  },
  {
    name: "Indian wire: 'the Narcotics and Psychotropic Substances Act' names no person",
    text: "Ravi Kelmane was charged with cheating. Police said he had also violated the Narcotics and Psychotropic Substances Act.",
    not: ["Person Narcotics"],
  },
], { people: true });

table("a lede's description is the person whose title says the same, never the one he is accused of harming", [
  {
    name: "Irish regional paper: 'A garda sergeant has been found not guilty ... Sergeant X had denied assault causing harm to Y'",
    text: "A garda sergeant has been found not guilty of assaulting a man during an arrest outside a nightclub.\n\nSergeant Colm Deasy (48), who is stationed in Tullow, had denied assault causing harm to Kevin Rourke (29) in June 2024.\n\nThe jury at Carlow Circuit Criminal Court returned a unanimous verdict on Tuesday.",
    has: ["Colm Deasy -DEFENDANT_IN-> Deasy trial"],
    not: ["Kevin Rourke -DEFENDANT_IN-> Rourke trial", "Kevin Rourke -HOLDS_ROLE-> garda sergeant"],
  },
]);

table("an amount after an offence's verb is no part of the offence's name", [
  {
    name: "US local TV: 'found guilty Tuesday of stealing more than $80,000 from the league'",
    text: "A former youth football coach was found guilty Tuesday of stealing more than $80,000 from the league he helped run. A jury convicted Brent Olander, 52, of theft after a four-day trial.",
    has: ["Olander trial: guilty -ON_CHARGE-> theft"],
    not: ["Olander trial: guilty -ON_CHARGE-> stealing more", "Brent Olander -CHARGED_WITH-> stealing more", "Olander trial: guilty -ON_CHARGE-> stealing"],
  },
]);

table("a trial said to be held at a supreme court was held there", [
  {
    name: "Australian broadcaster: 'stood trial in the Territory Supreme Court before Justice X, sitting without a jury'",
    text: "A former childcare worker has been found guilty of indecent dealing with a child.\n\nRory Callan, 34, stood trial in the Territory Supreme Court before Justice Ada Munro, sitting without a jury. On Thursday, Justice Munro found Callan guilty of 11 counts of indecent dealing with a child.",
    has: ["Callan trial -HELD_AT-> Territory Supreme Court", "Ada Munro -PRESIDED_OVER-> Callan trial"],
  },
  {
    name: "a court of appeal holds no trial: 'Vale appealed to the Court of Appeal'",
    text: "Oren Vale was convicted of fraud at Harwick Crown Court in 2024. He appealed to the Court of Appeal, which upheld the conviction on Friday.",
    not: ["Vale trial -HELD_AT-> Court of Appeal"],
  },
]);

table("an offence named in brackets after its section is the charge of the verdict", [
  {
    name: "Indian daily: 'found X guilty under Sections 304B (dowry death) and 498A (cruelty) of the IPC'",
    text: "MADURAI: Principal Sessions Judge K. Meena Sundar on Tuesday found R. Selvan guilty under Sections 304B (dowry death) and 498A (cruelty) of the Indian Penal Code.",
    has: ["R. Selvan -CHARGED_WITH-> dowry death", "Selvan trial: guilty -ON_CHARGE-> dowry death", "Selvan trial: guilty -ON_CHARGE-> cruelty"],
  },
  {
    name: "Pakistani daily: a hedge before the sections gives nothing",
    text: "The court may find Imran Qadir guilty under Section 302 (murder) of the Pakistan Penal Code, his lawyer said.",
    not: ["Qadir trial: guilty -ON_CHARGE-> murder"],
  },
]);

table("a second relative after 'and', the possessive left out", [
  {
    name: "Indian daily: 'Selvan, his father R. Ravi (61) and mother R. Kala (57) allegedly harassed her'",
    text: "R. Selvan, his father R. Ravi (61) and mother R. Kala (57) allegedly harassed his wife for more dowry.",
    has: ["R. Ravi -RELATED_TO(father)-> R. Selvan", "R. Kala -RELATED_TO(mother)-> R. Selvan"],
    not: ["R. Kala -RELATED_TO(father)-> R. Selvan", "R. Kala -RELATED_TO(mother)-> R. Ravi"],
  },
]);

table("a lede's 'a Mississauga man' is the man the next sentences name", [
  {
    name: "Canadian wire: 'A jury has found a Mississauga man guilty of manslaughter ..., but not guilty of second-degree murder'",
    text: "BRAMPTON, Ont. — A jury has found a Mississauga man guilty of manslaughter in the death of his roommate, but not guilty of second-degree murder.\n\nDevon Ashby, 29, was charged after Kyle Pruett, 31, was found with stab wounds in their apartment.",
    has: ["Ashby trial: guilty -ON_CHARGE-> manslaughter", "Ashby trial: not guilty -ON_CHARGE-> second-degree murder"],
    not: ["Kyle Pruett -DEFENDANT_IN-> Pruett trial", "Ashby trial: guilty -ON_CHARGE-> second-degree murder"],
  },
  {
    name: "Scottish tabloid: a shouted role after 'A' is still the role",
    text: "A SCAFFOLDER accused of attacking a delivery driver walked free yesterday after a jury at the High Court in Glasgow found the charge not proven.\n\nCallum Dreghorn, 41, from Paisley, was however convicted of assault.",
    has: ["Callum Dreghorn -HOLDS_ROLE-> scaffolder"],
  },
]);

table("'The State was represented by advocate X' names the prosecutor", [
  {
    name: "South African daily: the State's advocate prosecutes, the accused's advocate defends",
    text: "Sipho Mahlaba, 56, was convicted in May on one count of fraud. The State was represented by advocate Lerato Mokwena, while Mahlaba was represented by advocate Pieter Bosman.",
    has: ["Lerato Mokwena -HOLDS_ROLE-> prosecutor", "Pieter Bosman -REPRESENTS-> Sipho Mahlaba"],
    not: ["Lerato Mokwena -REPRESENTS-> Sipho Mahlaba", "Pieter Bosman -HOLDS_ROLE-> prosecutor"],
  },
]);

table("a company prosecuted is charged, pleads and is convicted like a person", [
  {
    name: "trade press: 'Redline Stunts Ltd pleaded guilty at Belfast Crown Court to failing to ensure the safety of its employees'",
    text: "A stunt company has been fined £250,000 after a performer was injured on a film set.\n\nRedline Stunts Ltd pleaded guilty at Belfast Crown Court to failing to ensure the safety of its employees.",
    has: ["Redline Stunts Ltd -CHARGED_WITH-> failing to ensure the safety of its employees", "Redline Stunts Ltd -ENTERED_PLEA-> Redline Stunts Ltd pleads guilty", "Belfast Crown Court -RULED-> Redline Stunts Ltd: guilty"],
    not: ["Stunts Ltd -ENTERED_PLEA-> Stunts Ltd pleads guilty"],
  },
]);

table("a British court named by its town, its kind in lower case", [
  {
    name: "broadsheet: 'after a four-week trial at Southwark crown court'",
    text: "Actor cleared\n\nThe actor Tobias Delahunt has been found not guilty of sexual assault after a four-week trial at Kelsey crown court.\n\nThe judge, Mrs Justice Amberley, thanked the jurors.",
    has: ["Delahunt trial -HELD_AT-> Kelsey crown court"],
    not: ["Delahunt trial -HELD_AT-> crown court"],
  },
  {
    name: "a person named before a court's kind is no town: 'told Ana Ruiz crown court' is not written, 'Ruiz told the crown court' keeps the person",
    text: "Tobias Delahunt was found not guilty of assault. Ana Ruiz told the crown court she was relieved.",
    not: ["Delahunt trial -HELD_AT-> Ruiz crown court"],
  },
]);

table("'cleared of nine charges including A, B and C' keeps A", [
  {
    name: "broadsheet: the first offence after 'including' is one of the charges",
    text: "The actor Tobias Delahunt was cleared of nine charges including sexual assault, indecent assault and voyeurism.",
    has: ["Tobias Delahunt -CHARGED_WITH-> sexual assault", "Tobias Delahunt -CHARGED_WITH-> indecent assault", "Tobias Delahunt -CHARGED_WITH-> voyeurism"],
  },
]);
