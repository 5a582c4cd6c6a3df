// A suit told by the one sued, its plaintiffs a described group or named later, as wires and business desks introduce it:
// "was named as a defendant in a civil suit filed by the families", "is the subject of a class action lawsuit",
// "Several former employees have sued X", "Six women have sued X", "is also facing a civil claim from ...". Each story
// is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: a developer named as a defendant in a suit not told before",
    text: "Families sue over balcony collapse\n\nCaspar Brannock was named as a defendant in a civil suit filed by the families of the injured.",
    facts: ["Caspar Brannock -DEFENDANT_IN-> Caspar Brannock"],
  },
  {
    style: "US business desk: a bank that is the subject of a class action",
    text: "Bank faces overdraft suit\n\nIngleby Bank is the subject of a class action lawsuit over overdraft fees.",
    facts: ["Ingleby Bank -DEFENDANT_IN-> Ingleby Bank"],
  },
  {
    style: "Canadian paper: former employees sue their employer",
    text: "Workers sue over unpaid wages\n\nSeveral former employees have sued Sowerby Holdings, claiming they were not paid for overtime.",
    facts: ["Sowerby Holdings -DEFENDANT_IN-> Sowerby Holdings"],
  },
  {
    style: "Australian tabloid: women sue a cosmetic surgeon",
    text: "Surgeon sued by patients\n\nSix women have sued cosmetic surgeon Caspar Brannock over botched procedures.",
    facts: ["Caspar Brannock -DEFENDANT_IN-> Caspar Brannock"],
  },
  {
    style: "UK regional: a driver also facing a civil claim",
    text: "Driver jailed over crash deaths\n\nCaspar Brannock is also facing a civil claim from the victims' families.",
    facts: ["Caspar Brannock -DEFENDANT_IN-> Caspar Brannock"],
  },
  {
    style: "US wire: a company named in a lawsuit with its plaintiff",
    text: "Singer sues label\n\nSowerby Holdings was named in a lawsuit filed by Maeve Tallis in May.",
    facts: ["Maeve Tallis -PLAINTIFF_IN-> Maeve Tallis v. Sowerby Holdings", "Sowerby Holdings -DEFENDANT_IN-> Maeve Tallis v. Sowerby Holdings"],
  },
  {
    style: "US wire: a criminal complaint is no suit",
    text: "Developer charged\n\nCaspar Brannock was named in a criminal complaint filed by prosecutors.",
    facts: [],
    not: ["Caspar Brannock -DEFENDANT_IN-> Caspar Brannock"],
  },
];

describeStories("a suit told by the one sued", ROWS);
