// A denial of "the charge" by one of whom the article tells no charge of their own is on the one offence the article
// charges anyone with; so is a hung jury on a co-defendant named as such. Never where the article names two offences,
// nor for an earlier conviction of another offence. Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("a plea or outcome on no count of its own takes the article's one offence", [
  {
    style: "British local: 'B denied the charge when she appeared'",
    text: "Arson charge\n\nLucas Fernsby, 40, has been charged with arson. Imelda Fernsby, 38, denied the charge when she appeared at the magistrates court.\n",
    facts: ["Imelda Fernsby -CHARGED_WITH-> arson", "Imelda Fernsby pleads not guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Scottish: a hung jury on 'his co-defendant, Y' the sentence after a conviction",
    text: "Jury split\n\nDermot Mulvaney was convicted of manslaughter. The jury failed to reach a verdict on his co-defendant, Lorcan Hazelgrove.\n",
    facts: ["Lorcan Hazelgrove -CHARGED_WITH-> manslaughter", "Mulvaney trial: hung jury -ON_CHARGE-> manslaughter"],
    not: ["Mulvaney trial: guilty -ON_CHARGE-> hung jury"],
  },
  {
    style: "British court report: 'charged with fraud alongside his wife, B ... They both deny the charges'",
    text: "Fraud charge\n\nOttavio Castellane, 44, is charged with fraud alongside his wife, Loredana Castellane, 41. They both deny the charges.\n",
    facts: ["Loredana Castellane -CHARGED_WITH-> fraud", "Loredana Castellane pleads not guilty -ON_CHARGE-> fraud", "Ottavio Castellane pleads not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "two offences named: 'the charge' is not known",
    text: "Charges\n\nLucas Fernsby, 40, has been charged with arson and burglary. Imelda Fernsby, 38, denied the charge when she appeared at the magistrates court.\n",
    facts: ["Imelda Fernsby -ENTERED_PLEA-> Imelda Fernsby pleads not guilty"],
    not: ["Imelda Fernsby -CHARGED_WITH-> arson", "Imelda Fernsby -CHARGED_WITH-> burglary"],
  },
  {
    style: "an earlier conviction of another offence stays its own",
    text: "Charge\n\nLucas Fernsby, 40, has been charged with arson. Imelda Fernsby, 38, was convicted of theft in 2015.\n",
    facts: ["Lucas Fernsby -CHARGED_WITH-> arson"],
    not: ["Imelda Fernsby -CHARGED_WITH-> arson"],
  },
  {
    style: "a guilty plea on no count is not given the other's offence",
    text: "Charge\n\nLucas Brannock, 40, has been charged with murder. Imelda Hesketh, 38, pleaded guilty on Monday.\n",
    facts: ["Lucas Brannock -CHARGED_WITH-> murder"],
    not: ["Imelda Hesketh -CHARGED_WITH-> murder"],
  },
]);
