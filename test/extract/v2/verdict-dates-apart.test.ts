// A trial's outcomes told in several sentences, the date told with one of them or after them ("returned its verdicts
// on Wednesday"): each outcome the jury delivered carries the date. Invented stories (Australian, British regional,
// Canadian press); after "not", dates the story must not give.
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2025-05-16\n---\n";

describeDatedStories("the date of a trial's outcomes told apart", [
  {
    style: "Australian: the lede dates the conviction, the acquittal follows in the next sentence",
    text: `${PUBLISHED}Melbourne man guilty of murder, cleared of arson\n\nA Supreme Court jury on Thursday found a Melbourne man guilty of murdering his business partner. Lachlan Verhoeven-Pike, 46, was acquitted of arson. He had pleaded not guilty to both charges.`,
    facts: [
      "Verhoeven-Pike trial -RESULTED_IN-> Verhoeven-Pike trial: guilty{2025-05-15}",
      "Verhoeven-Pike trial -RESULTED_IN-> Verhoeven-Pike trial: not guilty{2025-05-15}",
    ],
  },
  {
    style: "British regional: the outcomes first, then 'The jury returned its verdicts on Wednesday'",
    text: `${PUBLISHED}Verdict in Surrey fraud trial\n\nGUILDFORD - A former charity treasurer has been convicted of fraud by abuse of position. Imogen Lusby-Silk, 58, was cleared of false accounting. The jury at Guildford Crown Court returned its verdicts on Wednesday after two days of deliberations.`,
    facts: [
      "Lusby-Silk trial -RESULTED_IN-> Lusby-Silk trial: guilty{2025-05-14}",
      "Lusby-Silk trial -RESULTED_IN-> Lusby-Silk trial: not guilty{2025-05-14}",
    ],
  },
  {
    style: "Canadian: the acquittal dated in the lede, the conviction on a lesser count in the next sentence",
    text: `${PUBLISHED}Nurse acquitted\n\nA jury on Tuesday acquitted a Winnipeg nurse of manslaughter. Solenne Yarwell-Okoye, 33, was convicted of failing to provide the necessaries of life.`,
    facts: [
      "Yarwell-Okoye trial -RESULTED_IN-> Yarwell-Okoye trial: not guilty{2025-05-13}",
      "Yarwell-Okoye trial -RESULTED_IN-> Yarwell-Okoye trial: guilty{2025-05-13}",
    ],
  },
  {
    style: "Canadian: outcomes dated apart keep their own dates, and an earlier trial's outcome takes none of them",
    text: `${PUBLISHED}Nurse acquitted\n\nA jury on Tuesday acquitted a Winnipeg nurse of manslaughter. On Thursday the same jury convicted Solenne Yarwell-Okoye, 33, of failing to provide the necessaries of life. Her first trial ended in a mistrial.`,
    facts: [
      "Yarwell-Okoye trial -RESULTED_IN-> Yarwell-Okoye trial: not guilty{2025-05-13}",
      "Yarwell-Okoye trial -RESULTED_IN-> Yarwell-Okoye trial: guilty{2025-05-15}",
    ],
    not: [
      "Yarwell-Okoye trial (earlier) -RESULTED_IN-> Yarwell-Okoye trial (earlier): mistrial{2025-05-13}",
      "Yarwell-Okoye trial (earlier) -RESULTED_IN-> Yarwell-Okoye trial (earlier): mistrial{2025-05-15}",
    ],
  },
]);

describeDatedStories("a jury that could not agree, told beside the verdicts it delivered", [
  {
    style: "British regional: guilty and cleared on Thursday, the jury unable to agree on a third count",
    text: `${PUBLISHED}Chef guilty of assault\n\nA jury at Harwick Crown Court on Thursday found chef Rory Thrale, 44, guilty of assault occasioning actual bodily harm. He was cleared of controlling or coercive behaviour. The jury could not reach a verdict on a charge of criminal damage.`,
    facts: ["Thrale trial -RESULTED_IN-> Thrale trial: hung jury{2025-05-15}"],
  },
  {
    style: "UK live blog: verdicts told in the present perfect date the jury's failure to agree, not the offence's month",
    text: `${PUBLISHED}LIVE: chef guilty\n\nThe jury has found Rory Thrale, 44, guilty of assaulting his former partner in October 2023. He has been found not guilty of controlling or coercive behaviour. The jury could not reach a verdict on the charge of criminal damage.`,
    facts: ["Thrale trial -RESULTED_IN-> Thrale trial: hung jury{2025-05-16}"],
    not: ["Thrale trial -RESULTED_IN-> Thrale trial: hung jury{2023-10}"],
  },
]);
