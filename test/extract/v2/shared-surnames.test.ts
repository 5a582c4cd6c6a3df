// Given names that share one surname ("brothers Abel and Tomas Varga") on invented stories in
// several presses' manners: two people, each with the full name.
import { table } from "./helpers.ts";

table("two given names before one surname", [
  {
    name: "US wire: 'the Varga brothers testified' reads both brothers the lede named",
    text: "Corin Rudge was convicted of arson on Friday. Two men he hired, Abel and Tomas Varga, told police he had paid them. At trial, the Varga brothers testified that Rudge had planned the fire.",
    has: ["Person Abel Varga", "Abel Varga -TESTIFIED_IN-> Rudge trial", "Tomas Varga -TESTIFIED_IN-> Rudge trial"],
  },
  {
    name: "Indian English: siblings Priya and Arjun Mehta both deposed",
    text: "Rohan Kapoor was convicted of cheating by a Pune sessions court. The complainants, siblings Priya and Arjun Mehta, had lost their savings. The Mehta siblings testified against Kapoor in March.",
    has: ["Person Priya Mehta", "Priya Mehta -TESTIFIED_IN-> Kapoor trial", "Arjun Mehta -TESTIFIED_IN-> Kapoor trial"],
  },
  {
    name: "British broadsheet: a surname the article gave someone is that person, not a given name",
    text: "Oren Vale was jailed at Kestleford Crown Court. Vale and Ana Ruiz had run the firm together.",
    has: ["Person Oren Vale", "Person Ana Ruiz"],
    not: ["Person Vale Ruiz"],
  },
], { people: true });

table("a company named after its founder is not the founder", [
  {
    name: "Indian English: 'actor Arjun Vale' and his production house 'Arjun Vale Films'; his father shares the surname",
    text: "MUMBAI: A sessions court on Thursday convicted actor Arjun Vale of rash driving. His father, screenwriter Vikram Vale, was in court. Vale, 49, will appeal. Vale's production house, Arjun Vale Films, has three releases due this year.",
    has: ["Person Arjun Vale", "Arjun Vale -CHARGED_WITH-> rash driving", "Arjun Vale -HOLDS_ROLE-> actor"],
    not: ["Vikram Vale -CHARGED_WITH-> rash driving", "Vikram Vale -HOLDS_ROLE-> actor"],
  },
  {
    name: "Trade press: the company alone keeps its short name when no person bears it",
    text: "Kestrel Bay Pictures sued the distributor on Monday. Kestrel Bay said the contract had been broken.",
    has: [],
    not: ["Person Kestrel Bay"],
  },
], { people: true });

table("a short name is of the one the text introduced, not of a relative named later", [
  {
    name: "Nigerian wire: 'Mr Ezeh' before his brother is named is the ex-governor, and stays his after",
    text: "ABUJA — The Supreme Court on Friday set aside the conviction of former governor Obinna Ezeh, who was jailed for 12 years in 2023 for fraud. Mr Ezeh, now a senator, was convicted by the Federal High Court in Lagos. His brother, Chidi Ezeh, a businessman, told reporters the family was relieved. Mr Ezeh's lawyer, Awa Nnamdi, said his client had always maintained his innocence.",
    has: ["Obinna Ezeh -HOLDS_ROLE-> senator", "Awa Nnamdi -REPRESENTS-> Obinna Ezeh", "Chidi Ezeh -RELATED_TO(brother)-> Obinna Ezeh"],
    not: ["Chidi Ezeh -HOLDS_ROLE-> senator", "Awa Nnamdi -REPRESENTS-> Chidi Ezeh", "Chidi Ezeh -DEFENDANT_IN-> Ezeh trial"],
  },
  {
    name: "Malaysian daily: a bare given name is the ex-premier's, not the surname of his son",
    text: "KUALA LUMPUR: Former prime minister Azlan Harun on Tuesday lost his final appeal. Azlan, 69, was found guilty by the High Court in 2024 of criminal breach of trust. His wife Rosnah Ibrahim and son Farid Azlan sat in the public gallery. Azlan's lawyer, Shafiq Rahman, said his client would seek a pardon.",
    has: ["Azlan Harun -CHARGED_WITH-> criminal breach of trust", "Shafiq Rahman -REPRESENTS-> Azlan Harun", "Farid Azlan -RELATED_TO(son)-> Azlan Harun"],
    not: ["Farid Azlan -CHARGED_WITH-> criminal breach of trust", "Shafiq Rahman -REPRESENTS-> Farid Azlan"],
  },
  {
    name: "Malaysian daily: the bare given name after the son is named ('his son Hakim Rosli', whom only the kin word shows a man) is still the ex-premier's",
    text: "KUALA LUMPUR: Former prime minister Rosli Jamaluddin began serving a 10-year sentence on Tuesday. In a statement read by his son Hakim Rosli, the former premier said he would keep fighting. Rosli was prime minister from 2011 until his coalition lost the 2019 election. Rosli was convicted of abuse of power in 2022.",
    has: ["Rosli Jamaluddin -HOLDS_ROLE-> prime minister", "Rosli Jamaluddin -CHARGED_WITH-> abuse of power", "Hakim Rosli -RELATED_TO(son)-> Rosli Jamaluddin"],
    not: ["Hakim Rosli -HOLDS_ROLE-> prime minister", "Hakim Rosli -CHARGED_WITH-> abuse of power"],
  },
], { people: true });

table("a woman's honorific before a surname two people share, neither of them known to be a woman", [
  {
    name: "Northern Irish murder report: 'Mrs Killeavy' after husband and wife are named in full is neither of them, so the victim never takes his charges",
    text: "Man jailed for life\n\nFionnbarr Killeavy, 58, had denied murdering Senga Killeavy at their home in 2023. He was also charged with perverting the course of justice. Mrs Killeavy had told a friend she was afraid of him. He was found guilty by a jury.",
    has: ["Fionnbarr Killeavy -CHARGED_WITH-> murder", "Fionnbarr Killeavy -CHARGED_WITH-> perverting the course of justice"],
    not: ["Senga Killeavy -CHARGED_WITH-> perverting the course of justice", "Senga Killeavy -DEFENDANT_IN-> Killeavy trial"],
  },
  {
    name: "guard: where her first mention shows her a woman ('his wife, Senga Killeavy'), 'Mrs Killeavy' is her",
    text: "Man jailed for life\n\nFionnbarr Killeavy, 58, was found guilty of murdering his wife, Senga Killeavy, at their home in 2023. Mrs Killeavy had told a friend she was afraid.",
    has: ["Fionnbarr Killeavy -CHARGED_WITH-> murder"],
    not: ["Senga Killeavy -CHARGED_WITH-> murder"],
  },
]);
