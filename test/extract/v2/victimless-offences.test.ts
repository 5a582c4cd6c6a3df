// A victim named apart from the charges ("The victim, X, remains in hospital") goes to a charge told beside it only
// when that offence wrongs a person: a co-accused's "assisting an offender" or "supplying a prohibited drug", told
// last before the victim, has no complainant. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British regional court report: the accused's co-accused is charged with assisting an offender just before 'The victim, X,'",
    text: "Man remanded over Halvard Street attack\n\nA man has been remanded in custody charged with attempted murder after a stabbing in Hull.\n\nRohan Penwarden, 33, appeared before Hull magistrates on Monday. His co-accused, Godfrey Ingleby, 29, who was charged with assisting an offender, was granted bail. The victim, Imelda Fenwick, remains in hospital.",
    facts: ["Rohan Penwarden -CHARGED_WITH-> attempted murder", "Godfrey Ingleby -CHARGED_WITH-> assisting an offender"],
    not: ["assisting an offender -ALLEGED_VICTIM-> Imelda Fenwick"],
  },
  {
    style: "Australian wire: a second man charged with supplying a prohibited drug, then 'The victim, X, 40,'",
    text: "Two charged after Penrith assault\n\nTwo men have been charged after a man was bashed outside a hotel in Penrith.\n\nCaspian Wexley, 26, was charged with assault occasioning actual bodily harm. Lorcan Aldous, 31, was later charged with supplying a prohibited drug. The victim, Bartholomew Cosgrave, 40, suffered a broken jaw.",
    facts: ["Caspian Wexley -CHARGED_WITH-> assault occasioning actual bodily harm", "Lorcan Aldous -CHARGED_WITH-> supplying a prohibited drug"],
    not: ["supplying a prohibited drug -ALLEGED_VICTIM-> Bartholomew Cosgrave"],
  },
];

describeStories("a victim named apart is no complainant of a victimless offence", ROWS);
