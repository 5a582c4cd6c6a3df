// Charges and verdicts told the ways wire, broadsheet, tabloid, British, Australian, Nigerian, South
// African and Indian court reports tell them: "convicted of X's murder", an offence with the intent it
// was done with ("arson with intent to endanger life"), an offence named by its kind ("drug-related
// offences", "child sex offences"), "charges ranging from A to B", "found the three guilty". Invented
// articles; each row names the facts a reader would take from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-05-09\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: 'convicted of <name>'s murder'",
    text: `${FRONT("Thug guilty of pub murder", "Northern Echo Daily")}Kelvin Mepham, 34, was convicted of Danny Ashby's murder at Teesford Crown Court on Friday. He will be sentenced next month.`,
    facts: ["Kelvin Mepham -CHARGED_WITH-> murder", "Mepham trial: guilty -ON_CHARGE-> murder", "murder -ALLEGED_VICTIM-> Danny Ashby"],
    not: ["Danny Ashby -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian broadsheet: 'pleaded guilty to <name>'s manslaughter', the named one never the accused",
    text: `${FRONT("Driver admits manslaughter", "Coastal Herald")}Brett Louden pleaded guilty to Kira Vance's manslaughter in the Supreme Court. Ms Vance, 19, died at the scene.`,
    facts: ["Brett Louden -CHARGED_WITH-> manslaughter", "manslaughter -ALLEGED_VICTIM-> Kira Vance"],
    not: ["Kira Vance -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "British court report: arson told with the intent it was done with",
    text: `${FRONT("Man charged after house fire", "Wessex Gazette")}Rhys Jermyn, 29, of Marlow Road, was charged with arson with intent to endanger life after a fire at a terraced house. He was remanded in custody.`,
    facts: ["Rhys Jermyn -CHARGED_WITH-> arson with intent to endanger life"],
  },
  {
    style: "British crown court: a firearm possessed with intent, admitted",
    text: `${FRONT("Gunman admits firearm offence", "Midland Courier")}Tyrone Ebbs admitted possession of a firearm with intent to endanger life at Walsford Crown Court. He will be sentenced in June.`,
    facts: ["Tyrone Ebbs -CHARGED_WITH-> possession of a firearm with intent to endanger life"],
  },
  {
    style: "British broadsheet: a sexual offence whose statutory name runs on past 'in' and 'without'",
    text: `${FRONT("Coach convicted", "Wessex Gazette")}Martin Greer was convicted of causing a person to engage in sexual activity without consent. He was cleared of rape.`,
    facts: ["Greer trial: guilty -ON_CHARGE-> causing a person to engage in sexual activity without consent", "Greer trial: not guilty -ON_CHARGE-> rape"],
  },
  {
    style: "British tabloid: offences named by their kind keep the word 'offences'",
    text: `${FRONT("Dealer jailed", "Midland Courier")}Lee Hatton, 31, admitted drug-related offences at Walsford Crown Court. His brother Sam Hatton was convicted of firearms offences. A third man, Dean Larkbey, was charged with child sex offences.`,
    facts: ["Lee Hatton -CHARGED_WITH-> drug-related offences", "Sam Hatton -CHARGED_WITH-> firearms offences", "Dean Larkbey -CHARGED_WITH-> child sex offences"],
  },
  {
    style: "British wire: 'a string of sexual offences against girls'",
    text: `${FRONT("Teacher jailed", "PA-style wire")}Former teacher Owen Rowsell was convicted of a string of sexual offences against girls at his school. He denied the charges.`,
    facts: ["Owen Rowsell -CHARGED_WITH-> sexual offences"],
  },
  {
    style: "Australian wire: 'charges ranging from A to B'",
    text: `${FRONT("Man faces court over crime spree", "AAP-style wire")}Jayden Roe, 22, faces charges ranging from burglary to assault occasioning actual bodily harm. He did not apply for bail.`,
    facts: ["Jayden Roe -CHARGED_WITH-> burglary", "Jayden Roe -CHARGED_WITH-> assault occasioning actual bodily harm"],
  },
  {
    style: "British broadsheet: 'the jury found the three guilty'",
    text: `${FRONT("Three guilty of robbery", "Wessex Gazette")}Rhys Jermyn, Tom Baird and Lee Hatton were charged with robbery. After a two-week trial the jury found the three guilty.`,
    facts: ["Rhys Jermyn -DEFENDANT_IN-> Jermyn trial", "Jermyn trial: guilty -ON_CHARGE-> robbery"],
  },
  {
    style: "Nigerian daily: the court 'convicted the two'",
    text: `${FRONT("Two convicted of fraud", "Lagos Ledger")}Chidi Obi and Emeka Nwosu were arraigned on charges of obtaining by false pretences. Justice Ada Eze convicted the two on Tuesday.`,
    facts: ["Chidi Obi -CHARGED_WITH-> obtaining by false pretences", "Emeka Nwosu -DEFENDANT_IN-> Obi trial"],
  },
  {
    style: "South African daily: 'is standing trial for the murder of'",
    text: `${FRONT("Murder trial under way", "Highveld Star")}Lwazi Ndlela, 31, is standing trial for the murder of Thandi Nkosi in the Gauteng High Court. He has pleaded not guilty.`,
    facts: ["Lwazi Ndlela -DEFENDANT_IN-> Ndlela trial", "Ndlela trial -TRIED_FOR-> murder", "murder -ALLEGED_VICTIM-> Thandi Nkosi"],
  },
  {
    style: "British tabloid: 'guilty on all counts, including X and Y' convicts every count, the named among them",
    text: `${FRONT("Monster caged", "Daily Clarion")}Jack Tully was charged with rape, assault and theft. At Kestleford Crown Court he was found guilty on all counts, including rape and false imprisonment.`,
    facts: ["Tully trial: guilty -ON_CHARGE-> rape", "Tully trial: guilty -ON_CHARGE-> false imprisonment", "Tully trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "Australian wire: 'faces a string of charges including A, B and C'",
    text: `${FRONT("Teen refused bail", "AAP-style wire")}Jayden Roe faces a string of charges including burglary, theft and dangerous driving. He will reappear in court in June.`,
    facts: ["Jayden Roe -CHARGED_WITH-> burglary", "Jayden Roe -CHARGED_WITH-> theft", "Jayden Roe -CHARGED_WITH-> dangerous driving"],
  },
  {
    style: "Indian wire: a defamation suit against a newspaper and the damages a judge awarded",
    text: `${FRONT("Businessman wins defamation suit", "Deccan Wire")}Arjun Mehta sued the Coastal Chronicle for defamation, with a judge awarding him $2.9 million in damages.`,
    facts: ["Arjun Mehta -PLAINTIFF_IN-> Arjun Mehta v. Coastal Chronicle", "Coastal Chronicle -DEFENDANT_IN-> Arjun Mehta v. Coastal Chronicle", "Arjun Mehta v. Coastal Chronicle -RESULTED_IN-> Arjun Mehta v. Coastal Chronicle: liable"],
  },
  {
    style: "Australian broadsheet: 'won his defamation case against the publisher of <paper>'",
    text: `${FRONT("Footballer wins defamation case", "Coastal Herald")}Former footballer Ben Roswick won his defamation case against the publisher of The Harbour Tribune on Friday.`,
    facts: ["Ben Roswick -PLAINTIFF_IN-> Ben Roswick v. Harbour Tribune", "Harbour Tribune -DEFENDANT_IN-> Ben Roswick v. Harbour Tribune"],
  },
  {
    style: "British wire: 'the murders of A, 23, and her mother, B' names two complainants, never an offence called 'mother'",
    text: `${FRONT("Man charged with double murder", "PA-style wire")}Jack Tully was charged with the murders of Lisa Ward, 23, and her mother, Ann Ward, 51. He will appear at Kestleford Crown Court on Monday.`,
    facts: ["Jack Tully -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Lisa Ward"],
    not: ["Jack Tully -CHARGED_WITH-> mother"],
  },
  {
    style: "British local paper: a fine or a spared jail term for a named offence is its conviction",
    text: `${FRONT("Magistrates' round-up", "Wessex Gazette")}Nadia Pellow, 33, was fined £500 for drink-driving. Tom Baird was spared jail for assault.`,
    facts: ["Nadia Pellow -CHARGED_WITH-> drink-driving", "Nadia Pellow: guilty -ON_CHARGE-> drink-driving", "Tom Baird: guilty -ON_CHARGE-> assault"],
  },
  {
    style: "Nigerian daily: 'was handed down a 10-year sentence for X'",
    text: `${FRONT("Trafficker jailed", "Lagos Ledger")}Emeka Nwosu was handed down a 10-year sentence for drug trafficking by the Federal High Court in Lagos.`,
    facts: ["Emeka Nwosu -CHARGED_WITH-> drug trafficking"],
  },
  {
    style: "Indian wire: 'chargesheeted for', 'held guilty of'",
    text: `${FRONT("Contractor held guilty", "Deccan Wire")}Ramesh Kale was chargesheeted for murder and criminal conspiracy in 2021. On Monday he was held guilty of murder by the sessions court.`,
    facts: ["Ramesh Kale -CHARGED_WITH-> criminal conspiracy", "Kale trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Negated and hedged: no charge from a charge someone was not brought, nor a conviction from a denial",
    text: `${FRONT("No charges over fire", "Wessex Gazette")}Rhys Jermyn was not charged with arson with intent to endanger life. He denies causing a person to engage in sexual activity without consent. Ben Roswick has not won his case against the publisher of The Harbour Tribune.`,
    facts: [],
    not: ["Rhys Jermyn -CHARGED_WITH-> arson with intent to endanger life", "Jermyn trial: guilty -ON_CHARGE-> causing a person to engage in sexual activity without consent", "Ben Roswick v. Harbour Tribune -RESULTED_IN-> Ben Roswick v. Harbour Tribune: liable"],
  },
];

describeStories("charge phrasings of wire and court reports", ROWS);

describeStories("a sentence with no term names its offence", [
  {
    style: "British regional: 'was given a suspended sentence for assault', 'received a community order for theft'",
    text: "Tom Vale, 23, of Mill Lane, was given a suspended sentence for assault. His co-accused, Ana Ruiz, received a community order for theft.",
    facts: ["Tom Vale -CHARGED_WITH-> assault", "Ana Ruiz -CHARGED_WITH-> theft"],
  },
  {
    style: "British regional: a sentence of that kind spoken of, given to no one, is no conviction",
    text: "Tom Vale, 23, admitted nothing. A community order for theft would not be enough, the magistrate said.",
    facts: [],
    not: ["Tom Vale -CHARGED_WITH-> theft"],
  },
  {
    style: "Australian regional: an offence told as a state, 'being an accessory after the fact'",
    text: "Kaden Moss, 18, was charged with being an accessory after the fact to murder.",
    facts: ["Kaden Moss -CHARGED_WITH-> accessory after the fact to murder"],
  },
  {
    style: "British Crown Court: 'being concerned in the supply of' keeps its words",
    text: "Sam Vey, 29, was charged with being concerned in the supply of cocaine.",
    facts: ["Sam Vey -CHARGED_WITH-> being concerned in the supply of cocaine"],
  },
  {
    style: "British regional: 'being' before a word of no offence names none",
    text: "Sam Vey, 29, was accused of being a liar by his neighbour.",
    facts: [],
    not: ["Sam Vey -CHARGED_WITH-> liar"],
  },
  {
    style: "US metro daily: a breach told by a gerund with the doer's own thing ('violating her oath of office') is an offence",
    text: "Officer Jane Kemp was indicted on charges of violating her oath of office and obstructing police.",
    facts: ["Jane Kemp -CHARGED_WITH-> violating her oath of office", "Jane Kemp -CHARGED_WITH-> obstructing police"],
  },
  {
    style: "British tabloid: 'for using his fame' tells what he did, not an offence",
    text: "Tom Vale was jailed for using his fame to silence his victims.",
    facts: [],
    not: ["Tom Vale -CHARGED_WITH-> using his fame"],
  },
]);
