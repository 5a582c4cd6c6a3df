// Trials a sentencing story tells only in passing: the conviction told with a description of the
// defendant ("A jury convicted the 51-year-old former Quillstone banker"), the witnesses who
// "testified against him after pleading guilty" (their pleas, not his), and a letter to the court
// that is no testimony. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const SENTENCED = "Oren Pellworth, who built Quillstone Capital into a $4 billion lender before it failed, was sentenced Friday to 18 years in prison.\n\nU.S. District Judge Hermione Vasteel imposed the term in Chicago federal court, saying Pellworth had shown no remorse. \"This was a fraud from the first day,\" Vasteel said.\n\nPellworth's lawyer, Bastian Ferrow, had asked for five years. Pellworth did not speak.\n\n";

const ROWS: StoryRow[] = [
  {
    style: "US business wire: the conviction told with the defendant's age and former firm",
    text: SENTENCED + "A jury convicted the 51-year-old former Quillstone banker in January of securities fraud and wire fraud after a three-week trial.",
    facts: ["Oren Pellworth -DEFENDANT_IN-> Pellworth trial", "Pellworth trial -RESULTED_IN-> Pellworth trial: guilty", "Pellworth trial: guilty -ON_CHARGE-> wire fraud", "Hermione Vasteel -PRESIDED_OVER-> Pellworth trial"],
  },
  {
    style: "US business wire: associates who pleaded guilty testified against him; a receiver wrote to the court",
    text: SENTENCED + "A jury convicted the 51-year-old former Quillstone banker in January of securities fraud.\n\nAt trial, two of Pellworth's former partners testified against him after pleading guilty to fraud charges. Ines Hollin, Quillstone's former finance chief, told jurors that Pellworth had ordered her to alter the books. Marten Saverin, a former analyst, also testified for the prosecution.\n\nThe fund's receiver, Hal Penrose, told the court in a letter that investors had lost everything.",
    facts: ["Ines Hollin -TESTIFIED_IN-> Pellworth trial", "Marten Saverin -TESTIFIED_IN-> Pellworth trial"],
    not: ["Oren Pellworth -ENTERED_PLEA-> Oren Pellworth pleads guilty", "Hal Penrose -TESTIFIED_IN-> Pellworth trial"],
  },
];

describeStories("trials told in a sentencing story", ROWS);
