// Credits told with the channel or studio beside the title ("the Netflix series X", "Y for the BBC"), a maker
// named after a kinship word, a maker's verb after an adverb, and a charge followed by the year of the case. Each
// story is invented, in a style of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Korean wire: the streamer before the kind of work, and a quoted title with its comma inside the quotes",
    text: "Actor sentenced for drug use\n\nSEOUL, Nov. 14 (Yonhap) -- Actor Pyo Min-ho, best known for the Netflix series \"Winter Ledger\" and the film \"Paper Lanterns,\" was sentenced Thursday to a suspended prison term for taking propofol, a court said.",
    facts: ["Pyo Min-ho -ACTED_IN-> Winter Ledger", "Pyo Min-ho -ACTED_IN-> Paper Lanterns"],
  },
  {
    style: "Mumbai daily: a debut directed by the actor's father, a web series he later produced for a studio",
    text: "Actor acquitted in hit-and-run case\n\nMUMBAI: A sessions court on Friday acquitted actor Kunal Pethe of culpable homicide not amounting to murder in a 2016 hit-and-run case. Pethe made his debut in the 2004 film Monsoon Letters, directed by his father, filmmaker Anupam Pethe. He later produced the web series Tin Roof Diaries for Kothrud Studios.",
    facts: [
      "Kunal Pethe -CHARGED_WITH-> culpable homicide not amounting to murder",
      "Anupam Pethe -DIRECTED-> Monsoon Letters",
      "Kunal Pethe -PRODUCED-> Tin Roof Diaries",
    ],
    not: ["Kunal Pethe -CHARGED_WITH-> culpable homicide not amounting to murder in a 2016", "Kunal Pethe -PRODUCED-> Tin Roof Diaries for Kothrud Studios"],
  },
  {
    style: "British tabloid: a soap named after its channel, a drama named before the broadcaster it was made for",
    text: "SOAP STAR ADMITS DRINK-DRIVING\n\nTelly heart-throb Tarquin Dunmore wept in the dock yesterday as he admitted drink-driving. Dunmore, who plays mechanic Kyle in the ITV soap Millbrook Lane, also starred in the drama Lantern Bay for the BBC.",
    facts: ["Tarquin Dunmore -ACTED_IN-> Millbrook Lane", "Tarquin Dunmore -ACTED_IN-> Lantern Bay"],
    not: ["Tarquin Dunmore -ACTED_IN-> Lantern Bay for the BBC"],
  },
];

describeStories("credits beside channels and studios, makers after kinship words", ROWS);
