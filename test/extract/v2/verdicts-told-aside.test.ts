// Outcomes told aside from the clause that dates them: a co-accused's acquittal after "while" in the sentence that dates
// the others' conviction, and a conviction told by a possessive before the one it is of is named ("Following his
// conviction for manslaughter on 12 March, X was sentenced"). Invented stories (Kenyan, Nigerian, British regional,
// Australian press); after "not", facts the story must not give.
import { describeDatedStories } from "./dated.ts";

const published = (day: string) => `---\npublished: ${day}\n---\n`;

describeDatedStories("a co-accused's outcome in the sentence that dates the others'", [
  {
    style: "Kenyan: 'were convicted of fraud on Thursday, while their co-accused, X, was acquitted of the same charge'",
    text: `${published("2024-03-08")}Two guilty, one cleared in land fraud\n\nJoseph Wanjiru and Peter Kasozi were convicted of fraud on Thursday, while their co-accused, Daniel Okonjo-Brack, was acquitted of the same charge.`,
    facts: ["Okonjo-Brack trial -RESULTED_IN-> Okonjo-Brack trial: not guilty{2024-03-07}", "Wanjiru trial -RESULTED_IN-> Wanjiru trial: guilty{2024-03-07}"],
  },
  {
    style: "Nigerian: 'Kasozi was convicted of money laundering on Tuesday, while Fairhurst was acquitted of the same offence'",
    text: `${published("2024-03-08")}Court convicts ex-director\n\nPeter Kasozi was convicted of money laundering by the Federal High Court in Lagos on Tuesday, while Aziz Fairhurst was acquitted of the same offence.`,
    facts: ["Fairhurst trial -RESULTED_IN-> Fairhurst trial: not guilty{2024-03-05}"],
  },
  {
    style: "Kenyan: an acquittal told as background ('had been acquitted ... in an earlier trial') keeps no date",
    text: `${published("2024-03-08")}Guilty of fraud\n\nJoseph Wanjiru was convicted of fraud on Thursday, while his brother Tom Wanjiru had been acquitted of the same charge in an earlier trial.`,
    facts: ["Wanjiru trial -RESULTED_IN-> Wanjiru trial: guilty{2024-03-07}"],
    not: ["Tom Wanjiru trial -RESULTED_IN-> Tom Wanjiru trial: not guilty{2024-03-07}"],
  },
]);

describeDatedStories("a possessive before the one it stands for", [
  {
    style: "British regional lede: 'Following his conviction for manslaughter on 12 March, X was sentenced'",
    text: `${published("2024-06-14")}Carer sentenced\n\nFollowing his conviction for manslaughter on 12 March, Mark Linnert was sentenced on Thursday to nine years.`,
    facts: ["Mark Linnert -CHARGED_WITH-> manslaughter", "Linnert trial -RESULTED_IN-> Linnert trial: guilty{2024-03-12}"],
  },
  {
    style: "Australian lede: 'After her conviction for fraud in March, X resigned from the council'",
    text: `${published("2024-06-14")}Councillor resigns\n\nAfter her conviction for fraud in March, Lena Takoda resigned from the council.`,
    facts: ["Lena Takoda -CHARGED_WITH-> fraud"],
  },
  {
    style: "British regional: a judge named after the comma is not whom the possessive stands for",
    text: `${published("2024-06-14")}Sentencing\n\nAfter his conviction for burglary, Judge Ann Coyne said the case was troubling.`,
    facts: [],
    not: ["Ann Coyne -CHARGED_WITH-> burglary"],
  },
]);
