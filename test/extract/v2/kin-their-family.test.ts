// "A Vale, 41, and B Vale, 39, were jailed for neglect. Their son X gave evidence": two people of one surname named
// together are a family, and "their" kin is each one's. Two of different surnames not said to be tied name no one's.
import { describeStories } from "./helpers.ts";

describeStories("'their' kin after two of one surname", [
  {
    style: "British regional daily: 'A Vale, 41, and B Vale, 39, were jailed ... Their son X gave evidence' (no comma)",
    text: "Couple jailed for neglecting children\n\nCorin Hallowell, 41, and Ezinne Hallowell, 39, were jailed for child neglect at Exeter Crown Court. Their son Tobiah gave evidence by video link.",
    facts: ["Tobiah -RELATED_TO(son)-> Corin Hallowell", "Tobiah -RELATED_TO(son)-> Ezinne Hallowell"],
  },
  {
    style: "Australian daily: 'Their daughter, X, now 12,' (an aside after the name)",
    text: "Parents jailed over neglect\n\nCorin Hallowell, 41, and Ezinne Hallowell, 39, were jailed in the District Court in Perth. Their daughter, Amy, now 12, gave evidence from a remote room.",
    facts: ["Amy -RELATED_TO(daughter)-> Corin Hallowell", "Amy -RELATED_TO(daughter)-> Ezinne Hallowell"],
  },
  {
    style: "Two co-accused of different surnames: 'Their mother' names no one's",
    text: "Two jailed over robbery\n\nCorin Hallowell, 41, and Selwyn Noakes, 39, were jailed for robbery at Exeter Crown Court. Their mother, Ezinne Blay, wept in the gallery.",
    facts: [],
    not: ["Ezinne Blay -RELATED_TO(mother)-> Corin Hallowell", "Ezinne Blay -RELATED_TO(mother)-> Selwyn Noakes"],
  },
]);
