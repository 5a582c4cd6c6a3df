// Firms named like people ("Quilliam Marwood", "Brackley Harrowgate") told by the everyday words of court reports for
// someone's work there: an employee, a spokesman or a partner "of" or "for" it, shareholders "in" it, a job "at" it,
// a lawyer named "of" it in apposition, joining or leaving it in a year, and "which employed him". Each is a company,
// never a person; a person named with a given name stays a person.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("firms named like people, told by work words", [
  {
    style: "British regional daily: a former employee of a firm charged with theft",
    text: "Clerk charged\n\nFemi Tandoh, 38, a former employee of Quilliam Marwood, was charged with theft on Monday.",
    facts: ["Organization Quilliam Marwood", "Person Femi Tandoh"],
    not: ["Person Quilliam Marwood"],
  },
  {
    style: "US wire: a company spokesman declines to comment",
    text: "Trader indicted\n\nA trader was indicted on fraud charges on Tuesday. A spokesman for Penhaligon Rusholme declined to comment.",
    facts: ["Organization Penhaligon Rusholme"],
    not: ["Person Penhaligon Rusholme"],
  },
  {
    style: "Nigerian daily: a partner of a firm speaks for the defence",
    text: "Businessman sued\n\nTunde Beddoe, a partner of Brackley Harrowgate, said the claim was without merit.",
    facts: ["Organization Brackley Harrowgate"],
    not: ["Person Brackley Harrowgate"],
  },
  {
    style: "Canadian press: a lawyer named in apposition and her firm after 'of'",
    text: "Banker to plead not guilty\n\nHis lawyer, Sarah Beddoe of Marwood Ferrar, said he would plead not guilty.",
    facts: ["Organization Marwood Ferrar", "Person Sarah Beddoe"],
    not: ["Person Marwood Ferrar"],
  },
  {
    style: "British broadsheet: shareholders in a collapsed firm, and the firm 'which employed' the accused",
    text: "Director jailed\n\nShareholders in Cardew Fenwick lost their savings. Quilliam Marwood, which employed Tandoh for six years, said it was pleased with the verdict.",
    facts: ["Organization Cardew Fenwick", "Organization Quilliam Marwood"],
    not: ["Person Cardew Fenwick", "Person Quilliam Marwood"],
  },
  {
    style: "Singaporean daily: a job at a firm and joining it as a trainee",
    text: "Accountant jailed\n\nTandoh Kee Wah stole the money after losing his job at Brackley Quilliam in 2019. He had joined Marwood Fenwick as a trainee in 2015.",
    facts: ["Organization Brackley Quilliam", "Organization Marwood Fenwick"],
    not: ["Person Brackley Quilliam", "Person Marwood Fenwick"],
  },
  {
    style: "US wire: a spokesman for a person named with a given name stays a person",
    text: "Actor charged\n\nA spokesman for Sarah Beddoe declined to comment on the charge. Beddoe was released on bail.",
    facts: ["Person Sarah Beddoe"],
    not: ["Organization Sarah Beddoe"],
  },
  {
    style: "Kenyan daily: a spokesman for a politician called by his surname alone stays a person's",
    text: "Governor charged with graft\n\nNAIROBI - A spokesman for Wenlow said the charges were politically motivated.",
    facts: [],
    not: ["Organization Wenlow"],
  },
], read);
