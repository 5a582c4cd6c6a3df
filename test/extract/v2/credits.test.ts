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
];

describeStories("film credits told through the film's roles", ROWS);
