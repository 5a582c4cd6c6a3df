// Trials and verdicts of a suit told in the words of a criminal case: "the civil trial of X and Y opened" is the
// trial of a suit against them, never a criminal trial; "cleared X on every claim the regulator brought against
// him, but found Y liable" names the regulator's suit and the one found liable in it (the one cleared still stands a
// criminal trial's acquittal: where the article also tells a criminal case, a suit takes no judge or witness, and the
// acquittal's trial keeps them). Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Hong Kong business daily: the civil trial of two executives opens",
    text: "Civil trial opens\n\nThe civil trial of Halvard Ostrowe and Dunmore Wekesa, whom the Securities Commission of Talbridge accuses of fraud, opened on Monday.",
    facts: ["Halvard Ostrowe -DEFENDANT_IN-> Halvard Ostrowe", "Dunmore Wekesa -DEFENDANT_IN-> Halvard Ostrowe"],
    not: ["Halvard Ostrowe -DEFENDANT_IN-> Ostrowe trial", "Dunmore Wekesa -DEFENDANT_IN-> Ostrowe trial"],
  },
  {
    style: "US legal trade press: a regulator's claims, one executive cleared and another found liable in one sentence",
    text: "Jury splits verdict in regulator's fraud case\n\nA federal jury on Thursday cleared former Corvane Capital chief executive Halvard Ostrowe on every claim the Securities Commission of Talbridge brought against him, but found former finance chief Dunmore Wekesa liable for fraud.",
    facts: [
      "Securities Commission of Talbridge -PLAINTIFF_IN-> Securities Commission of Talbridge v. Dunmore Wekesa",
      "Dunmore Wekesa -DEFENDANT_IN-> Securities Commission of Talbridge v. Dunmore Wekesa",
      "Securities Commission of Talbridge v. Dunmore Wekesa -RESULTED_IN-> Securities Commission of Talbridge v. Dunmore Wekesa: liable",
    ],
    not: ["Halvard Ostrowe -PLAINTIFF_IN-> Securities Commission of Talbridge v. Dunmore Wekesa"],
  },
  {
    style: "British broadsheet: a case a prosecution service brought is no suit",
    text: "Case collapses\n\nThe case the Harrow Prosecution Service brought against Halvard Ostrowe collapsed on Monday.",
    facts: [],
    not: ["Harrow Prosecution Service -PLAINTIFF_IN-> Harrow Prosecution Service lawsuit"],
  },
];

describeStories("suits told in a criminal case's words", ROWS);
