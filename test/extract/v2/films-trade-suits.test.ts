// The credits a trade-press report of a lawsuit tells in passing: a producer "who produced the 2014 Oscar winner
// "X"", a show quoted once with the word that makes it one and again with its creator and star, a description
// right before a quoted title (which is the title's, never the article's topic's). Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US trade press: the plaintiff's credits in a relative clause, a year and an award before the title",
    text: "Veteran producer Aldous Larkspur has sued a streaming service over a cancelled show. Larkspur, who produced the 2014 Oscar winner \"Ravensworth\", is represented by Ottoline Rudge.",
    facts: ["Aldous Larkspur -PRODUCED-> Ravensworth"],
    not: ["Aldous Larkspur -HOLDS_ROLE-> actor"],
  },
  {
    style: "US trade press: the show named with its cue, then quoted again with its creator and star",
    text: "Aldous Larkspur has filed a suit over the cancellation of the period drama \"The Harrow Bells,\" claiming $14 million in fees. \"The Harrow Bells,\" created by Corisande Fenwick and starring Montague Stroud as a disgraced bishop, premiered in 2023.",
    facts: ["Montague Stroud -ACTED_IN-> The Harrow Bells"],
  },
  {
    style: "Indian film press: a described title is the title's, and the star named before keeps only his own role",
    text: "Actor Devraj Bhaskar appeared in court on Monday. Bhaskar, who starred in the 2019 blockbuster \"Kesari Raat\", denied the charges.",
    facts: ["Devraj Bhaskar -ACTED_IN-> Kesari Raat"],
    not: ["Devraj Bhaskar -HOLDS_ROLE-> blockbuster"],
  },
  {
    style: "British broadsheet: the Oscar winner before a quoted title is the film, not the producer suing",
    text: "Film producer Ilona Petrescu is suing her former partner. Petrescu, whose company made the Oscar winner \"Sorin's Field\", says she is owed £2m.",
    facts: [],
    not: ["Ilona Petrescu -HOLDS_ROLE-> actor"],
  },
  {
    style: "US trade press: a stuntman's widow named as the lead plaintiff of the suit against the producers",
    text: "The family of a stuntman who died on the set of the thriller \"Salt Ledger\" has sued the film's producers. The wrongful death lawsuit, filed Monday in Wexcombe County Superior Court, names Quarrie Pictures as a defendant. His widow, Lucinda Varga, is the lead plaintiff.",
    facts: ["Lucinda Varga -PLAINTIFF_IN-> Lucinda Varga v. Quarrie Pictures", "Quarrie Pictures -DEFENDANT_IN-> Lucinda Varga v. Quarrie Pictures"],
  },
  {
    style: "US trade press: 'sued the film's producers, X, and its director, Y': the director is the film's, not the producer's employee",
    text: "A stunt performer injured during production of the thriller \"Harbour Lights\" has sued the film's producers, Brightwater Pictures, and its director, Selwyn Ardell, alleging they ignored safety warnings.",
    facts: ["Selwyn Ardell -DIRECTED-> Harbour Lights"],
    not: ["Selwyn Ardell -WORKS_FOR-> Brightwater Pictures"],
  },
];

describeStories("credits in a trade report of a suit", ROWS);
