// A hung jury told in an "after" clause of a negated main clause, as British papers report a decision not to retry:
// "X will not be retried after the jury failed to reach a verdict". The deadlock is a fact whatever the main clause
// denies (the bench before "jury" never reaches back over "after" into that clause).
import { table } from "./helpers.ts";

const BROADSHEET = `Farmer will not face retrial over death of neighbour

A farmer accused of killing her neighbour in a row over a boundary hedge will not be retried, prosecutors have said.

Demelza Brackenholt, 52, stood trial for manslaughter at Carnmoor Crown Court in June.

The Crown Prosecution Service said on Friday that Brackenholt will not be retried after the jury failed to reach a verdict on the manslaughter charge.

A spokesman said the decision had been taken "after careful consideration of all the evidence".`;

table("a hung jury after a negated main clause", [
  {
    name: "British broadsheet: the prosecution will not seek a retrial after the jury failed to reach a verdict",
    text: BROADSHEET,
    has: [
      "Demelza Brackenholt -DEFENDANT_IN-> Brackenholt trial",
      "Brackenholt trial -RESULTED_IN-> Brackenholt trial: hung jury",
      "Brackenholt trial: hung jury -ON_CHARGE-> manslaughter",
    ],
    not: ["Demelza Brackenholt -DEFENDANT_IN-> Brackenholt retrial", "Brackenholt trial -RESULTED_IN-> Brackenholt trial: guilty"],
  },
  {
    name: "a jury that did not fail to agree gives no hung jury",
    text: "Headline here\n\nDemelza Brackenholt stood trial for manslaughter in June. The jury did not fail to reach a verdict: it convicted her.",
    not: ["Brackenholt trial -RESULTED_IN-> Brackenholt trial: hung jury"],
  },
]);

table("a hung jury after a negated conviction, the defendant and charge told only in the negated clause", [
  {
    name: "UK tabloid: not convicted of murder after the jury failed to reach a verdict, a retrial sought later",
    text: "Retrial for man accused of pub killing\n\nLiam Orsino was not convicted of murder after the jury failed to reach a verdict at Ravensby Crown Court in June.\n\nProsecutors said on Monday they would seek a retrial. Orsino, 31, denies stabbing Dale Quarrie outside a pub in 2023.",
    has: [
      "Liam Orsino -DEFENDANT_IN-> Orsino trial",
      "Orsino trial -RESULTED_IN-> Orsino trial: hung jury",
      "Orsino trial -HELD_AT-> Ravensby Crown Court",
    ],
    not: ["Orsino trial -RESULTED_IN-> Orsino trial: guilty", "Orsino trial -RESULTED_IN-> Orsino trial: not guilty"],
  },
  {
    name: "a jury that reached its verdict is no hung jury",
    text: "Cleared\n\nLiam Orsino was not convicted after the jury reached a verdict at Ravensby Crown Court.",
    not: ["Orsino trial -RESULTED_IN-> Orsino trial: hung jury"],
  },
]);
