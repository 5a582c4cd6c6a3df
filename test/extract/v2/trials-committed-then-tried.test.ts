// A committal told before the trial the article reports ("was sent for trial at X Crown Court ... On Friday a jury
// found him not guilty"; "remanded in custody until his trial at X", "A trial date was set for March 3 at X"): the
// trial so set up is the one held, at its court, not a second trial still to come (a committal of one who later
// pleaded guilty is left as it was). Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: sent for trial, then cleared by a jury",
    text: "Teacher cleared of pushing pupil\n\nMarbeck Ostley, 39, denied assault and was sent for trial at Brackwater Crown Court. On Friday a jury found him not guilty after less than an hour.",
    facts: ["Ostley trial -HELD_AT-> Brackwater Crown Court", "Marbeck Ostley -DEFENDANT_IN-> Ostley trial"],
    not: ["Marbeck Ostley -DEFENDANT_IN-> Ostley trial (to come)"],
  },
  {
    style: "Australian regional paper: committed by a magistrate, convicted months later",
    text: "Farmhand guilty of arson\n\nSefton Varnell, 27, was committed to the Wodonga County Court for trial in March. A jury convicted him of arson on Tuesday.",
    facts: ["Varnell trial -HELD_AT-> Wodonga County Court"],
    not: ["Sefton Varnell -DEFENDANT_IN-> Varnell trial (to come)"],
  },
  {
    style: "British local paper: remanded until a trial to come at a named court",
    text: "Man denies assault\n\nMarbeck Ostley, 39, pleaded not guilty to assault and was remanded in custody until his trial at Brackwater Crown Court in March.",
    facts: ["Marbeck Ostley -DEFENDANT_IN-> Ostley trial (to come)", "Ostley trial (to come) -HELD_AT-> Brackwater Crown Court"],
  },
  {
    style: "Irish regional paper: a trial date set at a named court",
    text: "Publican denies assault\n\nMarbeck Ostley, 39, pleaded not guilty to assault. A trial date was set for March 3 at Brackwater Circuit Court.",
    facts: ["Ostley trial (to come) -HELD_AT-> Brackwater Circuit Court"],
  },
  {
    style: "British local paper: remanded until his trial, then convicted by a jury",
    text: "Man guilty of assault\n\nMarbeck Ostley, 39, pleaded not guilty to assault and was remanded in custody until his trial at Brackwater Crown Court. On Friday a jury found him guilty.",
    facts: ["Ostley trial -HELD_AT-> Brackwater Crown Court"],
    not: ["Marbeck Ostley -DEFENDANT_IN-> Ostley trial (to come)"],
  },
];

describeStories("a committal told before the trial reported", ROWS);
