// An appeal court named with its letters in brackets ("the Supreme Court of Appeal (SCA) overturned ..."), and a
// state's highest court described before it is named by a name of its own ("the Felsham Supreme Judicial Court"): the
// ruling is read, and the court is one node. Each story is invented.
import { describe, expect, it } from "vitest";
import { describeStories, story, type StoryRow } from "./helpers.ts";
import { labels } from "./names-helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "South African daily: the court's letters in brackets between the court and its verb",
    text: "Appeal court frees Quillon businessman\n\nThe Supreme Court of Appeal (SCA) overturned Tomas Brightwater's fraud conviction on Monday.\n\nThe SCA said the regional court had misread the evidence.",
    facts: ["Supreme Court of Appeal -RULED-> Tomas Brightwater: appeal overturned"],
  },
  {
    style: "Philippine wire: 'The Court of Appeals (CA) has upheld the fraud conviction of'",
    text: "Appeals court upholds fraud conviction\n\nThe Court of Appeals (CA) has upheld the fraud conviction of former mayor Tomas Brightwater.\n\nA regional trial court in Quillon found Brightwater guilty of fraud in 2022.",
    facts: ["Court of Appeals -RULED-> Tomas Brightwater: appeal upheld", "Tomas Brightwater: appeal upheld -OVERTURNS-> Brightwater trial: guilty"],
  },
];

describeStories("an appeal court named with its letters", ROWS);

describe("a state's highest court named by its own name", () => {
  it("is the one court, and the one that ruled", () => {
    const s = story("Verdict thrown out\n\nThe state's highest court on Monday overturned Tomas Brightwater's conviction.\n\nThe Felsham Supreme Judicial Court said the jury was misled.");
    expect(labels(s, "Court")).toEqual(["Felsham Supreme Judicial Court"]);
  });
});
