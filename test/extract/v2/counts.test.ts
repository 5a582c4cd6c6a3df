// How each count of a trial ended, told the ways the press tells it: by complainant ("raping the
// women identified as A and B"), in a relative clause ("the two counts on which a jury convicted
// him"), and a first trial's mistrial told beside its deadlock. Invented stories in several styles;
// each row names the facts a reader would take from it (and, after "not", facts it must not yield).
import { describe, expect, it } from "vitest";
import { describeStories, story, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US broadsheet: a verdict told by the offence as a verb, one count per complainant",
    text: "Oren Vale was tried in Fresno. Jurors found him guilty of raping the women identified in court as Jane Roe 1 and Jane Roe 2.",
    facts: ["Vale trial: guilty -ON_CHARGE-> rape", "rape -ALLEGED_VICTIM-> Jane Roe 1", "rape -ALLEGED_VICTIM-> Jane Roe 2"],
  },
  {
    style: "Australian court report: the offence as a verb with a common noun as its object",
    text: "A District Court jury in Parramatta found Liam Doherty guilty of assaulting a woman outside a hotel in 2021.",
    facts: ["Liam Doherty -CHARGED_WITH-> assault", "Doherty trial: guilty -ON_CHARGE-> assault"],
  },
  {
    style: "wire: the counts a relative clause says the jury convicted on",
    text: "Judge Ada Munro sentenced Tomas Vrell to 12 years, with consecutive terms on each of the two counts of aggravated burglary on which a jury convicted him in March.",
    facts: ["Vrell trial: guilty -ON_CHARGE-> aggravated burglary"],
  },
  {
    style: "wire: a hypothetical conviction in a relative clause is none",
    text: "Tomas Vrell denies the two counts of aggravated burglary on which prosecutors hope a jury will convict him.",
    facts: [],
    not: ["Vrell trial: guilty -ON_CHARGE-> aggravated burglary"],
  },
  {
    style: "US broadsheet: a mistrial told with the first jury's deadlock is the first trial's",
    text: "Jurors convicted Oren Vale of arson on Friday. That first jury had deadlocked on both counts in 2022, and Judge Ada Munro declared a mistrial.",
    facts: ["Vale trial: guilty -ON_CHARGE-> arson", "Vale trial (earlier) -RESULTED_IN-> Vale trial (earlier): mistrial"],
    not: ["Vale retrial -RESULTED_IN-> Vale retrial: mistrial", "Vale trial -RESULTED_IN-> Vale trial: mistrial"],
  },
  {
    style: "business wire: a fact box under the story gives each listed count its outcome",
    text: "Former trader convicted on two of five counts\n\nNEW YORK (Market Wire) - A federal jury convicted Oren Vale, a former bond trader, on two of the five counts he faced.\n\nTHE VERDICT\n\nGuilty:\n- Wire fraud (count one)\n- Conspiracy to commit bank fraud (count four)\n\nNot guilty:\n- Money laundering (count two)\n",
    facts: ["Vale trial: guilty -ON_CHARGE-> Wire fraud", "Vale trial: guilty -ON_CHARGE-> Conspiracy to commit bank fraud", "Vale trial: not guilty -ON_CHARGE-> Money laundering"],
    not: ["Vale trial: guilty -ON_CHARGE-> Money laundering", "Vale trial: not guilty -ON_CHARGE-> Wire fraud"],
  },
  {
    style: "business wire: a bulleted list under another heading is no verdict",
    text: "Oren Vale goes on trial\n\nNEW YORK (Market Wire) - Oren Vale, a former bond trader, goes on trial on Monday.\n\nWHAT HE FACES\n\nCharges:\n- Wire fraud\n- Money laundering\n",
    facts: [],
    not: ["Vale trial: guilty -ON_CHARGE-> Wire fraud", "Vale trial: not guilty -ON_CHARGE-> Money laundering"],
  },
  {
    style: "tabloid: 'The Oscar-winning actor pleaded guilty' is the story's star",
    text: "Kojo Amankwah will not stand trial after all. Amankwah arrived at court in Sydney on Wednesday. Amankwah waved to fans, and Amankwah's lawyer spoke for him. The Oscar-winning actor pleaded guilty to one count of common assault.",
    facts: ["Kojo Amankwah -HOLDS_ROLE-> actor", "Kojo Amankwah -CHARGED_WITH-> common assault"],
  },
  {
    style: "tabloid: a description with someone else named just before is not the star",
    text: "Kojo Amankwah will not stand trial after all. Amankwah arrived at court in Sydney on Wednesday. Amankwah waved to fans, and Amankwah's lawyer spoke for him. His co-star Dana Egridge watched. The Oscar-winning actor pleaded guilty to one count of common assault.",
    facts: [],
    not: ["Kojo Amankwah -CHARGED_WITH-> common assault"],
  },
  {
    style: "Scottish court report: where the accused comes from, 'however', a not proven verdict, a method after 'by'",
    text: "Ewan Reid, 41, from Paisley, was however convicted of assaulting Darren Kerr. On the attempted murder charge the jury returned a majority verdict of not proven. Reid's sister, Isla Reid, 37, was found not guilty of attempting to defeat the ends of justice by hiding the knife in her shed. Lord Carsewell told Reid: \"You have been convicted of a grave offence.\"",
    facts: ["Ewan Reid -CHARGED_WITH-> assault", "Reid trial: guilty -ON_CHARGE-> assault", "Reid trial: not guilty -ON_CHARGE-> attempted murder", "Isla Reid -CHARGED_WITH-> attempting to defeat the ends of justice"],
    not: ["Isla Reid -CHARGED_WITH-> attempting to defeat the ends of justice by hiding the knife", "Reid trial: guilty -ON_CHARGE-> attempted murder"],
  },
  {
    style: "US local TV web story: a verdict after the deliberation, 'leaving the scene' as an offence, the victim of a crash",
    text: "A jury found Brandon Kole guilty of manslaughter in the crash that killed softball coach Ana Ruiz. Jurors deliberated for about six hours before convicting Kole of first-degree manslaughter and driving under the influence. They found him not guilty of leaving the scene of a fatal collision.",
    facts: ["Kole trial: guilty -ON_CHARGE-> driving under the influence", "Kole trial: not guilty -ON_CHARGE-> leaving the scene of a fatal collision", "first-degree manslaughter -ALLEGED_VICTIM-> Ana Ruiz"],
    not: ["Kole trial: guilty -ON_CHARGE-> leaving the scene of a fatal collision", "Kole trial: not guilty -ON_CHARGE-> driving under the influence"],
  },
  {
    style: "Kenyan court report: 'a single count of dealing with suspect property' (a word the tagger reads as a verb)",
    text: "Mrs Wanjiru Kamau, a secondary school teacher, faces a single count of dealing with suspect property.",
    facts: ["Wanjiru Kamau -CHARGED_WITH-> dealing with suspect property"],
    not: ["Wanjiru Kamau -CHARGED_WITH-> dealing"],
  },
  {
    style: "business press: a gloss of whom a count concerned does not end the list of counts",
    text: "Nadia Kole was convicted on four of them — one count of conspiracy to commit wire fraud against investors and three counts of wire fraud, each tied to a specific investment. Kole was also convicted of conspiracy to commit bank fraud against lenders and borrowers.",
    facts: ["Kole trial: guilty -ON_CHARGE-> conspiracy to commit wire fraud", "Kole trial: guilty -ON_CHARGE-> wire fraud"],
    not: ["Kole trial: guilty -ON_CHARGE-> borrowers", "Nadia Kole -CHARGED_WITH-> borrowers"],
  },
  {
    style: "Hong Kong court report: a statutory offence named in full, its last word 'offence' kept; the trial named by the surname the story uses",
    text: "Miriam Kwan Suk-ling was acquitted of two counts of dealing with property known or believed to represent proceeds of an indictable offence. Kwan showed no emotion.",
    facts: ["Kwan trial: not guilty -ON_CHARGE-> dealing with property known or believed to represent proceeds of an indictable offence"],
  },
  {
    style: "New Zealand Herald: 'had earlier also admitted a charge of ...' is a guilty plea",
    text: "Wiremu Tane, the sole director of Kaimai Harvesting Ltd, had earlier also admitted a charge of failing to comply with a duty that exposed workers to a risk of death.",
    facts: ["Wiremu Tane -CHARGED_WITH-> failing to comply with a duty", "Wiremu Tane -WORKS_FOR-> Kaimai Harvesting Ltd"],
  },
  {
    style: "film-set wire: 'who faced the same two charges' takes the charges named before, never an offence called 'same two'",
    text: "Director Oren Vale admitted involuntary manslaughter and criminal trespass. Executive producer Jay Kole, who faced the same two charges, entered an Alford plea.",
    facts: ["Oren Vale -CHARGED_WITH-> involuntary manslaughter"],
    not: ["Jay Kole -CHARGED_WITH-> same two"],
  },
  {
    style: "business wire: a fact box whose lines each end on their count's outcome",
    text: "Biotech founder convicted\n\nNEW YORK (Market Wire) - A federal jury found Oren Vale guilty on two of three counts.\n\nFACTBOX: THE VERDICT\n\n* Count 1, conspiracy to commit securities fraud: guilty\n* Count 2, wire fraud (bank loan application): not guilty\n* Count 3, obstruction of justice: mistrial\n",
    facts: ["Vale trial: guilty -ON_CHARGE-> conspiracy to commit securities fraud", "Vale trial: not guilty -ON_CHARGE-> wire fraud", "Vale trial: mistrial -ON_CHARGE-> obstruction of justice"],
    not: ["Vale trial: guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "Canadian Press: 'found guilty by a jury in June of fraud over $5,000 and laundering the proceeds of crime'",
    text: "Arjun Malhotra, 49, was found guilty by a jury in June of fraud over $5,000 and laundering the proceeds of crime.",
    facts: ["Malhotra trial: guilty -ON_CHARGE-> fraud", "Malhotra trial: guilty -ON_CHARGE-> laundering the proceeds of crime"],
  },
  {
    style: "US appeals story: the lede's overturned conviction is the defendant's the next sentence names",
    text: "HELENA - A divided panel of the Montana Court of Appeals on Wednesday overturned the arson conviction of a rancher accused of burning down his own barn. In a 2-1 decision, the panel upheld Hollis Brand's conviction for insurance fraud.",
    facts: ["Montana Court of Appeals -RULED-> Hollis Brand: appeal overturned"],
  },
];

