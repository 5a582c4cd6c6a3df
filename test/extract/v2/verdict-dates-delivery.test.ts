// A verdict's delivery told in a sentence of its own ("The jury returned its verdicts on Thursday", "The verdicts were
// handed down on 12 November", "after the verdicts on Wednesday"), its outcomes told beside it with no date of their own:
// each outcome carries the delivery's day. Invented stories (British regional, Australian wire, Singaporean, NZ,
// Ugandan press); after "not", dates the story must not give: a delivery still to come, outcomes told far from it.
import { describeDatedStories } from "./dated.ts";

const published = (day: string) => `---\npublished: ${day}\n---\n`;

describeDatedStories("a verdict's delivery dates the outcomes told beside it", [
  {
    style: "British regional: the jury 'returned its verdicts on Thursday', the outcomes in the next sentence",
    text: `${published("2024-05-10")}Jury returns verdicts in Fairhurst trial\n\nA jury at Leeds Crown Court returned its verdicts on Thursday after two days of deliberations. Amelia Fairhurst was convicted of fraud but acquitted of forgery.`,
    facts: [
      "Fairhurst trial -RESULTED_IN-> Fairhurst trial: guilty{2024-05-09}",
      "Fairhurst trial -RESULTED_IN-> Fairhurst trial: not guilty{2024-05-09}",
    ],
  },
  {
    style: "Australian wire: 'delivered their verdicts on Thursday afternoon', the outcomes in the next paragraph",
    text: `${published("2024-11-15")}Ex-councillor convicted of deception\n\nSYDNEY (AAP) - Jurors in the NSW District Court delivered their verdicts on Thursday afternoon after four days of deliberations.\n\nFormer councillor Brendan Coyne, 61, was found guilty of obtaining a financial advantage by deception and not guilty of forgery.`,
    facts: [
      "Coyne trial -RESULTED_IN-> Coyne trial: guilty{2024-11-14}",
      "Coyne trial -RESULTED_IN-> Coyne trial: not guilty{2024-11-14}",
    ],
  },
  {
    style: "British regional: 'retired on Monday and reached its verdicts on Wednesday afternoon': the day beside the delivery",
    text: `${published("2024-05-10")}Verdict in Quennell case\n\nThe jury retired on Monday and reached its verdicts on Wednesday afternoon.\n\nDominic Quennell, 52, was found guilty of two counts of theft and not guilty of money laundering.`,
    facts: [
      "Quennell trial -RESULTED_IN-> Quennell trial: guilty{2024-05-08}",
      "Quennell trial -RESULTED_IN-> Quennell trial: not guilty{2024-05-08}",
    ],
  },
  {
    style: "Singaporean: the outcomes first, then 'The verdicts were handed down on 12 November'",
    text: `${published("2024-11-15")}Trader convicted of cheating\n\nHesketh Tan, 45, was convicted of cheating and acquitted of criminal breach of trust. The verdicts were handed down on 12 November by District Judge Kevin Ravel.`,
    facts: [
      "Tan trial -RESULTED_IN-> Tan trial: guilty{2024-11-12}",
      "Tan trial -RESULTED_IN-> Tan trial: not guilty{2024-11-12}",
    ],
  },
  {
    style: "New Zealand: 'The jury took eleven hours to reach its verdicts on Tuesday', the outcomes next",
    text: `${published("2024-11-15")}Trader guilty of fraud\n\nThe jury took eleven hours to reach its verdicts on Tuesday. Sipho Banerji was found guilty of fraud and acquitted of theft.`,
    facts: [
      "Banerji trial -RESULTED_IN-> Banerji trial: guilty{2024-11-12}",
      "Banerji trial -RESULTED_IN-> Banerji trial: not guilty{2024-11-12}",
    ],
  },
  {
    style: "Ugandan: 'after the verdicts on Wednesday', then the judge's findings",
    text: `${published("2024-11-15")}Verdicts in Kasozi trial\n\nOutside the High Court in Kampala after the verdicts on Wednesday, relatives embraced.\n\nJustice Mary Ostrowe convicted Daniel Kasozi of aggravated robbery and acquitted him of murder.`,
    facts: [
      "Kasozi trial -RESULTED_IN-> Kasozi trial: guilty{2024-11-13}",
      "Kasozi trial -RESULTED_IN-> Kasozi trial: not guilty{2024-11-13}",
    ],
  },
  {
    style: "British regional: a delivery still to come dates nothing",
    text: `${published("2024-11-15")}Jury to resume\n\nThe jury is due to return its verdict on the remaining count on Monday. Lorna Pellow was acquitted of arson.`,
    facts: ["Pellow trial -RESULTED_IN-> Pellow trial: not guilty"],
    not: ["Pellow trial -RESULTED_IN-> Pellow trial: not guilty{2024-11-18}"],
  },
  {
    style: "British regional: an outcome told three sentences after the delivery, past other news, keeps no date",
    text: `${published("2024-11-15")}Ilford man cleared\n\nThe jury at Snaresbrook Crown Court reached its verdict on Tuesday.\n\nProsecutors had told the court that the defendant planned the attack for weeks.\n\nDefence counsel said the case against him was weak.\n\nAziz Fairhurst, 33, was cleared of attempted murder.`,
    facts: ["Fairhurst trial -RESULTED_IN-> Fairhurst trial: not guilty"],
  },
]);
