// Descriptions of people ("the actor", "the 52-year-old") on invented stories in several presses'
// manners: who a reader takes them for at the point where they stand.
import { table } from "./helpers.ts";

table("a description before anyone else is given its role", [
  {
    name: "British tabloid: 'the 51-year-old actor' is the topic, though a co-star is 'the actor' in the last line",
    text: "Oren Vale was jailed for nine years yesterday. Vale, who denied the charges, wept. Vale's sister wept too. Judge Ana Ruiz of Kestleford Crown Court sentenced the 51-year-old actor to nine years. Vale's mother left in tears. A letter of support came from his co-star, the actor Ben Amos.",
    has: ["Oren Vale -HOLDS_ROLE-> actor", "Ben Amos -HOLDS_ROLE-> actor"],
  },
  {
    name: "Indian English: 'the cricketer' is the accused named before it, not the cricketer named in the last paragraph",
    text: "Rohan Mehra was convicted of cheating by a Mumbai sessions court on Tuesday. Mehra had denied the charges. The special judge, Meera Bhave, sentenced the cricketer to three years. Mehra's counsel said he would appeal. Mehra was taken into custody. A letter was read from the cricketer Vikram Sood.",
    has: ["Rohan Mehra -HOLDS_ROLE-> cricketer", "Vikram Sood -HOLDS_ROLE-> cricketer"],
  },
]);

table("an age no one was given, opening a sentence after the court's people", [
  {
    name: "French wire: the accused named barely more often than his wife is still 'the 68-year-old'",
    text: "A court in Lyon on Friday jailed Marc Delorme for 15 years for drugging his wife Anne Delorme. Anne Delorme had asked for a public trial. She attended every hearing. Delorme admitted the facts. He said he was sorry. The presiding judge, Paul Verne, addressed the accused first. The 68-year-old, he said, was found guilty of the aggravated rape of Anne Delorme.",
    has: ["Marc Delorme -CHARGED_WITH-> aggravated rape", "aggravated rape -ALLEGED_VICTIM-> Anne Delorme"],
  },
  {
    name: "Australian: 'The 52-year-old was convicted of' after the magistrate's line is the accused, though the complainant is named often",
    text: "Sydney builder Wes Harlan was jailed on Monday for assaulting his former partner, Kim Lowe. Ms Lowe told the court she still feared him. Ms Lowe said she had moved twice. Harlan wept in the dock. Harlan's lawyer said he had changed. He had no prior convictions. Harlan showed no emotion. Magistrate Joan Beattie spoke for an hour. The 52-year-old was convicted of stalking Kim Lowe.",
    has: ["Wes Harlan -CHARGED_WITH-> stalking"],
    not: ["Kim Lowe -CHARGED_WITH-> stalking"],
  },
]);

table("a body's description before another of its kind is named", [
  {
    name: "British broadsheet: 'the hospital's chief executive' is the one hospital named so far, though a second comes in the last paragraph",
    text: "Nurse Ana Ruiz worked at the Royal Wexley Hospital. The hospital's then chief executive, Tony Mabery, told the consultants to apologise. Police later looked at her placements at Northgate General Hospital.",
    has: ["Tony Mabery -WORKS_FOR-> Royal Wexley Hospital"],
    not: ["Tony Mabery -WORKS_FOR-> Northgate General Hospital"],
  },
  {
    name: "Trade press: 'the studio's head of production' is the studio of the lede, not the one a later deal names",
    text: "Kestrel Pictures was sued by Mina Sollo over unpaid fees. The studio's head of production, Ivo Garnock, said the claim was baseless. Sollo has since signed with Harbour Lane Pictures.",
    has: ["Ivo Garnock -WORKS_FOR-> Kestrel Pictures"],
    not: ["Ivo Garnock -WORKS_FOR-> Harbour Lane Pictures"],
  },
]);

table("a description as the subject after an opening phrase", [
  {
    name: "US wire: 'Over five days on the stand, the former banker insisted she' is the topic testifying",
    text: "Marta Kiel was convicted of wire fraud on Friday. Kiel had denied the charges. Kiel wept as the verdict was read. Kiel's lawyer said she would appeal. Over five days on the stand, the former banker insisted she had never lied to investors.",
    has: ["Marta Kiel -HOLDS_ROLE-> banker", "Marta Kiel -TESTIFIED_IN-> Kiel trial"],
  },
  {
    name: "British broadsheet: 'In the witness box, the former teacher denied any' is the accused",
    text: "Graham Pellow was found guilty of fraud at Kestleford Crown Court. Pellow had denied the offences. Pellow showed no emotion. Pellow stood still. In the witness box, the former teacher denied any wrongdoing.",
    has: ["Graham Pellow -HOLDS_ROLE-> teacher", "Graham Pellow -TESTIFIED_IN-> Pellow trial"],
  },
]);

