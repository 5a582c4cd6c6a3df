// Counsel of a group of defendants told by the group or by their side: "The pair are represented by advocate X",
// "Both are represented by X SAN", "X, for the defendants, said" (Ghanaian, Nigerian, Irish and Indian court
// reports). Each defendant of the group is the lawyer's client; the complainant's and the prosecution's side never.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Ghanaian daily: 'The pair are represented by advocate X' (present tense) is each one's lawyer",
    text: "Kofi Mensah-Baidoo and Yaw Ofori-Atta were acquitted of fraud at the High Court in Accra on Monday. The pair are represented by advocate Efua Quansah-Bentil.",
    facts: ["Efua Quansah-Bentil -REPRESENTS-> Kofi Mensah-Baidoo", "Efua Quansah-Bentil -REPRESENTS-> Yaw Ofori-Atta"],
  },
  {
    style: "Nigerian daily: 'Both are represented by X SAN'",
    text: "Chinedu Obiagwu-Bassey and Emeka Nwosu-Dike pleaded not guilty to fraud. Both are represented by Babatunde Olaniyan-Adebanjo SAN.",
    facts: ["Babatunde Olaniyan-Adebanjo -REPRESENTS-> Chinedu Obiagwu-Bassey", "Babatunde Olaniyan-Adebanjo -REPRESENTS-> Emeka Nwosu-Dike"],
  },
  {
    style: "Irish daily: 'X, for the defendants, said' with no trial told is counsel of the two charged together",
    text: "Dariusz Wolnicki and Tomasz Wolnicki were charged with arson on Tuesday. Marta Zielinska-Kos, for the defendants, said they would plead not guilty.",
    facts: ["Marta Zielinska-Kos -REPRESENTS-> Dariusz Wolnicki", "Marta Zielinska-Kos -REPRESENTS-> Tomasz Wolnicki", "Marta Zielinska-Kos -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Indian daily: 'X, for the accused, argued' is the convicted man's lawyer; 'Y, for the prosecution,' is not",
    text: "Ravindra Khotwal was convicted of fraud. Suresh Thakkarwal, for the prosecution, said the loss was large. Meenal Pradhwani, for the accused, argued that the evidence was weak.",
    facts: ["Meenal Pradhwani -REPRESENTS-> Ravindra Khotwal"],
    not: ["Suresh Thakkarwal -REPRESENTS-> Ravindra Khotwal"],
  },
  {
    style: "British daily: counsel 'for the complainants' is no defendant's lawyer",
    text: "Ravindra Khotwal was convicted of fraud. Meenal Pradhwani, for the complainants, said they were relieved.",
    facts: [],
    not: ["Meenal Pradhwani -REPRESENTS-> Ravindra Khotwal"],
  },
  {
    style: "Nigerian daily: a defendant charged apart is not a client of counsel 'for the defendants' of two others",
    text: "Chinedu Obiagwu-Bassey was charged with theft in March. Emeka Nwosu-Dike and Ikenna Ezeh-Madu were charged with fraud on Monday. Babatunde Olaniyan-Adebanjo, for the defendants, said they would plead not guilty.",
    facts: ["Babatunde Olaniyan-Adebanjo -REPRESENTS-> Emeka Nwosu-Dike", "Babatunde Olaniyan-Adebanjo -REPRESENTS-> Ikenna Ezeh-Madu"],
    not: ["Babatunde Olaniyan-Adebanjo -REPRESENTS-> Chinedu Obiagwu-Bassey"],
  },
];
describeStories("counsel of a group told by the group or by their side", ROWS);
