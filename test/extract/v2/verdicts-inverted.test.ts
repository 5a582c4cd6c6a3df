// Verdicts told with the defendants after the verb: "Also convicted were his brother, X, and Y", "Those convicted were
// A, B and C". They are more defendants of the trial told before, on its offence when they have none of their own;
// never a relative clause's "were convicted were" nor a sentence whose subject is no defendant. Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("a verdict told after its verb is one more of the trial told before", [
  {
    style: "British regional: 'Also convicted were his brother, X, and Y'",
    text: "Smugglers guilty\n\nMarek Dubrava, 45, was found guilty of people smuggling. Also convicted were his brother, Pawel Dubrava, and Ionut Sandrescu.\n",
    facts: ["Pawel Dubrava -CHARGED_WITH-> people smuggling", "Ionut Sandrescu -CHARGED_WITH-> people smuggling", "Ionut Sandrescu -DEFENDANT_IN-> Dubrava trial", "Marek Dubrava -DEFENDANT_IN-> Dubrava trial"],
  },
  {
    style: "wire: 'Also cleared was his co-accused, Y'",
    text: "Fraud trial\n\nMarek Dubrava was acquitted of fraud on Monday. Also cleared was his co-accused, Ionut Sandrescu.\n",
    facts: ["Ionut Sandrescu -CHARGED_WITH-> fraud", "Dubrava trial: not guilty -ON_CHARGE-> fraud"],
    not: ["Dubrava trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Nigerian: 'Those convicted were A, B and C' after the trial's defendants were named",
    text: "Robbery trial\n\nAde Bolarinwa, Chuka Ezenwa and Victor Lumsdaine were arraigned on charges of armed robbery. Those convicted were Ade Bolarinwa and Chuka Ezenwa.\n",
    facts: ["Ade Bolarinwa -DEFENDANT_IN-> Bolarinwa trial", "Chuka Ezenwa -DEFENDANT_IN-> Bolarinwa trial", "Bolarinwa trial: guilty -ON_CHARGE-> armed robbery"],
    not: ["Victor Lumsdaine -DEFENDANT_IN-> Bolarinwa trial"],
  },
  {
    style: "no names after the verb: no verdict",
    text: "Sentences\n\nMarek Dubrava was found guilty of fraud. Those convicted were sentenced on Friday.\n",
    facts: ["Dubrava trial: guilty -ON_CHARGE-> fraud"],
    not: ["Dubrava trial: not guilty -ON_CHARGE-> fraud"],
  },
]);
