// Facts told in the manner of world court reports: an employer after "who was then working for", a victim after
// the month and year of her death, the accused known by one name, a conviction under a statute's sections, the
// prosecutors of Scottish and Pakistani courts. Each story is invented, in a style of its own; each row names what a reader
// takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Singapore broadsheet: the employer told in a relative clause with 'then'",
    text: "Former property agent jailed for cheating clients\n\nSINGAPORE - A former property agent who cheated two clients of rental deposits was jailed for 10 weeks on Monday. The court heard that Ong Kai Wen, who was then working for Quenby Realty, told the victims the deposits would be passed to the landlords.",
    facts: ["Ong Kai Wen -WORKS_FOR-> Quenby Realty"],
  },
  {
    style: "Canadian public broadcaster: the victim after the month and year of her death",
    text: "Winnipeg man found not criminally responsible\n\nThe ruling came in the case of Cole Ferland, 27, who was charged with second-degree murder in the March 2023 death of Odile Ferland, 58.",
    facts: ["Cole Ferland -CHARGED_WITH-> second-degree murder", "second-degree murder -ALLEGED_VICTIM-> Odile Ferland"],
    not: ["Odile Ferland -CHARGED_WITH-> second-degree murder"],
  },
  {
    style: "Pakistani daily: one of the acquitted known by a single name; the convicts found guilty under a statute's sections",
    text: "ATC sentences two to death in blast case\n\nQUETTA: An anti-terrorism court on Saturday sentenced two men to death and acquitted three others. The convicts, Zarak Shinwari and Gulab Marri, were found guilty under sections of the Anti-Terrorism Act and the Pakistan Penal Code, including murder and terrorism. The court acquitted Naseer, Faiza Raisani and Tavish Baluch for lack of evidence. Special Prosecutor Moffat Lennox said the prosecution would appeal.",
    facts: [
      "Zarak Shinwari -CHARGED_WITH-> murder",
      "Gulab Marri -CHARGED_WITH-> terrorism",
      "Naseer -DEFENDANT_IN-> Naseer trial",
      "Moffat Lennox -HOLDS_ROLE-> special prosecutor",
    ],
    not: ["Moffat Lennox -HOLDS_ROLE-> special counsel", "Naseer -CHARGED_WITH-> murder"],
  },
  {
    style: "Scottish broadcaster: the Crown's advocate depute and procurator fiscal depute",
    text: "Van driver jailed for killing cyclist\n\nA van driver who killed a cyclist while using his phone has been jailed for six years at the High Court in Glasgow. Advocate depute Tavish Lennox said the family had been devastated. Procurator fiscal depute Faiza Drumlin told an earlier hearing the van was speeding.",
    facts: ["Tavish Lennox -HOLDS_ROLE-> prosecutor", "Faiza Drumlin -HOLDS_ROLE-> prosecutor"],
  },
  {
    style: "Delhi daily: charges framed against a man and his parents, who are named in the next sentence with the sections only",
    text: "Court frames charges in dowry death case\n\nNEW DELHI: A Delhi court on Thursday framed charges of dowry death and cruelty against a man and his parents. Additional Sessions Judge Ritu Sabharwal framed charges against Varun Kohli, his father Hemant Kohli and mother Usha Kohli under Sections 304B and 498A of the Indian Penal Code. The court discharged his sister, Tanvi Kohli, saying there was no evidence against her.",
    facts: ["Varun Kohli -CHARGED_WITH-> dowry death", "Hemant Kohli -CHARGED_WITH-> cruelty", "Usha Kohli -CHARGED_WITH-> dowry death"],
    not: ["Tanvi Kohli -CHARGED_WITH-> dowry death", "Tanvi Kohli -CHARGED_WITH-> cruelty"],
  },
];

describeStories("facts in world court reports", ROWS);
