// A wire story's lede under a byline, and charges told with the death they concern or the offence they took part in.
// Each story is invented, in a style of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire with a byline: the mistrial told before the accused is named, three paragraphs down",
    text: "Jury deadlocks in trial of ex-deputy; judge declares mistrial\n\nBy Jolyon Ferriday, Associated Press\n\nPHOENIX (AP) — A judge declared a mistrial Thursday after jurors said they could not reach a verdict in the trial of a former sheriff's deputy charged with manslaughter in the shooting of an unarmed man during a traffic stop.\n\nSuperior Court Judge Ysolde Okafor-Bell declared the mistrial after the jury deliberated for four days. The jury was split 8-4 in favor of conviction, a juror told reporters.\n\nFormer deputy Wade Kellerman, 34, had pleaded not guilty to manslaughter and aggravated assault in the death of Osric Soller, 29.",
    facts: [
      "Wade Kellerman -DEFENDANT_IN-> Kellerman trial",
      "Kellerman trial -RESULTED_IN-> Kellerman trial: mistrial",
      "Ysolde Okafor-Bell -PRESIDED_OVER-> Kellerman trial",
      "manslaughter -ALLEGED_VICTIM-> Osric Soller",
      "aggravated assault -ALLEGED_VICTIM-> Osric Soller",
    ],
    not: ["Osric Soller -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "French wire in English: an aide cleared of complicity in the offence her minister was convicted of",
    text: "Paris court convicts former minister, acquits aide\n\nPARIS (AFP) - A Paris court on Monday found former culture minister Gilles Castagnède guilty of embezzling public funds. His former chief of staff, Hélène Vautrin, was cleared of complicity in embezzlement.",
    facts: ["Hélène Vautrin -CHARGED_WITH-> complicity in embezzlement"],
    not: ["Hélène Vautrin -CHARGED_WITH-> complicity"],
  },
];

describeStories("ledes under bylines, charges with their deaths and their parts", ROWS);
