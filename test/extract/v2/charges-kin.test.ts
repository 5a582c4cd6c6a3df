// A defendant told with an unnamed relative who shares the charge ("Pastor X and his wife were charged with fraud"):
// the named one is charged, convicted or pleads; the relative, unnamed, is no one. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Ghanaian daily: a pastor and his wife charged",
    text: "Pastor Kwabena Ezeudu and his wife were charged with fraud and money laundering at the Circuit Court in Kumasi on Tuesday.",
    facts: ["Kwabena Ezeudu -CHARGED_WITH-> fraud", "Kwabena Ezeudu -CHARGED_WITH-> money laundering"],
  },
  {
    style: "South African wire: arrested and charged with a son",
    text: "Police said Bishop Tobiah Greer and his son were arrested and charged with robbery on Monday.",
    facts: ["Tobiah Greer -CHARGED_WITH-> robbery"],
  },
  {
    style: "British regional: convicted with a brother",
    text: "Tobiah Greer and his brother were convicted of conspiracy to defraud at Kelmouth Crown Court.",
    facts: ["Tobiah Greer -CHARGED_WITH-> conspiracy to defraud"],
  },
  {
    style: "Ghanaian daily: a relative named in apposition is charged too",
    text: "Pastor Kwabena Ezeudu and his wife, Abena Ezeudu, were charged with fraud.",
    facts: ["Kwabena Ezeudu -CHARGED_WITH-> fraud", "Abena Ezeudu -CHARGED_WITH-> fraud"],
  },
  {
    style: "Ghanaian daily: not charged",
    text: "Pastor Kwabena Ezeudu and his wife were not charged with fraud, police said.",
    facts: [],
    not: ["Kwabena Ezeudu -CHARGED_WITH-> fraud"],
  },
];

describeStories("a defendant told with an unnamed relative", ROWS);
