// Roles told by "as" or by "ex-" ("Ex-mayor X") ("As chief executive of X, Y approved the payments", "While working as a carer, Y stole") and
// "the company's" standing for a bank, an airline or a studio the article named ("Quarrendon Bank ... Y, the
// company's former chief executive,"): broadsheet and wire court reports of what a defendant did in post.
import { describeStories } from "./helpers.ts";

const bank = "Banker jailed over collapse\n\nEmlyn Tresilian, 58, was jailed for six years at Southwark Crown Court over the collapse of Quarrendon Bank.\n\n";

describeStories("roles told by 'as' or 'ex-', and 'the company' for a bank", [
  {
    style: "broadsheet: 'As chief executive of X, Y approved the payments'",
    text: "Banker jailed\n\nAs chief executive of Quarrendon Bank, Emlyn Tresilian approved the payments, the jury heard.",
    facts: ["Emlyn Tresilian -HOLDS_ROLE-> chief executive", "Emlyn Tresilian -WORKS_FOR-> Quarrendon Bank"],
  },
  {
    style: "British local: 'As a nurse, Y had a duty of care, the judge said'",
    text: "Nurse jailed\n\nVashti Morcant, 44, was jailed for neglect.\n\nAs a nurse, Vashti Morcant had a duty of care, the judge said.",
    facts: ["Vashti Morcant -HOLDS_ROLE-> nurse"],
  },
  {
    style: "tabloid: 'While working as a carer, Y stole from residents'",
    text: "Carer jailed\n\nVashti Morcant, 44, was jailed on Friday.\n\nWhile working as a carer, Morcant stole from residents.",
    facts: ["Vashti Morcant -HOLDS_ROLE-> carer"],
  },
  {
    style: "Irish daily: 'Y, in his capacity as treasurer of the club, stole'",
    text: "Treasurer jailed\n\nEmlyn Tresilian, 58, was jailed on Friday.\n\nTresilian, in his capacity as treasurer of the club, stole £40,000.",
    facts: ["Emlyn Tresilian -HOLDS_ROLE-> treasurer"],
  },
  {
    style: "fronted 'As a result' and 'As a child': no role",
    text: "Man jailed\n\nEmlyn Tresilian, 58, was jailed on Friday.\n\nAs a child, Tresilian was abused by his uncle. As a result, Tresilian was never charged.",
    facts: [],
    not: ["Emlyn Tresilian -HOLDS_ROLE-> child", "Emlyn Tresilian -HOLDS_ROLE-> result"],
  },
  {
    style: "tabloid: 'Ex-mayor X', 'Ex-cop X' (a past post's prefix on a title, capitalised)",
    text: "Ex-mayor jailed\n\nEx-mayor Vashti Morcant was jailed on Friday. Ex-cop Emlyn Tresilian was cleared.",
    facts: ["Vashti Morcant -HOLDS_ROLE-> mayor", "Emlyn Tresilian -HOLDS_ROLE-> cop"],
  },
  {
    style: "Indian daily: 'the ex-soldier X' (the tagger's adjective)",
    text: "Ex-soldier held\n\nThe ex-soldier Emlyn Tresilian was remanded in custody.",
    facts: ["Emlyn Tresilian -HOLDS_ROLE-> soldier"],
  },
  {
    style: "'his ex-wife, X': kin, no role",
    text: "Man jailed\n\nEmlyn Tresilian attacked his ex-wife, Vashti Morcant, the court heard.",
    facts: ["Vashti Morcant -RELATED_TO(wife)-> Emlyn Tresilian"],
    not: ["Vashti Morcant -HOLDS_ROLE-> wife"],
  },
  {
    style: "wire: 'the company's former chief executive' after a bank's name",
    text: bank + "Tresilian, the company's former chief executive, had lied to regulators.",
    facts: ["Emlyn Tresilian -HOLDS_ROLE-> chief executive", "Emlyn Tresilian -WORKS_FOR-> Quarrendon Bank"],
  },
  {
    style: "two companies named: 'the company' stands for neither",
    text: bank + "Quarrendon Bank had lent heavily to Morcant Airways. Tresilian, the company's former chief executive, had lied to regulators.",
    facts: ["Emlyn Tresilian -HOLDS_ROLE-> chief executive"],
    not: ["Emlyn Tresilian -WORKS_FOR-> Quarrendon Bank", "Emlyn Tresilian -WORKS_FOR-> Morcant Airways"],
  },
]);
