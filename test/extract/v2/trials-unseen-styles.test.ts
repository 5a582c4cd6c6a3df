// Trials, their parties and their verdicts told in styles the corpora do not use: a plural title before
// two prosecutors, a witness's testimony at "the trial of X" with no other word of the trial, co-accused
// "tried together", a trial "at" a court told after its charge, a pronoun's trial at a named court, and a
// verdict given by its words ("a verdict of not guilty").
import { describeStories } from "./helpers.ts";

describeStories("trials told in unseen styles", [
  {
    style: "Singaporean: two deputy public prosecutors under one plural title",
    text: "Court clears start-up founder\n\nMarcus Yeovance stood trial for cheating in the State Courts.\n\nDeputy Public Prosecutors Saoirse Iskandar and Nadim Quennell argued that Yeovance lied about the firm's revenue.",
    facts: ["Saoirse Iskandar -PROSECUTED-> Yeovance trial", "Nadim Quennell -PROSECUTED-> Yeovance trial"],
    not: ["Saoirse Iskandar -REPRESENTS-> Marcus Yeovance", "Saoirse Iskandar -TESTIFIED_IN-> Yeovance trial"],
  },
  {
    style: "US wire: prosecutors under a bare plural title",
    text: "Treasurer on trial\n\nMarcus Yeovance is on trial for embezzlement. Prosecutors Saoirse Iskandar and Nadim Quennell told jurors he had lied.",
    facts: ["Saoirse Iskandar -PROSECUTED-> Yeovance trial", "Nadim Quennell -PROSECUTED-> Yeovance trial"],
  },
]);
