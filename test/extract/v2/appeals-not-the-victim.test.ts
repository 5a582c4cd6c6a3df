// An appeal told by a possessive ("dismissed his challenge", "her appeal") after the sentence that named the one
// convicted and the one they harmed: the pronoun stands for the one convicted, never the victim, even where the
// victim's given name tells their gender and the accused's does not. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional paper: an appeal court dismisses 'his challenge' a sentence after the conviction",
    text: "Killer loses appeal\n\nA man jailed for life for murdering his business partner has lost his appeal. Dean Tresize, 47, was convicted at Bristol Crown Court in 2022 of killing Liam Ostlund. Three judges at the Court of Appeal in London dismissed his challenge on Tuesday.",
    facts: ["Dean Tresize: appeal upheld -OVERTURNS-> Tresize trial: guilty", "Court of Appeal in London -RULED-> Dean Tresize: appeal upheld"],
    not: ["Liam Ostlund -DEFENDANT_IN-> Ostlund trial"],
  },
  {
    style: "Australian broadsheet: 'her appeal', with the only woman of known gender the one defrauded",
    text: "Fraudster loses appeal\n\nA woman jailed for defrauding an elderly neighbour has lost her bid to overturn her conviction. Jude Dunleavy, 61, was found guilty in the District Court in Perth in 2023 of defrauding Orla Wexcombe. The Court of Appeal dismissed her appeal on Friday.",
    facts: ["Jude Dunleavy: appeal upheld -OVERTURNS-> Dunleavy trial: guilty"],
    not: ["Orla Wexcombe -DEFENDANT_IN-> Wexcombe trial", "Court of Appeal -RULED-> Orla Wexcombe: appeal upheld"],
  },
];

describeStories("an appeal's possessive is the convicted one's, not the victim's", ROWS);
