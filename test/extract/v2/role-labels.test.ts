// One role, one node: a barrister's rank, a specialty or a newsroom rank before a role that takes them in
// name the same role as the plain word ("a hospice nurse" and "the nurse"), so a reader's graph has one
// "lawyer" and one "nurse", not "qc", "senior counsel" and "lawyer" side by side. Modifiers that name
// another office keep their phrase ("crown lawyer", "general counsel", "head teacher").
import { describeStories, type StoryRow } from "./helpers.ts";

const ROLES: StoryRow[] = [
  {
    style: "Australian broadsheet: a cathedral's 'master of ceremonies' is that post, not a 'master'",
    text: "The evidence of witnesses including Father Liam Dorrow, then the archbishop's master of ceremonies, was unchallenged.",
    facts: ["Liam Dorrow -HOLDS_ROLE-> master of ceremonies"],
    not: ["Liam Dorrow -HOLDS_ROLE-> master"],
  },
  {
    style: "UK broadsheet: a barrister's letters and her instructing lawyer",
    text: "Ben Carr QC, for Ian Holt, told the jury his client was innocent. Holt's lawyer, Dee Mabery, said he would appeal.",
    facts: ["Ben Carr -HOLDS_ROLE-> lawyer", "Dee Mabery -HOLDS_ROLE-> lawyer"],
    not: ["Ben Carr -HOLDS_ROLE-> qc"],
  },
  {
    style: "Dublin broadsheet: senior counsel as a title and a Nigerian senior advocate",
    text: "Senior Counsel Orla Quaid, for Ms Dunne, said the claim was false. Tunde Bako, a senior advocate, represented the senator.",
    facts: ["Orla Quaid -HOLDS_ROLE-> lawyer", "Tunde Bako -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Yorkshire Post: a specialty before a nurse and a teacher",
    text: "Mara Lindgren-Holt, a hospice nurse from Leeds, and Ana Ruiz, a music teacher, gave evidence on Tuesday.",
    facts: ["Mara Lindgren-Holt -HOLDS_ROLE-> nurse", "Ana Ruiz -HOLDS_ROLE-> teacher"],
  },
  {
    style: "Singapore daily: a newsroom rank and a titleholder's weight",
    text: "The paper's chief reporter, Tomas Quarrie, covered the trial. Ivo Petrak, a heavyweight champion, was cleared of assault.",
    facts: ["Tomas Quarrie -HOLDS_ROLE-> reporter", "Ivo Petrak -HOLDS_ROLE-> champion"],
  },
  {
    style: "modifiers that name another office keep it",
    text: "Col Brand, a crown lawyer, and Tim Vance, the firm's general counsel, attended. Lena Obi, a head teacher, gave evidence.",
    facts: ["Col Brand -HOLDS_ROLE-> crown lawyer", "Tim Vance -HOLDS_ROLE-> general counsel", "Lena Obi -HOLDS_ROLE-> head teacher"],
    not: ["Tim Vance -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "AP: the Justice Department's second official is no line prosecutor",
    text: "Deputy Attorney General Rhea Lamont appointed a special counsel on Friday.",
    facts: ["Rhea Lamont -HOLDS_ROLE-> deputy attorney general"],
    not: ["Rhea Lamont -HOLDS_ROLE-> prosecutor"],
  },
  {
    style: "BBC: a detective's rank, written out and short, is one detective role",
    text: "Detective Inspector Kath Gale and DCI Ian Moor led the inquiry. Det Ch Insp Ana Bry said the family was devastated.",
    facts: ["Kath Gale -HOLDS_ROLE-> detective", "Ian Moor -HOLDS_ROLE-> detective", "Ana Bry -HOLDS_ROLE-> detective"],
  },
  {
    style: "Malay Mail: a fugitive financier and a self-employed builder",
    text: "Fugitive financier Toh Wei Jie remains abroad. Ron Abbey, a self-employed builder, admitted fraud.",
    facts: ["Toh Wei Jie -HOLDS_ROLE-> financier", "Ron Abbey -HOLDS_ROLE-> builder"],
  },
];
describeStories("a role named with a rank or a specialty is the plain role", ROLES);

const TITLES: StoryRow[] = [
  {
    style: "CBC: a mayor's title before her name, a proper noun to the tagger",
    text: "Mayor Delphine Asante-Ward, who appoints the authority's board, has not been accused of wrongdoing.",
    facts: ["Delphine Asante-Ward -HOLDS_ROLE-> mayor"],
  },
  {
    style: "a peer's title is no role ('Lord' after the trial judge)",
    text: "Joel Pratt was convicted. The trial judge, Lord Kilbrannan, said Pratt was dangerous.",
    facts: ["Kilbrannan -HOLDS_ROLE-> judge"],
    not: ["Kilbrannan -HOLDS_ROLE-> trial judge lord"],
  },
  {
    style: "Croydon Advertiser: age, home town, then the occupation",
    text: "Ron Abbey, 45, of Moss Lane, Croydon, a teacher, was jailed for two years.",
    facts: ["Ron Abbey -HOLDS_ROLE-> teacher"],
  },
];
describeStories("a role before a name as its title, or after the name's age and home", TITLES);

// A document's verb the tagger took for a plural noun ("The complaint names", "the indictment charges")
// is not part of the role after it.
const AFTER_A_DOCUMENT: StoryRow[] = [
  {
    style: "business wire: a regulator's complaint names the company's officers",
    text: "The complaint, filed in federal court, names chief executive Nuala Tremaine as a defendant.",
    facts: ["Nuala Tremaine -HOLDS_ROLE-> chief executive"],
    not: ["Nuala Tremaine -HOLDS_ROLE-> names chief executive"],
  },
  {
    style: "Times of India: the chargesheet charges a former mayor",
    text: "The chargesheet charges former mayor Ilse Varnholt and two contractors with cheating.",
    facts: ["Ilse Varnholt -HOLDS_ROLE-> mayor"],
    not: ["Ilse Varnholt -HOLDS_ROLE-> chargesheet charges former mayor"],
  },
];
describeStories("a role after a document's verb", AFTER_A_DOCUMENT);