table("a description with the title it is known for, or as an owner", [
  {
    name: "US analysis: 'the former \"Harbour Lights\" actor's 2021 conviction' is the topic's",
    text: "Oren Vale was convicted of fraud in 2021. Vale denied it. Vale wept. Vale appealed. On Thursday the state Supreme Court voted 5-0 to reverse the former \"Harbour Lights\" actor's 2021 conviction.",
    has: ["Oren Vale -HOLDS_ROLE-> actor"],
  },
  {
    name: "British tabloid: 'the disgraced footballer's lawyer' is the topic's lawyer, and he a footballer",
    text: "Dean Mabery was jailed for two years. Mabery had denied assault. Mabery wept in the dock. Mabery was led away. The disgraced footballer's solicitor said he would appeal.",
    has: ["Dean Mabery -HOLDS_ROLE-> footballer"],
  },
]);

table("a description with an award's name in it", [
  {
    name: "entertainment wire: 'the 33-year-old Grammy rapper' (a capitalised modifier) is the article's rapper",
    text: "Rapper Lil Corvo, whose real name is Marco Dell, was in court on Friday. A jury found the 33-year-old Grammy rapper guilty of assault.",
    has: ["Lil Corvo -CHARGED_WITH-> assault"],
  },
]);

table("a lede's description with a relative clause is the one the verb tells of", [
  {
    name: "British regional: 'A man who stabbed his neighbour to death has been jailed for life for murder'",
    text: "A man who stabbed his neighbour to death during a row over parking has been jailed for life for murder.\n\nKeith Dunmore, 47, of Larch Avenue, was told he must serve at least 19 years.",
    has: ["Keith Dunmore -CHARGED_WITH-> murder"],
  },
  {
    name: "Australian: 'A bookkeeper who stole $400,000 from a charity has pleaded guilty to fraud'",
    text: "A bookkeeper who stole $400,000 from a children's charity over six years has pleaded guilty to fraud.\n\nMaree Quinlan, 58, appeared in the Kelton Local Court on Tuesday.",
    has: ["Maree Quinlan -CHARGED_WITH-> fraud", "Maree Quinlan -ENTERED_PLEA-> Maree Quinlan pleads guilty"],
  },
  {
    name: "US wire: a relative clause that tells what someone else did is not the description's",
    text: "A plumber who told police his brother was convicted of arson has been charged with perjury.\n\nDale Ormsby, 33, was arrested on Friday.",
    has: ["Dale Ormsby -HOLDS_ROLE-> plumber"],
    not: ["Dale Ormsby -CHARGED_WITH-> arson"],
  },
]);

table("a lede's definite description as the object of the court's verb, named in the next sentence", [
  {
    name: "US wire: 'convicted the former director of a flood-relief charity of wire fraud', then her name",
    text: "BATON FALLS, La. (AW) — A federal jury on Friday convicted the former director of a flood-relief charity of wire fraud and money laundering. Denise Arceneaux, 57, showed no emotion as the verdicts were read.",
    has: ["Denise Arceneaux -CHARGED_WITH-> wire fraud", "Arceneaux trial: guilty -ON_CHARGE-> money laundering", "Denise Arceneaux -HOLDS_ROLE-> director"],
  },
  {
    name: "Canadian daily: 'sentenced the founder of a tutoring company to six years', then the judge is named, not him",
    text: "A Toronto judge on Monday sentenced the founder of a tutoring company to six years for fraud. Justice Ellen Mabery said the victims had lost their savings.",
    has: [],
    not: ["Ellen Mabery -CHARGED_WITH-> fraud", "Ellen Mabery -HOLDS_ROLE-> founder"],
  },
]);

table("a capitalised word inside a name opening a lede describes no one", [
  {
    name: "US metro daily: 'A Baker County jury' gives the plaintiff named next no role of baker",
    text: "A Baker County jury on Tuesday found St. Brendan Medical Center liable for medical negligence and awarded $12 million to a former truck driver. Ferdinand Ubaka, 46, sued the hospital in 2023.",
    has: ["Ferdinand Ubaka -PLAINTIFF_IN-> Ferdinand Ubaka v. St. Brendan Medical Center"],
    not: ["Ferdinand Ubaka -HOLDS_ROLE-> baker"],
  },
]);
