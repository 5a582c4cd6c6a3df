// One appeal ruling told twice in sentences close together ("X lost his appeal on Tuesday. The Court of Appeal upheld
// the judgment of the High Court, which convicted him") is one ruling, dated by whichever sentence dates it, ruled by
// one court; and "ruled on Wednesday that the conviction was unsafe" is the ruling told by what the court held.
// Invented stories (Nigerian daily, British regional).
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2024-06-14\n---\n";

describeDatedStories("an appeal ruling told twice is one ruling", [
  {
    style: "Nigerian daily: the appeal lost, then the appeal court that upheld the trial court's judgment",
    text: `${PUBLISHED}Appeal lost\n\nOluwaseun Adewakun lost his appeal against his conviction for armed robbery on Tuesday. The Court of Appeal in Ibadan upheld the judgment of the Oyo State High Court, which convicted him in 2017.`,
    facts: [
      "Court of Appeal in Ibadan -RULED-> Oluwaseun Adewakun: appeal upheld{2024-06-11}",
      "Oluwaseun Adewakun: appeal upheld{2024-06-11} -OVERTURNS-> Adewakun trial: guilty",
    ],
    not: [
      "Court of Appeal in Ibadan -RULED-> Oluwaseun Adewakun: appeal upheld",
      "Oluwaseun Adewakun: appeal upheld -OVERTURNS-> Adewakun trial: guilty",
    ],
  },
  {
    style: "British regional: the conviction quashed, then 'ruled on Wednesday that the conviction was unsafe'",
    text: `${PUBLISHED}Man wins appeal\n\nA man jailed for manslaughter has had his conviction quashed by the Court of Appeal.\n\nCallum Westrope, 31, was found guilty at Bristol Crown Court in October 2021. Three judges at the Court of Appeal in London ruled on Wednesday that the conviction was unsafe.`,
    facts: [
      "Court of Appeal -RULED-> Callum Westrope: appeal overturned{2024-06-12}",
      "Callum Westrope: appeal overturned{2024-06-12} -OVERTURNS-> Westrope trial: guilty{2021-10}",
      "Westrope trial -HELD_AT-> Bristol Crown Court",
    ],
    not: [
      "Court of Appeal in London -RULED-> Callum Westrope: appeal overturned{2024-06-12}",
      "Callum Westrope: appeal overturned -OVERTURNS-> Westrope trial: guilty{2021-10}",
    ],
  },
  {
    style: "what the defence argued of the conviction is no ruling",
    text: `${PUBLISHED}Appeal heard\n\nCallum Westrope, 31, was found guilty at Bristol Crown Court in October 2021. At the Court of Appeal in London on Wednesday his lawyers argued that the conviction was unsafe.`,
    facts: ["Westrope trial -HELD_AT-> Bristol Crown Court"],
    not: [
      "Court of Appeal in London -RULED-> Callum Westrope: appeal overturned{2024-06-12}",
      "Court of Appeal in London -RULED-> Callum Westrope: appeal overturned",
    ],
  },
]);
