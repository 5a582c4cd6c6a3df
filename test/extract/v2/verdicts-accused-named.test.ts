// Verdicts that name the convicted after "the accused" ("The court found the accused X and Y guilty of murder and
// terrorism"), as Pakistani, Indian and Kenyan court reports do: each is convicted of each offence; one acquitted
// beside them is not. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Pakistani daily: an anti-terrorism court's verdict, two convicted and a third acquitted",
    text: "An anti-terrorism court on Saturday sentenced two men to death in the murder of a lawyer. The court found the accused Danyal Rizvon and Tahir Lachapelle guilty of murder and terrorism. The third accused, Sabzwari Abbaszadeh, was acquitted for lack of evidence.",
    facts: ["Danyal Rizvon -CHARGED_WITH-> murder", "Tahir Lachapelle -CHARGED_WITH-> terrorism", "Danyal Rizvon -DEFENDANT_IN-> Rizvon trial"],
    not: ["Sabzwari Abbaszadeh -CHARGED_WITH-> murder"],
  },
  {
    style: "Indian daily: 'the accused persons' before the names",
    text: "The sessions court found the accused persons Venkatesh Iyengar and Gagnon Subramaniam guilty of criminal conspiracy and cheating on Friday.",
    facts: ["Venkatesh Iyengar -CHARGED_WITH-> criminal conspiracy", "Gagnon Subramaniam -CHARGED_WITH-> cheating"],
  },
];

describeStories("verdicts that name the accused after the word", ROWS);
