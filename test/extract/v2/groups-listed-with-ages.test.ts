// Local-press lists of co-accused carry each one's age, kin and street: "A, 31, and his brother B, 28, had denied
// murder", "A, 31, of Mill Lane, and B, 27, of Tullagh Road, were charged with robbery". The "them" of the verdict
// after ("The jury cleared them of murder but convicted them of manslaughter") is the two of that list.
import { describeStories } from "./helpers.ts";

describeStories("'them' after a list of co-accused with ages, kin and streets", [
  {
    style: "English regional: 'A, 31, and his brother B, 28, had denied murder. The jury cleared them of murder but convicted them of manslaughter'",
    text: `Brothers convicted over fatal attack

Two brothers have been convicted over a fatal attack outside a pub.

Nnamdi Haverleigh, 31, and his brother Chidozie Haverleigh, 28, had denied murder. The jury cleared them of murder but convicted them of manslaughter.`,
    facts: ["Haverleigh trial: not guilty -ON_CHARGE-> murder", "Chidozie Haverleigh -CHARGED_WITH-> manslaughter", "Nnamdi Haverleigh -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Irish Independent: 'A (31) and his wife B (29) denied fraud. A jury found them guilty of fraud'",
    text: `Couple guilty of grant fraud

Ruaridh Prentiss (31) and his wife Wanjiru Prentiss (29) denied fraud. A jury at Tullagh Circuit Court found them guilty of fraud on Friday.`,
    facts: ["Prentiss trial: guilty -ON_CHARGE-> fraud", "Wanjiru Prentiss -DEFENDANT_IN-> Prentiss trial"],
  },
  {
    style: "Welsh weekly: 'A, 31, of Tullagh Road, and B, 27, of Mill Lane, were charged with robbery. The jury convicted them'",
    text: `Pair guilty of post office raid

Ruaridh Quarrie, 31, of Tullagh Road, and Okwudili Brackenby, 27, of Mill Lane, were charged with robbery after the raid. The jury convicted them of robbery after a three-day trial.`,
    facts: ["Okwudili Brackenby -DEFENDANT_IN-> Quarrie trial", "Quarrie trial: guilty -ON_CHARGE-> robbery"],
  },
]);
