// Charges in the shapes text nobody tuned on tells them: a statutory name with the death it caused and
// the one who died ("dangerous driving causing the death of X"), an offence of leaving a crash told as
// failing to stop or remain "at the scene", an offence admitted and "taken into account" at sentencing.
// Invented articles.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-03-04\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Canadian regional: a statutory name with the death it caused, and leaving the scene",
    text: `${FRONT("Dieppe man admits fatal crash", "Tidewater Gazette")}Marcel Thibodeau-Lirette, 29, pleaded guilty in Moncton provincial court on Tuesday to dangerous driving causing the death of Yvette Arsenault-Crane and to failing to stop at the scene of an accident.\n\nCrown prosecutor Lise Bourgeault said Thibodeau-Lirette left Arsenault-Crane on the shoulder of Route 134 in May.`,
    facts: [
      "Marcel Thibodeau-Lirette -CHARGED_WITH-> dangerous driving causing the death",
      "dangerous driving causing the death -ALLEGED_VICTIM-> Yvette Arsenault-Crane",
      "Marcel Thibodeau-Lirette -CHARGED_WITH-> failing to stop at the scene of an accident",
      "Marcel Thibodeau-Lirette pleads guilty -ON_CHARGE-> failing to stop at the scene of an accident",
    ],
  },
  {
    style: "Irish regional: an offence taken into consideration at sentencing",
    text: `${FRONT("Van driver jailed over Ballinrobe crash", "Western Clarion")}Dermot Feeney-Quigg (44) was jailed for six years at Castlebar Circuit Court on Thursday.\n\nHe had pleaded guilty to dangerous driving causing serious harm. Two further charges of possession of cannabis were taken into consideration.`,
    facts: ["Dermot Feeney-Quigg -CHARGED_WITH-> possession of cannabis"],
  },
];

describeStories("charges in untuned shapes", ROWS);
