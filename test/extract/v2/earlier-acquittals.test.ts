// An acquittal told as a past fact ("had previously been acquitted of", "was cleared of X in an earlier case") joined
// the trial the article reports: that trial was said to be tried for the old charge and to have ended in an
// acquittal beside its conviction. It is an earlier trial's, as "had been convicted of" already was.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Singapore daily: 'had previously been acquitted of' is an earlier trial",
    text: "Ex-banker jailed for 11 years\n\nA former private banker, Cosimo Telford, 47, was convicted of 23 counts of cheating after a 40-day trial in the State Courts. Telford had previously been acquitted of insider trading in 2014.",
    facts: ["Telford trial -TRIED_FOR-> cheating", "Telford trial (earlier): not guilty -ON_CHARGE-> insider trading"],
    not: ["Telford trial -TRIED_FOR-> insider trading", "Telford trial: not guilty -ON_CHARGE-> insider trading", "Telford trial -RESULTED_IN-> Telford trial: not guilty"],
  },
  {
    style: "Nigerian daily: 'was cleared of X in an earlier case' is an earlier trial",
    text: "A Lagos High Court on Monday convicted Chukwudi Rathbone of obtaining money by false pretences. Rathbone was cleared of forgery in an earlier case.",
    facts: ["Rathbone trial (earlier): not guilty -ON_CHARGE-> forgery"],
    not: ["Rathbone trial -TRIED_FOR-> forgery", "Rathbone trial: not guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "British broadsheet: 'He had previously been acquitted of' after a conviction is no part of it",
    text: "Barnaby Seddon was convicted of manslaughter at Kelton Crown Court on Thursday. He had previously been acquitted of assault in 2016.",
    facts: ["Seddon trial -TRIED_FOR-> manslaughter"],
    not: ["Seddon trial -TRIED_FOR-> assault", "Seddon trial: not guilty -ON_CHARGE-> assault"],
  },
];

describeStories("earlier acquittals are earlier trials'", ROWS);