describeStories("how each count ended", ROWS);

describe("an earlier case's count", () => {
  it("French wire: an offence an earlier case convicted on is not the same-named count acquitted now", () => {
    const s = story("The Lyon criminal court acquitted Paul Marchand of corruption on Thursday. In 2024 the Court of Cassation upheld his conviction for corruption and influence peddling in a separate case.");
    const corruption = s.entities.filter((e) => e.type === "Charge" && e.label === "corruption");
    expect(corruption).toHaveLength(2);
    // each count has the outcome of one case only
    for (const c of corruption) {
      const outcomes = s.relations.filter((r) => r.type === "ON_CHARGE" && r.target === c.id).map((r) => s.entities.find((e) => e.id === r.source)!.attrs.outcome);
      expect(new Set(outcomes).size, outcomes.join(",")).toBe(1);
    }
  });
});

describe("one more count of the offence just named", () => {
  it("Welsh daily: 'cleared of two counts of rape but found guilty of a third' is a conviction on its own count of rape", () => {
    const s = story("Gethin Maelor, 38, was cleared of two counts of rape but found guilty of a third at Cardiff Crown Court.");
    const rapes = s.entities.filter((e) => e.type === "Charge" && e.label === "rape");
    expect(rapes).toHaveLength(2);
    const outcomes = rapes.map((c) => s.relations.filter((r) => r.type === "ON_CHARGE" && r.target === c.id).map((r) => s.entities.find((e) => e.id === r.source)!.attrs.outcome).join(",")).sort();
    expect(outcomes).toEqual(["guilty", "not_guilty"]);
  });
  it("alone, 'acquitted of a second charge' names no offence", () => {
    const s = story("Gethin Maelor was convicted of fraud. He was acquitted of a second charge.");
    expect(s.relations.filter((r) => r.type === "ON_CHARGE").map((r) => s.entities.find((e) => e.id === r.source)!.attrs.outcome)).toEqual(["guilty"]);
  });
});
