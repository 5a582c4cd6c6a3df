// A co-accused's outcome told bare after the other defendant's: "X was found guilty of murder. His co-accused, Y, was
// found not guilty." Y was tried beside X on the same offence, and the outcome is on Y's count of it (British regional
// and wire court reports). Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("a co-accused's bare outcome is on the offence told of the other", [
  {
    style: "British regional daily: 'His co-accused, Y, 22, was found not guilty'",
    text: "Man guilty of murder\n\nRyan Harwood, 24, was found guilty of murder. His co-accused, Lee Sillitoe, 22, was found not guilty.\n",
    facts: ["Lee Sillitoe -CHARGED_WITH-> murder", "Harwood trial: not guilty -ON_CHARGE-> murder", "Lee Sillitoe -DEFENDANT_IN-> Harwood trial"],
  },
  {
    style: "wire: 'His co-defendant, Y, was cleared'",
    text: "Banker convicted\n\nMark Brackley was convicted of fraud on Friday. His co-defendant, Tess Penhaligon, was cleared.\n",
    facts: ["Tess Penhaligon -CHARGED_WITH-> fraud", "Brackley trial: not guilty -ON_CHARGE-> fraud"],
  },
]);
