// A verdict, then another count's fate in a clause of its own after a semicolon or ", and": "convicted of fraud;
// one count of forgery was dropped", "acquitted of murder, and a charge of robbery was withdrawn". The second count
// is the subject of its own clause, no further item of the verdict's list: it was dropped, not decided, and the
// first count was decided, not dropped. A list told as one subject ("Charges of fraud and forgery were dropped")
// stays one. Invented British, wire, Canadian and Australian stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: a semicolon before the dropped count",
    text: "Former treasurer guilty of fraud\n\n"
      + "Oskar Dunmeade, 58, was convicted of fraud; one count of forgery was dropped. The case was heard at Penmarrow Crown Court.",
    facts: ["Dunmeade trial: guilty -ON_CHARGE-> fraud", "Dunmeade trial: dismissed -ON_CHARGE-> forgery"],
    not: ["Dunmeade trial: guilty -ON_CHARGE-> forgery", "Dunmeade trial: dismissed -ON_CHARGE-> fraud"],
  },
  {
    style: "Wire story: ', and' before a withdrawn charge",
    text: "Man acquitted of murder\n\n"
      + "Dermot Vickery was acquitted of murder by a jury in Brisbane on Friday, and a charge of robbery was withdrawn.",
    facts: ["Vickery trial: not guilty -ON_CHARGE-> murder", "Vickery trial: dismissed -ON_CHARGE-> robbery"],
    not: ["Vickery trial: not guilty -ON_CHARGE-> robbery", "Vickery trial: dismissed -ON_CHARGE-> murder"],
  },
  {
    style: "Canadian daily: a stayed count after a conviction",
    text: "Driver convicted in crash\n\n"
      + "Maeve Clunderby was found guilty of dangerous driving causing death, and a count of impaired driving was stayed.",
    facts: ["Clunderby trial: guilty -ON_CHARGE-> dangerous driving causing death"],
    not: ["Clunderby trial: guilty -ON_CHARGE-> impaired driving", "Clunderby trial: dismissed -ON_CHARGE-> dangerous driving causing death"],
  },
  {
    style: "Australian court round-up: one subject of two counts stays one list",
    text: "Charges dropped against builder\n\n"
      + "Charges of fraud and forgery against builder Jorun Brackley were dropped on Tuesday.",
    facts: ["Jorun Brackley: dismissed -ON_CHARGE-> fraud", "Jorun Brackley: dismissed -ON_CHARGE-> forgery"],
  },
];

describeStories("another count's fate told in a clause of its own after a verdict", ROWS);
