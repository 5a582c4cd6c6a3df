// A co-defendant's verdict told after another's with no offence of its own ("His co-accused, Y, was also found
// guilty"), and a second verdict joined to the first by "but cleared of" / "and cleared of". Invented stories in
// the manner of British regional dailies, Irish and Kenyan court reports, Australian and wire copy; after "not",
// links the story must never give (another outcome's counts, a co-accused's own charges).
import { describe, expect, it } from "vitest";
import { describeStories, relationLines, story } from "./helpers.ts";

describeStories("a co-defendant 'also convicted' or 'also cleared' of the offences of the verdict told before", [
  {
    style: "British regional daily: the co-accused in apposition, 'was also found guilty'",
    text: "Two guilty of shopkeeper's murder\n\nRustam Velkar, 22, was convicted of murder at Kelbridge Crown Court. His co-accused, Corwin Marovic, 24, was also found guilty.",
    facts: ["Rustam Velkar -CHARGED_WITH-> murder", "Corwin Marovic -CHARGED_WITH-> murder"],
  },
  {
    style: "Kenyan: an acquittal, then 'was also cleared'",
    text: "Two freed\n\nMOMBASA — The magistrate acquitted Jethro Kestrel of stealing by servant on Tuesday. Balvinder Quillon was also cleared.",
    facts: ["Balvinder Quillon -CHARGED_WITH-> stealing by servant"],
  },
  {
    style: "Wire: two more named in a list, 'were also convicted'",
    text: "Three convicted in bid-rigging case\n\nA federal jury convicted Rustam Velkar of conspiracy to commit wire fraud. Two other executives, Corwin Marovic and Jethro Kestrel, were also convicted.",
    facts: ["Corwin Marovic -CHARGED_WITH-> conspiracy to commit wire fraud", "Jethro Kestrel -CHARGED_WITH-> conspiracy to commit wire fraud"],
  },
  {
    style: "Irish: another outcome told with 'also' names no count of the co-accused",
    text: "Verdicts at Cork\n\nRustam Velkar was convicted of assault causing harm. Corwin Marovic was also acquitted on Friday.",
    facts: [],
    not: ["Corwin Marovic -CHARGED_WITH-> assault causing harm"],
  },
  {
    style: "Australian: a co-accused whose own charge the article told keeps it",
    text: "Pair sentenced\n\nRustam Velkar was charged with arson and Corwin Marovic with burglary. Velkar was convicted of arson. Marovic was also convicted.",
    facts: ["Corwin Marovic -CHARGED_WITH-> burglary"],
    not: ["Corwin Marovic -CHARGED_WITH-> arson"],
  },
]);

describe("the co-defendant's verdict is on a charge of their own", () => {
  it("British: 'was found guilty of murder. X was also convicted' gives each a murder conviction", () => {
    const lines = relationLines(story("Gang members convicted\n\nRustam Velkar was found guilty of murder. Corwin Marovic was also convicted."));
    expect(lines.filter((l) => /: guilty -ON_CHARGE-> murder$/.test(l)), lines.join("\n")).toHaveLength(2);
  });
});

describeStories("a second verdict joined by 'but cleared of' or 'and cleared of'", [
  {
    style: "British regional daily: convicted of one offence but cleared of the other",
    text: "Man guilty of robbery\n\nCorwin Marovic, 25, was convicted of robbery but cleared of murder after a trial at Kelbridge Crown Court.",
    facts: ["Marovic trial: guilty -ON_CHARGE-> robbery", "Marovic trial: not guilty -ON_CHARGE-> murder"],
    not: ["Marovic trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Australian: 'found guilty of ... and cleared of ...'",
    text: "Driver guilty\n\nBRISBANE: Seddick Dunmere was found guilty of dangerous driving causing death and cleared of manslaughter by a District Court jury.",
    facts: ["Dunmere trial: guilty -ON_CHARGE-> dangerous driving causing death", "Dunmere trial: not guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Second of two defendants: convicted of one count but cleared of the one the first was convicted of",
    text: "Gang members convicted\n\nRustam Velkar was convicted of murder and robbery. Corwin Marovic was convicted of robbery but cleared of murder.",
    facts: ["Corwin Marovic -CHARGED_WITH-> murder", "Marovic trial: not guilty -ON_CHARGE-> murder"],
    not: ["Marovic trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "British regional daily: 'found X guilty of robbery and found Y not guilty', the second with no count named",
    text: "Two tried over post office robbery\n\nSean Orrell and Paul Drane were charged with robbery. A jury at Kelton Crown Court found Sean Orrell guilty of robbery and found Paul Drane not guilty.",
    facts: ["Paul Drane -DEFENDANT_IN-> Drane trial", "Drane trial -RESULTED_IN-> Drane trial: not guilty", "Orrell trial: guilty -ON_CHARGE-> robbery"],
    not: ["Orrell trial: not guilty -ON_CHARGE-> robbery"],
  },
]);
