// Counts told only as "the rest" or "the others": "cleared her of the rest", "acquitted of the others", "pleaded
// guilty to burglary but not guilty to the rest", "admitted theft and denied the remaining charges". They are the
// counts charged that no other verdict or plea of the sentence named, never an offence called "rest". Invented
// wire, British local, Kenyan and New Zealand stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Wire story: an acquittal of 'the rest' after a conviction on some counts",
    text: "Former bank manager convicted of theft\n\n"
      + "Lerato Mbatha, a former bank manager, faced 14 counts of theft and fraud. "
      + "On Friday the jury convicted Mbatha of three counts of theft and cleared her of the rest.",
    facts: ["Mbatha trial: guilty -ON_CHARGE-> theft", "Mbatha trial: not guilty -ON_CHARGE-> fraud"],
    not: ["Lerato Mbatha -CHARGED_WITH-> rest", "Mbatha trial: not guilty -ON_CHARGE-> theft"],
  },
  {
    style: "New Zealand regional paper: 'acquitted of the others'",
    text: "Farmer guilty of stock theft\n\n"
      + "Dunedin farmer Jorun Brackley, 47, faced charges of theft and unlawful possession of a firearm. "
      + "Brackley was convicted of theft but acquitted of the others in the Dunedin District Court on Tuesday.",
    facts: ["Brackley trial: guilty -ON_CHARGE-> theft", "Brackley trial: not guilty -ON_CHARGE-> unlawful possession of a firearm"],
  },
  {
    style: "Kenyan court round-up: a split plea whose second half is 'the rest'",
    text: "Trader pleads guilty to burglary\n\n"
      + "Dermot Vickery, 30, faces charges of burglary, theft and criminal damage. "
      + "He pleaded guilty to burglary but not guilty to the rest before a Kibera magistrate on Monday.",
    facts: ["Dermot Vickery pleads guilty -ON_CHARGE-> burglary", "Dermot Vickery pleads not guilty -ON_CHARGE-> theft", "Dermot Vickery pleads not guilty -ON_CHARGE-> criminal damage"],
    not: ["Dermot Vickery -CHARGED_WITH-> rest", "Dermot Vickery pleads not guilty -ON_CHARGE-> burglary"],
  },
  {
    style: "British local paper: 'admitted ... and denied the remaining charges'",
    text: "Man admits shop break-in\n\n"
      + "Oskar Dunmeade, 26, of Hull, was charged with burglary, theft and assault. "
      + "Dunmeade admitted burglary and denied the remaining charges at Hull Magistrates' Court.",
    facts: ["Oskar Dunmeade pleads guilty -ON_CHARGE-> burglary", "Oskar Dunmeade pleads not guilty -ON_CHARGE-> theft", "Oskar Dunmeade pleads not guilty -ON_CHARGE-> assault"],
    not: ["Oskar Dunmeade pleads not guilty -ON_CHARGE-> burglary"],
  },
];

describeStories("counts told as 'the rest' or 'the others'", ROWS);
