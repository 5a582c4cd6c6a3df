// Verdicts, pleas and trials tied to the charges they are on where their own sentence names none: one set of
// charges told together, a trial "on those charges", a sentence for what was done rather than an offence.
// Invented stories in manners unlike the corpora (Australian, Canadian, Kenyan, Irish, wire); after "not",
// links the story must never give (a set told in two places, a co-accused's charge, a dropped count).
import { describeStories } from "./helpers.ts";

describeStories("a verdict or a trial on the charges told before it", [
  {
    style: "Australian: an acquittal naming no charge, after one set of charges and a plea to them",
    text: "Nurse acquitted\n\nADELAIDE: Former nurse Lowenna Merridew, 50, was charged with manslaughter and criminal neglect over the death of a patient. She pleaded not guilty. On Friday a Supreme Court jury acquitted her.",
    facts: ["Merridew trial: not guilty -ON_CHARGE-> manslaughter", "Merridew trial: not guilty -ON_CHARGE-> criminal neglect", "Merridew trial -TRIED_FOR-> criminal neglect"],
  },
  {
    style: "Kenyan: a co-accused acquitted of the one set told of him, never of the other accused's charge",
    text: "Two cleared\n\nNAKURU — Kiprop Thrale faced a charge of robbery with violence while his co-accused, Iskander Ravelle, was charged with handling stolen goods and with assault. The magistrate acquitted Ravelle on Monday.",
    facts: ["Ravelle trial: not guilty -ON_CHARGE-> handling stolen goods", "Ravelle trial: not guilty -ON_CHARGE-> assault"],
    not: ["Ravelle trial: not guilty -ON_CHARGE-> robbery with violence", "Iskander Ravelle -CHARGED_WITH-> robbery with violence"],
  },
  {
    style: "Wire: charges told in two places ('later also charged with'), a conviction naming none is on none of them",
    text: "Two charged\n\nKellan Grebe and Iskander Ravelle were charged with fraud and forgery. Ravelle was later also charged with perjury. A jury convicted Ravelle on Friday.",
    facts: ["Iskander Ravelle -CHARGED_WITH-> perjury"],
    not: ["Ravelle trial: guilty -ON_CHARGE-> fraud", "Ravelle trial: guilty -ON_CHARGE-> forgery", "Ravelle trial: guilty -ON_CHARGE-> perjury"],
  },
  {
    style: "Irish: a charge dropped before the verdict is none of the counts it is on",
    text: "Man convicted\n\nCORK — Kellan Grebe, 29, was charged with burglary and criminal damage. The criminal damage charge was later dropped. On Friday he was convicted at Cork Circuit Criminal Court.",
    facts: ["Grebe trial: guilty -ON_CHARGE-> burglary"],
    not: ["Grebe trial: guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "Australian: a denial of 'separate charges' in another state is no plea of this case",
    text: "Trial aborted\n\nCANBERRA: Kellan Grebe, 28, was charged in August 2021 with one count of sexual intercourse without consent and pleaded not guilty. He faces separate charges in Toowoomba, in Queensland, of two counts of rape. He has denied those charges.",
    facts: ["Kellan Grebe pleads not guilty -ON_CHARGE-> sexual intercourse without consent", "Kellan Grebe -CHARGED_WITH-> rape"],
    not: ["Kellan Grebe pleads not guilty -ON_CHARGE-> rape"],
  },
  {
    style: "Canadian: 'His trial on those charges is set for June' is a trial to come on the charges denied",
    text: "Trial date\n\nTORONTO — Melvin Ostrava, 38, faces charges of sexual assault and forcible confinement. He has denied the charges. His trial on those charges is set for June.",
    facts: ["Ostrava trial (to come) -TRIED_FOR-> sexual assault", "Ostrava trial (to come) -TRIED_FOR-> forcible confinement"],
  },
  {
    style: "Wire: 'sentenced ... for stealing billions from investors' tells what was done, no charge beside the counts the jury convicted on",
    text: "Kellan Grebe sentenced to 20 years in prison for stealing millions from investors\n\nNEW YORK (Reuters) - Crypto exchange founder Kellan Grebe was sentenced on Thursday to 20 years in prison. A jury convicted Grebe in March of wire fraud and securities fraud.",
    facts: ["Grebe trial: guilty -ON_CHARGE-> wire fraud"],
    not: ["Kellan Grebe -CHARGED_WITH-> stealing"],
  },
]);

describeStories("a plea to a lesser charge is not on the charge it is lesser than", [
  {
    style: "Australian: 'charged with murder ... pleaded guilty to the lesser charge'",
    text: "Man admits killing\n\nPERTH: Owen Crale, 31, was charged with murder in 2024. On Monday he appeared in the Supreme Court, where he pleaded guilty to the lesser charge.",
    facts: ["Owen Crale -ENTERED_PLEA-> Owen Crale pleads guilty", "Owen Crale -CHARGED_WITH-> murder"],
    not: ["Owen Crale pleads guilty -ON_CHARGE-> murder", "Owen Crale: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "British: a guilty plea with no charge named is on the one charge told",
    text: "Man admits killing\n\nOwen Crale, 31, was charged with murder in 2024. He pleaded guilty on Monday.",
    facts: ["Owen Crale pleads guilty -ON_CHARGE-> murder"],
  },
]);
