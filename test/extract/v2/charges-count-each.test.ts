// "One count each of A, B and C": the US wire's and the Justice Department's way of listing one count of several
// offences. The first offence after "each of" is a count like the others, not a lead-in ("three counts, including").
// Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("one count each of several offences", [
  {
    style: "US wire: a verdict on one count each",
    text: "Trader convicted\n\nGrant Pettibone was convicted of one count each of wire fraud, securities fraud and conspiracy.\n",
    facts: ["Pettibone trial: guilty -ON_CHARGE-> wire fraud", "Grant Pettibone -CHARGED_WITH-> wire fraud", "Pettibone trial: guilty -ON_CHARGE-> conspiracy"],
  },
  {
    style: "Justice Department release: a plea to one count each",
    text: "Former bank officer pleads guilty\n\nMarta Stroud pleaded guilty to one count each of bank fraud, aggravated identity theft and money laundering.\n",
    facts: ["Marta Stroud pleads guilty -ON_CHARGE-> bank fraud", "Marta Stroud -CHARGED_WITH-> bank fraud"],
  },
  {
    style: "US regional daily: a jury's finding on two counts each",
    text: "Couple guilty of trafficking\n\nA federal jury found Luc Delacroix guilty of two counts each of sex trafficking, forced labor and visa fraud.\n",
    facts: ["Delacroix trial: guilty -ON_CHARGE-> sex trafficking", "Luc Delacroix -CHARGED_WITH-> sex trafficking"],
  },
]);
