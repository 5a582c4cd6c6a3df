// Titles told by a career, without quotation marks: "rose to fame in X", "Actor Y, known for A and B", "who
// featured in X", "played the detective in X for six seasons", "The lead actor in X, Y,". A place the lexicon
// knows stays a place whatever cue stands before it. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: an actor's titles after 'known for', a list of two",
    text: "Actor Dorian Vasko, known for Midnight Ferry and Broken Compass, was arraigned on Tuesday on assault charges.",
    facts: ["Dorian Vasko -ACTED_IN-> Midnight Ferry", "Dorian Vasko -ACTED_IN-> Broken Compass"],
  },
  {
    style: "Lagos daily: the show an actor rose to fame in",
    text: "LAGOS — Nollywood actor Chidubem Oranye, who rose to fame in Harbour Kings, was arraigned before a magistrate on Monday.",
    facts: ["Chidubem Oranye -ACTED_IN-> Harbour Kings"],
  },
  {
    style: "Nigerian showbiz page: two titles an actor featured in",
    text: "Chidubem Oranye, who featured in Ojuju Road and Cocoa Harvest, pleaded not guilty to fraud.",
    facts: ["Chidubem Oranye -ACTED_IN-> Ojuju Road", "Chidubem Oranye -ACTED_IN-> Cocoa Harvest"],
  },
  {
    style: "Paris wire in English: a channel before the kind of work",
    text: "Mireille Astaud, best known for her role in the Netflix drama Tidewater Saints, was cleared of fraud by a Paris court.",
    facts: ["Mireille Astaud -ACTED_IN-> Tidewater Saints"],
  },
  {
    style: "Canadian broadsheet: the part an actor played for six seasons",
    text: "Pia Nolder, who played the detective in Cold Meridian for six seasons, was acquitted of theft.",
    facts: ["Pia Nolder -ACTED_IN-> Cold Meridian"],
  },
  {
    style: "British tabloid: the lead actor named after the work",
    text: "The lead actor in Blue Wren, Samuel Trask, was found guilty of assault on Wednesday.",
    facts: ["Samuel Trask -ACTED_IN-> Blue Wren"],
  },
  {
    style: "British soap page: the soap an actress shot to fame on",
    text: "Gemma Lorrey, 34, who shot to fame on the soap Harbourside, was jailed for 18 months.",
    facts: ["Gemma Lorrey -ACTED_IN-> Harbourside"],
  },
  {
    style: "Australian regional paper: a city after the same cues is no work",
    text: "Singer Marisha Rennick, who rose to fame in Brisbane, was fined. The actress, known for Melbourne, was not charged. Rennick played the villain in Dublin for a season.",
    facts: [],
    not: ["Marisha Rennick -ACTED_IN-> Brisbane", "Marisha Rennick -ACTED_IN-> Dublin"],
  },
  {
    style: "Negated: an actor who never featured in a show",
    text: "Chidubem Oranye never featured in Ojuju Road, his lawyer said.",
    facts: [],
    not: ["Chidubem Oranye -ACTED_IN-> Ojuju Road"],
  },
];
describeStories("films told by a career", ROWS);

const NAMES: NameRow[] = [
  {
    style: "Australian regional paper: cities stay places after a career's cue",
    text: "Singer Marisha Rennick, who rose to fame in Brisbane, was fined. Rennick played the villain in Dublin for a season.",
    names: ["Person: Marisha Rennick"],
    not: ["Film: Brisbane", "Film: Dublin"],
  },
  {
    style: "Local politics: a county's name before a noun is no title",
    text: "Councillor Ana Brill, who rose to prominence in Harcourt County politics, was charged with fraud.",
    names: ["Person: Ana Brill"],
    not: ["Film: Harcourt County"],
  },
  {
    style: "Business page: a banker known for a firm is no actor, the firm no film",
    text: "Ana Brill, a banker known for Harcourt Capital, was charged with fraud.",
    names: ["Person: Ana Brill"],
    not: ["Film: Harcourt Capital"],
  },
];
describeNameStories("career cues that make no film", NAMES);

const MADE: StoryRow[] = [
  {
    style: "Kochi daily: the titles a director helmed",
    text: "Director Anjali Menon-Kurup, who helmed Monsoon Diaries and Kochi Blues, was summoned by police.",
    facts: ["Anjali Menon-Kurup -DIRECTED-> Monsoon Diaries", "Anjali Menon-Kurup -DIRECTED-> Kochi Blues"],
  },
];
describeStories("films told by who made them", MADE);

const RELEASES: NameRow[] = [
  {
    style: "Mumbai trade press: a release and a debut in apposition",
    text: "Vikrant Palsule's next release, Shadows of Colaba, has been postponed. Her directorial debut, Kochi Blues, won three awards.",
    names: ["Film: Shadows of Colaba", "Film: Kochi Blues"],
  },
  {
    style: "Business page: a bank's release is no film",
    text: "Harcourt Bank's latest release, the annual report, was delayed.",
    names: [],
    not: ["Film: the annual report"],
  },
];
describeNameStories("releases and debuts", RELEASES);

const REGIONAL: StoryRow[] = [
  {
    style: "Manila tabloid: the teleserye an actress stars in",
    text: "Actress Bea Salonga-Ruiz, star of the teleserye Bituin Gabi, was arrested on Tuesday.",
    facts: ["Bea Salonga-Ruiz -ACTED_IN-> Bituin Gabi"],
  },
  {
    style: "Johannesburg daily: the soapie an actor played in",
    text: "Actor Sipho Hlela-Ndlovu, who played a doctor in the SABC soapie Tamboti Lane for a decade, was charged with fraud.",
    facts: ["Sipho Hlela-Ndlovu -ACTED_IN-> Tamboti Lane"],
  },
];
describeStories("shows named by a region's word for them", REGIONAL);
describeNameStories("a serial is no show", [
  { style: "Crime page: a serial killer's name is no show", text: "Police said the serial killer Dorn Vekker was sentenced to life on Friday.", names: ["Person: Dorn Vekker"], not: ["Film: Dorn Vekker"] },
]);
