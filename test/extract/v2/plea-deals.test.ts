// A plea deal as US local news tells it: a plea to one count, and in exchange the prosecutor's office drops the others,
// told actively with the office as subject and nothing after the counts.
import { describeStories } from "./helpers.ts";

const deal = "Ex-treasurer takes plea deal in church embezzlement case\n\nTARNWICK, Mo. (KTVL) - A former church treasurer accused of stealing nearly $300,000 from her congregation pleaded guilty Monday in Greene County Circuit Court.\n\n";

describeStories("a plea deal's dropped counts", [
  {
    style: "US local TV: 'In exchange, the County Prosecutor's Office dropped three counts of forgery'",
    text: deal + "Loretta Haskell, 61, entered an Alford plea to one count of felony stealing as part of a deal with prosecutors. In exchange, the Greene County Prosecutor's Office dropped three counts of forgery.",
    facts: ["Loretta Haskell -ENTERED_PLEA-> Loretta Haskell pleads guilty", "Loretta Haskell pleads guilty -ON_CHARGE-> felony stealing", "Loretta Haskell: dismissed -ON_CHARGE-> forgery"],
    not: ["Loretta Haskell pleads guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "US wire: 'Prosecutors dropped two counts of wire fraud.' at a sentence's end",
    text: deal + "Loretta Haskell, 61, pleaded guilty to one count of bank fraud. Prosecutors dropped two counts of wire fraud.",
    facts: ["Loretta Haskell pleads guilty -ON_CHARGE-> bank fraud", "Loretta Haskell: dismissed -ON_CHARGE-> wire fraud"],
  },
  {
    style: "US wire: counts prosecutors refused to drop are not dropped",
    text: deal + "Loretta Haskell, 61, pleaded not guilty to bank fraud. Prosecutors refused to drop two counts of wire fraud.",
    facts: ["Loretta Haskell -ENTERED_PLEA-> Loretta Haskell pleads not guilty"],
    not: ["Loretta Haskell: dismissed -ON_CHARGE-> wire fraud"],
  },
]);
