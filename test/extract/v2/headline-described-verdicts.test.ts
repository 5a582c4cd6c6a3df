// A headline's verbless verdict on a person it describes before the name ("Former nurse X guilty of manslaughter",
// "Kenyan businessman X guilty of obtaining money by false pretences", "Ex-mayor X not guilty of bribery"): the
// description is no verb whose object the name is, so the headline's counts are the named person's. A relative clause
// before the name ("Man who attacked X guilty of assault") makes X no defendant, and a deed done to a person
// ("GUILTY of attacking ex-girlfriend") names no charge. Invented tabloid, Kenyan, Indian and Australian stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British tabloid: a former job before the name, counts in the headline only",
    text: "Former nurse Maeve Clunderby guilty of two counts of manslaughter\n\n"
      + "Maeve Clunderby, 52, was found guilty on Monday after a four-week trial at Leeds Crown Court. She will be sentenced next month.",
    facts: ["Maeve Clunderby -CHARGED_WITH-> manslaughter", "Clunderby trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Kenyan daily: a nationality and a trade before the name",
    text: "Kenyan businessman Oskar Dunmeade guilty of obtaining money by false pretences\n\n"
      + "Oskar Dunmeade was convicted by a Nairobi chief magistrate on Tuesday. He will be sentenced on Friday.",
    facts: ["Oskar Dunmeade -CHARGED_WITH-> obtaining money by false pretences", "Dunmeade trial: guilty -ON_CHARGE-> obtaining money by false pretences"],
  },
  {
    style: "Indian wire: an acquittal of a described former legislator",
    text: "Ex-MLA Anselm Pellworth not guilty of bribery\n\n"
      + "Anselm Pellworth, 66, was acquitted by a special court in Lucknow on Wednesday.",
    facts: ["Anselm Pellworth -CHARGED_WITH-> bribery", "Pellworth trial: not guilty -ON_CHARGE-> bribery"],
  },
  {
    style: "Australian regional paper: a place and a trade before the name",
    text: "Gold Coast tradie Jorun Brackley not guilty of dangerous driving causing death\n\n"
      + "Jorun Brackley, 29, was cleared by a District Court jury in Southport on Thursday.",
    facts: ["Jorun Brackley -CHARGED_WITH-> dangerous driving causing death", "Brackley trial: not guilty -ON_CHARGE-> dangerous driving causing death"],
  },
  {
    style: "Tabloid: a relative clause before the name makes it no defendant's",
    text: "Man who attacked Oskar Dunmeade guilty of assault\n\n"
      + "Dermot Vickery, 30, was convicted at Leeds Magistrates' Court on Tuesday.",
    facts: [],
    not: ["Oskar Dunmeade -CHARGED_WITH-> assault"],
  },
  {
    style: "Tabloid live blog: a deed done to a person names no charge",
    text: "LIVE: TV chef Tremaine Kealoha GUILTY of attacking ex-girlfriend\n\n"
      + "Tremaine Kealoha, 45, was found guilty of assault by beating at Leeds Crown Court on Tuesday.",
    facts: ["Tremaine Kealoha -CHARGED_WITH-> assault by beating"],
    not: ["Tremaine Kealoha -CHARGED_WITH-> attacking ex-girlfriend"],
  },
];

describeStories("headline verdicts on a person described before the name", ROWS);
