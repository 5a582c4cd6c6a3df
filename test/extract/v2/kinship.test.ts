// Family ties (RELATED_TO) told in presses' own ways: "his wife X", "X's brother Y", "her son, Y,
// 12", "the couple's daughter", "brothers X and Y", "X and her husband Y", "the brother of the
// victim, X". Traps: "father-of-three X" names no relative; with two people in the sentence the tie
// binds to the one the possessive or apposition attaches to. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: 'his wife X' without a comma",
    text: "Oren Vale was jailed for six years. His wife Nadia Bell wept in the public gallery.",
    facts: ["Nadia Bell -RELATED_TO(wife)-> Oren Vale"],
  },
  {
    style: "wire: 'X's brother Y'",
    text: "Oren Vale's brother Sami Vale gave evidence for the defence.",
    facts: ["Sami Vale -RELATED_TO(brother)-> Oren Vale"],
  },
  {
    style: "BBC: 'her son, Y, 12'",
    text: "Mira Holt, 38, was charged with neglect. Her son, Ezra Holt, 12, was taken into care.",
    facts: ["Ezra Holt -RELATED_TO(son)-> Mira Holt"],
  },
  {
    style: "Australian (ABC): 'the couple's daughter' is the daughter of each of the couple",
    text: "Dean Roper and his wife Carla Roper were charged with child cruelty. The couple's daughter, Ivy Roper, was found at the house.",
    facts: ["Carla Roper -RELATED_TO(wife)-> Dean Roper", "Ivy Roper -RELATED_TO(daughter)-> Dean Roper", "Ivy Roper -RELATED_TO(daughter)-> Carla Roper"],
  },
  {
    style: "British tabloid: 'Brothers X and Y' with ages",
    text: "Brothers Amir Sadiq, 24, and Yusuf Sadiq, 21, were jailed for the robbery.",
    facts: ["Amir Sadiq -RELATED_TO(brother)-> Yusuf Sadiq"],
    not: ["Amir Sadiq -RELATED_TO(brother)-> Amir Sadiq"],
  },
  {
    style: "US wire: 'X and her husband Y'",
    text: "Tessa Lyle and her husband Ben Lyle were found guilty of fraud.",
    facts: ["Ben Lyle -RELATED_TO(husband)-> Tessa Lyle"],
  },
  {
    style: "Indian (PTI): the brother of the victim, named after",
    text: "The court heard from Jonah Pike, the brother of the victim, Lena Pike.",
    facts: ["Jonah Pike -RELATED_TO(brother)-> Lena Pike"],
  },
  {
    style: "Indian (PTI): 'their father' after a sentence naming two brothers",
    text: "Among those killed were brothers Ramesh Kol, 24, and Suresh Kol, 21, migrant workers from the district. Their father, Kalu Kol, has attended every hearing.",
    facts: ["Ramesh Kol -RELATED_TO(brother)-> Suresh Kol", "Kalu Kol -RELATED_TO(father)-> Ramesh Kol", "Kalu Kol -RELATED_TO(father)-> Suresh Kol"],
  },
  {
    style: "US local TV: 'their daughter' after the husband's sentence",
    text: "Teresa Vance-Hill was killed in the crash. Vance-Hill's husband, Rick Hill, sat in the front row every day. Their daughter, Alyssa Hill, 19, testified on Tuesday.",
    facts: ["Rick Hill -RELATED_TO(husband)-> Teresa Vance-Hill", "Alyssa Hill -RELATED_TO(daughter)-> Rick Hill", "Alyssa Hill -RELATED_TO(daughter)-> Teresa Vance-Hill"],
  },
  // precision traps
  {
    style: "wire: 'their' after two people not tied to each other is no one's kin",
    text: "Oren Vale met Nadia Bell at a party in 2008. Their daughter, Lina Vale, was born in 2010.",
    facts: [],
    not: ["Lina Vale -RELATED_TO(daughter)-> Oren Vale", "Lina Vale -RELATED_TO(daughter)-> Nadia Bell"],
  },
  {
    style: "Australian: two couples named, 'the couple's' is neither's",
    text: "Dean Roper and his wife Carla Roper lived next door to Sam Rudge and his wife Ann Rudge. The couple's daughter, Ivy Roper, was found at the house.",
    facts: ["Carla Roper -RELATED_TO(wife)-> Dean Roper", "Ann Rudge -RELATED_TO(wife)-> Sam Rudge"],
    not: ["Ivy Roper -RELATED_TO(daughter)-> Sam Rudge", "Ivy Roper -RELATED_TO(daughter)-> Ann Rudge", "Ivy Roper -RELATED_TO(daughter)-> Dean Roper"],
  },
  {
    style: "tabloid: 'father-of-three X' names no relative",
    text: "Father-of-three Gavin Rusk, 44, was jailed for two years for assault. Kim Alder, his neighbour, gave evidence.",
    facts: [],
    not: ["Kim Alder -RELATED_TO(father)-> Gavin Rusk", "Gavin Rusk -RELATED_TO(father)-> Kim Alder"],
  },
  {
    style: "wire: the tie is the possessor's, not the speaker's",
    text: "Tom Hart told the court that Oren Vale's brother Sami Vale had lied.",
    facts: ["Sami Vale -RELATED_TO(brother)-> Oren Vale"],
    not: ["Sami Vale -RELATED_TO(brother)-> Tom Hart"],
  },
  {
    style: "broadsheet: a wife's brother is not the husband's brother",
    text: "Oren Vale's wife's brother, Sami Ross, testified.",
    facts: [],
    not: ["Sami Ross -RELATED_TO(brother)-> Oren Vale"],
  },
  {
    style: "British: the lawyer in apposition is not the wife's husband",
    text: "Oren Vale's lawyer, Tom Hart, said Vale's wife, Ana Vale, would support him.",
    facts: ["Ana Vale -RELATED_TO(wife)-> Oren Vale"],
    not: ["Ana Vale -RELATED_TO(wife)-> Tom Hart"],
  },
  {
    style: "British: a neighbour listed after the brother is no kin",
    text: "Dorian Pellow's brother, Sami Pellow, and a neighbour, Jo Baird, gave evidence.",
    facts: ["Sami Pellow -RELATED_TO(brother)-> Dorian Pellow"],
    not: ["Jo Baird -RELATED_TO(brother)-> Dorian Pellow"],
  },
  {
    style: "wire: one who sat beside another's sister is not her sibling",
    text: "Nadia Bell, who sat beside Oren Vale's sister Ruth Vale, wept.",
    facts: ["Ruth Vale -RELATED_TO(sister)-> Oren Vale"],
    not: ["Ruth Vale -RELATED_TO(sister)-> Nadia Bell", "Nadia Bell -RELATED_TO(sister)-> Oren Vale"],
  },
  {
    style: "Australian regional: a second tie after 'and' is to the one the first tie is",
    text: "Margo Ellerby, 74, died in hospital. Mrs Ellerby's daughter, Joanne, and son, Peter, sat in the public gallery.",
    facts: ["Joanne -RELATED_TO(daughter)-> Margo Ellerby", "Peter -RELATED_TO(son)-> Margo Ellerby"],
  },
  {
    style: "British tabloid: each tie with its own possessive stays with its own relative",
    text: "Oren Vale's daughter, Lina Vale, and Ivo Hart's son, Sami Hart, gave evidence.",
    facts: ["Lina Vale -RELATED_TO(daughter)-> Oren Vale", "Sami Hart -RELATED_TO(son)-> Ivo Hart"],
    not: ["Sami Hart -RELATED_TO(son)-> Oren Vale"],
  },
];

describeStories("family ties", ROWS);
