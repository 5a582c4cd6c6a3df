// The employer told as such in reports of theft at work: "stole from her employer, X", "from X, his former employer".
import { describeStories } from "./helpers.ts";

describeStories("an employer told by the word 'employer'", [
  {
    style: "British local paper: 'admitted stealing from his employer, X Ltd'",
    text: "Accountant admits theft\n\nThe accountant, Gerald Fenwright, 52, of Dunmoor, admitted stealing £40,000 from his employer, Maple Logistics Ltd.",
    facts: ["Gerald Fenwright -WORKS_FOR-> Maple Logistics Ltd"],
  },
  {
    style: "Australian wire: 'jailed for stealing from X, her employer'",
    text: "Nurse jailed for theft\n\nPriya Osterhagen was jailed for two years for stealing from Elmsworth General Hospital, her employer of ten years.",
    facts: ["Priya Osterhagen -WORKS_FOR-> Elmsworth General Hospital"],
  },
  {
    style: "Wire: 'X's former employer, Y, said'",
    text: "Nurse jailed for theft\n\nPriya Osterhagen was jailed for two years for theft. Osterhagen's former employer, Elmsworth General Hospital, said it had tightened its checks.",
    facts: ["Priya Osterhagen -WORKS_FOR-> Elmsworth General Hospital"],
  },
]);
