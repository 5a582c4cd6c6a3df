// The accused of a verdict told by a pronoun or a group ("The jury convicted him", "convicted both men", "convicted
// them", "Both denied it") is someone the article told accused, never the witness or the pair of witnesses named
// last: "Y, who was behind the counter, told the court he saw the knife. The jury convicted him of murder" is the
// defendant's verdict. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional paper: a witness 'told the court', then 'The jury convicted him of murder'",
    text: "Man guilty of takeaway stabbing\n\nA man has been convicted of murdering a father of two outside a takeaway.\n\nCaspian Dunmore, 27, was found guilty at Leicester Crown Court on Friday. Fergal Wrenfield, who was working behind the counter, told the court he saw the knife. He said the attack lasted seconds. The jury convicted him of murder after four hours.",
    facts: ["Caspian Dunmore -CHARGED_WITH-> murder", "Fergal Wrenfield -TESTIFIED_IN-> Dunmore trial"],
    not: ["Fergal Wrenfield -CHARGED_WITH-> murder", "Fergal Wrenfield -DEFENDANT_IN-> Dunmore trial"],
  },
  {
    style: "Court round-up: the shopkeeper 'gave evidence', then 'A jury acquitted him of robbery'",
    text: "Teen cleared of robbery\n\nA teenager accused of robbing a shopkeeper has been cleared.\n\nLorcan Pettifer, 18, denied robbery. The shopkeeper, Yusuf Dastur, gave evidence on the second day. He told jurors the robber wore a mask. A jury acquitted him of robbery on Tuesday.",
    facts: ["Lorcan Pettifer -CHARGED_WITH-> robbery", "Yusuf Dastur -TESTIFIED_IN-> Pettifer trial"],
    not: ["Yusuf Dastur -CHARGED_WITH-> robbery", "Yusuf Dastur -DEFENDANT_IN-> Dastur trial"],
  },
  {
    style: "Kenyan daily: the complainant 'told the court', then 'The magistrate sentenced him'",
    text: "Officer jailed\n\nA police officer was on Tuesday jailed for 10 years for robbery with violence.\n\nConstable Ruairi Onyango was convicted by Principal Magistrate Imelda Wanjiru. The complainant, Bartholomew Dastur, told the court he was robbed of Sh40,000 at a roadblock. The magistrate sentenced him to 10 years in prison.",
    facts: ["Ruairi Onyango -CHARGED_WITH-> robbery with violence", "Bartholomew Dastur -TESTIFIED_IN-> Onyango trial"],
    not: ["Bartholomew Dastur -CHARGED_WITH-> robbery with violence", "Bartholomew Dastur -DEFENDANT_IN-> Onyango trial"],
  },
  {
    style: "Wire report: two jewellers 'described' the raiders, then 'The jury convicted both men'",
    text: "Two men convicted\n\nTwo men have been convicted of robbing a jeweller in Croydon.\n\nCaspian Grainger, 24, and Otto Varga, 29, denied robbery. Jewellers Anselm Quillan and Fergal Dastur described the men wearing balaclavas. The jury convicted both men after three days.",
    facts: ["Caspian Grainger -DEFENDANT_IN-> Grainger trial", "Otto Varga -DEFENDANT_IN-> Grainger trial"],
    not: ["Anselm Quillan -DEFENDANT_IN-> Quillan trial", "Fergal Dastur -DEFENDANT_IN-> Quillan trial"],
  },
  {
    style: "Local paper: 'The court heard that' two staff were in the shop, then 'The jury convicted them'",
    text: "Two men convicted\n\nTwo men have been convicted of robbing a jeweller in Croydon.\n\nCaspian Grainger, 24, and Otto Varga, 29, denied robbery. The court heard that Anselm Quillan and Fergal Dastur were in the shop at the time. The jury convicted them after three days.",
    facts: ["Caspian Grainger -DEFENDANT_IN-> Grainger trial", "Otto Varga -DEFENDANT_IN-> Grainger trial"],
    not: ["Anselm Quillan -DEFENDANT_IN-> Quillan trial", "Fergal Dastur -DEFENDANT_IN-> Quillan trial", "Anselm Quillan -DEFENDANT_IN-> Grainger trial"],
  },
  {
    style: "Business pages: two auditors give evidence, then 'Both pleaded not guilty'",
    text: "Pension fraud trial\n\nTwo men are on trial accused of defrauding a pension fund in Leeds.\n\nCaspian Grainger, 54, and Otto Varga, 59, were charged with fraud in 2023. Auditors Anselm Quillan and Fergal Dastur described finding the missing money. Both pleaded not guilty.",
    facts: ["Caspian Grainger -CHARGED_WITH-> fraud", "Otto Varga -CHARGED_WITH-> fraud"],
    not: ["Anselm Quillan -ENTERED_PLEA-> Anselm Quillan pleads not guilty", "Fergal Dastur -ENTERED_PLEA-> Fergal Dastur pleads not guilty"],
  },
];

describeStories("the accused a pronoun or a group stands for is never the witness named last", ROWS);
