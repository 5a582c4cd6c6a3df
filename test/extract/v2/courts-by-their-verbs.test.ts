// Courts known by a name with no court word in it, which only their verbs show ("The Tanodbayan has
// convicted a former town mayor in Tarlac province of graft"), and the co-accused a court acquits beside
// the one it convicts ("acquitted the municipal engineer, X, who was charged with him"; "acquitted
// co-accused A, B and C for want of evidence"): one trial. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Manila broadsheet: an anti-graft court named by its own name, a described mayor, his engineer cleared",
    text: "Ex-mayor convicted of graft over road deal\n\nMANILA, Philippines — The Tanodbayan has convicted a former town mayor in Tarlac province of graft over a P12-million road project that was never completed.\n\nIn a 45-page decision, the court found former Mayor Rogelio Visitacion guilty. He was sentenced to six to 10 years in prison.\n\nThe court acquitted the municipal engineer, Ramil Lacson, who was charged with him, for insufficiency of evidence.",
    // (the engineer "who was charged with him" was charged with the one offence the article names: case/sole-offence.ts)
    facts: ["Rogelio Visitacion -CHARGED_WITH-> graft", "Visitacion trial -HELD_AT-> Tanodbayan", "Ramil Lacson -DEFENDANT_IN-> Visitacion trial", "Ramil Lacson -CHARGED_WITH-> graft", "Visitacion trial: not guilty -ON_CHARGE-> graft"],
    not: ["Ramil Lacson -DEFENDANT_IN-> Lacson trial"],
  },
  {
    style: "Karachi daily: an anti-terrorism court acquits three co-accused in a list",
    text: "Two sentenced to death\n\nKARACHI: The court found Imtiaz Khatoon and Zahid Soomro guilty of murder. It acquitted co-accused Naveed Shah, Sarmad Abro and Jawad Leghari for want of evidence.",
    facts: ["Naveed Shah -DEFENDANT_IN-> Khatoon trial", "Sarmad Abro -DEFENDANT_IN-> Khatoon trial", "Jawad Leghari -DEFENDANT_IN-> Khatoon trial"],
    not: ["Jawad Leghari -CHARGED_WITH-> murder"],
  },
];

describeStories("courts known by their verbs, and the co-accused they clear", ROWS);
