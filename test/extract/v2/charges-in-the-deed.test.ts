// Charges, verdicts, pleas and sentences told by the deed they are "in" (verdicts-in-the-deed.yaml), as American wire
// and local news tell them: "was convicted Tuesday in the 2021 killing of X". Before, the verdict was read bare, with
// no charge and no complainant. Invented stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: convicted in the killing of a named victim",
    text: "Man convicted in 2021 killing\n\nDashawn Kettleby, 24, was convicted Tuesday in the 2021 killing of Brayden Quarles, prosecutors said.",
    facts: ["Dashawn Kettleby -CHARGED_WITH-> killing", "Kettleby trial: guilty -ON_CHARGE-> killing", "killing -ALLEGED_VICTIM-> Brayden Quarles"],
  },
  {
    style: "US local TV: the jury as subject, the murder of a named victim",
    text: "Jury convicts Kettleby\n\nA Harris County jury on Thursday convicted Dashawn Kettleby in the murder of Yesenia Harkavy.",
    facts: ["Dashawn Kettleby -CHARGED_WITH-> murder", "Kettleby trial: guilty -ON_CHARGE-> murder", "murder -ALLEGED_VICTIM-> Yesenia Harkavy"],
  },
  {
    style: "US wire: acquitted in a stabbing",
    text: "Teen acquitted\n\nTremaine Calloway-Pruitt was acquitted Friday in the stabbing of Lisandro Quarles.",
    facts: ["Calloway-Pruitt trial: not guilty -ON_CHARGE-> stabbing", "stabbing -ALLEGED_VICTIM-> Lisandro Quarles"],
  },
  {
    style: "US metro daily: arrested and charged, then a plea and a sentence in the same deed",
    text: "Plea in shooting\n\nTremaine Calloway-Pruitt was arrested and charged in the shooting of Lisandro Quarles. He pleaded guilty in the shooting of Quarles in May and was sentenced Friday to 12 years in prison in the shooting.",
    facts: ["Tremaine Calloway-Pruitt -CHARGED_WITH-> shooting", "Tremaine Calloway-Pruitt -ENTERED_PLEA-> Tremaine Calloway-Pruitt pleads guilty", "Tremaine Calloway-Pruitt pleads guilty -ON_CHARGE-> shooting", "shooting -ALLEGED_VICTIM-> Lisandro Quarles"],
  },
  {
    style: "US wire: never charged",
    text: "No charges\n\nDashawn Kettleby was never charged in the killing of Brayden Quarles.",
    facts: [],
    not: ["Dashawn Kettleby -CHARGED_WITH-> killing"],
  },
];

describeStories("charges told by the deed they are in", ROWS);
