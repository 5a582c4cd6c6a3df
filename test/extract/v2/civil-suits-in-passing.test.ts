// Civil suits a trade-press story tells in passing after a criminal verdict: "a jury found him not
// liable in a $25 million lawsuit filed by actor X" (the plaintiff, inside a clause with "not"), and
// "a judge confirmed an arbitrator's award ordering him to pay Y $9 million" (another suit against the
// same man: Y's, never X's); "X, who has waived her right to anonymity, is also suing him". Invented
// trade-press and tabloid stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US trade press: two suits against one actor, each its own plaintiff's",
    text: "---\ntitle: Tobiah Solberg cleared in London assault trial\nsource: Reel Dispatch\npublished: 2025-06-12\n---\nTobiah Solberg cleared in London assault trial\n\n"
      + "Tobiah Solberg was acquitted of two counts of sexual assault by a jury at Harwick Crown Court on Wednesday.\n\n"
      + "The verdict is the second legal win for the actor this year. In February, a jury in Los Angeles federal court found him not liable in a $25 million lawsuit filed by actor Caspian Mallory, who had accused Solberg of assault.\n\n"
      + "Solberg has, however, lost a fight with Velmont Pictures, the studio behind his last series. A judge confirmed an arbitrator's award ordering him to pay Velmont Pictures $9 million for breaching his contract.",
    facts: ["Caspian Mallory -PLAINTIFF_IN-> Caspian Mallory v. Tobiah Solberg", "Caspian Mallory v. Tobiah Solberg -RESULTED_IN-> Caspian Mallory v. Tobiah Solberg: not liable",
      "Velmont Pictures -PLAINTIFF_IN-> Velmont Pictures v. Tobiah Solberg", "Velmont Pictures v. Tobiah Solberg -RESULTED_IN-> Velmont Pictures v. Tobiah Solberg: liable"],
    not: ["Velmont Pictures -PLAINTIFF_IN-> Caspian Mallory v. Tobiah Solberg", "Caspian Mallory -DEFENDANT_IN-> Caspian Mallory v. Tobiah Solberg"],
  },
  {
    style: "British tabloid: the complainant is also suing him, told after the verdicts",
    text: "Tobiah Solberg, 44, was cleared of controlling behaviour at Harwick Crown Court.\n\nMiss Ama Kessa, who has waived her right to anonymity, is also suing Solberg in the High Court for damages over the alleged abuse. That claim has not yet been heard.",
    facts: ["Ama Kessa -PLAINTIFF_IN-> Ama Kessa v. Tobiah Solberg", "Tobiah Solberg -DEFENDANT_IN-> Ama Kessa v. Tobiah Solberg"],
  },
  {
    style: "British tabloid: the family of the dead man is also suing, not the dead man",
    text: "The family of Ivo Marten, who died in the crash, is also suing Harwick Coaches in the High Court.",
    facts: [],
    not: ["Ivo Marten -PLAINTIFF_IN-> Ivo Marten v. Harwick Coaches"],
  },
];

describeStories("civil suits told in passing", ROWS);
