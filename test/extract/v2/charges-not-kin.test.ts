// "X was found guilty of aggravated burglary, and his cousin, Y, was acquitted of the same charge": the charge list of
// the first clause ends at the comma; "his cousin" opens the next clause's subject and is no offence (it made a charge
// called "cousin", given to both).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian daily: a cousin after the first verdict's charge",
    text: "Split verdict in burglary trial\n\nTobiah Gorran, 19, was found guilty of aggravated burglary, and his cousin, Brody Trewin, 21, was acquitted of the same charge.",
    facts: ["Tobiah Gorran -CHARGED_WITH-> aggravated burglary"],
    not: ["Tobiah Gorran -CHARGED_WITH-> cousin", "Brody Trewin -CHARGED_WITH-> cousin"],
  },
  {
    style: "British regional: a nephew after the first verdict's charge",
    text: "Uncle and nephew tried over robbery\n\nFergal Polglase, 24, was convicted of robbery, and his nephew, Padraig Polglase, 27, was cleared of the same charge.",
    facts: ["Fergal Polglase -CHARGED_WITH-> robbery"],
    not: ["Fergal Polglase -CHARGED_WITH-> nephew", "Padraig Polglase -CHARGED_WITH-> nephew"],
  },
];

describeStories("someone's kin after a charge is no charge", ROWS);
