// Titles before a name that the names stage kept inside the name or cut short: honorifics of Nigerian
// and Malaysian papers ("Otunba", "Mallam", "Engr."), the council titles of US local news
// ("Councilwoman", "Assemblyman", "Alderman", "Rep.", and a party and state after a name, "R-Ohio") and a deputy's title ("Deputy Director of Public
// Prosecutions" is not the Director's). Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US Attorney's press release: 'Assistant United States Attorneys A and B', a plural title in full, makes both prosecutors, neither a defence lawyer",
    text: "Darnell Pike, 44, was sentenced to 87 months in prison for wire fraud. Assistant United States Attorneys Nora Sato and Ian Iveson prosecuted the case.",
    facts: ["Nora Sato -HOLDS_ROLE-> prosecutor", "Ian Iveson -HOLDS_ROLE-> prosecutor"],
    not: ["Nora Sato -HOLDS_ROLE-> lawyer", "Ian Iveson -HOLDS_ROLE-> lawyer", "Nora Sato -HOLDS_ROLE-> u.s. attorney"],
  },
  {
    style: "US politics desk: 'Rep.' is a legislator's title, and a party and state after a name ('R-Ohio') is no co-defendant",
    text: "Sen. Walter Briggs, R-Ohio, was indicted on charges of bribery and honest services fraud. Rep. Tomas Villaneuva (D-Calif.) pleaded guilty Tuesday to one count of conspiracy to commit wire fraud.",
    facts: ["Walter Briggs -CHARGED_WITH-> bribery", "Tomas Villaneuva -HOLDS_ROLE-> legislator", "Tomas Villaneuva -CHARGED_WITH-> conspiracy to commit wire fraud"],
    not: ["R-Ohio -CHARGED_WITH-> bribery", "Rep. Tomas Villaneuva -CHARGED_WITH-> conspiracy to commit wire fraud", "D-Calif. -CHARGED_WITH-> conspiracy to commit wire fraud"],
  },
  {
    style: "Nigerian daily: honorifics are no part of the name",
    text: "Otunba Ade Balogun, 58, was arraigned on fraud charges at the Federal High Court in Abuja. Mallam Sani Abubakar, a trader, and Engr. Musa Bello were charged with him.",
    facts: ["Ade Balogun -CHARGED_WITH-> fraud"],
    not: ["Otunba Ade Balogun -CHARGED_WITH-> fraud", "Mallam Sani Abubakar -HOLDS_ROLE-> trader"],
  },
  {
    style: "US local TV: a councilwoman and an alderman indicted, their titles their roles",
    text: "Councilwoman Maria Lopez and Alderman Joe Kline were indicted on bribery charges Tuesday, the Kestrel County State's Attorney said. Assemblyman Rick Rudge was not charged.",
    facts: ["Maria Lopez -CHARGED_WITH-> bribery", "Maria Lopez -HOLDS_ROLE-> councillor", "Joe Kline -HOLDS_ROLE-> alderman", "Rick Rudge -HOLDS_ROLE-> legislator"],
    not: ["Councilwoman Maria Lopez -CHARGED_WITH-> bribery"],
  },
  {
    style: "South African wire: a deputy's title is the deputy's, not the office head's",
    text: "Deputy Director of Public Prosecutions Nomsa Dube said the state would appeal the acquittal of Thabo Nkosi.",
    facts: ["Nomsa Dube -HOLDS_ROLE-> deputy director of public prosecutions"],
    not: ["Nomsa Dube -HOLDS_ROLE-> director of public prosecutions"],
  },
];

describeStories("titles before a name", ROWS);
