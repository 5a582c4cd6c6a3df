// Counsel told by what they say of "his client" or by the side's noun, not by the client's name: "Lawyer X said his
// client would appeal", "Advocate X told the court her client was a first offender", "X, counsel for the accused,
// said". The lawyer represents the one defendant told before; with two defendants, or a client named for the lawyer
// elsewhere ("Y's lawyer X said his client"), or a speaker who is no lawyer, no one.
import { describeStories } from "./helpers.ts";

const one = "Clerk jailed for £80,000 fraud\n\nTobiah Quennock, 38, was convicted of fraud at the magistrates' court on Monday.\n\n";
const kenya = "Ex-clerk convicted\n\nNAIROBI — Former land registry clerk Tobiah Ndirangu was on Tuesday convicted of forgery.\n\n";

describeStories("counsel who speak of their client", [
  {
    style: "wire: 'Lawyer X said his client would appeal'",
    text: one + "Lawyer Pardeep Mahal said his client would appeal.",
    facts: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock"],
  },
  {
    style: "Kenyan daily: 'Advocate X told the court his client was a first offender'",
    text: kenya + "Advocate Pardeep Wambugu told the court that his client was a first offender.",
    facts: ["Pardeep Wambugu -REPRESENTS-> Tobiah Ndirangu"],
  },
  {
    style: "British local: 'X, a solicitor, said her client was remorseful'",
    text: one + "Ella Kerrigan, a local solicitor, said her client was deeply remorseful.",
    facts: ["Ella Kerrigan -REPRESENTS-> Tobiah Quennock"],
  },
  {
    style: "wire, the quote first: 'His client would appeal, lawyer X said'",
    text: one + "His client would appeal the conviction, lawyer Pardeep Mahal said.",
    facts: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock"],
  },
  {
    style: "Indian daily: 'Mr X, on behalf of the defence, submitted that his client' (a lawyer by the article's word)",
    text: kenya + "Advocate Pardeep Wambugu appeared at the hearing. Mr Wambugu, on behalf of the defence, submitted that his client had been framed.",
    facts: ["Pardeep Wambugu -REPRESENTS-> Tobiah Ndirangu"],
  },
  {
    style: "Irish daily: 'X, counsel for the accused, said'",
    text: kenya + "Ella Kerrigan, counsel for the accused, said the judgment would be challenged.",
    facts: ["Ella Kerrigan -REPRESENTS-> Tobiah Ndirangu"],
  },
  {
    style: "South African: 'The accused's lawyer, X, said'",
    text: kenya + "The accused's lawyer, Ella Kerrigan, said the judgment would be challenged.",
    facts: ["Ella Kerrigan -REPRESENTS-> Tobiah Ndirangu"],
  },
  {
    style: "two defendants told: whose client the text does not say",
    text: "Pair convicted\n\nTobiah Quennock, 38, and Ella Brack, 41, were convicted of fraud on Monday.\n\nLawyer Pardeep Mahal said his client would appeal.",
    facts: [],
    not: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock", "Pardeep Mahal -REPRESENTS-> Ella Brack"],
  },
  {
    style: "the victim's lawyer: 'Y's lawyer X said his client was relieved'",
    text: "Man convicted of assault\n\nTobiah Quennock, 38, was convicted of assaulting Ella Brack.\n\nBrack's lawyer Pardeep Mahal said his client was relieved.",
    facts: ["Pardeep Mahal -REPRESENTS-> Ella Brack"],
    not: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock"],
  },
  {
    style: "a speaker who is no lawyer: an agent's client",
    text: one + "His agent, Pardeep Mahal, said his client would not comment.",
    facts: [],
    not: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock"],
  },
  {
    style: "negated: 'did not say whether his client would appeal'",
    text: one + "Pardeep Mahal, a solicitor, did not say whether his client would appeal.",
    facts: [],
    not: ["Pardeep Mahal -REPRESENTS-> Tobiah Quennock"],
  },
]);
