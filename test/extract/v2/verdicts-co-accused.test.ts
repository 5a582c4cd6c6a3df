// A co-accused's split verdict told after the first defendant's ("His co-defendant, Y, was found not guilty of murder
// but guilty of manslaughter"): each count is Y's. Before, the counts read with no subject of their own took the
// defendants of the sentence's joint-trial frame, both co-accused, so the first defendant was charged with and
// acquitted of what only Y faced (wrong facts). And one verb for two defendants with the bench as subject ("The jury
// convicted X of murder and Y of manslaughter"): Y's verdict was lost. Invented stories (British, Irish, Australian).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional: his co-defendant, named in apposition with an age",
    text: "Verdicts in Harwick murder trial\n\nCorwen Blatchley, 24, was convicted of murder. His co-defendant, Jarrah Pellow, 31, was found not guilty of murder but guilty of manslaughter.",
    facts: ["Corwen Blatchley -CHARGED_WITH-> murder", "Jarrah Pellow -CHARGED_WITH-> manslaughter", "Jarrah Pellow -CHARGED_WITH-> murder"],
    not: ["Corwen Blatchley -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Irish: her co-accused, a lesser offence",
    text: "Two women sentenced\n\nAisling Mordaunt was convicted of robbery. Her co-accused, Dervla Tregothnan, was found not guilty of robbery but guilty of handling stolen goods.",
    facts: ["Aisling Mordaunt -CHARGED_WITH-> robbery", "Dervla Tregothnan -CHARGED_WITH-> handling stolen goods"],
    not: ["Aisling Mordaunt -CHARGED_WITH-> handling stolen goods"],
  },
  {
    style: "British wire: the jury as subject, one verb for two defendants",
    text: "Two guilty over pub killing\n\nThe jury convicted Corwen Blatchley of murder and Jarrah Pellow of manslaughter.",
    facts: ["Corwen Blatchley -CHARGED_WITH-> murder", "Jarrah Pellow -CHARGED_WITH-> manslaughter", "Pellow trial: guilty -ON_CHARGE-> manslaughter"],
    not: ["Corwen Blatchley -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Australian: 'found A guilty of X and his co-accused, B, guilty of Y'",
    text: "Verdicts in Supreme Court\n\nA jury found Jarrah Pellow guilty of murder and his co-accused, Dashawn Kettleby, guilty of manslaughter.",
    facts: ["Dashawn Kettleby -CHARGED_WITH-> manslaughter", "Dashawn Kettleby -DEFENDANT_IN-> Pellow trial", "Pellow trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Irish: cleared one of a count and the other of another",
    text: "Two cleared\n\nThe jury cleared Aisling Mordaunt of robbery and Dervla Tregothnan of handling stolen goods.",
    facts: ["Tregothnan trial: not guilty -ON_CHARGE-> handling stolen goods"],
  },
];

describeStories("a co-accused's split verdict", ROWS);
