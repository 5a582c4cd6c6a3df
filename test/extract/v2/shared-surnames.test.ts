// Given names that share one surname ("brothers Abel and Tomas Varga") on invented stories in
// several presses' manners: two people, each with the full name.
import { table } from "./helpers.ts";

table("two given names before one surname", [
  {
    name: "US wire: 'the Varga brothers testified' reads both brothers the lede named",
    text: "Corin Hale was convicted of arson on Friday. Two men he hired, Abel and Tomas Varga, told police he had paid them. At trial, the Varga brothers testified that Hale had planned the fire.",
    has: ["Person Abel Varga", "Abel Varga -TESTIFIED_IN-> Hale trial", "Tomas Varga -TESTIFIED_IN-> Hale trial"],
  },
  {
    name: "Indian English: siblings Priya and Arjun Mehta both deposed",
    text: "Rohan Kapoor was convicted of cheating by a Pune sessions court. The complainants, siblings Priya and Arjun Mehta, had lost their savings. The Mehta siblings testified against Kapoor in March.",
    has: ["Person Priya Mehta", "Priya Mehta -TESTIFIED_IN-> Kapoor trial", "Arjun Mehta -TESTIFIED_IN-> Kapoor trial"],
  },
  {
    name: "British broadsheet: a surname the article gave someone is that person, not a given name",
    text: "Oren Vale was jailed at Leeds Crown Court. Vale and Ana Ruiz had run the firm together.",
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
