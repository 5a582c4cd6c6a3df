// A case named by its two sides ("The case, Rowntree v Ilsworth Developments, was heard", "In Rowntree v Ilsworth
// Developments, the court held") is a suit of the first against the second; one named by a prosecuting side ("DPP v X")
// is a prosecution, never a suit. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian broadsheet: the case named in apposition",
    text: "Developer liable for collapsed balcony\n\nThe case, Nora Rowntree v Ilsworth Developments, was heard at the Federal Court in Melbourne over four days in March. Justice Ann Harnett found the builder had ignored engineers' warnings.",
    facts: ["Nora Rowntree -PLAINTIFF_IN-> Nora Rowntree v. Ilsworth Developments", "Ilsworth Developments -DEFENDANT_IN-> Nora Rowntree v. Ilsworth Developments"],
  },
  {
    style: "Irish law report: the case named after 'In'",
    text: "Court clarifies duty of care owed by hotels\n\nIn Kevin Danvey v Pellworth Hotels, the Court of Appeal held that a hotel must warn guests of a wet floor.",
    facts: ["Kevin Danvey -PLAINTIFF_IN-> Kevin Danvey v. Pellworth Hotels", "Pellworth Hotels -DEFENDANT_IN-> Kevin Danvey v. Pellworth Hotels"],
  },
  {
    style: "Irish paper: a prosecution named by its side is no suit",
    text: "Appeal court rules on sentencing\n\nIn DPP v Tom Abernant, the Court of Appeal increased the sentence for dangerous driving.",
    facts: [],
    not: ["Tom Abernant -DEFENDANT_IN-> DPP v. Tom Abernant", "DPP -PLAINTIFF_IN-> DPP v. Tom Abernant"],
  },
];

describeStories("a case named by its two sides", ROWS);
