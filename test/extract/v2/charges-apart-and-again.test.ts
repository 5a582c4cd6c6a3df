// Charges told apart from their predicate's plain list: an offence in apposition to its count noun ("A lesser charge,
// of careless driving, had been withdrawn"), a list that says its preposition again after a comma ("charged with
// theft, and with perverting the course of justice"), and an offence whose name ends in a word that names no offence
// alone ("endangering life"). Invented stories (Irish, British regional, New Zealand, Australian press); after "not",
// charges the story must not give.
import { describeStories } from "./helpers.ts";

describeStories("a charge in apposition, a list's preposition said again", [
  {
    style: "Irish regional: 'A lesser charge, of careless driving, had been withdrawn by the State'",
    text: "Driver jailed\n\nConor Dunleavy, 29, admitted dangerous driving at Cork Circuit Criminal Court. A lesser charge, of careless driving, had been withdrawn by the State before the trial.",
    facts: ["Conor Dunleavy -CHARGED_WITH-> careless driving", "Conor Dunleavy: dismissed -ON_CHARGE-> careless driving", "Conor Dunleavy -CHARGED_WITH-> dangerous driving"],
  },
  {
    style: "British regional: 'A further charge, of failing to stop, was dropped'",
    text: "Van driver banned\n\nLena Ostrowe, 41, was convicted of dangerous driving at Kelton Magistrates' Court. A further charge, of failing to stop, was dropped.",
    facts: ["Lena Ostrowe -CHARGED_WITH-> failing to stop", "Lena Ostrowe -CHARGED_WITH-> dangerous driving"],
  },
  {
    style: "New Zealand: 'charged with theft, and with attempting to pervert the course of justice'",
    text: "Bookkeeper charged\n\nMirelle Takoda, 34, has been charged with theft, and with attempting to pervert the course of justice.",
    facts: ["Mirelle Takoda -CHARGED_WITH-> theft", "Mirelle Takoda -CHARGED_WITH-> attempting to pervert the course of justice"],
  },
  {
    style: "Australian: 'Police charged X with stalking, and with breaching a protection order'",
    text: "Man charged\n\nPolice in Perth charged Graham Thistlewood with stalking, and with breaching a protection order.",
    facts: ["Graham Thistlewood -CHARGED_WITH-> stalking", "Graham Thistlewood -CHARGED_WITH-> breaching a protection order"],
  },
  {
    style: "British regional: 'cleared him of endangering life'",
    text: "Arsonist convicted\n\nA jury found Rhys Aldous guilty of arson and cleared him of endangering life.",
    facts: ["Rhys Aldous -CHARGED_WITH-> endangering life", "Aldous trial: not guilty -ON_CHARGE-> endangering life"],
  },
  {
    style: "British broadsheet: 'photographs of his niece, X, and of his two sisters-in-law' names whom, not a charge",
    text: "Landlord convicted\n\nDaniel Kasozi was found guilty of voyeurism, among them taking photographs of his niece, Ada Quennell, and of his two sisters-in-law.",
    facts: ["Daniel Kasozi -CHARGED_WITH-> voyeurism"],
    not: ["Daniel Kasozi -CHARGED_WITH-> sisters-in-law"],
  },
]);
