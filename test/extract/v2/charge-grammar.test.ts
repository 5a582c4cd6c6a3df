// Charges told by the open-class shapes of a charge phrase rather than by its vocabulary: an offence written as one
// hyphenated word ("money-laundering"), a gerund with a participle before its object ("breaching a restraining
// order"), a verb's particle ("carrying out an unlawful eviction"), an inchoate offence or an omission whose object
// names no offence ("conspiring to launder money", "failing to hand over records"), a verb that names its offence
// ("robbing her"). Invented articles in outlets' styles the corpora lack; each row names the facts a reader would
// take from it (and, after "not", facts it must not yield).
import { describeStories, table, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-09-18\n---\n${title}\n\n`;

const SPANS: StoryRow[] = [
  {
    style: "Irish broadsheet: offences written as hyphenated words",
    text: `${FRONT("Publican convicted after Revenue inquiry", "Leinster Ledger")}A Kildare publican, Fintan Quarrier, was convicted of money-laundering and tax-evasion at the Circuit Criminal Court on Thursday. He will be sentenced in November.`,
    facts: ["Fintan Quarrier -CHARGED_WITH-> money-laundering", "Fintan Quarrier -CHARGED_WITH-> tax-evasion"],
  },
  {
    style: "British regional daily: a hyphenated offence after 'jailed for'",
    text: `${FRONT("Lorry driver jailed", "Humber Evening Post")}Lorry driver Osgood Trevanny, 51, was jailed for people-smuggling after 14 migrants were found in his trailer at the docks.`,
    facts: ["Osgood Trevanny -CHARGED_WITH-> people-smuggling"],
  },
  {
    style: "Scottish court report: a participle the tagger reads as a verb between the article and the noun",
    text: `${FRONT("Man admits harassing ex", "Tayside Courier")}Lachlan Dunmorrow admitted harassing his former partner and breaching a restraining order when he appeared at Perth Sheriff Court.`,
    facts: ["Lachlan Dunmorrow -CHARGED_WITH-> harassment", "Lachlan Dunmorrow -CHARGED_WITH-> breaching a restraining order"],
  },
  {
    style: "US wire: an inchoate offence whose object names no offence",
    text: `${FRONT("Accountant admits cartel role", "Gulf Coast Wire")}Nils Oberhauser, 46, pleaded guilty on Tuesday to conspiring to launder money for a drug cartel, federal prosecutors said.`,
    facts: ["Nils Oberhauser -CHARGED_WITH-> conspiring to launder money"],
  },
  {
    style: "British tabloid: an omission with a verb's particle, among counts the defendant was cleared of",
    text: `${FRONT("Bankrupt cleared of most charges", "Sunday Harrier")}Former snooker star Rollo Penwarden was cleared of nine charges, including six counts of failing to hand over company records.`,
    facts: ["Rollo Penwarden -CHARGED_WITH-> failing to hand over company records"],
  },
  {
    style: "Welsh weekly: a verb's particle inside the offence",
    text: `${FRONT("Landlord in court", "Glamorgan Gazette")}Landlord Emlyn Crowther, 63, was charged with carrying out an unlawful eviction after tenants were locked out of a flat in Bridgend.`,
    facts: ["Emlyn Crowther -CHARGED_WITH-> carrying out an unlawful eviction"],
    not: ["Emlyn Crowther -CHARGED_WITH-> carrying"],
  },
  {
    style: "New Zealand daily: 'engaging in' keeps what was done",
    text: `${FRONT("Teen charged", "Canterbury Star")}Kauri Whitbourne, 19, has been charged with engaging in sexual activity with a young person, police said on Monday.`,
    facts: ["Kauri Whitbourne -CHARGED_WITH-> engaging in sexual activity with a young person"],
    not: ["Kauri Whitbourne -CHARGED_WITH-> engaging"],
  },
  {
    style: "US local TV: two verbs of offence, the second with a pronoun for its object",
    text: `${FRONT("Jury convicts man in parking garage attack", "KQVR News 6")}A jury on Friday convicted Deshawn Pellicoro of raping a woman and robbing her at knifepoint in a downtown parking garage.`,
    facts: ["Deshawn Pellicoro -CHARGED_WITH-> rape", "Deshawn Pellicoro -CHARGED_WITH-> robbery"],
  },
  {
    style: "Caribbean daily: 'having sex with a minor'",
    text: `${FRONT("Coach before court", "Bridgetown Mercury")}Football coach Alston Brathwaite-Coombs, 34, is accused of having sex with a minor. He was granted bail on Wednesday.`,
    facts: ["Alston Brathwaite-Coombs -CHARGED_WITH-> having sex with a minor"],
  },
  {
    style: "Australian daily: a gerund of breaking in, then a second offence",
    text: `${FRONT("Pharmacy raid", "Riverina Times")}Jarrah Kettlewell, 22, was charged with breaking into a pharmacy and stealing drugs in Wagga Wagga overnight.`,
    facts: ["Jarrah Kettlewell -CHARGED_WITH-> stealing drugs"],
  },
  {
    style: "US wire: a charge that may come is none",
    text: `${FRONT("Witness warned", "Gulf Coast Wire")}Lyle Ashbrittle, who testified for the defence on Monday, faces a possible charge of perjury if he lies again, the judge said.`,
    facts: [],
    not: ["Lyle Ashbrittle -CHARGED_WITH-> possible charge of perjury", "Lyle Ashbrittle -CHARGED_WITH-> perjury"],
  },
  {
    style: "British broadsheet: counts told as plurals are named in the singular",
    text: `${FRONT("Serial burglar jailed", "Severn Observer")}Thibault Markwick, 39, admitted two thefts and three burglaries at Gloucester Crown Court. A jury had earlier found his brother, Anselm Markwick, guilty of two rapes.`,
    facts: ["Thibault Markwick -CHARGED_WITH-> theft", "Thibault Markwick -CHARGED_WITH-> burglary", "Anselm Markwick -CHARGED_WITH-> rape"],
    not: ["Thibault Markwick -CHARGED_WITH-> thefts", "Anselm Markwick -CHARGED_WITH-> rapes"],
  },
  {
    style: "Canadian wire: a possession offence keeps its purpose",
    text: `${FRONT("Two charged after raid", "Prairie Dispatch")}Lionel Ashbury-Kent, 27, is charged with possession of cocaine for the purpose of trafficking, RCMP said Thursday.`,
    facts: ["Lionel Ashbury-Kent -CHARGED_WITH-> possession of cocaine for the purpose of trafficking"],
  },
];

describeStories("charge phrases by their grammar", SPANS);

const PREDICATES: StoryRow[] = [
  {
    style: "Crown court report: a relative clause on the second name is that name's, not the sentence subject's",
    text: `${FRONT("Steward gives evidence", "Mercia Assize Reporter")}Barnaby Coldridge, who was in charge of security at the venue, gave evidence for the prosecution against Everett Pyne, who is charged with manslaughter.`,
    facts: ["Everett Pyne -CHARGED_WITH-> manslaughter"],
    not: ["Barnaby Coldridge -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Australian tabloid: the offence as a title before the name, no article",
    text: `${FRONT("Accused tells jury of night", "Hunter Valley Herald")}Murder accused Teague Raskell told the jury on Tuesday he had acted in self-defence. The trial continues.`,
    facts: ["Teague Raskell -CHARGED_WITH-> Murder"],
  },
  {
    style: "Canadian police release: two verbs, one agency",
    text: `${FRONT("Man charged after break-in", "Kawartha Beacon")}Police arrested and charged Dorian Mackelvie, 29, with assault and mischief after a disturbance on Queen Street.`,
    facts: ["Dorian Mackelvie -CHARGED_WITH-> assault", "Dorian Mackelvie -CHARGED_WITH-> mischief"],
  },
  {
    style: "US metro daily: a list that goes on after ', as well as'",
    text: `${FRONT("Suspect charged in home invasion", "Tri-County Courier")}Harlow Fitzsimmons, 38, was charged with murder, as well as robbery and burglary, prosecutors said.`,
    facts: ["Harlow Fitzsimmons -CHARGED_WITH-> murder", "Harlow Fitzsimmons -CHARGED_WITH-> robbery", "Harlow Fitzsimmons -CHARGED_WITH-> burglary"],
  },
  {
    style: "US local TV: one subject for two verbs, the first any clause",
    text: `${FRONT("Driver surrenders", "KQVR News 6")}Tavener Bright, 24, turned himself in to police on Monday and was charged with hit-and-run. A second driver, Moss Quirrell, fled the scene but was later arrested and charged with dangerous driving.`,
    facts: ["Tavener Bright -CHARGED_WITH-> hit-and-run", "Moss Quirrell -CHARGED_WITH-> dangerous driving"],
    not: ["Tavener Bright -CHARGED_WITH-> dangerous driving"],
  },
  {
    style: "Malaysian daily: the counts after a colon, the first one too",
    text: `${FRONT("Former minister loses appeal", "Klang Valley Daily")}Osman Karimuddin, 66, was convicted by the High Court on five charges: one of abuse of power, two of criminal breach of trust and two of money laundering.`,
    facts: ["Osman Karimuddin -CHARGED_WITH-> abuse of power", "Osman Karimuddin -CHARGED_WITH-> criminal breach of trust", "Osman Karimuddin -CHARGED_WITH-> money laundering"],
  },
];

describeStories("charge predicates and lists", PREDICATES);

table("where, or in what degree, an offence was done goes on its name when the law names it so", [
  {
    name: "British broadsheet: 'wilful misconduct in a public office'",
    text: "Council officer charged\n\nA former planning officer, Gideon Varden, 58, has been charged with wilful misconduct in a public office, the Crown Prosecution Service said.",
    has: ["Gideon Varden -CHARGED_WITH-> wilful misconduct in a public office"],
    not: ["Gideon Varden -CHARGED_WITH-> wilful misconduct"],
  },
  {
    name: "Canadian wire: 'participation in the activities of a criminal organization'",
    text: "Marc Leclair, 44, was convicted of participation in the activities of a criminal organization, the RCMP said.",
    has: ["Marc Leclair -CHARGED_WITH-> participation in the activities of a criminal organization"],
    not: ["Marc Leclair -CHARGED_WITH-> participation"],
  },
  {
    name: "US metro daily: 'aggravated assault in the first degree'; a first trial is no degree",
    text: "Troy Tunney was charged with aggravated assault in the first degree. Lena Mbatha was convicted of manslaughter in the first trial.",
    has: ["Troy Tunney -CHARGED_WITH-> aggravated assault in the first degree", "Lena Mbatha -CHARGED_WITH-> manslaughter"],
    not: ["Troy Tunney -CHARGED_WITH-> aggravated assault"],
  },
  {
    name: "British regional: 'possession of a bladed article in a public place'; 'in public' alone names nothing",
    text: "Kyle Ostergaard, 19, admitted possession of a bladed article in a public place. His brother was convicted of assault in public view.",
    has: ["Kyle Ostergaard -CHARGED_WITH-> possession of a bladed article in a public place"],
    not: ["Kyle Ostergaard -CHARGED_WITH-> possession of a bladed article"],
  },
  {
    name: "Australian report: a death caused 'by the dangerous operation of a vessel'",
    text: "Skipper charged over ferry death\n\nRuth Tregaskis, 52, was charged with causing death by the dangerous operation of a vessel, police said.",
    has: ["Ruth Tregaskis -CHARGED_WITH-> causing death by the dangerous operation of a vessel"],
  },
  {
    name: "US wire: who brought the charge is no part of it ('fraud by federal prosecutors')",
    text: "Dale Colquitt was charged with wire fraud by federal prosecutors on Monday.",
    has: ["Dale Colquitt -CHARGED_WITH-> wire fraud"],
    not: ["Dale Colquitt -CHARGED_WITH-> wire fraud by federal prosecutors"],
  },
  {
    name: "New Zealand report: 'charged with offences including' with no count before it",
    text: "Accountant charged\n\nA Hamilton accountant, Ewan Moffatt, 49, has been charged with offences including fraud and money laundering, police said.",
    has: ["Ewan Moffatt -CHARGED_WITH-> fraud", "Ewan Moffatt -CHARGED_WITH-> money laundering"],
  },
  {
    name: "Irish daily: 'a string of offences, among them' after the day",
    text: "Carl Brindley was charged on Monday with a string of offences, among them burglary, criminal damage and theft.",
    has: ["Carl Brindley -CHARGED_WITH-> burglary", "Carl Brindley -CHARGED_WITH-> criminal damage", "Carl Brindley -CHARGED_WITH-> theft"],
  },
  {
    name: "British broadsheet: a statute after one offence, then the rest of the list",
    text: "Dean Atherley, 27, was charged with wounding with intent contrary to section 18 of the Offences Against the Person Act and possession of an offensive weapon.",
    has: ["Dean Atherley -CHARGED_WITH-> wounding with intent", "Dean Atherley -CHARGED_WITH-> possession of an offensive weapon"],
    not: ["Dean Atherley -CHARGED_WITH-> wounding with intent contrary to section 18 of the Offences"],
  },
  {
    name: "UK tabloid: 'without a certificate' and what the offence was over, inside a list",
    text: "Ray Gormley was charged with possession of ammunition without a certificate, perverting the course of justice and assisting an offender. His brother Liam Gormley was charged with murder over the death of a neighbour and arson.",
    has: ["Ray Gormley -CHARGED_WITH-> possession of ammunition without a certificate", "Ray Gormley -CHARGED_WITH-> perverting the course of justice", "Ray Gormley -CHARGED_WITH-> assisting an offender", "Liam Gormley -CHARGED_WITH-> arson"],
  },
  {
    name: "Australian wire: 'charged late on Friday', 'charged overnight'",
    text: "A former fund manager, Glen Ruddock, was charged late on Friday with fraud and false accounting. His associate Mia Blackwood was charged overnight with dishonestly obtaining a financial advantage.",
    has: ["Glen Ruddock -CHARGED_WITH-> fraud", "Glen Ruddock -CHARGED_WITH-> false accounting", "Mia Blackwood -CHARGED_WITH-> dishonestly obtaining a financial advantage"],
  },
  {
    name: "British regional: a list item told with whom it was done by, then the rest of the list",
    text: "Former coach charged\n\nPaul Winstanley, 61, has been charged with sexual activity with a child by a person in a position of trust, rape and indecent assault.",
    has: ["Paul Winstanley -CHARGED_WITH-> rape", "Paul Winstanley -CHARGED_WITH-> indecent assault"],
  },
  {
    name: "Australian court list: a span of years, and what a fraud related to, inside a list",
    text: "Neil Garside was charged with theft between 2010 and 2015, fraud and forgery. His business partner Ola Oduwole was charged with fraud relating to the sale of land, forgery and perjury.",
    has: ["Neil Garside -CHARGED_WITH-> fraud", "Neil Garside -CHARGED_WITH-> forgery", "Ola Oduwole -CHARGED_WITH-> forgery", "Ola Oduwole -CHARGED_WITH-> perjury"],
    not: ["Neil Garside -CHARGED_WITH-> perjury"],
  },
  {
    name: "US indictment summary: each count's number in parentheses after its offence",
    text: "Lyle Featherstone was charged with wire fraud (count one), bank fraud (count two) and money laundering (counts three to five).",
    has: ["Lyle Featherstone -CHARGED_WITH-> wire fraud", "Lyle Featherstone -CHARGED_WITH-> bank fraud", "Lyle Featherstone -CHARGED_WITH-> money laundering"],
  },
]);

