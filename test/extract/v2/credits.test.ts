// Film credits the trade press gives through the film's own roles ("the film's three producers:
// A, B and C", "the movie's cinematographer, A, its editor, B"): each holder has the credit on the
// film last named before. Invented stories; each row names the facts a reader would take from it.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "trade press: the film's producers in a list after a colon",
    text: "\"Glass Harbour,\" Orrin Vale's drama about a ferry crash, won best picture on Sunday. The award went to the film's three producers: Ada Munro, Lee Park and Vale himself.",
    facts: ["Ada Munro -PRODUCED-> Glass Harbour", "Lee Park -PRODUCED-> Glass Harbour", "Orrin Vale -PRODUCED-> Glass Harbour"],
  },
  {
    style: "awards wire: the movie's crew in appositions, 'its' carrying the film on",
    text: "The thriller \"Cold Signal\" took seven awards. The movie's cinematographer, Tomas Vrell, its editor, Nina Ostrova, and its composer, Karl Benn, also went home with statuettes.",
    facts: ["Tomas Vrell -WORKED_ON-> Cold Signal", "Nina Ostrova -WORKED_ON-> Cold Signal", "Karl Benn -WORKED_ON-> Cold Signal"],
  },
  {
    style: "broadsheet: 'one of the film's producers' is the nearest film's",
    text: "The drama \"Salt Roads\" lost to the thriller \"Nine Winters\" for best picture. Mina Sollo, one of the film's producers, said she was proud anyway.",
    facts: ["Mina Sollo -PRODUCED-> Nine Winters"],
    not: ["Mina Sollo -PRODUCED-> Salt Roads"],
  },
  {
    style: "business wire: 'its producer' with no film's role before it is the company's, not a film's",
    text: "The drama \"Salt Roads\" opened in May. Kestrel Media said its producer, Dana Kell, would leave the company.",
    facts: [],
    not: ["Dana Kell -PRODUCED-> Salt Roads"],
  },
  {
    style: "awards wire: an award's category tells the credit, whatever the verb ('was named', 'nominated for')",
    text: "Mina Sollo was named best actress for \"Harbour Lights\" on Sunday. Pia Nolder, nominated for best actress for \"Glass Houses\", went home empty-handed, and Dara Tresk took best director for \"Salt Roads\".",
    facts: ["Mina Sollo -ACTED_IN-> Harbour Lights", "Pia Nolder -ACTED_IN-> Glass Houses", "Dara Tresk -DIRECTED-> Salt Roads"],
    not: ["Mina Sollo -ACTED_IN-> Glass Houses", "Dara Tresk -ACTED_IN-> Salt Roads"],
  },
  {
    style: "wire: 'who starred in the film' is the one film the story names",
    text: "The armorer on the western \"Dry Creek\" was convicted. Alec Dane, who starred in the film, faces trial in July.",
    facts: ["Alec Dane -ACTED_IN-> Dry Creek"],
  },
  {
    style: "wire: with two films named, 'the film' is neither",
    text: "The armorer on the western \"Dry Creek\" had worked on the thriller \"Salt Roads\". Alec Dane, who starred in the film, faces trial in July.",
    facts: [],
    not: ["Alec Dane -ACTED_IN-> Dry Creek", "Alec Dane -ACTED_IN-> Salt Roads"],
  },
];

describeStories("film credits told through the film's roles", ROWS);
