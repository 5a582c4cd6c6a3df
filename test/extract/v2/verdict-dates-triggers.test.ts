// The date of a verdict told by words a rule does not anchor on whole ("returned the not guilty verdicts on
// Wednesday"), by a month that opens the sentence ("In October, a jury ... found him not liable"), and a
// sentencing's date kept off a conviction the text dates itself. Invented stories (British showbiz, US trade
// press, New Zealand and wire copy); after "not", dates the story must not give.
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2024-05-15\n---\n";

describeDatedStories("verdict dates from the words that tell them", [
  {
    style: "British showbiz: the acquittal in the lede, the day in the next sentence's 'returned the not guilty verdicts'",
    text: `${PUBLISHED}Soap star cleared\n\nTobias Ravenhill has been acquitted of all six assault charges he faced, ending a three-week trial. A jury at Harrowgate Crown Court returned the not guilty verdicts on Wednesday after deliberating for nine hours.`,
    facts: ["Ravenhill trial -RESULTED_IN-> Ravenhill trial: not guilty{2024-05-15}"],
  },
  {
    style: "US trade press: a civil verdict dated by the month that opens its sentence",
    text: `${PUBLISHED}Actor wins again\n\nIn October, a jury in a federal court found Tobias Ravenhill not liable in a $2 million lawsuit filed by the actor Corin Salvesen.`,
    facts: ["Corin Salvesen v. Tobias Ravenhill -RESULTED_IN-> Corin Salvesen v. Tobias Ravenhill: not liable{2023-10}"],
  },
  {
    style: "New Zealand: convicted in one month, sentenced on a day of another; the conviction keeps its own date",
    text: `${PUBLISHED}Killer jailed\n\nOdhran Pellworth was found guilty of murder by a High Court jury in November last year. On 14 February, Justice Ardmay sentenced him to life imprisonment.`,
    facts: ["Pellworth trial -RESULTED_IN-> Pellworth trial: guilty{2023-11}"],
    not: ["Pellworth trial -RESULTED_IN-> Pellworth trial: guilty{2024-02-14}"],
  },
  {
    style: "Wire: a conviction told only through its sentencing takes the sentencing's date",
    text: `${PUBLISHED}Fraudster jailed\n\nOdhran Pellworth was jailed on Tuesday for six years for fraud.`,
    facts: ["Odhran Pellworth: guilty{2024-05-14} -ON_CHARGE-> fraud"],
  },
  {
    style: "US trade press: a plea in a 'when' clause after 'that June', the month of the year named before it",
    text: `${PUBLISHED}Actor cleared\n\nOrrin Castell had been charged in 2022, and made his first court appearance that June, when he pleaded not guilty.`,
    facts: ["Orrin Castell -ENTERED_PLEA-> Orrin Castell pleads not guilty{2022-06}"],
  },
  {
    style: "US trade press: 'that June' with no year before it in its sentence dates nothing",
    text: `${PUBLISHED}Actor cleared\n\nOrrin Castell made his first court appearance that June, when he pleaded not guilty.`,
    facts: ["Orrin Castell -ENTERED_PLEA-> Orrin Castell pleads not guilty"],
  },
  {
    style: "Wire: a Swedish company's plea after a dateline, dated by its own clause",
    text: `${PUBLISHED}Kestrow Holdings admits bribery\n\nSINGAPORE, May 15 (Reuters) - Kestrow Holdings AB pleaded guilty on Wednesday to conspiring to bribe port officials, prosecutors said.`,
    facts: ["Kestrow Holdings AB -ENTERED_PLEA-> Kestrow Holdings AB pleads guilty{2024-05-15}"],
  },
]);
