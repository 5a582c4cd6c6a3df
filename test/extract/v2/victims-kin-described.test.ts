// A relative of the one victim told after their name ("X, the victim's father, said") or through a bare noun for the
// victim ("The teenager's father, X,"), read only for one of the victim's surname that no accused bears (a bare
// "the teenager" may be the accused).
import { describeStories } from "./helpers.ts";

const killing = "Man jailed for life over stabbing of schoolboy\n\nLorcan Moyle, 31, was jailed for life at the Central Criminal Court on Friday for murdering Rowan Vanderhoek, 17, outside a chip shop in Ossory.\n\n";

describeStories("the victim's family told by a description", [
  {
    style: "Irish Sunday paper: 'X, the victim's father, said' (the tie in apposition after the name)",
    text: killing + "Fergal Vanderhoek, the victim's father, said the family had been destroyed.",
    facts: ["Fergal Vanderhoek -RELATED_TO(father)-> Rowan Vanderhoek"],
  },
  {
    style: "Irish tabloid: 'The teenager's mother, X, wept': the victim's surname",
    text: killing + "The teenager's mother, Aoife Vanderhoek, wept as the sentence was read.",
    facts: ["Aoife Vanderhoek -RELATED_TO(mother)-> Rowan Vanderhoek"],
  },
  {
    style: "Irish tabloid: 'The teenager's mother, X' where the teenager is the accused: another surname, no tie to the victim",
    text: "Teenager convicted of killing pensioner\n\nLorcan Moyle, 17, was convicted at the Central Criminal Court on Friday of murdering Rowan Vanderhoek, 81.\n\nThe teenager's mother, Aoife Quennell, wept as the verdict was read.",
    facts: [],
    not: ["Aoife Quennell -RELATED_TO(mother)-> Rowan Vanderhoek"],
  },
]);
