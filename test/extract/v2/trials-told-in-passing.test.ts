// A trial told in the words court reporters use after a plea or a verdict: where it took place ("The trial took place at
// the Supreme Court in Perth"), where one to come will sit ("His trial, at X Crown Court, is due to start in June"), and
// one to come told by the remand, the bail or the order that awaits it ("remanded in custody ahead of a trial in June",
// "bailed to stand trial", "The case was adjourned for trial", "The matter will proceed to
// trial"). Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian daily: where a trial took place, told after the verdict",
    text: "Father guilty of killing son's friend\n\nBarnaby Crowle, 52, was convicted of murder on Friday. The three-week trial took place at the Supreme Court in Perth.",
    facts: ["Crowle trial -HELD_AT-> Supreme Court in Perth"],
  },
  {
    style: "British regional paper: a trial to come and its court, set off by commas",
    text: "Man denies killing pensioner\n\nBarnaby Crowle pleaded not guilty to murder on Monday. His trial, at Truro Crown Court, is due to start in June.",
    facts: ["Crowle trial (to come) -HELD_AT-> Truro Crown Court"],
  },
  {
    style: "Irish paper: remanded ahead of a trial",
    text: "Man denies manslaughter\n\nTendai Mapfumo, 31, pleaded not guilty to manslaughter at the Central Criminal Court on Monday and was remanded in custody ahead of a trial in June.",
    facts: ["Tendai Mapfumo -DEFENDANT_IN-> Mapfumo trial (to come)"],
  },
  {
    style: "Welsh weekly: bailed to stand trial",
    text: "Councillor denies fraud\n\nOisin Marrick denied fraud at Cardiff Crown Court and was bailed to stand trial in September.",
    facts: ["Oisin Marrick -DEFENDANT_IN-> Marrick trial (to come)"],
  },
  {
    style: "Australian court list: the matter proceeds to trial",
    text: "Bikie denies shooting\n\nImelda Whitlow pleaded not guilty to attempted murder in the Supreme Court on Monday. The matter will proceed to trial in June.",
    facts: ["Imelda Whitlow -DEFENDANT_IN-> Whitlow trial (to come)"],
  },
  {
    style: "Scottish paper: the case adjourned for trial",
    text: "Man denies assault\n\nDervla Pellow pleaded not guilty to assault at Inverness Sheriff Court. The case was adjourned for trial in June.",
    facts: ["Dervla Pellow -DEFENDANT_IN-> Pellow trial (to come)"],
  },
];

describeStories("a trial told in passing", ROWS);
