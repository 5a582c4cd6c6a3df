// Civil findings as a judge's ruling reports them: the court after "ruled at", and a broadcaster's name with a number word
// before the verb. (A finding that the one sued had not done the wrong makes no suit: civil-press.test.ts.) Names are
// invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British broadsheet: 'ruled at the High Court in London that the paper had defamed X': the court after the verb",
    text: "Singer's ex-husband wins libel case\n\nJudge Karen Foyle ruled at the High Court in London that The Daily Harbinger had defamed Daniel Orwin by reporting claims that he had hidden assets during the divorce.",
    facts: ["Daniel Orwin -PLAINTIFF_IN-> Daniel Orwin v. Daily Harbinger", "Daily Harbinger -DEFENDANT_IN-> Daniel Orwin v. Daily Harbinger", "Daniel Orwin v. Daily Harbinger -RESULTED_IN-> Daniel Orwin v. Daily Harbinger: liable", "Karen Foyle -PRESIDED_OVER-> Daniel Orwin v. Daily Harbinger", "Daniel Orwin v. Daily Harbinger -HELD_AT-> High Court in London"],
  },
  {
    style: "Australian court report: 'The court found that broadcaster Channel Forty defamed former minister X': the number word ends the name, the verb is no role",
    text: "Broadcaster loses\n\nThe Federal Court found that broadcaster Channel Forty defamed former minister Daniel Orwin.",
    facts: ["Daniel Orwin -PLAINTIFF_IN-> Daniel Orwin v. Channel Forty", "Channel Forty -DEFENDANT_IN-> Daniel Orwin v. Channel Forty", "Daniel Orwin -HOLDS_ROLE-> minister"],
    not: ["Daniel Orwin -WORKS_FOR-> Channel Forty"],
  },
  {
    style: "British regional paper: a finding only waited for is none",
    text: "Libel case\n\nThe court will decide next month whether The Daily Harbinger had not defamed Daniel Orwin.",
    facts: [],
    not: ["Daniel Orwin -PLAINTIFF_IN-> Daniel Orwin v. Daily Harbinger"],
  },
];

describeStories("civil rulings as a judgment reports them", ROWS);
