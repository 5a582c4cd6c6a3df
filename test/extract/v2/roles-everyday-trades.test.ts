// Trades the lexicon lacked, as an English local paper names them before a name or in apposition: a churchwarden, a
// childminder, a bailiff, a vet, a DJ. The story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English local paper: trades before a name and in apposition",
    text: "Churchwarden jailed\n\nChurchwarden Keith Bressick, 61, was jailed for stealing from the collection. Ruth Fennick, a childminder, and Tom Dunvey, a bailiff, gave evidence. Colin Marrish, a vet, and Amy Sorrel, a DJ, were also called.",
    facts: ["Keith Bressick -HOLDS_ROLE-> churchwarden", "Ruth Fennick -HOLDS_ROLE-> childminder", "Tom Dunvey -HOLDS_ROLE-> bailiff", "Colin Marrish -HOLDS_ROLE-> vet", "Amy Sorrel -HOLDS_ROLE-> dj"],
  },
];

describeStories("everyday trades", ROWS);
