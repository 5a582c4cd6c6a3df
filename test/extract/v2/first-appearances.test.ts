// The everyday report of an accused's first court appearance, as Australian, British and Canadian outlets write it:
// the charge, what police allege was done and to whom (the victim named after who they were to the accused), and the
// lawyer on duty at the court, who acts for the accused though no client is named.
import { describeStories } from "./helpers.ts";

const appearance = "Man charged over fatal stabbing faces court\n\nA 34-year-old man has been charged with murder after a woman was found dead in a unit on Sunday morning.\n\n";

describeStories("a first appearance after a charge", [
  {
    style: "Australian broadcaster: 'Police allege X stabbed his former partner, 31-year-old Y': the victim and the tie",
    text: appearance + "Police allege Corben Ashwell stabbed his former partner, 31-year-old Talia Moorcroft, during an argument.\n\nAshwell briefly appeared in Caddell Magistrates Court on Monday, where he did not apply for bail.",
    facts: ["Corben Ashwell -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Talia Moorcroft", "Talia Moorcroft -RELATED_TO(partner)-> Corben Ashwell"],
    not: ["Corben Ashwell -HOLDS_ROLE-> former partner"],
  },
  {
    style: "Australian broadcaster: 'Duty lawyer X told the court his client would plead not guilty'",
    text: appearance + "Corben Ashwell, 34, briefly appeared in Caddell Magistrates Court on Monday. Duty lawyer Fergus Pennick told the court his client would plead not guilty.",
    facts: ["Corben Ashwell -CHARGED_WITH-> murder", "Fergus Pennick -REPRESENTS-> Corben Ashwell", "Fergus Pennick -HOLDS_ROLE-> lawyer"],
    not: ["Corben Ashwell -ENTERED_PLEA-> Corben Ashwell pleads not guilty"],
  },
  {
    style: "British local paper: 'A man has been remanded in custody charged with burglary', named in the next sentence; 'Duty solicitor X' for him",
    text: "Man remanded over Caddell burglary\n\nA man has been remanded in custody charged with burglary. Corben Ashwell, 29, of no fixed address, appeared before Caddell magistrates on Saturday. Duty solicitor Fergus Pennick said his client had been sleeping rough.",
    facts: ["Corben Ashwell -CHARGED_WITH-> burglary", "Fergus Pennick -REPRESENTS-> Corben Ashwell"],
  },
  {
    style: "Kenyan daily: two charged together, a pronoun's plea between, then 'Their lawyer, X,' for both",
    text: "Two charged over hospital fraud\n\nJoseph Tanui was charged with fraud at the Koros Law Courts on Thursday. Samuel Kibet was charged alongside Tanui with conspiracy to defraud. He also pleaded not guilty.\n\nTheir lawyer, Brian Koech, asked the court to release them on lenient terms.",
    facts: ["Brian Koech -REPRESENTS-> Joseph Tanui", "Brian Koech -REPRESENTS-> Samuel Kibet"],
  },
]);
