// An Australian metro report of a fraud inquiry: one man released without charge, his partner charged, an auditor
// investigated but accused of nothing, a third man prosecutors declined to charge, a lawyer who "also represents"
// the one released. Only what happened is a fact: no charge for the questioned, the investigated or the hypothetical.
import { describeStories, type StoryRow } from "./helpers.ts";

const ARTICLE = [
  "Businessman questioned over missing millions, released without charge",
  "",
  "A Perth businessman questioned by detectives investigating the collapse of a mining investment fund has been released without charge, police said on Thursday.",
  "",
  "Marchetto Quinlivan, 55, was interviewed for six hours. He has not been charged with any offence and denies wrongdoing.",
  "",
  "His business partner, Dunmore Ashbury, 49, who was arrested on Tuesday, was later charged with fraud and money laundering. Ashbury is expected to plead not guilty when he appears in court next month.",
  "",
  "If convicted, Ashbury faces up to 20 years in jail.",
  "",
  "Police said they were also investigating whether the fund's auditor, Penrith Kalloway, had known about the losses. Kalloway is not accused of any wrongdoing.",
  "",
  "Ashbury's lawyer, Torrance Keshet, said his client would \"vigorously defend\" the charges. Keshet also represents Quinlivan, who may yet face charges of conspiracy, according to a police source.",
  "",
  "Prosecutors declined to charge a third man, a former accountant at the fund, citing a lack of evidence.",
].join("\n");

const ROWS: StoryRow[] = [
  {
    style: "Australian metro daily: released without charge, a partner charged, a lawyer who also acts for the first",
    text: ARTICLE,
    facts: ["Dunmore Ashbury -CHARGED_WITH-> fraud", "Torrance Keshet -REPRESENTS-> Dunmore Ashbury", "Torrance Keshet -REPRESENTS-> Marchetto Quinlivan"],
    not: ["Marchetto Quinlivan -CHARGED_WITH-> conspiracy", "Marchetto Quinlivan -CHARGED_WITH-> fraud", "Penrith Kalloway -CHARGED_WITH-> fraud", "Dunmore Ashbury -ENTERED_PLEA-> Dunmore Ashbury pleads not guilty"],
  },
];

describeStories("released without charge", ROWS);
