// A law report's or a court's summary ends with who appeared for whom, one line to a party ("Counsel for the
// appellant Ana Ruiz: T. Rudge"). Set in capitals only for its names, such a line is no headline: its lawyers
// are people, each a lawyer for the party the line names. Invented Canadian and Singaporean summaries.
import { describeStories } from "./helpers.ts";

describeStories("lines of counsel at the foot of a judgment summary", [
  {
    style: "Canadian appeal court summary: counsel for each appellant, then for the Crown",
    text: "Okonjo v The Queen: appeal dismissed\n\nThe Court of Appeal dismissed the appeal of Daniel Okonjo against his conviction for fraud.\n\nCounsel for the appellant Daniel Okonjo: R. Villeneuve\nCounsel for the respondent (Crown): Mara Pakenham and Lewis Mulvane",
    facts: [
      "R. Villeneuve -REPRESENTS-> Daniel Okonjo",
      "R. Villeneuve -HOLDS_ROLE-> lawyer",
      "Mara Pakenham -HOLDS_ROLE-> lawyer",
      "Lewis Mulvane -HOLDS_ROLE-> lawyer",
    ],
    not: ["Mara Pakenham -REPRESENTS-> Daniel Okonjo", "Lewis Mulvane -REPRESENTS-> Daniel Okonjo"],
  },
  {
    style: "Singaporean High Court summary: solicitors for a company claimant",
    text: "Harbour Freight Ltd v Teo Wei Lun\n\nThe High Court found Teo Wei Lun liable for breach of contract.\n\nSolicitors for the claimant Harbour Freight Ltd: Tessa Ashgrove and Owen Pike\nCounsel for the defendant Teo Wei Lun: Rajan Okonjo-Das",
    facts: [
      "Tessa Ashgrove -REPRESENTS-> Harbour Freight Ltd",
      "Owen Pike -REPRESENTS-> Harbour Freight Ltd",
      "Rajan Okonjo-Das -REPRESENTS-> Teo Wei Lun",
    ],
    not: ["Rajan Okonjo-Das -REPRESENTS-> Harbour Freight Ltd", "Tessa Ashgrove -REPRESENTS-> Teo Wei Lun"],
  },
]);

// Counsel told by what they did for a party: a defence "led by" them, an appeal they "argued for" the party.
describeStories("counsel told by what they did for a party", [
  {
    style: "South African daily: the defence told in the passive, led by an advocate",
    text: "Athlete convicted\n\nPieter Kestler was convicted of culpable homicide on Friday. Kestler's defence throughout was led by advocate Barry Rouland, who argued that his client had acted out of fear.",
    facts: ["Barry Rouland -REPRESENTS-> Pieter Kestler"],
  },
  {
    style: "Indian daily: the senior counsel who argued the appeal for the actor",
    text: "Actor acquitted\n\nThe High Court acquitted Ravi Kelkhar on Thursday. Senior counsel Amit Desvarre, who argued the appeal for Kelkhar, had told the court that the prosecution's case was riddled with gaps.",
    facts: ["Amit Desvarre -REPRESENTS-> Ravi Kelkhar"],
  },
]);
