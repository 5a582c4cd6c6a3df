// A suit told by its noun, with its parties in a participle or a possessive around it, as wires and trade papers tell
// them: "In a lawsuit filed Tuesday in X Court, Y accuses Z", "The lawsuit against X, filed by Y in 2022,", "Y's
// lawsuit alleges that X ...", "X has been hit with a lawsuit by Y", "X is fighting a libel case brought by Y"; a bare
// "case against X" brought by a prosecutor stays no suit. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US trade press: a studio hit with a lawsuit by an unnamed performer",
    text: "Studio hit with lawsuit over stunt injury\n\nWexcombe Pictures has been hit with a lawsuit by a stunt performer who was injured on the set of its latest thriller.\n\nA spokesperson for the studio said it would defend the claim.",
    facts: ["Wexcombe Pictures -DEFENDANT_IN-> Wexcombe Pictures"],
  },
  {
    style: "Wire lede: the suit told before its plaintiff",
    text: "Actress accuses producer of fraud\n\nLOS ANGELES (Reuters) - In a lawsuit filed Tuesday in Los Angeles Superior Court, actress Vesna Penhaligon accuses producer Castellane Ostley of diverting profits from their 2019 comedy.\n\nThe suit seeks $4 million in damages.",
    facts: [
      "Vesna Penhaligon -PLAINTIFF_IN-> Vesna Penhaligon v. Castellane Ostley",
      "Castellane Ostley -DEFENDANT_IN-> Vesna Penhaligon v. Castellane Ostley",
      "Vesna Penhaligon v. Castellane Ostley -HELD_AT-> Los Angeles Superior Court",
    ],
  },
  {
    style: "Canadian daily: the one sued first, who filed it after",
    text: "Tenant's lawsuit against landlord heads to trial\n\nTORONTO — The lawsuit against Pemberley Property Group, filed by former tenant Marbeck Sorensen in 2022, claims the company failed to repair a faulty boiler for two winters.",
    facts: ["Marbeck Sorensen -PLAINTIFF_IN-> Marbeck Sorensen v. Pemberley Property Group", "Pemberley Property Group -DEFENDANT_IN-> Marbeck Sorensen v. Pemberley Property Group"],
  },
  {
    style: "British media column: a publisher fighting an actor's libel case, and his lawsuit's allegation",
    text: "Paper fights actor's libel claim\n\nAmberline Newspapers is fighting a libel case brought by the actor Orrin Halvard over a story about his finances.\n\nHalvard's lawsuit alleges that Amberline Newspapers published the story knowing it was false.",
    facts: ["Orrin Halvard -PLAINTIFF_IN-> Orrin Halvard v. Amberline Newspapers", "Amberline Newspapers -DEFENDANT_IN-> Orrin Halvard v. Amberline Newspapers"],
  },
  {
    style: "US business wire: a possessive lawsuit told alone",
    text: "Former chef sues restaurant group\n\nSorensen Delacourt's lawsuit accuses Pemberley Dining Group of withholding tips from kitchen staff for three years.",
    facts: ["Sorensen Delacourt -PLAINTIFF_IN-> Sorensen Delacourt v. Pemberley Dining Group", "Pemberley Dining Group -DEFENDANT_IN-> Sorensen Delacourt v. Pemberley Dining Group"],
  },
  {
    style: "British local paper: a prosecution's case is no suit",
    text: "Builder to stand trial\n\nThe case against Castellane Ostley was brought by the Harwick Prosecution Service after a wall collapsed.",
    facts: [],
    not: ["Castellane Ostley -DEFENDANT_IN-> Harwick Prosecution Service v. Castellane Ostley"],
  },
];

describeStories("civil suits told by their noun", ROWS);
