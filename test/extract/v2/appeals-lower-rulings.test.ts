// Appeal rulings told as Philippine, Indian and Nigerian reports tell them: the appellate court (with its letters in
// brackets) acquits the appellants, or reverses the ruling of the trial court "which had convicted" them. Each appellant
// gets the ruling, the conviction stays the trial court's trial, and nothing is an appeal that the story leaves open.
import { describeStories } from "./helpers.ts";

describeStories("appeal rulings told by the lower court's ruling", [
  {
    style: "Philippine wire: the court's letters in brackets, then 'has acquitted' two appellants",
    text: "Appeal court frees two\n\nMANILA -- The Court of Appeals (CA) has acquitted Emilio Liwanag and Rogelio Tanangco, who were convicted of murder in 2016.",
    facts: [
      "Court of Appeals -RULED-> Emilio Liwanag: appeal overturned",
      "Court of Appeals -RULED-> Rogelio Tanangco: appeal overturned",
      "Emilio Liwanag: appeal overturned -OVERTURNS-> Liwanag trial: guilty",
      "Rogelio Tanangco: appeal overturned -OVERTURNS-> Liwanag trial: guilty",
      "Rogelio Tanangco -DEFENDANT_IN-> Liwanag trial",
    ],
  },
  {
    style: "Philippine broadsheet: 'reversed the ruling of the Regional Trial Court, which had convicted A and B'",
    text: "Two freed\n\nThe Court of Appeals reversed the ruling of the Tanauan Regional Trial Court, which had convicted Emilio Liwanag and Rogelio Tanangco of murder.",
    facts: [
      "Court of Appeals -RULED-> Emilio Liwanag: appeal overturned",
      "Court of Appeals -RULED-> Rogelio Tanangco: appeal overturned",
      "Liwanag trial -HELD_AT-> Tanauan Regional Trial Court",
      "Liwanag trial -RESULTED_IN-> Liwanag trial: guilty",
      "Rogelio Tanangco -DEFENDANT_IN-> Liwanag trial",
    ],
    not: [
      "Tanauan Regional Trial Court -RULED-> Emilio Liwanag: guilty on appeal",
      "Tanauan Regional Trial Court -RULED-> Rogelio Tanangco: guilty on appeal",
    ],
  },
  {
    style: "Nigerian daily: 'upheld the judgment of the State High Court, which convicted him'",
    text: "Conviction stands\n\nThe Court of Appeal in Ibadan upheld the judgment of the Oyo State High Court, which convicted Salcedo Obuya of armed robbery.",
    facts: [
      "Court of Appeal in Ibadan -RULED-> Salcedo Obuya: appeal upheld",
      "Obuya trial -HELD_AT-> Oyo State High Court",
      "Salcedo Obuya -DEFENDANT_IN-> Obuya trial",
    ],
  },
  {
    style: "a ruling the appeal court may give is no ruling",
    text: "Conviction stands\n\nThe Court of Appeals may reverse the ruling of the Tanauan Regional Trial Court, which had convicted Emilio Liwanag of murder.",
    facts: [],
    not: ["Court of Appeals -RULED-> Emilio Liwanag: appeal overturned"],
  },
  {
    style: "a trial court's acquittal the appeal court reverses is no conviction overturned",
    text: "Acquittal reversed\n\nThe Court of Appeals reversed the ruling of the Tanauan Regional Trial Court, which had acquitted Emilio Liwanag of murder.",
    facts: [],
    not: ["Court of Appeals -RULED-> Emilio Liwanag: appeal overturned"],
  },
]);

describeStories("appellants one ruling names together stood one trial", [
  {
    style: "Indian wire: the high court sets aside the conviction of two men, of whose trial nothing else is told",
    text: "Two freed\n\nThe Allahabad High Court on Monday set aside the conviction of Ramesh Tiwari and Dinesh Obuya.",
    facts: [
      "Ramesh Tiwari -DEFENDANT_IN-> Tiwari trial",
      "Dinesh Obuya -DEFENDANT_IN-> Tiwari trial",
      "Dinesh Obuya: appeal overturned -OVERTURNS-> Tiwari trial: guilty",
      "Ramesh Tiwari: appeal overturned -OVERTURNS-> Tiwari trial: guilty",
    ],
    not: ["Dinesh Obuya -DEFENDANT_IN-> Obuya trial"],
  },
  {
    style: "Philippine wire: three appellants whose conviction the appeals court affirmed",
    text: "Conviction affirmed\n\nThe Court of Appeals on Tuesday affirmed the conviction of Brigida Soliven, Lamberto Dimalanta and Ernesto Villaflor for qualified theft.",
    facts: [
      "Brigida Soliven -DEFENDANT_IN-> Soliven trial",
      "Lamberto Dimalanta -DEFENDANT_IN-> Soliven trial",
      "Ernesto Villaflor -DEFENDANT_IN-> Soliven trial",
      "Court of Appeals -RULED-> Ernesto Villaflor: appeal upheld",
    ],
  },
  {
    style: "appellants told convicted at separate trials stay apart",
    text: "Appeals\n\nRamesh Tiwari was convicted of murder by a jury in 2019. Dinesh Obuya was convicted of robbery at a separate trial in 2020. The Court of Appeal upheld the convictions of Ramesh Tiwari and Dinesh Obuya.",
    facts: ["Ramesh Tiwari -DEFENDANT_IN-> Tiwari trial", "Dinesh Obuya -DEFENDANT_IN-> Obuya trial"],
    not: ["Dinesh Obuya -DEFENDANT_IN-> Tiwari trial"],
  },
]);
