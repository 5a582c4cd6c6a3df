// A second outcome told in a participle clause after the first ("convicted X of manslaughter, acquitting her of
// murder"): each count gets its own outcome, and the defendant of the clause is whom it names. Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: the lesser count convicted, the greater acquitted in a trailing clause",
    text: "Jury convicts nurse of manslaughter in patient's death\n\nA jury on Friday convicted Ines Thornbury of involuntary manslaughter, acquitting her of second-degree murder.\n\nThornbury, 44, faces up to 10 years in prison.",
    facts: [
      "Thornbury trial: guilty -ON_CHARGE-> involuntary manslaughter", "Thornbury trial: not guilty -ON_CHARGE-> second-degree murder",
      "Ines Thornbury -CHARGED_WITH-> second-degree murder",
    ],
    not: ["Thornbury trial: guilty -ON_CHARGE-> second-degree murder"],
  },
  {
    style: "Indian daily: the court acquits one accused while convicting his accountant",
    text: "Court acquits trader, convicts his accountant\n\nA sessions court on Wednesday acquitted trader Raghav Sinha of cheating, while convicting his accountant Karan Vohra of forgery.",
    facts: ["Karan Vohra -CHARGED_WITH-> forgery", "Vohra trial: guilty -ON_CHARGE-> forgery", "Sinha trial: not guilty -ON_CHARGE-> cheating"],
    not: ["Raghav Sinha -CHARGED_WITH-> forgery", "Karan Vohra -CHARGED_WITH-> cheating"],
  },
  {
    style: "British broadsheet: a verdict a witness said the footage was key to",
    text: "Footage 'key' in assault trial\n\nA detective told Bexley Crown Court the footage was key to convicting Ines Thornbury of assault.",
    facts: [],
    not: ["Ines Thornbury -CHARGED_WITH-> assault"],
  },
  {
    style: "Arizona TV: a negation in the clause before the comma does not reach the participle; a hedge does",
    text: "Driver acquitted in hit-and-run\n\nA jury said on Thursday that prosecutors had not proved it, acquitting Marcus Hale of leaving the scene of a fatal accident.\n\nExperts had said the jury could split the difference, convicting Hale of manslaughter.",
    facts: ["Marcus Hale -CHARGED_WITH-> leaving the scene", "Hale trial: not guilty -ON_CHARGE-> leaving the scene"],
    not: ["Marcus Hale -CHARGED_WITH-> manslaughter", "Hale trial -RESULTED_IN-> Hale trial: guilty"],
  },
];

describeStories("outcomes told in a participle clause", ROWS);
