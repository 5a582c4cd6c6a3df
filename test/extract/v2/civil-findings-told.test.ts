// Who won a civil finding, told by what the one found liable did to them, by the verdict or award they won, or by the
// suit the award ended: "found X liable for sexually abusing writer Y", "Y won an $83 million defamation verdict
// against X", "a jury awarded Y $5 million in her case against X", "Y was awarded damages after suing X". The one
// harmed, awarded or suing is the plaintiff of the suit the one found liable lost. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: the jury's finding names the one harmed",
    text: "Jury finds former producer liable for abuse\n\nNEW YORK (AP) - A Manhattan jury on Tuesday found former television producer Ian Drummet liable for sexually abusing writer Lucy Marrowby in a hotel in 1996.\n\nDrummet, who did not attend the trial, said he would appeal.",
    facts: ["Lucy Marrowby -PLAINTIFF_IN-> Lucy Marrowby v. Ian Drummet", "Ian Drummet -DEFENDANT_IN-> Lucy Marrowby v. Ian Drummet"],
  },
  {
    style: "US broadsheet: a verdict won against the one sued",
    text: "Writer wins $83 million from former producer\n\nLucy Marrowby won an $83 million defamation verdict against Ian Drummet on Friday, the second jury to side with her in a year.",
    facts: ["Lucy Marrowby -PLAINTIFF_IN-> Lucy Marrowby v. Ian Drummet", "Lucy Marrowby v. Ian Drummet -RESULTED_IN-> Lucy Marrowby v. Ian Drummet: liable"],
  },
  {
    style: "Australian paper: an award in her case against the one sued",
    text: "Nurse awarded $400,000\n\nA Brisbane jury awarded nurse Helen Yelland $400,000 in the bullying case against Ravensbrook Private Hospital, which she said had ignored her complaints of bullying.",
    facts: ["Helen Yelland -PLAINTIFF_IN-> Helen Yelland v. Ravensbrook Private Hospital", "Ravensbrook Private Hospital -DEFENDANT_IN-> Helen Yelland v. Ravensbrook Private Hospital"],
  },
  {
    style: "British local paper: damages after suing the council",
    text: "Cyclist wins damages over pothole\n\nA cyclist who was thrown from his bike by a pothole has been awarded £85,000 in damages after suing Inchcombe Council.\n\nPeter Lunsden, 58, broke his collarbone in the fall in 2022. Peter Lunsden was awarded £85,000 after suing Inchcombe Council at the County Court in Truro.",
    facts: ["Peter Lunsden -PLAINTIFF_IN-> Peter Lunsden v. Inchcombe Council", "Inchcombe Council -DEFENDANT_IN-> Peter Lunsden v. Inchcombe Council"],
  },
];

describeStories("a civil finding told by the one harmed or awarded", ROWS);
