// Family ties told in ways the kinship rules first missed: a relative named by a given name alone after
// a possessive ("Obi's brother Chidi", "his wife of 20 years, Thandeka,"), a marriage ("who is married
// to Y"), a tie told with a copula ("X, 30, is the wife of Y", "Her son is Y"), and a pronoun's relative
// who shares a surname with someone of the other sex. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Nigerian daily: a brother named by his given name alone after the defendant's surname",
    text: "Chuka Obiora, 45, was convicted of fraud at the Federal High Court in Lagos. Obiora's brother Chidi was also charged.",
    facts: ["Chidi -RELATED_TO(brother)-> Chuka Obiora"],
  },
  {
    style: "South African weekly: 'wife of 20 years' and 'eldest son' before a given name alone",
    text: "Lwazi Ndlela, 52, was convicted of fraud in the Specialised Commercial Crimes Court. Ndlela's wife of 20 years, Thandeka, wept. His eldest son, Bongani, said the family would appeal.",
    facts: ["Thandeka -RELATED_TO(wife)-> Lwazi Ndlela", "Bongani -RELATED_TO(son)-> Lwazi Ndlela"],
  },
  {
    style: "British tabloid: 'who is married to' ties the two; a denial ties no one",
    text: "Kieran Doyle was convicted of murder at Kestleford Crown Court. Doyle, who is married to Sharon Doyle, showed no emotion. His co-accused, Liam Pratt, is not married to Kerry Vance.",
    facts: ["Sharon Doyle -RELATED_TO(partner)-> Kieran Doyle"],
    not: ["Kerry Vance -RELATED_TO(partner)-> Liam Pratt"],
  },
  {
    style: "Pakistani sports page: 'X, 30, is the wife of cricketer Y'",
    text: "Zainab Malik, 30, is the wife of cricketer Faisal Malik, who was convicted of match-fixing in Lahore.",
    facts: ["Zainab Malik -RELATED_TO(wife)-> Faisal Malik"],
  },
  {
    style: "Singaporean daily: 'Her son' is the woman's son, not her husband's though he shares the surname",
    text: "Mary Lin, 52, was charged with cheating in the State Courts. Her husband, Peter Chua, was not charged. Her son is Daniel Chua, a lawyer.",
    facts: ["Peter Chua -RELATED_TO(husband)-> Mary Lin", "Daniel Chua -RELATED_TO(son)-> Mary Lin"],
    not: ["Daniel Chua -RELATED_TO(son)-> Peter Chua"],
  },
  {
    style: "Greek shipping press: 'the daughter of shipping magnate X' (a trade before the role)",
    text: "Eliska Brandreth, the daughter of shipping magnate Tomas Brandreth, was charged with fraud on Monday.",
    facts: ["Eliska Brandreth -RELATED_TO(daughter)-> Tomas Brandreth", "Eliska Brandreth -CHARGED_WITH-> fraud"],
  },
];

describeStories("family ties", ROWS);
