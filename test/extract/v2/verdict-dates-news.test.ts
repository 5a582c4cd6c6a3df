// The day of the news: a verdict the story tells as today's news ("has been found guilty", a headline "Pellow guilty of
// manslaughter" told again in the body with no date of its own) is dated the day published, and so is the other outcome
// the jury delivered with it ("He was cleared of robbery", "but cleared him of robbery"). Invented stories (British
// wire, NZ, Australian tabloid, Singaporean press); after "not", dates the story must not give.
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2025-05-16\n---\n";

describeDatedStories("the day of the news, for each outcome the jury delivered", [
  {
    style: "British wire: the conviction in the present perfect, the acquittal in the next sentence",
    text: `${PUBLISHED}Man guilty of neighbour's murder\n\nCorwen Blatchley has been found guilty of murdering his neighbour. Blatchley, 41, was cleared of attempted murder.`,
    facts: [
      "Blatchley trial -RESULTED_IN-> Blatchley trial: guilty{2025-05-16}",
      "Blatchley trial -RESULTED_IN-> Blatchley trial: not guilty{2025-05-16}",
    ],
  },
  {
    style: "NZ: the jury as subject, both outcomes in one sentence joined by 'but'",
    text: `${PUBLISHED}Verdicts in Hawke's Bay trial\n\nA jury has found Jarrah Pellow guilty of manslaughter but cleared him of murder.`,
    facts: [
      "Pellow trial -RESULTED_IN-> Pellow trial: guilty{2025-05-16}",
      "Pellow trial -RESULTED_IN-> Pellow trial: not guilty{2025-05-16}",
    ],
  },
  {
    style: "Australian tabloid: the headline names the defendant with no verb, the body tells the finding with no date",
    text: `${PUBLISHED}Pellow guilty of manslaughter\n\nTradie Jarrah Pellow was found guilty of manslaughter in the Supreme Court.`,
    facts: ["Pellow trial -RESULTED_IN-> Pellow trial: guilty{2025-05-16}"],
  },
  {
    style: "Singaporean: a headline acquittal by name, the body's finding told with another time stays undated",
    text: `${PUBLISHED}Mordaunt not guilty of cheating\n\nFormer banker Aisling Mordaunt was acquitted of cheating over the 2019 deal.`,
    facts: ["Aisling Mordaunt -CHARGED_WITH-> cheating"],
    not: ["Mordaunt trial -RESULTED_IN-> Mordaunt trial: not guilty{2025-05-16}"],
  },
]);
