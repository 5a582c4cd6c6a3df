// A defendant's past told in passing is no trial held in the court the article reports: "Treharne had previously been
// banned from driving in 2018 after being convicted of drink-driving", in a report of a guilty plea at a crown court, put
// the drink-driving conviction's trial in that court; "is suing his old club, the High Court heard", with an old
// acquittal told later, put the acquittal's trial in the High Court, not the suit.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: a guilty plea, the driver's past conviction 'previously'",
    text: "Van driver jailed\n\nA van driver who killed a cyclist while looking at his phone has been jailed for six years.\n\nDelroy Treharne, 44, admitted causing death by dangerous driving at Polwenna Crown Court. The cyclist, Iestyn Lanyon, 29, died at the scene.\n\nTreharne had previously been banned from driving in 2018 after being convicted of drink-driving.",
    facts: ["Polwenna Crown Court -RULED-> Delroy Treharne: guilty", "Treharne trial (earlier) -TRIED_FOR-> drink-driving"],
    not: ["Treharne trial -HELD_AT-> Polwenna Crown Court", "Treharne trial (earlier) -HELD_AT-> Polwenna Crown Court"],
  },
  {
    style: "British broadsheet: a footballer's suit heard, his old acquittal told after",
    text: "Footballer sues club\n\nA former footballer is suing his old club for £2 million in unpaid wages, the High Court heard.\n\nDelroy Pendarves, 33, claims Marazion Rovers breached his contract when they released him in 2023. The club denies the claim.\n\nPendarves was cleared of assault in 2022 after a fight in a nightclub.",
    facts: ["Delroy Pendarves lawsuit -HELD_AT-> High Court", "Delroy Pendarves -PLAINTIFF_IN-> Delroy Pendarves lawsuit"],
    not: ["Pendarves trial -HELD_AT-> High Court"],
  },
];

describeStories("a past case told in passing was not held in the article's court", ROWS);
