// Trials, verdicts, appeals, pleas and suits told the ways unseen reports tell them: a lede that describes the
// accused before naming them ("A man accused of ..."), a pronoun for that described person, an appeal "allowed",
// a trial's court named only in the verdict's aftermath. Each row is an invented story in a style of its own, with
// the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const LEDES: StoryRow[] = [
  {
    style: "London evening paper: 'A man accused of stabbing ...' cleared, named in the next sentence",
    text: "Man cleared of murder\n\nA man accused of stabbing a neighbour to death has been found not guilty of murder at Southwark Crown Court.\n\nDwayne Okafor, 31, of Peckham, walked free after the jury returned its verdict on Friday.",
    facts: ["Dwayne Okafor -DEFENDANT_IN-> Okafor trial", "Okafor trial -RESULTED_IN-> Okafor trial: not guilty", "Okafor trial -HELD_AT-> Southwark Crown Court"],
  },
  {
    style: "regional paper: 'A woman found dead' is the victim, never the accused named next",
    text: "A woman found dead in her flat had been strangled, a court has heard. Marcus Reid, 40, denies her murder.",
    facts: [],
    not: ["Marcus Reid -HOLDS_ROLE-> woman"],
  },
  {
    style: "Kenyan daily: 'walked free after the High Court acquitted him', the lede's businessman named only later",
    text: "Accused walks free\n\nNAIROBI — A businessman charged with the murder of his wife walked free on Friday after the High Court acquitted him.\n\nJustice Grace Wambui ruled that the prosecution had not proved that Daniel Mwangi killed Esther Wanjiku.",
    facts: ["Daniel Mwangi -DEFENDANT_IN-> Mwangi trial", "Mwangi trial -RESULTED_IN-> Mwangi trial: not guilty"],
    not: ["Grace Wambui -DEFENDANT_IN-> Mwangi trial"],
  },
  {
    style: "tabloid: a lede's woman is no 'him' (her co-accused, unnamed)",
    text: "A woman charged with assault watched from the gallery as a jury acquitted him on Friday.\n\nTara Boyd, 38, will be tried separately in May.",
    facts: [],
    not: ["Boyd trial -RESULTED_IN-> Boyd trial: not guilty"],
  },
];

describeStories("a lede that describes the accused before naming them", LEDES);

const APPEALS_ALLOWED: StoryRow[] = [
  {
    style: "Irish broadsheet: 'The Court of Appeal has allowed an appeal by X against his conviction', the trial court named after",
    text: "DUBLIN — The Court of Appeal has allowed an appeal by Liam Kearney against his conviction for assault causing harm and ordered a retrial.\n\nKearney, 29, was convicted at Cork Circuit Criminal Court in 2022.",
    facts: ["Court of Appeal -RULED-> Liam Kearney: appeal overturned", "Liam Kearney: appeal overturned -OVERTURNS-> Kearney trial: guilty", "Kearney trial -HELD_AT-> Cork Circuit Criminal Court"],
  },
  {
    style: "Indian daily: a high court that allows an appeal against sentence leaves the conviction standing",
    text: "CHENNAI: The Madras High Court on Friday allowed an appeal by Selvam Raju against his sentence of seven years for cheating, reducing it to four years.",
    facts: [],
    not: ["Madras High Court -RULED-> Selvam Raju: appeal overturned"],
  },
];

describeStories("an appeal a court 'allowed'", APPEALS_ALLOWED);

const TRIALS_TOLD_APART: StoryRow[] = [
  {
    style: "ABC Australia: the court named only in 'The verdict came after a six-week trial in the Supreme Court of ...'",
    text: "ADELAIDE — A jury has convicted Peter Nolan of the murder of his business partner.\n\nThe verdict came after a six-week trial in the Supreme Court of South Australia.",
    facts: ["Nolan trial -HELD_AT-> Supreme Court of South Australia", "Nolan trial -RESULTED_IN-> Nolan trial: guilty"],
  },
  {
    style: "US wire: 'will be tried in federal court' is a trial to come, never one held",
    text: "Tech founder Owen Sykes will be tried in federal court in San Francisco on fraud charges, a judge ruled on Friday.",
    facts: ["Owen Sykes -DEFENDANT_IN-> Sykes trial (to come)", "Sykes trial (to come) -HELD_AT-> federal court in San Francisco"],
    not: ["Owen Sykes -DEFENDANT_IN-> Sykes trial"],
  },
  {
    style: "California TV station: 'A judge ordered X to stand trial on charges of ...' after a preliminary hearing",
    text: "A judge ordered Brent Kowal to stand trial on charges of vehicular manslaughter after a preliminary hearing on Tuesday.",
    facts: ["Brent Kowal -DEFENDANT_IN-> Kowal trial (to come)", "Kowal trial (to come) -TRIED_FOR-> vehicular manslaughter"],
  },
];

describeStories("a trial told apart from its verdict, or still to come", TRIALS_TOLD_APART);
