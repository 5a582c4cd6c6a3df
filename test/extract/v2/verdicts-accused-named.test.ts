// Verdicts that name the convicted after "the accused" ("The court found the accused X and Y guilty of murder and
// terrorism"), as Pakistani, Indian and Kenyan court reports do: each is convicted of each offence; one acquitted
// beside them is not. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Pakistani daily: an anti-terrorism court's verdict, two convicted and a third acquitted",
    text: "An anti-terrorism court on Saturday sentenced two men to death in the murder of a lawyer. The court found the accused Okonkwo Rizvi and Tariq Lachance guilty of murder and terrorism. The third accused, Siddiqui Abbasi, was acquitted for lack of evidence.",
    facts: ["Okonkwo Rizvi -CHARGED_WITH-> murder", "Tariq Lachance -CHARGED_WITH-> terrorism", "Okonkwo Rizvi -DEFENDANT_IN-> Rizvi trial"],
    not: ["Siddiqui Abbasi -CHARGED_WITH-> murder"],
  },
  {
    style: "Indian daily: 'the accused persons' before the names",
    text: "The sessions court found the accused persons Venkatesh Iyengar and Gagnon Subramaniam guilty of criminal conspiracy and cheating on Friday.",
    facts: ["Venkatesh Iyengar -CHARGED_WITH-> criminal conspiracy", "Gagnon Subramaniam -CHARGED_WITH-> cheating"],
  },
];

describeStories("verdicts that name the accused after the word", ROWS);
