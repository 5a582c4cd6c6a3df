// Counsel named with their firm ("X of Firm, who represents Y", "X, a partner at Firm who represents Y"), two lawyers
// and their clients in one sentence ("A, who represents B, and C, who represents D"; "A and B, lawyers for C and D
// respectively"; "A and B appeared for C"; "A SC, with B BL, for C"), and the Indian and Nigerian ways of naming a
// client's counsel ("Appearing for Y, senior advocate X contended", "Counsel for Y, advocate X, submitted", "X (SAN),
// counsel to Y", "representing the accused Y").
import { describeStories } from "./helpers.ts";

const sued = "Food group sued over contract\n\nPellman Foods was sued for breach of contract by a former supplier on Monday.\n\n";
const charged = "Two charged over warehouse burglary\n\nCorvin Vessey, 31, and Milo Frane, 29, were charged with burglary on Tuesday.\n\n";
const arrested = "Bail plea in cheating case\n\nRavin Pashupati was arrested for cheating last week.\n\n";

describeStories("counsel named with their firm or beside another lawyer", [
  {
    style: "US wire: 'X of Firm LLP, who represents Y, said' (the firm between the names is the lawyer's, no party)",
    text: sued + "Jasper Ollerenshaw of Quarrick Lisle LLP, who represents Pellman Foods, said the suit was baseless.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Pellman Foods", "Jasper Ollerenshaw -WORKS_FOR-> Quarrick Lisle LLP"],
  },
  {
    style: "US trade press: 'X of Firm represents Y'",
    text: sued + "Jasper Ollerenshaw of Quarrick Lisle LLP represents Pellman Foods.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Pellman Foods"],
  },
  {
    style: "US broadsheet: 'X, a partner at Firm who represents Y, said'",
    text: sued + "Jasper Ollerenshaw, a partner at Quarrick Lisle LLP who represents Pellman Foods, said the suit was baseless.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Pellman Foods", "Jasper Ollerenshaw -WORKS_FOR-> Quarrick Lisle LLP"],
  },
  {
    style: "British local paper: 'A, who represents B, and C, who represents D, said' (the second lawyer is no client)",
    text: charged + "Jasper Ollerenshaw, who represents Vessey, and Nell Prideaux, who represents Frane, said their clients would plead not guilty.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Corvin Vessey", "Nell Prideaux -REPRESENTS-> Milo Frane"],
    not: ["Jasper Ollerenshaw -REPRESENTS-> Nell Prideaux"],
  },
  {
    style: "British local paper: 'A, representing B, and C, representing D, asked for bail'",
    text: charged + "Jasper Ollerenshaw, representing Vessey, and Nell Prideaux, representing Frane, both asked for bail.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Corvin Vessey", "Nell Prideaux -REPRESENTS-> Milo Frane"],
  },
  {
    style: "Wire: 'A and B, lawyers for C and D respectively' (paired in order)",
    text: charged + "Jasper Ollerenshaw and Nell Prideaux, lawyers for Vessey and Frane respectively, asked for bail.",
    facts: ["Jasper Ollerenshaw -REPRESENTS-> Corvin Vessey", "Nell Prideaux -REPRESENTS-> Milo Frane"],
    not: ["Nell Prideaux -REPRESENTS-> Corvin Vessey", "Jasper Ollerenshaw -REPRESENTS-> Milo Frane"],
  },
  {
    style: "Indian daily: 'A and B appeared for C' (both lawyers)",
    text: arrested + "Devesh Dastidar and Gita Rhee appeared for Pashupati.",
    facts: ["Devesh Dastidar -REPRESENTS-> Ravin Pashupati", "Gita Rhee -REPRESENTS-> Ravin Pashupati"],
  },
  {
    style: "Irish court report: 'A SC, with B BL, for C, told the court'",
    text: arrested + "Devesh Dastidar SC, with Gita Rhee BL, for Pashupati, told the court the arrest was illegal.",
    facts: ["Devesh Dastidar -REPRESENTS-> Ravin Pashupati", "Gita Rhee -REPRESENTS-> Ravin Pashupati"],
  },
  {
    style: "Indian daily: 'Appearing for Y, senior advocate X contended'",
    text: arrested + "Appearing for Pashupati, senior advocate Devesh Dastidar contended that the arrest was illegal.",
    facts: ["Devesh Dastidar -REPRESENTS-> Ravin Pashupati"],
  },
  {
    style: "Indian daily: 'Counsel for Y, advocate X, submitted'",
    text: arrested + "Counsel for Pashupati, advocate Devesh Dastidar, submitted that the arrest was illegal.",
    facts: ["Devesh Dastidar -REPRESENTS-> Ravin Pashupati"],
  },
  {
    style: "Indian daily: 'Advocate X, representing the accused Y, argued'",
    text: arrested + "Advocate Devesh Dastidar, representing the accused Pashupati, argued that the arrest was illegal.",
    facts: ["Devesh Dastidar -REPRESENTS-> Ravin Pashupati"],
  },
  {
    style: "Nigerian daily: 'X (SAN), counsel to Y, urged'",
    text: arrested + "Adaeze Okonkwo-Barde (SAN), counsel to Pashupati, urged the court to grant bail.",
    facts: ["Adaeze Okonkwo-Barde -REPRESENTS-> Ravin Pashupati"],
  },
]);
