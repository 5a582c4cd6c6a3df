// Wrong edges of the kinds a blind corpus showed (roles read off the wrong word, charges cut or split,
// lawyers and kin given to the wrong person, pleas and verdicts given to the wrong party). Each story is
// invented, in a style unlike the corpora; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROLES: StoryRow[] = [
  {
    style: "Indian daily: 'additional advocate general' is a role, though it ends in an adjective",
    text: "Bail granted to builder\n\nSenior advocate Harnek Brar appeared for Sekhon, while additional advocate general Kanwaljit Sekhon-Mann opposed the plea.",
    facts: ["Kanwaljit Sekhon-Mann -HOLDS_ROLE-> additional advocate general", "Harnek Brar -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Philippine daily: an acquittal 'in a separate tax case' is its own trial's, and no appeal court's ruling on the conviction told",
    text: "Journalist loses appeal\n\nThe Court of Appeals on Friday affirmed the cyber libel conviction of Lira Santelmo, who was found guilty by a Manila trial court in 2020. Santelmo has pleaded not guilty to four tax evasion charges now being heard by the Court of Tax Appeals, and she has been acquitted in a separate tax case by a Pasig court.",
    facts: ["Santelmo trial (earlier) -RESULTED_IN-> Santelmo trial (earlier): not guilty"],
    not: ["Court of Tax Appeals -RULED-> Lira Santelmo: appeal overturned", "Santelmo trial -RESULTED_IN-> Santelmo trial: not guilty"],
  },
  {
    style: "Canadian broadsheet: the owner named after the relative clause on the driver is the one charged, not the driver, and the driver's defence stays his",
    text: "Truck driver jailed for eight years\n\nHarbhajan Kalsi was sentenced to eight years for dangerous driving causing death. Defence lawyer Mark Tarnwell had asked for four years. The owner of the Calgary trucking company that employed Mr. Kalsi, Varsha Dhillon-Marr of Prairie Line Haulage Ltd., has been charged with eight counts of failing to comply with safety regulations. Mr. Kalsi will be eligible for parole after two years. Mr. Tarnwell said his client would not appeal.",
    facts: ["Varsha Dhillon-Marr -CHARGED_WITH-> failing to comply with safety regulations", "Mark Tarnwell -REPRESENTS-> Harbhajan Kalsi"],
    not: ["Harbhajan Kalsi -CHARGED_WITH-> failing to comply with safety regulations", "Prairie Line Haulage Ltd. -CHARGED_WITH-> failing to comply with safety regulations"],
  },
  {
    style: "US legal trade press: a plural noun after a judge's name and its comma opens the next clause ('jurors cleared'), no apposition",
    text: "After a two-week trial before U.S. District Judge Roland Ashbury, jurors cleared former CEO Dr. Imelda Sarkis on every claim the regulator brought against her.",
    facts: ["Roland Ashbury -HOLDS_ROLE-> judge"],
    not: ["Roland Ashbury -HOLDS_ROLE-> juror"],
  },
  {
    style: "British politics desk: 'the Liberal Democrat MP for X' names a party and a seat, no person",
    text: "Jenna Mepham, the Liberal Democrat MP for Eastwick, said she was appalled by the sentence. Alan Rowsell was convicted of fraud at Kelmarsh Crown Court.",
    facts: ["Jenna Mepham -HOLDS_ROLE-> legislator", "Alan Rowsell -CHARGED_WITH-> fraud"],
    not: ["Liberal Democrat -HOLDS_ROLE-> legislator"],
  },
  {
    style: "British politics desk: a relative clause after a name is about that name, not the speaker of the sentence",
    text: "The Labour MP for Dunmore, Sian Hughes, said the Green Party MP was wrong about Neil Crane, who was convicted of theft.",
    facts: ["Neil Crane -CHARGED_WITH-> theft"],
    not: ["Sian Hughes -CHARGED_WITH-> theft", "Sian Hughes -DEFENDANT_IN-> Hughes trial"],
  },
  {
    style: "Nigerian law report: 'appellant' and 'respondent' are the parties of an appeal, no one's occupation",
    text: "In the appeal, the appellant, Onwudiwe Adeyemi, challenged his conviction for murder. The respondent, the State of Lagos, was represented by Funmi Bello.",
    facts: ["Onwudiwe Adeyemi -CHARGED_WITH-> murder"],
    not: ["Onwudiwe Adeyemi -HOLDS_ROLE-> appellant"],
  },
  {
    style: "Indian court brief: a party label opening the sentence is no part of the name",
    text: "Defendant Ravi Nair, a schoolteacher, denied the charge of fraud. Appellant Joe Bright lost his appeal against his conviction for murder.",
    facts: ["Ravi Nair -CHARGED_WITH-> fraud", "Ravi Nair -HOLDS_ROLE-> teacher"],
    not: ["Defendant Ravi Nair -CHARGED_WITH-> fraud", "Appellant Joe Bright -CHARGED_WITH-> murder"],
  },
  {
    style: "US business wire: a regulator's counsel who tried a civil case is its lawyer, no prosecutor, and does not testify",
    text: "The civil trial of Brandon Kell, brought by the SEC, ended on Friday. The jury found Kell liable. \"Justice was served,\" said SEC lawyer Marcus Ratsey, who tried the case. SEC trial counsel Ruth Dyer told jurors in the civil case that Kell had lied.",
    facts: ["Marcus Ratsey -HOLDS_ROLE-> lawyer", "Ruth Dyer -HOLDS_ROLE-> lawyer"],
    not: ["Marcus Ratsey -HOLDS_ROLE-> prosecutor", "Ruth Dyer -TESTIFIED_IN-> Brandon Kell"],
  },
  {
    style: "US business wire: a role between two names, the first the object of 'against', is the second's",
    text: "In the SEC's civil case against Brandon Kell, the agency's lawyer, Marcus Ratsey, argued that Kell misled investors.",
    facts: ["Marcus Ratsey -HOLDS_ROLE-> lawyer"],
    not: ["Brandon Kell -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "British court report: 'Juror No. 7' names no person 'No.'",
    text: "Paul Emery was convicted of fraud. Juror No. 7 told Judge Helen Nankervis she felt pressured.",
    facts: ["Helen Nankervis -HOLDS_ROLE-> judge"],
    not: ["No. -HOLDS_ROLE-> juror"],
  },
  {
    style: "British tabloid lede: the described defendant is the son a speaker names, not the mother who speaks",
    text: "A celebrity chef has been jailed for fraud. Nadia Pereira, 70, said her son Antoine Marchal was innocent.",
    facts: ["Antoine Marchal -HOLDS_ROLE-> chef", "Antoine Marchal -RELATED_TO(son)-> Nadia Pereira"],
    not: ["Nadia Pereira -HOLDS_ROLE-> chef", "Nadia Pereira -HOLDS_ROLE-> celebrity chef"],
  },
  {
    style: "Nigerian daily: 'Chief' before a name is an honorific, no role and no part of the name",
    text: "Defence counsel, Chief Emeka Nwosu, said his client would appeal. The court convicted a former bank director, Chief Adewale Ogundipe, of fraud.",
    facts: ["Emeka Nwosu -HOLDS_ROLE-> lawyer"],
    not: ["Emeka Nwosu -HOLDS_ROLE-> chief", "Chief Adewale Ogundipe -HOLDS_ROLE-> bank director"],
  },
  {
    style: "Nigerian daily: a name inside a relative clause on the subject is not the subject of the main verb",
    text: "Adewale Ogundipe, who was arraigned in 2021 alongside his former deputy, Mrs Adaeze Mbanefo, had pleaded not guilty to the 14-count charge. EFCC counsel, Mr Rotimi Oyedepo, spoke for the Economic and Financial Crimes Commission (EFCC).",
    facts: ["Adewale Ogundipe -ENTERED_PLEA-> Adewale Ogundipe pleads not guilty"],
    not: ["Adaeze Mbanefo -ENTERED_PLEA-> Adaeze Mbanefo pleads not guilty", "Adaeze Mbanefo -CHARGED_WITH-> 14-count", "Adewale Ogundipe -CHARGED_WITH-> 14-count"],
  },
  {
    style: "Irish court report: a rank after a title ('Garda Sergeant') is no part of the name",
    text: "Declan Moriarty (58) pleaded guilty to manslaughter. Garda Sergeant Tom Walsh told the court Moriarty had rung the emergency services himself.",
    facts: ["Tom Walsh -HOLDS_ROLE-> police officer"],
    not: ["Sergeant Tom Walsh -HOLDS_ROLE-> police officer"],
  },
];

const CHARGES: StoryRow[] = [
  {
    style: "CPS press release: the day a defendant was charged is no charge",
    text: "Charity boss jailed\n\nFormer charity chief executive Marla Pardew, 54, pleaded guilty to fraud by abuse of position.\n\nNotes to editors\nMarla Pardew (DOB 02/03/1971) was charged on 4 May 2024. Her husband was charged on Monday with money laundering.",
    facts: ["Marla Pardew -CHARGED_WITH-> fraud by abuse of position"],
    not: ["Marla Pardew -CHARGED_WITH-> May 2024", "Marla Pardew -CHARGED_WITH-> 4 May 2024"],
  },
  {
    style: "Boston tabloid: 'indecent assault and battery' is one offence, and the plea is to it",
    text: "Father Liam Doyle was convicted of indecent assault and battery on a child under 14. He had pleaded not guilty to indecent assault and battery. Ken Mabery was charged with assault and battery.",
    facts: ["Liam Doyle -CHARGED_WITH-> indecent assault and battery on a child under 14", "Ken Mabery -CHARGED_WITH-> assault and battery"],
    not: ["Liam Doyle -CHARGED_WITH-> battery", "Liam Doyle pleads not guilty -ON_CHARGE-> battery", "Ken Mabery -CHARGED_WITH-> battery"],
  },
  {
    style: "Manila broadsheet: a sum told by its scale alone ('stealing billions') is what was taken, no part of the offence",
    text: "Renato Bustamante was sentenced to 40 years for stealing billions in public funds.",
    facts: ["Renato Bustamante -CHARGED_WITH-> stealing"],
    not: ["Renato Bustamante -CHARGED_WITH-> stealing billions"],
  },
  {
    style: "US business wire: 'substantive counts' are counts, and a gerund cut from its object names no offence",
    text: "Dana Kerr was convicted of one count of conspiracy and two substantive counts of violating FCPA. Omar Lask was found guilty of seven substantive counts of bribery.",
    facts: ["Dana Kerr -CHARGED_WITH-> conspiracy", "Omar Lask -CHARGED_WITH-> bribery"],
    not: ["Dana Kerr -CHARGED_WITH-> substantive counts of violating", "Omar Lask -CHARGED_WITH-> substantive counts of bribery"],
  },
  {
    style: "British tabloid: 'causing or allowing serious physical harm to a child' is one offence, and a gerund cut off by 'or' none",
    text: "Wayne Pritchard, 31, admitted child cruelty and causing or allowing serious physical harm to a child at Bristol Crown Court.",
    facts: ["Wayne Pritchard -CHARGED_WITH-> causing or allowing serious physical harm to a child", "Wayne Pritchard -CHARGED_WITH-> child cruelty"],
    not: ["Wayne Pritchard -CHARGED_WITH-> causing", "Wayne Pritchard -CHARGED_WITH-> allowing serious physical harm to a child"],
  },
];

const COURTS_AND_COUNSEL: StoryRow[] = [
  {
    style: "Manila broadsheet: a court's numbered branch is part of its name, and 'Atty.' is a lawyer's title",
    text: "A Manila Regional Trial Court Branch 46 on Monday convicted former mayor Renato Bustamante of plunder. Bustamante's lawyer, Atty. Jose Ramirez, said they would appeal.",
    facts: ["Bustamante trial -HELD_AT-> Manila Regional Trial Court Branch 46", "Jose Ramirez -REPRESENTS-> Renato Bustamante"],
    not: ["Bustamante trial -HELD_AT-> Manila Regional Trial Court Branch", "Atty. Jose Ramirez -REPRESENTS-> Renato Bustamante"],
  },
  {
    style: "Indian legal daily: 'The Bench of Justices A and B' names no court 'Bench of'",
    text: "A Division Bench of the Madras High Court acquitted Ravi Velan of murder. The Bench of Justices A. Menon and R. Nambiar said the evidence was weak.",
    facts: ["Ravi Velan -CHARGED_WITH-> murder", "A. Menon -HOLDS_ROLE-> judge"],
    not: ["A. Menon -WORKS_FOR-> Bench of", "Kumar trial -HELD_AT-> Bench of"],
  },
  {
    style: "Los Angeles daily: 'Deputy Dist. Atty.' is a prosecutor's title, no lawyer's",
    text: "Deputy Dist. Atty. Lea Marlow left without speaking. Asst. Dist. Atty. Ben Kale said Tom Scurlock was guilty.",
    facts: ["Lea Marlow -HOLDS_ROLE-> deputy district attorney", "Ben Kale -HOLDS_ROLE-> deputy district attorney"],
    not: ["Lea Marlow -HOLDS_ROLE-> lawyer", "Ben Kale -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "British court report: the defendant's mother named before 'defence barrister X' is not his client",
    text: "Jade Mercer denies murder. Her mother Linda Mercer wept as defence barrister Owen Tait KC cross-examined the pathologist.",
    facts: ["Linda Mercer -RELATED_TO(mother)-> Jade Mercer", "Owen Tait -HOLDS_ROLE-> lawyer"],
    not: ["Owen Tait -REPRESENTS-> Linda Mercer"],
  },
];

const KIN: StoryRow[] = [
  {
    style: "British showbiz desk: a possessive opening a sentence is the previous sentence's subject, a guest in court, not the defendant",
    text: "Pop star Nico Ferris was convicted of assault on Monday. Among those in court was Sir Adrian Holt, who has known Ferris for decades. His husband, Paul Mabery, sat beside him.",
    facts: ["Paul Mabery -RELATED_TO(husband)-> Adrian Holt"],
    not: ["Paul Mabery -RELATED_TO(husband)-> Nico Ferris"],
  },
  {
    style: "Kenyan daily: a wife told after counsel's words is a party's, never counsel's; a bare surname is not the relative named later",
    text: "The High Court acquitted the former official of abuse of office. Kariuki had been charged in 2021. Kariuki's advocate, Senior Counsel Fred Ngatia, said the acquittal vindicated his client. His wife, Mary Kariuki, wept in court.",
    facts: ["Fred Ngatia -HOLDS_ROLE-> lawyer"],
    not: ["Mary Kariuki -RELATED_TO(wife)-> Fred Ngatia", "Fred Ngatia -REPRESENTS-> Mary Kariuki"],
  },
  {
    style: "Kenyan daily: 'Cabinet Secretary' is a title, and 'the Director of Public Prosecutions' no person",
    text: "The High Court has acquitted former Cabinet Secretary Mwangi Kariuki of abuse of office. Justice Esther Maina said the Director of Public Prosecutions had relied on hearsay. His wife, Mary Kariuki, wept in court.",
    facts: ["Mwangi Kariuki -HOLDS_ROLE-> cabinet secretary", "Mary Kariuki -RELATED_TO(wife)-> Mwangi Kariuki"],
    not: ["Public Prosecutions -HOLDS_ROLE-> judge"],
  },
];

describeStories("wrong edges: roles", ROLES);
describeStories("wrong edges: kin", KIN);
describeStories("wrong edges: charges", CHARGES);
describeStories("wrong edges: courts and counsel", COURTS_AND_COUNSEL);
