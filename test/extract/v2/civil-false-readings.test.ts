// Civil stories that read as something they are not: a company that "lost its bid to have" a lawsuit thrown out lost
// no appeal against a conviction (it was convicted of nothing), and one a court found "the victim of" a wrong and
// "awarded her" damages is no one sued by herself. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian business daily: a miner's failed bid to end a former manager's suit",
    text: "Miner fails to stop ex-manager's lawsuit\n\nCopperleaf Resources lost its bid to have Felicity Varcoe's lawsuit thrown out.",
    facts: [],
    not: ["Copperleaf Resources -DEFENDANT_IN-> Resources trial", "Copperleaf Resources -DEFENDANT_IN-> Copperleaf Resources trial"],
  },
  {
    style: "British tabloid: a privacy win told as the claimant being the victim",
    text: "Star wins hacking damages\n\nThe High Court ruled that Isolde Thistlewood was the victim of phone hacking by journalists at Ravensworth Newspapers and awarded her £140,600.",
    facts: [],
    not: ["Isolde Thistlewood -PLAINTIFF_IN-> Isolde Thistlewood v. Isolde Thistlewood", "Isolde Thistlewood -DEFENDANT_IN-> Isolde Thistlewood v. Isolde Thistlewood"],
  },
];

describeStories("civil stories that must not read as an appeal or a suit against oneself", ROWS);
