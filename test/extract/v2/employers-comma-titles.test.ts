// A post and its organisation set off by commas, as Nigerian papers write titles ("The Managing Director, X Limited,
// Mrs Y, was arraigned"; "Mrs Y, the Managing Director, X Limited,"), and a British local paper's name, age and
// address before the post ("Y, 45, of Kelby Road, Dunmere, a director at X"): the post's holder works for the body.
import { describeStories } from "./helpers.ts";

describeStories("a post with its organisation set off by commas", [
  {
    style: "Nigerian daily: 'The Managing Director, X Limited, Mrs Y, was arraigned' (the company is no defendant)",
    text: "Firm boss arraigned over N2bn fraud\n\nThe Managing Director, Tallis Foods Limited, Mrs Ebele Tessary-Quist, was arraigned on Monday on charges of fraud.",
    facts: ["Ebele Tessary-Quist -HOLDS_ROLE-> managing director", "Ebele Tessary-Quist -WORKS_FOR-> Tallis Foods Limited", "Ebele Tessary-Quist -CHARGED_WITH-> fraud"],
    not: ["Tallis Foods Limited -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian daily: 'Mrs Y, the Managing Director, X Limited, was arraigned'",
    text: "Firm boss arraigned over N2bn fraud\n\nMrs Ebele Tessary-Quist, the Managing Director, Tallis Foods Limited, was arraigned on Monday on charges of fraud.",
    facts: ["Ebele Tessary-Quist -WORKS_FOR-> Tallis Foods Limited"],
  },
  {
    style: "Nigerian daily: 'The Chairman, X Commission (XC), Mr Y, said'",
    text: "Agency to appeal ruling\n\nThe Chairman, Tarn Revenue Commission (TRC), Mr Musa Arenfeld, said the agency would appeal the judgment.",
    facts: ["Musa Arenfeld -HOLDS_ROLE-> chairman", "Musa Arenfeld -WORKS_FOR-> Tarn Revenue Commission"],
  },
  {
    style: "Nigerian daily: 'The Chief Executive Officer of X, Mrs Y': the post is hers, not someone called 'Officer'",
    text: "Firm boss arraigned over N2bn fraud\n\nThe Chief Executive Officer of Tallis Foods Limited, Mrs Ebele Tessary-Quist, was arraigned on Monday on charges of fraud.",
    facts: ["Ebele Tessary-Quist -HOLDS_ROLE-> chief executive", "Ebele Tessary-Quist -WORKS_FOR-> Tallis Foods Limited"],
    not: ["Ebele Tessary-Quist -HOLDS_ROLE-> police officer"],
  },
  {
    style: "British local paper: 'Y, 45, of Kelby Road, Dunmere, a director at X, was charged'",
    text: "Director charged with fraud\n\nSandrine Brackwater, 45, of Kelby Road, Dunmere, a director at Pellman Foods, was charged with fraud.",
    facts: ["Sandrine Brackwater -HOLDS_ROLE-> director", "Sandrine Brackwater -WORKS_FOR-> Pellman Foods"],
  },
  {
    style: "British local paper: 'Y, of Dunmere, a director at X'",
    text: "Director charged with fraud\n\nSandrine Brackwater, of Dunmere, a director at Pellman Foods, was charged with fraud.",
    facts: ["Sandrine Brackwater -WORKS_FOR-> Pellman Foods"],
  },
]);
