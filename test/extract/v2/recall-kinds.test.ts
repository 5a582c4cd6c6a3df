// Kinds of statement the extractor missed on unseen reports, each shown on invented stories in a
// style of its own: a defendant called by nationality or epithet as a verb's object, the other
// charges cleared, a penalty with its ground, appeal rulings, group subjects, and more. Each row
// names the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, relationLines, story, type StoryRow } from "./helpers.ts";

const NATIONALS: StoryRow[] = [
  {
    style: "Portuguese wire in English: 'convicted the Dutchman of' after 'Dutch businessman X'",
    text: "Dutch businessman Joost Vermeulen went on trial in Lisbon in March. On Friday the jury convicted the Dutchman of money laundering and tax fraud.",
    facts: ["Vermeulen trial: guilty -ON_CHARGE-> money laundering", "Vermeulen trial: guilty -ON_CHARGE-> tax fraud"],
  },
  {
    style: "Australian broadcaster: 'The court acquitted the Canadian'",
    text: "Canadian cyclist Marie-Eve Morford, 29, stood trial in Perth last week. The court acquitted the Canadian of dangerous driving on Tuesday.",
    facts: ["Morford trial: not guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "Swiss daily: 'X, a Lebanese financier,' then 'found the Lebanese guilty'",
    text: "Karim Khoury, a Lebanese financier, was tried in Geneva. The tribunal found the Lebanese guilty of bribery.",
    facts: ["Khoury trial: guilty -ON_CHARGE-> bribery"],
  },
  {
    style: "British tabloid: 'the Briton' for the one person the story made British",
    text: "Briton Callum Birt, 33, and Spaniard Iker Solana, 40, stood trial in Malaga. The judge convicted the Briton of drug trafficking.",
    facts: ["Birt trial: guilty -ON_CHARGE-> drug trafficking"],
    not: ["Iker Solana -CHARGED_WITH-> drug trafficking"],
  },
  {
    style: "wire: two Germans named, 'the German' is neither",
    text: "German nationals Lukas Garnock and Felix Ober stood trial in Vienna. The court convicted the German of fraud.",
    facts: [],
    not: ["Lukas Garnock -CHARGED_WITH-> fraud", "Felix Ober -CHARGED_WITH-> fraud"],
  },
  {
    style: "wire: 'the German court' is no person",
    text: "German businessman Lukas Garnock stood trial in Berlin. The German court convicted Garnock of tax evasion.",
    facts: ["Garnock trial: guilty -ON_CHARGE-> tax evasion"],
  },
  {
    style: "British regional: an epithet as the verb's object",
    text: "Mother-of-two Kara Mendel, 45, stood trial at Kestleford Crown Court. Mendel denied theft. Mendel wept in the dock. Mendel was bailed. On Friday the jury convicted the mother-of-two of theft.",
    facts: ["Mendel trial: guilty -ON_CHARGE-> theft"],
  },
  {
    style: "sports wire: 'X of Norway' then 'the Norwegian'",
    text: "Sprinter Ola Rustad of Norway appeared before a Milan court in May. The judge cleared the Norwegian of doping offences.",
    facts: ["Rustad trial: not guilty -ON_CHARGE-> doping"],
  },
  {
    style: "Irish daily: 'Polish-born X' then 'the Pole' after the verb",
    text: "Polish-born lorry driver Tomasz Wrona, 38, stood trial in Cork. The jury convicted the Pole of careless driving.",
    facts: ["Wrona trial: guilty -ON_CHARGE-> careless driving"],
  },
];

describeStories("a defendant called by nationality or epithet", NATIONALS);

const OTHER_CHARGES: StoryRow[] = [
  {
    style: "Nigerian daily: 'cleared of 20 other charges' after the charges were listed",
    text: "Former mayor Obiora Ulbury was charged with bribery, money laundering and abuse of office. He was convicted of bribery on Monday. He was cleared of 20 other charges.",
    facts: ["Ulbury trial: not guilty -ON_CHARGE-> money laundering", "Ulbury trial: not guilty -ON_CHARGE-> abuse of office", "Ulbury trial: guilty -ON_CHARGE-> bribery"],
    not: ["Ulbury trial: not guilty -ON_CHARGE-> bribery"],
  },
  {
    style: "Welsh regional: 'acquitted on the remaining counts' is never the counts he was convicted on",
    text: "Rhys Jermyn, 52, was found guilty of fraud and forgery at Swansea Crown Court. He was acquitted on the remaining counts.",
    facts: ["Jermyn trial: guilty -ON_CHARGE-> fraud"],
    not: ["Jermyn trial: not guilty -ON_CHARGE-> fraud", "Jermyn trial: not guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "Indian business daily: 'but acquitted her of the other charges'",
    text: "Meera Oberoi was charged with conspiracy to defraud and money laundering. A jury convicted Meera Oberoi of conspiracy to defraud but acquitted her of the other charges.",
    facts: ["Oberoi trial: not guilty -ON_CHARGE-> money laundering"],
    not: ["Oberoi trial: not guilty -ON_CHARGE-> conspiracy to defraud"],
  },
  {
    style: "Australian broadcaster: 'cleared him of all other charges, including murder'",
    text: "Dean Ferris was convicted of manslaughter. Jurors cleared him of all other charges, including murder.",
    facts: ["Ferris trial: not guilty -ON_CHARGE-> murder", "Ferris trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Ferris trial: not guilty -ON_CHARGE-> manslaughter"],
  },
];

describeStories("the other charges cleared", OTHER_CHARGES);

const OTHER_CHARGES_TRAPS: StoryRow[] = [
  {
    style: "Nigerian daily: a guilty plea is no count 'the other charges' cleared",
    text: "Tolu Adebayo was charged with fraud, forgery and theft. He pleaded guilty to theft in March. On Friday a jury convicted him of forgery and cleared him of the other charges.",
    facts: ["Adebayo trial: not guilty -ON_CHARGE-> fraud"],
    not: ["Adebayo trial: not guilty -ON_CHARGE-> theft", "Adebayo trial: not guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "Nigerian daily: after 'convicted him on 19 counts' the remaining seven are any of them",
    text: "Chuka Obiora was arraigned on 26 counts of money laundering and fraud. Justice Ada Nwosu convicted him on 19 counts and acquitted him of the remaining seven counts.",
    facts: [],
    not: ["Obiora trial: not guilty -ON_CHARGE-> fraud", "Obiora trial: not guilty -ON_CHARGE-> money laundering"],
  },
];

describeStories("the other charges cleared: what they are not", OTHER_CHARGES_TRAPS);

const PENALTIES: StoryRow[] = [
  {
    style: "German wire in English: 'jailed for two and a half years for hiding assets'",
    text: "Former tennis champion Lars Brenner was jailed for two and a half years for hiding assets to avoid paying his debts.",
    facts: ["Lars Brenner -CHARGED_WITH-> hiding assets", "Lars Brenner: guilty -ON_CHARGE-> hiding assets"],
    not: ["Lars Brenner -CHARGED_WITH-> hiding assets to avoid paying his debts"],
  },
  {
    style: "German wire in English: 'A Hamburg court sentenced X to a year and a half in prison for concealing assets'",
    text: "A Hamburg court sentenced Lars Brenner to a year and a half in prison for concealing assets.",
    facts: ["Brenner trial: guilty -ON_CHARGE-> concealing assets", "Hamburg court -RULED-> Brenner trial: guilty", "Brenner trial -HELD_AT-> Hamburg court"],
  },
  {
    style: "British tabloid: 'three-and-a-half years' after a conviction told first",
    text: "Lars Brenner was convicted of concealing assets in his bankruptcy. The court jailed Brenner for three-and-a-half years for hiding assets worth millions.",
    facts: ["Brenner trial: guilty -ON_CHARGE-> concealing assets"],
    not: ["Lars Brenner -CHARGED_WITH-> hiding assets worth millions", "Lars Brenner -CHARGED_WITH-> hiding assets"],
  },
];

describeStories("a penalty with its ground", PENALTIES);

const APPEALS: StoryRow[] = [
  {
    style: "British broadsheet: 'the appeal court upheld his conviction', the conviction told by its penalty",
    text: "Ewan Rell was jailed for life for murder. The appeal court upheld his conviction.",
    facts: ["appeal court -RULED-> Ewan Rell: appeal upheld", "Ewan Rell: appeal upheld -OVERTURNS-> Ewan Rell: guilty"],
    not: ["Rell trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Irish daily: an appeal thrown out is a conviction that stands, never one overturned",
    text: "Ewan Rell's appeal against his fraud conviction was thrown out by the Court of Appeal.",
    facts: ["Court of Appeal -RULED-> Ewan Rell: appeal upheld", "Rell trial: guilty -ON_CHARGE-> fraud"],
    not: ["Court of Appeal -RULED-> Ewan Rell: appeal overturned"],
  },
  {
    style: "wire: 'The appeal by X against his conviction for murder was dismissed' dismisses no charge",
    text: "The appeal by Ewan Rell against his conviction for murder was dismissed.",
    facts: ["Ewan Rell: appeal upheld -OVERTURNS-> Rell trial: guilty"],
    not: ["Rell trial: dismissed -ON_CHARGE-> murder"],
  },
  {
    style: "Scottish daily: 'lost his appeal' is a conviction upheld, 'upheld his appeal' none",
    text: "Ewan Rell lost his appeal against his murder conviction at the Court of Criminal Appeal. The court upheld the appeal of his co-accused, Ross Tane.",
    facts: ["Ewan Rell: appeal upheld -OVERTURNS-> Rell trial: guilty"],
    not: ["Ewan Rell: appeal overturned -OVERTURNS-> Rell trial: guilty", "Ross Tane: appeal upheld -OVERTURNS-> Tane trial: guilty"],
  },
  {
    style: "Nigerian daily: 'the apex court' upheld the conviction",
    text: "Chidi Okeke was convicted of fraud by a Lagos High Court in 2019. The apex court upheld the conviction on Friday.",
    facts: ["apex court -RULED-> Chidi Okeke: appeal upheld"],
  },
  {
    style: "Canadian broadcaster: 'his conviction for X was upheld on appeal'",
    text: "Marc Tessier's conviction for manslaughter was upheld on appeal.",
    facts: ["Marc Tessier: appeal upheld -OVERTURNS-> Tessier trial (earlier): guilty", "Tessier trial (earlier): guilty -ON_CHARGE-> manslaughter"],
  },
];

describeStories("appeal rulings", APPEALS);

const GROUPS: StoryRow[] = [
  {
    style: "South African daily: 'They had pleaded not guilty' after 'All three were convicted'",
    text: "Lwazi Ndlela, 34, Thabo Egdale, 29, and Lerato Khumalo, 41, went on trial in Durban in March accused of murder. All three were convicted of murder on Friday. They had pleaded not guilty.",
    facts: ["Lerato Khumalo -ENTERED_PLEA-> Lerato Khumalo pleads not guilty", "Thabo Egdale -DEFENDANT_IN-> Ndlela trial", "Lerato Khumalo pleads not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Indian wire: 'They pleaded not guilty' after two brothers were charged",
    text: "Ravi Menon and his brother Suresh Menon were charged with cheating and forgery. They pleaded not guilty.",
    facts: ["Suresh Menon pleads not guilty -ON_CHARGE-> forgery", "Ravi Menon pleads not guilty -ON_CHARGE-> cheating"],
  },
  {
    style: "British regional: 'They were charged with arson and have denied the charges'",
    text: "Jacob Ward, Liam Ward and Owen Ovwick were arrested in June. They were charged with arson and have denied the charges.",
    facts: ["Owen Ovwick -CHARGED_WITH-> arson", "Liam Ward pleads not guilty -ON_CHARGE-> arson"],
  },
  {
    style: "British regional: 'The jury cleared them' after 'Both denied the charge'",
    text: "Nurses Carys Bevan and Sam Holt stood trial for misconduct in public office. Both denied the charge. The jury cleared them on Tuesday.",
    facts: ["Bevan trial: not guilty -ON_CHARGE-> misconduct in public office", "Sam Holt -ENTERED_PLEA-> Sam Holt pleads not guilty"],
  },
  {
    style: "wire: 'they' after a sentence naming an assailant and his victim is no one",
    text: "Jacob Ward and Liam Ward attacked Owen Ovwick outside a bar. They were charged with assault.",
    facts: [],
    not: ["Owen Ovwick -CHARGED_WITH-> assault"],
  },
];

describeStories("group subjects", GROUPS);

/** The relation lines of a story, and a line "Type label" for each entity. */
const withEntities = (text: string) => {
  const s = story(text);
  return [...relationLines(s), ...s.entities.map((e) => `${e.type} ${e.label}`)];
};

const NAMES: StoryRow[] = [
  {
    style: "Nigerian daily: a commission's long name over 'and' is one body",
    text: "Chuka Obiora was arraigned by the Economic and Financial Crimes Commission on money laundering charges. The Competition and Markets Authority fined his firm.",
    facts: ["Organization Economic and Financial Crimes Commission", "Organization Competition and Markets Authority"],
    not: ["Organization Economic", "Organization Financial Crimes Commission", "Organization Competition"],
  },
  {
    style: "wire: 'returned to the U.S. Prosecutors charged him' ends a sentence at 'U.S.'",
    text: "Hal Price, 52, later returned to the U.S. Prosecutors charged him with fraud.",
    facts: ["Hal Price -CHARGED_WITH-> fraud"],
    not: ["Organization U.S. Prosecutors"],
  },
  {
    style: "wire: a person called Pascal before 'and' a company stays a person",
    text: "Marc Pascal and Orbis Holdings Ltd were charged with fraud.",
    facts: ["Marc Pascal -CHARGED_WITH-> fraud"],
  },
];

describeStories("names over 'and', and 'U.S.' ending a sentence", NAMES, withEntities);

const TRADE_PRESS: StoryRow[] = [
  {
    style: "trade press: an armorer 'on the set of' an unquoted title",
    text: "Armorer Jana Holt was charged over a shooting on the set of Copper Sky in New Mexico.",
    facts: ["Film Copper Sky"],
    not: ["Person Copper Sky"],
  },
  {
    style: "trade press: 'a producer on Night Harbor', the title's last word a place's",
    text: "'Night Harbor' Producer Dale Nuttall Charged With Fraud\n\nDale Nuttall, a producer on Night Harbor, was charged with fraud on Tuesday. The Lionsgate thriller Night Harbor starred Mia Crane.",
    facts: ["Dale Nuttall -PRODUCED-> Night Harbor", "Mia Crane -ACTED_IN-> Night Harbor"],
    not: ["Place Night Harbor"],
  },
  {
    style: "trade press: 'X director Tom Quarrie', 'directed X for a studio'",
    text: "Glass Orchard director Tom Quarrie testified on Monday. Quarrie directed Glass Orchard for Kestrel Pictures in 2019.",
    facts: ["Tom Quarrie -DIRECTED-> Glass Orchard", "Film Glass Orchard"],
    not: ["Person Glass Orchard"],
  },
  {
    style: "wire: 'the shooting of' a person is no film",
    text: "Police investigated the shooting of Ana Ruiz on the film's set.",
    facts: [],
    not: ["Film Ana Ruiz"],
  },
];

describeStories("film titles in trade-press style", TRADE_PRESS, withEntities);

const DEEDS: StoryRow[] = [
  {
    style: "BBC: 'A police officer who kidnapped, raped and murdered X has been jailed', the pleas told after",
    text: "A police officer who kidnapped, raped and murdered Sara Ebbett has been jailed for life. Wayne Tolley, 48, had pleaded guilty to kidnap and rape in June and admitted murder in July.",
    facts: ["murder -ALLEGED_VICTIM-> Sara Ebbett", "rape -ALLEGED_VICTIM-> Sara Ebbett", "kidnap -ALLEGED_VICTIM-> Sara Ebbett"],
    not: ["Sara Ebbett -CHARGED_WITH-> murder", "Sara Ebbett: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "wire: a verb of offence names its charge's complainant only where one count is told",
    text: "Tomas Brell is charged with three counts of rape. One woman said he raped her at a party in 2003.",
    facts: [],
    not: ["rape -ALLEGED_VICTIM-> One woman"],
  },
];

describeStories("deeds told by their verbs", DEEDS);

const DASHED: StoryRow[] = [
  {
    style: "AP: 'Three other former guards — A, B and C — are charged', then 'They are scheduled to stand trial together'",
    text: "Three other former guards — Ivo Mabery, Dale Pruett and Tom Reid — are charged with manslaughter. They are scheduled to stand trial together in August.",
    facts: ["Tom Reid -CHARGED_WITH-> manslaughter", "Ivo Mabery -CHARGED_WITH-> manslaughter", "Tom Reid -DEFENDANT_IN-> Reid trial (to come)"],
  },
  {
    style: "broadsheet: 'Two men — A, 31, and B, 29 — were convicted'",
    text: "Two men — Ivo Mabery, 31, and Dale Pruett, 29 — were convicted of arson on Friday.",
    facts: ["Dale Pruett -CHARGED_WITH-> arson", "Mabery trial: guilty -ON_CHARGE-> arson"],
  },
];

describeStories("a list set off by dashes", DASHED);

const SECOND_CHARGES: StoryRow[] = [
  {
    style: "Scottish daily: a long aggravation, then 'and of having a bladed article in a public place'",
    text: "Ewan Tulloch, 33, from Greenock, was however convicted of assaulting Rory Vint to his severe injury, permanent impairment and the danger of his life, and of having a bladed article in a public place.",
    facts: ["Tulloch trial: guilty -ON_CHARGE-> having a bladed article in a public place", "Ewan Tulloch -CHARGED_WITH-> having a bladed article in a public place"],
  },
  {
    style: "British regional: 'admitted having a knife in a public place' is a plea to an offence",
    text: "Ross Kerr, 19, admitted having a knife in a public place at Ayr Sheriff Court.",
    facts: ["Ross Kerr pleads guilty -ON_CHARGE-> having a knife in a public place"],
  },
];

describeStories("a second charge after a long first one", SECOND_CHARGES);

const JUDGES_AND_WITNESSES: StoryRow[] = [
  {
    style: "Times of India: 'had been convicted by sessions judge X of A, B and C'",
    text: "The actor Arun Varkey walked free on Thursday. Varkey had been convicted by sessions judge R K Menon of culpable homicide not amounting to murder and rash and negligent driving.",
    facts: ["R K Menon -PRESIDED_OVER-> Varkey trial", "Varkey trial: guilty -ON_CHARGE-> rash and negligent driving"],
  },
  {
    style: "Dublin broadsheet: an age in brackets before the apposition, 'Ms X (35), a hairdresser from Y,'",
    text: "Ms Hallie Garnock (35), a hairdresser from Drimnagh, had sued both men for damages.",
    facts: ["Hallie Garnock -HOLDS_ROLE-> hairdresser"],
  },
  {
    style: "AP: witnesses at one man's trial, three others charged together at the end",
    text: "Former officer Dale Pruett was convicted of murder on Tuesday. Pruett, 45, was found guilty on all counts. Crowds gathered outside the courthouse. Some wept. Others sang. The city had braced for unrest. Shops were boarded up. Over 14 days, jurors heard from 45 witnesses. Among them was Nadia Frame, who testified that she had begged him to stop. Three other former officers — Ivo Mabery, Ben Tate and Tom Reid — are charged with manslaughter. They are scheduled to stand trial together in August.",
    facts: ["Nadia Frame -TESTIFIED_IN-> Pruett trial", "Tom Reid -CHARGED_WITH-> manslaughter"],
  },
];

describeStories("judges and witnesses", JUDGES_AND_WITNESSES);

const BROADCASTERS: StoryRow[] = [
  {
    style: "ABC (Australia): 'lost his defamation case against Network Seven and journalist X', a broadcaster named with a number",
    text: "Tom Ardley has lost his defamation case against Network Seven and journalist Lena Mabery, with a Federal Court judge finding the report was true.",
    facts: ["Tom Ardley -PLAINTIFF_IN-> Tom Ardley v. Network Seven", "Network Seven -DEFENDANT_IN-> Tom Ardley v. Network Seven", "Lena Mabery -DEFENDANT_IN-> Tom Ardley v. Network Seven"],
  },
];

describeStories("broadcasters named with a number", BROADCASTERS);

const TRIED_ALONGSIDE: StoryRow[] = [
  {
    style: "Italian wire in English: 'A and B, who were tried alongside X, each received four years'",
    text: "The Milan court found Marco Bellini guilty of bribery. Two managers, Paolo Conti and Luca Ferri, who were tried alongside Bellini, each received four years.",
    facts: ["Paolo Conti -DEFENDANT_IN-> Conti trial", "Luca Ferri -DEFENDANT_IN-> Conti trial", "Marco Bellini -DEFENDANT_IN-> Conti trial"],
  },
];

describeStories("tried alongside another", TRIED_ALONGSIDE);

const COUNTERCLAIMS: StoryRow[] = [
  {
    style: "US wire: 'found X 100 percent at fault and awarded Y $1', where X had sued Y: a counterclaim in the same trial",
    text: "Terry Salter sued Mina Sollo in 2019 over a skiing crash. On Thursday the eight jurors found Salter 100 percent at fault and awarded Sollo $1, the amount she sought in her counterclaim.",
    facts: ["Mina Sollo -PLAINTIFF_IN-> Terry Salter v. Mina Sollo", "Terry Salter v. Mina Sollo -RESULTED_IN-> Terry Salter v. Mina Sollo: liable", "Terry Salter -PLAINTIFF_IN-> Terry Salter v. Mina Sollo"],
    not: ["Terry Salter -DEFENDANT_IN-> Mina Sollo v. Terry Salter"],
  },
];

describeStories("counterclaims", COUNTERCLAIMS);
