// Employers as court reports name them every day: a group's chief executive before the name ("Tandrow Group chief
// executive X"), a possessive role held "at the time" or "until 2021", a job told in a time clause after the verb
// ("stole £40,000 while working as a cashier at Y"), and a company named before in full and then by its first word
// before a role ("a Quorlane spokeswoman, X,", "X, a Vantor director,", "Tandrow chief executive X"); a former employer
// told by a sacking or a resignation ("X, who was sacked by Y in 2020,", "who resigned from Y"), by what he stole from
// ("from his employers, Y", "from the firm he worked for, Y", "from Y, the company where he was finance director"), and
// "the bank's fraud manager" (a charge's word inside the role), and counsel "acting for the bank". Each story is
// invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British business pages: a group's chief executive before his name",
    text: "Care firm fined £2m over deaths\n\nTandrow Group was fined £2m at Wendlebury Crown Court on Monday.\n\nTandrow Group chief executive Colin Marrish said the company had repaid every family.",
    facts: ["Colin Marrish -WORKS_FOR-> Tandrow Group", "Colin Marrish -HOLDS_ROLE-> chief executive"],
  },
  {
    style: "Financial wire: a possessive role held at the time, then the name",
    text: "Bank fined over money laundering failures\n\nQuorlane Bank was fined £40m on Tuesday.\n\nQuorlane Bank's head of compliance at the time, Ruth Fennick, was not charged.",
    facts: ["Ruth Fennick -WORKS_FOR-> Quorlane Bank"],
  },
  {
    style: "Irish regional: a possessive role held until a year",
    text: "Former director gives evidence\n\nVantor Supplies Ltd went into liquidation in 2022.\n\nVantor Supplies' finance director until 2021, Keith Bressick, told the court he had raised concerns.",
    facts: ["Keith Bressick -WORKS_FOR-> Vantor Supplies Ltd", "Keith Bressick -HOLDS_ROLE-> chief financial officer"],
  },
  {
    style: "English local paper: a theft while working as a cashier",
    text: "Cashier jailed for stealing from customers\n\nRuth Fennick, 44, stole £40,000 from elderly customers while working as a cashier at Quorlane Bank, Harrowgate Crown Court heard.\n\nShe was jailed for two years.",
    facts: ["Ruth Fennick -WORKS_FOR-> Quorlane Bank", "Ruth Fennick -HOLDS_ROLE-> cashier"],
  },
  {
    style: "Australian daily: abuse while employed as a coach",
    text: "Swim coach jailed\n\nThe court heard that Keith Bressick, 38, groomed the girl while employed as a swimming coach at Merriton Leisure Centre.",
    facts: ["Keith Bressick -WORKS_FOR-> Merriton Leisure Centre"],
  },
  {
    style: "Wire: the clause's subject is the sentence's, not the person thanked",
    text: "Teller praised\n\nRuth Fennick thanked Keith Bressick for his help while working as a cashier at Quorlane Bank.",
    facts: [],
    not: ["Keith Bressick -WORKS_FOR-> Quorlane Bank"],
  },
  {
    style: "Kenyan daily: a company named in full, then its spokeswoman by its first word",
    text: "Firm fined over spill\n\nThe Vantor Corporation was fined Sh20 million on Monday. A Vantor spokeswoman, Mary Sorrel, said the firm would appeal.",
    facts: ["Mary Sorrel -WORKS_FOR-> Vantor Corporation"],
  },
  {
    style: "British broadsheet: a director named by the company's first word in apposition",
    text: "Builder fined after fall\n\nStrathmere Construction Ltd admitted breaching safety law. Keith Bressick, a Strathmere director, said lessons had been learned.",
    facts: ["Keith Bressick -WORKS_FOR-> Strathmere Construction Ltd"],
  },
  {
    style: "Trade press: a care group's chief executive by its first word",
    text: "Care group apologises\n\nTandrow Care Group was fined £2m on Monday. Tandrow chief executive Colin Marrish said the company was sorry.",
    facts: ["Colin Marrish -WORKS_FOR-> Tandrow Care Group"],
  },
  {
    style: "English local paper: a town's name before a trade is no employer, though the town's council is named",
    text: "Teacher jailed\n\nHarrowgate Borough Council said it had been told. Harrowgate teacher Jonathan Yarrowby was jailed for six years.",
    facts: [],
    not: ["Jonathan Yarrowby -WORKS_FOR-> Harrowgate Borough Council"],
  },
  {
    style: "Scottish daily: a former employer told by the sacking",
    text: "Ex-banker jailed\n\nKeith Bressick, who was sacked by Quorlane Bank in 2020, was jailed for fraud at Harrowgate Sheriff Court.",
    facts: ["Keith Bressick -WORKS_FOR-> Quorlane Bank"],
  },
  {
    style: "Financial wire: a former employer told by the resignation",
    text: "Former executive charged\n\nRuth Fennick, who resigned from Vantor Supplies Ltd in 2021, was charged with fraud.",
    facts: ["Ruth Fennick -WORKS_FOR-> Vantor Supplies Ltd"],
  },
  {
    style: "British local paper: a bank's fraud manager, the bank named before",
    text: "Fraudster jailed\n\nKeith Bressick was jailed for defrauding Quorlane Bank. The bank's fraud manager, Ruth Fennick, said losses were £2m.",
    facts: ["Ruth Fennick -WORKS_FOR-> Quorlane Bank"],
  },
  {
    style: "Irish regional: stolen from the firm he worked for, then its name",
    text: "Bookkeeper jailed\n\nKeith Bressick stole £80,000 from the firm he worked for, Vantor Supplies Ltd, over six years.",
    facts: ["Keith Bressick -WORKS_FOR-> Vantor Supplies Ltd"],
  },
  {
    style: "NZ daily: the company named, then where he was finance director",
    text: "Finance director jailed\n\nKeith Bressick stole $400,000 from Vantor Supplies Ltd, the company where he was finance director.",
    facts: ["Keith Bressick -WORKS_FOR-> Vantor Supplies Ltd"],
  },
  {
    style: "NZ daily: the company where he was arrested is no employer",
    text: "Man arrested\n\nKeith Bressick stole a van from Vantor Supplies Ltd, the company where he was arrested.",
    facts: [],
    not: ["Keith Bressick -WORKS_FOR-> Vantor Supplies Ltd"],
  },
  {
    style: "Scottish daily: his employers, in the plural",
    text: "Clerk jailed\n\nKeith Bressick stole from his employers, Vantor Supplies Ltd, over six years.",
    facts: ["Keith Bressick -WORKS_FOR-> Vantor Supplies Ltd"],
  },
  {
    style: "British broadsheet: counsel acting for the bank the suit is against",
    text: "Supplier sues bank\n\nVantor Supplies Ltd is suing Quorlane Bank for £2m in the High Court. Keith Bressick, acting for the bank, said the claim was baseless.",
    facts: ["Keith Bressick -REPRESENTS-> Quorlane Bank"],
  },
];

describeStories("employers as court reports name them every day", ROWS);
