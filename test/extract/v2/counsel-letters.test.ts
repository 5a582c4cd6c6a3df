// A barrister's letters after the name, then the verb or the client: "X SC represented Mr Y", "X SC appearing for Y
// said", "A BL and B SC represented Y", "X SC for Y said" (no commas), and the Nigerian ways of setting the letters off:
// "X, SAN, counsel to Y", "X SAN, counsel to Y", "X (SAN)". The letters name a lawyer, and the verb or the apposition
// after them names the client.
import { describeStories } from "./helpers.ts";

const charged = "Man charged over pub assault\n\nTobiah Venn, 34, was charged with assault after a fight outside a pub in Galway.\n\n";
const arraigned = "Former bank chief arraigned\n\nTobiah Venn was arraigned on a 12-count charge of fraud before the Federal High Court in Lagos on Monday.\n\n";

describeStories("a barrister's letters before the verb or the client", [
  {
    style: "Irish court report: 'X SC represented Mr Y' (the letters, then the verb, no commas)",
    text: charged + "Fiona Murtagh SC represented Mr Venn at the hearing.",
    facts: ["Fiona Murtagh -REPRESENTS-> Tobiah Venn", "Fiona Murtagh -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Australian daily: 'X SC appearing for Y said' (a participle straight after the letters)",
    text: charged + "Kevin Ruthven SC appearing for Mr Venn said the case against him was weak.",
    facts: ["Kevin Ruthven -REPRESENTS-> Tobiah Venn", "Kevin Ruthven -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Irish broadsheet: 'A BL and B SC represented Y' (two barristers, each with letters)",
    text: charged + "Conal Dromey BL and Fiona Murtagh SC represented Mr Venn.",
    facts: ["Conal Dromey -REPRESENTS-> Tobiah Venn", "Fiona Murtagh -REPRESENTS-> Tobiah Venn"],
  },
  {
    style: "Irish local paper: 'X SC for Mr Y said' (no commas around the client)",
    text: charged + "Fiona Murtagh SC for Mr Venn said he would plead not guilty.",
    facts: ["Fiona Murtagh -REPRESENTS-> Tobiah Venn"],
  },
  {
    style: "Nigerian daily: 'X, SAN, counsel to Y, asked for bail' (the letters set off by commas)",
    text: arraigned + "Ayo Adebanjo, SAN, counsel to Venn, asked the court to grant his client bail.",
    facts: ["Ayo Adebanjo -REPRESENTS-> Tobiah Venn", "Ayo Adebanjo -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Nigerian daily: 'X SAN, counsel to Y,' (the letters bare, then the apposition)",
    text: arraigned + "Ayo Adebanjo SAN, counsel to Venn, asked the court to grant his client bail.",
    facts: ["Ayo Adebanjo -REPRESENTS-> Tobiah Venn"],
  },
  {
    style: "Nigerian wire: 'X, SAN, who represented Y,' (letters set off, then a relative clause)",
    text: arraigned + "Ayo Adebanjo, SAN, who represented Venn, told reporters the charges were political.",
    facts: ["Ayo Adebanjo -REPRESENTS-> Tobiah Venn", "Ayo Adebanjo -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Australian broadsheet: 'X SC, Mr Y's barrister, said' (letters before a possessive apposition)",
    text: charged + "Kevin Ruthven SC, Mr Venn's barrister, said the case was weak.",
    facts: ["Kevin Ruthven -REPRESENTS-> Tobiah Venn"],
  },
  {
    style: "Irish broadsheet: 'A SC represented X and B SC represented Y' (two barristers with letters, each with a client)",
    text: "Two charged over pub assault\n\nTobiah Venn and Corin Hallowell were charged with assault after a fight outside a pub in Galway.\n\nFiona Murtagh SC represented Mr Venn and Kevin Ruthven SC represented Mr Hallowell.",
    facts: ["Fiona Murtagh -REPRESENTS-> Tobiah Venn", "Kevin Ruthven -REPRESENTS-> Corin Hallowell"],
    not: ["Fiona Murtagh -REPRESENTS-> Kevin Ruthven", "Fiona Murtagh -REPRESENTS-> Corin Hallowell"],
  },
  {
    style: "Irish court report: 'X SC, prosecuting, said' stays the prosecution's, no one's lawyer",
    text: charged + "Fiona Murtagh SC, prosecuting, said Mr Venn punched the man twice.",
    facts: ["Fiona Murtagh -HOLDS_ROLE-> lawyer"],
    not: ["Fiona Murtagh -REPRESENTS-> Tobiah Venn"],
  },
]);
