// A civil suit told by the everyday words of local and wire reports rather than "sued" or "lawsuit": "his claim
// against the council", "a civil case against X opened", "the case she brought against the airline", "lost a case
// brought by X", "went on trial in a civil case brought by X", "was cleared in a civil case", "the civil trial, in
// which X accuses Y". The one sued is a defendant of a civil trial, never of a criminal one; a prosecutor's or a
// complainant's "case against" a charged man is no suit. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish local paper: a claim told by its owner's pronoun",
    text: "Pensioner's pavement claim settled\n\nA Kinsale pensioner who broke his hip on a cracked footpath has settled his case.\n\nKevin Danvey, 71, fell outside the post office in 2022. His claim against Fairweald County Council was settled at the Circuit Court in Cork on Tuesday for an undisclosed sum.",
    facts: ["Kevin Danvey -PLAINTIFF_IN-> Kevin Danvey v. Fairweald County Council", "Fairweald County Council -DEFENDANT_IN-> Kevin Danvey v. Fairweald County Council"],
  },
  {
    style: "Kenyan daily: a trial told as a civil case's",
    text: "Tycoon in court over land row\n\nNAIROBI - Businessman Daniel Muthoni went on trial on Monday in a civil case brought by his former partner, Grace Wambugu, over a disputed plot in Karen.\n\nMs Wambugu says Mr Muthoni forged her signature on the title deed.",
    facts: ["Daniel Muthoni -DEFENDANT_IN-> Grace Wambugu v. Daniel Muthoni", "Grace Wambugu -PLAINTIFF_IN-> Grace Wambugu v. Daniel Muthoni"],
    not: ["Daniel Muthoni -DEFENDANT_IN-> Muthoni trial"],
  },
  {
    style: "British tabloid: cleared in a civil case is no acquittal",
    text: "TV chef wins court fight\n\nTelly chef Ian Drummet was cleared yesterday in a civil case brought by his former agent, Lucy Marrowby.\n\nMs Marrowby had claimed he owed her £400,000 in unpaid commission.",
    facts: ["Ian Drummet -DEFENDANT_IN-> Lucy Marrowby v. Ian Drummet", "Lucy Marrowby v. Ian Drummet -RESULTED_IN-> Lucy Marrowby v. Ian Drummet: not liable"],
    not: ["Ian Drummet -DEFENDANT_IN-> Drummet trial"],
  },
  {
    style: "US wire: the civil trial told with who accuses whom",
    text: "Civil trial of former coach begins\n\nNEW YORK (AP) - The civil trial, in which former gymnast Nadia Castellow accuses her one-time coach Tom Fairweald of abuse, began on Tuesday in Manhattan.\n\nFairweald has denied the allegations.",
    facts: ["Nadia Castellow -PLAINTIFF_IN-> Nadia Castellow v. Tom Fairweald", "Tom Fairweald -DEFENDANT_IN-> Nadia Castellow v. Tom Fairweald"],
  },
  {
    style: "Australian broadsheet: the one sued lost a case another brought",
    text: "Builder loses mould case\n\nSydney developer Yelland Estates has lost a Supreme Court case brought by tenant Aisha Okonjo, whose apartment was riddled with mould.\n\nThe judge said the company had ignored repeated complaints.",
    facts: ["Yelland Estates -DEFENDANT_IN-> Aisha Okonjo v. Yelland Estates", "Aisha Okonjo -PLAINTIFF_IN-> Aisha Okonjo v. Yelland Estates"],
  },
  {
    style: "Singapore paper: a finding for the one sued is against the suit",
    text: "Passenger loses claim against airline\n\nA passenger who said she was injured by a falling bag has lost her claim.\n\nIn the case Lucy Marrowby brought against Kestrel Airways, the judge found for the airline, saying there was no evidence the crew had been careless.",
    facts: ["Lucy Marrowby v. Kestrel Airways -RESULTED_IN-> Lucy Marrowby v. Kestrel Airways: not liable"],
    not: ["Lucy Marrowby v. Kestrel Airways -RESULTED_IN-> Lucy Marrowby v. Kestrel Airways: liable"],
  },
  {
    style: "Canadian paper: a prosecutor's case against a charged man is no suit",
    text: "Fraud trial hears closing arguments\n\nTom Abernant, 52, is charged with fraud over the collapse of his investment firm. Crown prosecutor Jane Harnett told the jury her case against Abernant rested on his own emails.",
    facts: ["Tom Abernant -CHARGED_WITH-> fraud"],
    not: ["Jane Harnett -PLAINTIFF_IN-> Jane Harnett v. Tom Abernant", "Tom Abernant -DEFENDANT_IN-> Jane Harnett v. Tom Abernant"],
  },
];

describeStories("a civil suit told by its case, claim or trial", ROWS);
