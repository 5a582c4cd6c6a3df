// "Their barrister, X, said" opening the sentence after "A and B were jailed": the lawyer of each of the two listed.
import { describeStories } from "./helpers.ts";

describeStories("counsel of a listed pair told by 'their'", [
  {
    style: "South African daily: 'A, 34, and B, 29, were jailed ... Their advocate, X, said'",
    text: "Pair jailed for cash-in-transit robbery\n\nVusumuzi Pellow, 34, and Temitope Sethuraman, 29, were jailed for 15 years each by the Pretoria High Court on Monday.\n\nTheir advocate, Ngozika Brannagh, said both men would appeal.",
    facts: ["Ngozika Brannagh -REPRESENTS-> Vusumuzi Pellow", "Ngozika Brannagh -REPRESENTS-> Temitope Sethuraman"],
  },
  {
    style: "Welsh weekly: 'Their defence solicitor, X, told magistrates' after two men named as charged",
    text: "Two men fined over hare coursing\n\nLorcan Ossory, 41, and Fergal Vanderhoek, 38, admitted hare coursing at Llandrindod Wells Magistrates' Court.\n\nTheir defence solicitor, Aoife Tarrell, told magistrates the men had not known the land was private.",
    facts: ["Aoife Tarrell -REPRESENTS-> Lorcan Ossory", "Aoife Tarrell -REPRESENTS-> Fergal Vanderhoek"],
  },
]);
