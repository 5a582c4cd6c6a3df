// A tie told by a copula after the person's name, as reports of a killing say who the victim was to the accused: "The
// victim, X, was his estranged wife.", "X, who was his partner, ...", "She was his wife of 20 years." A negated tie
// ("was not his daughter") is none.
import { describeStories } from "./helpers.ts";

describeStories("kin told by a copula: 'X was his wife', 'X, who was his partner'", [
  {
    style: "Australian court report of a murder sentence: 'The victim, X, was his estranged wife.'",
    text: "Man jailed for 24 years over Ostwick stabbing\n\nFergus Brackley, 46, was jailed for 24 years in the Supreme Court on Friday for murdering a woman at her Ostwick home in 2023.\n\nThe victim, Siobhan Kerrane, was his estranged wife. The court heard Brackley had breached an intervention order days before the attack.",
    facts: ["Siobhan Kerrane -RELATED_TO(wife)-> Fergus Brackley"],
  },
  {
    style: "New Zealand wire: 'X, who was his partner, ...' after the charge",
    text: "Man charged with manslaughter after Rawhiti crash\n\nCadoc Holloway, 31, was charged with manslaughter on Monday over a crash near Rawhiti that killed Siobhan Kerrane. Kerrane, who was his partner, died at the scene.",
    facts: ["Siobhan Kerrane -RELATED_TO(partner)-> Cadoc Holloway"],
  },
  {
    style: "British local paper, a pronoun subject: 'She was his wife of 20 years.'; and a denied tie: 'was not his son'",
    text: "Husband jailed for killing wife\n\nFergus Brackley was jailed for life on Thursday for killing Siobhan Kerrane at their home in Ostwick. She was his wife of 20 years.\n\nThe court heard that a teenager found at the house, Cadoc Holloway, was not his son.",
    facts: ["Siobhan Kerrane -RELATED_TO(wife)-> Fergus Brackley"],
    not: ["Cadoc Holloway -RELATED_TO(son)-> Fergus Brackley"],
  },
]);
