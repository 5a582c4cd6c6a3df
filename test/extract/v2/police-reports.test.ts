// Police and workplace reports from several countries: officers named with short titles
// ("Const.", "Det. Sgt."), the force or body they work for, roles written before a name at the
// start of a sentence, and ledes that describe the accused before naming anyone. Precision traps:
// a lede's "A van driver has been charged" is never the cyclist who died, nor the officer who
// speaks; a courtesy "Dr." yields to the job an apposition gives. Invented stories.
import { describeStories, table, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "BBC regional: the lede describes the accused, the next sentence names the one who died",
    text: "A van driver has been charged with causing death by dangerous driving after a cyclist was killed in Wexcombe. Hattie Corran, 38, a nurse at Wexcombe Hospital, died at the scene on London Road on 4 March. Simon Pellow, 44, was charged on Friday.",
    facts: ["Hattie Corran -HOLDS_ROLE-> nurse"],
    not: ["Hattie Corran -CHARGED_WITH-> causing death by dangerous driving", "Hattie Corran -HOLDS_ROLE-> van driver"],
  },
  {
    style: "Canadian (CP): 'Const.' before the officer's name, the one pronounced dead after",
    text: "A 52-year-old Brackton man has been charged with second-degree murder in the death of his neighbour, police said Tuesday. Const. Jana Roeder of the Tallis Regional Police Service said officers were called to a home shortly after 11 p.m. Marek Tolley, 47, was found with serious injuries and was pronounced dead at the scene.",
    facts: ["Jana Roeder -HOLDS_ROLE-> police officer", "Jana Roeder -WORKS_FOR-> Tallis Regional Police Service"],
    not: ["Jana Roeder -CHARGED_WITH-> second-degree murder", "Marek Tolley -CHARGED_WITH-> second-degree murder"],
  },
  {
    style: "Canadian: a force's name, then 'Det. Const.' and the officer",
    text: "Tallis Regional Police Service Det. Const. Aline Fortin, who led the investigation, said more victims had come forward.",
    facts: ["Aline Fortin -HOLDS_ROLE-> detective", "Aline Fortin -WORKS_FOR-> Tallis Regional Police Service"],
  },
  {
    style: "Australian (The Age): an officer 'of' a force's squad, with no comma",
    text: "Detective Inspector Andrea Mullery of Tarrant Police's homicide squad said the two men had known each other.",
    facts: ["Andrea Mullery -HOLDS_ROLE-> detective", "Andrea Mullery -WORKS_FOR-> Tarrant Police"],
  },
  {
    style: "British trade press: a role 'from' a body named over 'and', then the name",
    text: "An inspector from the Food and Safety Authority, Joanne Frayn, said the investigation had been complex.",
    facts: ["Joanne Frayn -HOLDS_ROLE-> inspector", "Joanne Frayn -WORKS_FOR-> Food and Safety Authority"],
  },
  {
    style: "British: a driver 'for' a courier firm",
    text: "Simon Pellow, a delivery driver for Swiftline Couriers, was released on bail.",
    facts: ["Simon Pellow -HOLDS_ROLE-> delivery driver", "Simon Pellow -WORKS_FOR-> Swiftline Couriers"],
  },
  {
    style: "workplace death: the role before the name opens the sentence",
    text: "Forklift driver Craig Ellerby, 27, died at the company's warehouse in January after a pallet rack collapsed on him.",
    facts: ["Craig Ellerby -HOLDS_ROLE-> forklift driver"],
    not: ["Craig Ellerby -HOLDS_ROLE-> driver"],
  },
  {
    style: "US local: a sergeant's title and the apposition that says he speaks for the force",
    text: "Sgt. Joe Brannock, a spokesman for the Brackton Division of Police, said more charges were possible.",
    facts: ["Joe Brannock -HOLDS_ROLE-> police officer", "Joe Brannock -HOLDS_ROLE-> spokesperson", "Joe Brannock -WORKS_FOR-> Brackton Division of Police"],
  },
  {
    style: "US: prosecutors from an office, each named with a title of their own",
    text: "The judge allowed the two prosecutors from the Brackton County District Attorney's Office, Deputy District Attorneys Reina Moller and Ariel Ansty, to address the jury.",
    facts: ["Reina Moller -HOLDS_ROLE-> deputy district attorney", "Reina Moller -WORKS_FOR-> Brackton County District Attorney's Office"],
    not: ["Reina Moller -HOLDS_ROLE-> prosecutor", "Ariel Ansty -HOLDS_ROLE-> prosecutor"],
  },
  {
    style: "business press: a courtesy 'Dr.' before a scientist's job",
    text: "Among the witnesses was Dr. Kofi Annor-Bey, the firm's former head of clinical development, who testified about the data.",
    facts: ["Kofi Annor-Bey -HOLDS_ROLE-> head of clinical development"],
    not: ["Kofi Annor-Bey -HOLDS_ROLE-> doctor"],
  },
  {
    style: "Australian (The Age): the officer's full rank, then the rank said short",
    text: "Detective Inspector Andrea Mullery of Tarrant Police's homicide squad said the victim died in hospital. Inspector Mullery said the two men had known each other.",
    facts: ["Andrea Mullery -HOLDS_ROLE-> detective"],
    not: ["Andrea Mullery -HOLDS_ROLE-> inspector"],
  },
];

describeStories("police and workplace reports", ROWS);

table("places named with a compass word", [
  {
    name: "Indian (Mumbai): a suburb's 'East' is a place, not a person",
    text: "A security guard was arrested on Thursday for allegedly killing a shopkeeper in Vikhroli East following a dispute over money. Sub-Inspector R. Kumaresan of the local police said the accused, Santosh Wagle, had attacked Dinesh Parikh with an iron rod.",
    has: ["R. Kumaresan -HOLDS_ROLE-> police officer"],
    not: ["Person Vikhroli East"],
  },
], { people: true });
