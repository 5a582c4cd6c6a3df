// Suits whose sides are told apart from a plain "X sued Y": the kin of the dead filing ("The parents of X, who died,
// filed a suit against Y": the dead man sued no one), the plaintiff in an aside ("The lawsuit, filed by X in the High
// Court, accuses Y"), a passive with the plaintiff described ("The claim was brought by X, a former singer, against
// Y"), the cause before "against" ("an action for defamation against Y"), more defendants listed after the suit ("also
// targets", "Defendants in the case include"), and one the article does not name ("A woman who says ... has sued Y").
// Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US local paper: the parents of a dead man file a wrongful-death suit",
    text: "Parents sue carmaker\n\nThe parents of Dunmore Wekesa, who died in the crash, filed a wrongful-death suit against Corvane Motors. Corvane Motors denies liability.",
    facts: ["Corvane Motors -DEFENDANT_IN-> Corvane Motors"],
    not: ["Dunmore Wekesa -PLAINTIFF_IN-> Dunmore Wekesa v. Corvane Motors"],
  },
  {
    style: "South African business daily: the plaintiff in an aside, the one sued in what the suit accuses",
    text: "Singer sues label\n\nThe lawsuit, filed by Zindzi Mabaso in the High Court, accuses Dravik Records of breach of contract.",
    facts: ["Zindzi Mabaso -PLAINTIFF_IN-> Zindzi Mabaso v. Dravik Records", "Dravik Records -DEFENDANT_IN-> Zindzi Mabaso v. Dravik Records"],
  },
  {
    style: "Nigerian daily: a claim brought, the claimant described between the two sides",
    text: "Singer's claim\n\nThe claim was brought by Zindzi Mabaso, a former singer with the label, against Dravik Records and its chief executive Halvard Ostrowe.",
    facts: ["Zindzi Mabaso -PLAINTIFF_IN-> Zindzi Mabaso v. Dravik Records", "Halvard Ostrowe -DEFENDANT_IN-> Zindzi Mabaso v. Dravik Records"],
  },
  {
    style: "Irish broadsheet: an action for defamation against a broadcaster in the Circuit Court",
    text: "Presenter sues\n\nVesna Kirrilov has brought an action for defamation against Halvard Ostrowe in the Circuit Court.",
    facts: ["Vesna Kirrilov -PLAINTIFF_IN-> Vesna Kirrilov v. Halvard Ostrowe", "Vesna Kirrilov v. Halvard Ostrowe -HELD_AT-> Circuit Court"],
  },
  {
    style: "Australian trade press: more defendants listed after the suit",
    text: "Royalties suit widens\n\nZindzi Mabaso sued Dravik Records in May. Her lawsuit also targets Corvane Bank. Defendants in the case include Talbridge Foods and Halvard Ostrowe.",
    facts: ["Corvane Bank -DEFENDANT_IN-> Zindzi Mabaso v. Dravik Records", "Talbridge Foods -DEFENDANT_IN-> Zindzi Mabaso v. Dravik Records", "Halvard Ostrowe -DEFENDANT_IN-> Zindzi Mabaso v. Dravik Records"],
  },
  {
    style: "New York tabloid: a woman the article does not name has sued a label",
    text: "Label sued\n\nA woman who says Halvard Ostrowe assaulted her in 2015 has sued Dravik Records, his former label.",
    facts: ["Dravik Records -DEFENDANT_IN-> Dravik Records"],
    not: ["Halvard Ostrowe -PLAINTIFF_IN-> Dravik Records"],
  },
];

describeStories("suits whose sides are told apart", ROWS);
