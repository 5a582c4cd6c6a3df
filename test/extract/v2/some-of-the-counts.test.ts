// A verdict on some of the counts, numbered but not named ("convicted on two of the three charges", "found him guilty
// on three of five counts"): on none of several offences, which the text leaves open, but on the one offence all the
// counts are of. Invented stories in the manner of wire copy and a British regional daily.
import { describeStories } from "./helpers.ts";

describeStories("a verdict on 'two of the three charges'", [
  {
    style: "British regional daily: three offences, convicted on two unnamed",
    text: "Accountant convicted\n\nRathcoole Ashgrove, 51, was charged with fraud, forgery and money laundering. He was convicted on two of the three charges at Kelbridge Crown Court.",
    facts: ["Rathcoole Ashgrove -CHARGED_WITH-> money laundering"],
    not: ["Ashgrove trial: guilty -ON_CHARGE-> fraud", "Ashgrove trial: guilty -ON_CHARGE-> forgery", "Ashgrove trial: guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "Wire: the jury as subject, 'found him guilty on two of the three counts'",
    text: "Banker convicted\n\nNEW YORK (Reuters) - Rathcoole Ashgrove was indicted on charges of wire fraud, bank fraud and conspiracy. A federal jury found him guilty on two of the three counts on Friday.",
    facts: ["Rathcoole Ashgrove -CHARGED_WITH-> conspiracy"],
    not: ["Ashgrove trial: guilty -ON_CHARGE-> wire fraud", "Ashgrove trial: guilty -ON_CHARGE-> bank fraud", "Ashgrove trial: guilty -ON_CHARGE-> conspiracy"],
  },
  {
    style: "Wire: counts of one offence, the verdict on it",
    text: "Broker convicted\n\nRathcoole Ashgrove was charged with 13 counts of securities fraud. He was convicted on 12 of the 13 counts.",
    facts: ["Ashgrove trial: guilty -ON_CHARGE-> securities fraud"],
  },
]);
