// A civil judgment told as what the bench ruled the one sued must pay: the payer is the defendant of a suit the one paid
// brought, which it lost. Not in an article that tells a criminal case against the payer (that money is a sentence's),
// not a ruling only to come, and not a compensation order. Invented stories (US business desk, British tribunal report).
import { describeStories } from "./helpers.ts";

describeStories("a judge ruled that the one sued must pay", [
  {
    style: "US business desk: 'A judge ruled on Monday that X must pay Y $2 million'",
    text: "Owed\n\nA judge ruled on Monday that Corvin Dahlquist must pay Harbridge Bank $2 million.",
    facts: [
      "Harbridge Bank -PLAINTIFF_IN-> Harbridge Bank v. Corvin Dahlquist",
      "Corvin Dahlquist -DEFENDANT_IN-> Harbridge Bank v. Corvin Dahlquist",
      "Harbridge Bank v. Corvin Dahlquist -RESULTED_IN-> Harbridge Bank v. Corvin Dahlquist: liable",
    ],
  },
  {
    style: "British tribunal report: the money told before the one paid",
    text: "Payout\n\nThe Employment Tribunal found on Friday that Pellmore Labs should pay £40,000 in damages to Ilse Varriano.",
    facts: ["Ilse Varriano -PLAINTIFF_IN-> Ilse Varriano v. Pellmore Labs", "Pellmore Labs -DEFENDANT_IN-> Ilse Varriano v. Pellmore Labs"],
  },
  {
    style: "after a criminal conviction of the payer, the money ordered is no suit",
    text: "Owed\n\nCorvin Dahlquist was convicted of fraud last year. A judge ruled on Monday that Corvin Dahlquist must pay Harbridge Bank £2 million.",
    facts: ["Corvin Dahlquist -DEFENDANT_IN-> Dahlquist trial"],
    not: ["Harbridge Bank -PLAINTIFF_IN-> Harbridge Bank v. Corvin Dahlquist"],
  },
  {
    style: "a ruling only to come states nothing",
    text: "Owed\n\nA judge may rule that Corvin Dahlquist must pay Harbridge Bank £2 million.",
    facts: [],
    not: ["Harbridge Bank -PLAINTIFF_IN-> Harbridge Bank v. Corvin Dahlquist"],
  },
]);
