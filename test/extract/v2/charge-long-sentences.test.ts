// Charges in the long sentences news writing builds around them (issue 8): a charge list after a long subject and
// a date and a place ("X, 54, a former deputy commissioner ..., was charged on Tuesday in the Supreme Court in Perth
// with ..."), an offence with its own place or time before the next one ("conspiracy to defraud investors in a Ponzi
// scheme and making false statements"), an offence told by an adverb and a gerund ("negligently discharging a
// firearm"). Invented articles; each row names the facts a reader would take from it (and, after "not", facts it
// must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-11-12\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Australian broadsheet: a long subject, then a day and a court before the offences",
    text: `${FRONT("Former tax official charged", "Swan River Standard")}Tobias Renwick, 54, a former deputy commissioner of the state's revenue department who resigned in 2021 after an internal audit, was charged on Tuesday in the Supreme Court in Perth with bribery, extortion and money laundering. He was granted bail.`,
    facts: ["Tobias Renwick -CHARGED_WITH-> bribery", "Tobias Renwick -CHARGED_WITH-> extortion", "Tobias Renwick -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Canadian wire: a town and a date between 'charged' and 'with'",
    text: `${FRONT("Cardston man charged", "Prairie Press Wire")}Halvard Quist, 61, was charged in Cardston on March 3 with fraud and forgery. His lawyer, Mireille Dube, said he would fight the charges.`,
    facts: ["Halvard Quist -CHARGED_WITH-> fraud", "Halvard Quist -CHARGED_WITH-> forgery"],
    not: ["Mireille Dube -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian daily: a place and its state between 'charges' and 'of'",
    text: `${FRONT("Ex-councillor in fresh trouble", "Ibadan Courier")}Oduya Bankole, a former councillor, faces separate charges in Ibadan, in Oyo State, of two counts of armed robbery.`,
    facts: ["Oduya Bankole -CHARGED_WITH-> armed robbery"],
  },
  {
    style: "US trade press: a plea of no contest with its year before the offence",
    text: `${FRONT("Set shooting: assistant director sentenced", "Screen Ledger")}Dorran Pike, the film's first assistant director, pleaded no contest in 2023 to negligent use of a deadly weapon and received probation.`,
    facts: ["Dorran Pike -CHARGED_WITH-> negligent use of a deadly weapon", "Dorran Pike pleads no contest -ON_CHARGE-> negligent use of a deadly weapon"],
  },
  {
    style: "South African daily: an offence told by an adverb and a gerund",
    text: `${FRONT("Gun owner convicted", "Highveld Tribune")}Rolf Danner, 37, stood trial in the Pretoria regional court. Magistrate Aileen Cho convicted him of negligently discharging a firearm in a restaurant.`,
    facts: ["Rolf Danner -CHARGED_WITH-> negligently discharging a firearm", "Danner trial: guilty -ON_CHARGE-> negligently discharging a firearm"],
    not: ["Aileen Cho -CHARGED_WITH-> negligently discharging a firearm"],
  },
  {
    style: "US business press: an offence's own place before the next offence, which repeats 'with'",
    text: `${FRONT("Hedge fund founder charged", "Harbor Street Journal")}Ferris Ondaatje, who ran a hedge fund in Greenwich, was charged on Thursday with conspiracy to defraud investors in a Ponzi scheme and with making false statements to federal investigators.`,
    facts: ["Ferris Ondaatje -CHARGED_WITH-> conspiracy to defraud investors", "Ferris Ondaatje -CHARGED_WITH-> making false statements to federal investigators"],
  },
  {
    style: "British broadsheet: an offence's year before the next offence",
    text: `${FRONT("Businessman guilty", "Clydeside Herald")}Ulrich Pemberton, 47, was convicted at the High Court in Glasgow of the murder of his business partner in 2019 and of attempting to defeat the ends of justice.`,
    facts: ["Ulrich Pemberton -CHARGED_WITH-> murder", "Ulrich Pemberton -CHARGED_WITH-> attempting to defeat the ends of justice"],
  },
  {
    style: "Canadian wire: negated and hypothetical charges after a place and a date make none",
    text: `${FRONT("No charges yet", "Prairie Press Wire")}Emeka Adebanjo was not charged in Cardston on Monday with fraud. Police said Tamsin Orde could be charged in Lethbridge next month with theft.`,
    facts: [],
    not: ["Emeka Adebanjo -CHARGED_WITH-> fraud", "Tamsin Orde -CHARGED_WITH-> theft"],
  },
];

describeStories("charges in long sentences", ROWS);
