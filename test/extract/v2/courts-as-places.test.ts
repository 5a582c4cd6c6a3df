// A court named only as a place where something happened ("shot him near the City Courts", "outside the High
// Court") is no court the trial was held at; one the trial is told at still is. Invented Pakistani and Kenyan stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Pakistani daily: the crime scene by a court building, the trial at an unnamed anti-terrorism court",
    text: "An anti-terrorism court on Saturday sentenced two men to death for the murder of a lawyer. The court found the accused Danyal Rizvon and Tahir Lachapelle guilty of murder. According to the prosecution, the accused shot the lawyer near the Marrowfield City Courts on March 3, 2021.",
    facts: ["Danyal Rizvon -CHARGED_WITH-> murder"],
    not: ["Rizvon trial -HELD_AT-> Marrowfield City Courts"],
  },
  {
    style: "Kenyan daily: a protest outside the court, the trial inside it",
    text: "Supporters gathered outside the Tarnvale High Court on Monday. Muriuki Korir was convicted of fraud at the Tarnvale High Court after a six-month trial.",
    facts: ["Korir trial -HELD_AT-> Tarnvale High Court"],
  },
];

describeStories("courts named as places", ROWS);
