// A partner in life told with a word of time ("his then-partner", "her long-term partner", "his ex-girlfriend", "his
// de facto partner") is kin, as "his partner" is, not a post: the modifier no longer turns the word into a business
// partner's role. A business partner stays a role. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian court report: 'his then-partner, Y,' ran the consultancy he billed through",
    text: "Ex-hospital boss denies fraud\n\nTom Dellow, 58, used a consultancy run by his then-partner, Fiona Branscombe, to bill the group for work that was never done.",
    facts: ["Fiona Branscombe -RELATED_TO(partner)-> Tom Dellow"],
    not: ["Fiona Branscombe -HOLDS_ROLE-> partner"],
  },
  {
    style: "British tabloid: 'long-term partner Y wept in the gallery' and 'his ex-girlfriend'",
    text: "Thug jailed\n\nGavin Tamblyn's long-term partner Julie Ansty wept in the public gallery. He had attacked his ex-girlfriend, Kerry Corwen, in 2021.",
    facts: ["Julie Ansty -RELATED_TO(partner)-> Gavin Tamblyn", "Kerry Corwen -RELATED_TO(partner)-> Gavin Tamblyn"],
    not: ["Julie Ansty -HOLDS_ROLE-> long-term partner"],
  },
  {
    style: "New Zealand wire: a business partner keeps the role",
    text: "Pair charged with fraud\n\nPeter Halvard and his business partner, Helen Ostrey, were charged with fraud in Auckland.",
    facts: ["Helen Ostrey -HOLDS_ROLE-> business partner"],
    not: ["Helen Ostrey -RELATED_TO(partner)-> Peter Halvard"],
  },
];

describeStories("a partner in life told with a word of time is kin, not a post", ROWS);
