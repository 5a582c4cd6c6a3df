// A trial to come told in the present, as news tells what is fixed ("X's trial opens on April 2",
// "Their trial will be heard in June"): a planned trial of the one named, never a trial held.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Zimbabwean daily: one accused admits, the other's trial opens on a date",
    text: "Tendai Moyo, 52, pleaded guilty to fraud at the Harare Magistrates Court on Monday. His co-accused, Chipo Nyathi, 44, pleaded not guilty to fraud and theft of trust property. Nyathi's trial opens on April 2.",
    facts: ["Chipo Nyathi -DEFENDANT_IN-> Nyathi trial (to come)"],
    not: ["Chipo Nyathi -DEFENDANT_IN-> Nyathi trial", "Tendai Moyo -DEFENDANT_IN-> Moyo trial (to come)"],
  },
  {
    style: "Hong Kong court report: two who deny, their trial heard in a month to come",
    text: "Kumaravel Winslade, 41, and Harkin Loveridge, 35, denied one count of conspiracy to defraud in the District Court. Their trial will be heard in June.",
    facts: ["Kumaravel Winslade -DEFENDANT_IN-> Winslade trial (to come)", "Harkin Loveridge -DEFENDANT_IN-> Loveridge trial (to come)"],
    not: ["Kumaravel Winslade -DEFENDANT_IN-> Winslade trial"],
  },
];

describeStories("trials announced in the present", ROWS);
