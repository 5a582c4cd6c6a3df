// People's offices, employers and credits as the presses of several countries give them (issue 8):
// judicial offices that keep their own title (a magistrate is no judge, a sheriff no constable),
// employers said in an apposition or a prepositional phrase, occupations in odd places, roles
// and testimony given to a group, film credits through a company, and names that are no one (a
// boat, a horse). Invented stories; each row names the facts a reader would take, and those a
// careful reader would call wrong (another person's role, the other side's lawyer, a negated or
// hypothetical statement).
import { describeStories, type StoryRow } from "./helpers.ts";

const OFFICES: StoryRow[] = [
  {
    style: "British local paper: a district judge of the magistrates' courts, his bracketed title no court",
    text: "District Judge (Magistrates' Courts) Hannah Pellow told Westbury Magistrates' Court that the offence was too serious for her to deal with.",
    facts: ["Hannah Pellow -HOLDS_ROLE-> judge"],
    not: ["Magistrates' Courts -HOLDS_ROLE-> judge"],
  },
  {
    style: "British tabloid: a magistrate is a magistrate, not a judge",
    text: "Magistrate Tomasz Krell fined the driver £400 at Dunmere Magistrates' Court on Tuesday.",
    facts: ["Tomasz Krell -HOLDS_ROLE-> magistrate"],
    not: ["Tomasz Krell -HOLDS_ROLE-> judge"],
  },
  {
    style: "PTI: a judicial magistrate first class; 'First Class' is no part of his name",
    text: "Judicial Magistrate First Class Ravindra Khole remanded the accused Sunil Pattar in judicial custody for 14 days, PTI reported.",
    facts: ["Ravindra Khole -HOLDS_ROLE-> magistrate"],
    not: ["First Class Ravindra Khole -HOLDS_ROLE-> judge", "Ravindra Khole -HOLDS_ROLE-> judge"],
  },
  {
    style: "Kenyan daily: a chief magistrate",
    text: "Chief Magistrate Peter Ombati said the accused would remain in custody until the hearing.",
    facts: ["Peter Ombati -HOLDS_ROLE-> magistrate"],
    not: ["Peter Ombati -HOLDS_ROLE-> judge"],
  },
  {
    style: "Scottish broadsheet: a sheriff sentences at a sheriff court",
    text: "Gavin Muir, 41, was jailed for 18 months at Kelso Sheriff Court. Sheriff Alison Dunstall said he had shown no remorse.",
    facts: ["Alison Dunstall -HOLDS_ROLE-> sheriff"],
  },
  {
    style: "Australian court list: a registrar, before the name or in apposition",
    text: "Registrar Moira Keane adjourned the case. The second case was adjourned by the deputy registrar, Colm Arden, until March.",
    facts: ["Moira Keane -HOLDS_ROLE-> registrar", "Colm Arden -HOLDS_ROLE-> deputy registrar"],
    not: ["Registrar Moira Keane -HOLDS_ROLE-> registrar"],
  },
];

const EMPLOYERS: StoryRow[] = [
  {
    style: "US wire: a detective 'with' a police force",
    text: "Prosecutors said Ella Garnock, a detective with the Harwick Police, found the knife in a drawer.",
    facts: ["Ella Garnock -HOLDS_ROLE-> detective", "Ella Garnock -WORKS_FOR-> Harwick Police"],
  },
  {
    style: "business press: the company's chief executive before the name, 'who heads'",
    text: "Quillon Systems' chief executive Dev Amara told analysts the company would co-operate. Marta Feld, who heads Tarn Logistics, said the firm had no comment.",
    facts: ["Dev Amara -WORKS_FOR-> Quillon Systems", "Marta Feld -WORKS_FOR-> Tarn Logistics"],
  },
  {
    style: "BBC: someone 'of' a prosecuting agency",
    text: "Oliver Penhale of the Serious Fraud Office said the investigation had taken four years.",
    facts: ["Oliver Penhale -WORKS_FOR-> Serious Fraud Office"],
  },
  {
    style: "US metro paper: a prosecutor 'in' a district attorney's office",
    text: "Lena Brook, an assistant district attorney in the Harwick County District Attorney's Office, told jurors the evidence was overwhelming.",
    facts: ["Lena Brook -WORKS_FOR-> Harwick County District Attorney's Office"],
  },
  {
    style: "Canadian paper: a Crown attorney with a ministry; a judge of a court he sits in, said so",
    text: "Crown attorney Mark Ellerby, with the Ministry of the Attorney General, said the case was strong. Justice Ravi Nair of the Saskatoon Superior Court granted bail.",
    facts: ["Mark Ellerby -WORKS_FOR-> Ministry of the Attorney General", "Ravi Nair -WORKS_FOR-> Saskatoon Superior Court"],
  },
  {
    style: "business wire: a commission is 'the agency', even after a quote naming the company it sued",
    text: "The Federal Trade Commission sued Vexley Freight Inc. on Thursday. \"Vexley built its business on fees,\" the agency's consumer protection director, Marjolein Fairbrook, said.",
    facts: ["Marjolein Fairbrook -WORKS_FOR-> Federal Trade Commission"],
    not: ["Marjolein Fairbrook -WORKS_FOR-> Vexley Freight Inc."],
  },
  {
    style: "business wire: with two agencies named, 'the agency' is neither",
    text: "The Federal Trade Commission and the Consumer Finance Bureau sued Vexley Freight Inc. on Thursday. The agency's enforcement director, Marjolein Fairbrook, said the case was strong.",
    facts: ["Marjolein Fairbrook -HOLDS_ROLE-> enforcement director"],
    not: ["Marjolein Fairbrook -WORKS_FOR-> Federal Trade Commission", "Marjolein Fairbrook -WORKS_FOR-> Consumer Finance Bureau"],
  },
];

const OCCUPATIONS: StoryRow[] = [
  {
    style: "British regional paper: a skipper named by his occupation at the start of the sentence",
    text: "Skipper Angus Rowe said the boat had been overloaded.",
    facts: ["Angus Rowe -HOLDS_ROLE-> skipper"],
  },
  {
    style: "Australian paper: occupations in apposition and before a name",
    text: "Darren Wilks, a tree feller from Hexham, was crushed by a falling branch. The delivery driver, Kieran Mott, was not injured. Cal Brewer, a rancher, told the court he had seen the truck.",
    facts: ["Darren Wilks -HOLDS_ROLE-> tree feller", "Kieran Mott -HOLDS_ROLE-> delivery driver", "Cal Brewer -HOLDS_ROLE-> rancher"],
  },
  {
    style: "British tabloid: a role given to a group before their names",
    text: "Deckhands Liam Orr and Sean Tully were rescued by the coastguard.",
    facts: ["Liam Orr -HOLDS_ROLE-> deckhand", "Sean Tully -HOLDS_ROLE-> deckhand"],
  },
];

const GROUPS: StoryRow[] = [
  {
    style: "British broadsheet: 'went on trial for' a charge at a court; all three women testified",
    text: "Oren Vale, 52, went on trial for rape at Harwick Crown Court on Monday. Ana Vell, Mira Soto and Jo Klein described the attacks. All three women testified.",
    facts: ["Ana Vell -TESTIFIED_IN-> Vale trial", "Mira Soto -TESTIFIED_IN-> Vale trial", "Jo Klein -TESTIFIED_IN-> Vale trial"],
  },
  {
    style: "US wire: two named witnesses who 'both testified'",
    text: "Oren Vale, 52, went on trial for rape at Harwick Crown Court on Monday. Ana Vell and Mira Soto both testified that he attacked them.",
    facts: ["Ana Vell -TESTIFIED_IN-> Vale trial", "Mira Soto -TESTIFIED_IN-> Vale trial"],
  },
];

const CREDITS: StoryRow[] = [
  {
    style: "Variety: produced by someone's company, the company a studio",
    text: "The film \"Salt Roads\" was produced by Oren Vale's company, Kestrel Pictures.",
    facts: ["Kestrel Pictures -PRODUCED-> Salt Roads"],
    not: ["Oren Vale -PRODUCED-> Salt Roads"],
  },
  {
    style: "business press: a company that produced and financed a film is a studio",
    text: "Harrowgate Holdings produced and financed the thriller \"Salt Roads\", which was released in 2004.",
    facts: ["Harrowgate Holdings -PRODUCED-> Salt Roads"],
  },
  {
    style: "trade press: a company 'which financed' a film",
    text: "Harbour Lane Films, which financed \"Salt Roads\", said it would co-operate with the inquiry.",
    facts: ["Harbour Lane Films -PRODUCED-> Salt Roads"],
  },
  {
    style: "wire: a director of two films; a film starring two actors",
    text: "Tom Vigo, who directed \"Salt Roads\" and \"Glass Houses\", was charged with assault. \"Salt Roads\", starring Lena Mabery and Tom Rudge, opened in 2004.",
    facts: ["Tom Vigo -DIRECTED-> Salt Roads", "Tom Vigo -DIRECTED-> Glass Houses", "Lena Mabery -ACTED_IN-> Salt Roads", "Tom Rudge -ACTED_IN-> Salt Roads"],
  },
  {
    style: "business press: co-founded a company with his brother",
    text: "Oren Vale co-founded Kestrel Films with his brother in 1979.",
    facts: ["Oren Vale -FOUNDED-> Kestrel Films"],
  },
];

/** Relation lines of a person who must not exist at all. */
const noOne = (name: string) => ["HOLDS_ROLE", "WORKS_FOR", "TESTIFIED_IN", "DEFENDANT_IN"].map((r) => `${name} -${r}->`);

const TRAPS: StoryRow[] = [
  {
    style: "British regional paper: a trawler named like a woman is no one, and its skipper holds his role",
    text: "The trawler Mary Ellen sank off Whitby on Tuesday. Angus Rowe, skipper of the Mary Ellen, said the boat had been overloaded.",
    facts: ["Angus Rowe -HOLDS_ROLE-> skipper"],
    not: ["Mary Ellen -HOLDS_ROLE-> skipper"],
  },
  {
    style: "racing pages: a horse named like a lady is no one",
    text: "The horse, Lady Grace, was trained by Jim Rourke. His gelding Sir Percy won at Ascot.",
    facts: [],
    not: noOne("Grace").concat(noOne("Percy")),
  },
  {
    style: "US wire: the other side's lawyers represent no one named here",
    text: "Oren Vale was represented by Dana Holt. The other side's lawyers, Priya Menon and Tom Kerr, said the claim was baseless.",
    facts: ["Dana Holt -REPRESENTS-> Oren Vale"],
    not: ["Priya Menon -REPRESENTS-> Oren Vale", "Tom Kerr -REPRESENTS-> Oren Vale"],
  },
  {
    style: "British broadsheet: a role said of someone else, a negated and a hypothetical role",
    text: "Ana Ruiz, who said her brother was a police officer, was fined. Ana Ruiz was not a nurse at the hospital, the court heard. If Tom Kerr were a doctor, he would have known. Sam Holt, who claims to be a lawyer, was arrested. Tom Kerr said his father, a miner, had died in 1984.",
    facts: [],
    not: ["Ana Ruiz -HOLDS_ROLE-> police officer", "Ana Ruiz -HOLDS_ROLE-> nurse", "Tom Kerr -HOLDS_ROLE-> doctor", "Sam Holt -HOLDS_ROLE-> lawyer", "Tom Kerr -HOLDS_ROLE-> miner"],
  },
  {
    style: "Pakistani daily: a magistrate's court is no employer unless said; a witness who did not testify",
    text: "Magistrate Asma Morcombe heard the bail plea at the district courts. Mina Sollo did not testify at the trial of Oren Vale.",
    facts: ["Asma Morcombe -HOLDS_ROLE-> magistrate"],
    not: ["Mina Sollo -TESTIFIED_IN-> Vale trial"],
  },
];

const MORE: StoryRow[] = [
  {
    style: "PTI: the manager of a bank's branch works for the bank; a lawyer for a company's chief works for no one there",
    text: "Vasant Gowda, 58, the former manager of the Harwick Urban Cooperative Bank's Kothrud branch, was arrested. Lena Holt, a lawyer for Kestrel Bank's chief executive, said he would co-operate.",
    facts: ["Vasant Gowda -WORKS_FOR-> Harwick Urban Cooperative Bank"],
    not: ["Lena Holt -WORKS_FOR-> Kestrel Bank", "Lena Holt -REPRESENTS-> Kestrel Bank"],
  },
  {
    style: "English magistrates' court listing: 'Prosecuting:', 'Presiding: chair of the bench'",
    text: "Ashby Vale, 34, admitted drink-driving. Prosecuting: Rhian Vell. Presiding: chair of the bench Dorothy Rudge.",
    facts: ["Rhian Vell -HOLDS_ROLE-> prosecutor", "Dorothy Rudge -HOLDS_ROLE-> magistrate"],
  },
  {
    style: "British local paper: an occupation opening the sentence is no part of the name; 'drives for a parcel firm, X'",
    text: "Postwoman Ella Garnock told the court the dog ran at her. The court heard Mr Holt, 29, who drives for a parcel firm, Tarnlink Couriers, was stabbed.",
    facts: ["Ella Garnock -HOLDS_ROLE-> postwoman", "Holt -WORKS_FOR-> Tarnlink Couriers"],
    not: ["Postwoman Ella Garnock -HOLDS_ROLE-> postwoman"],
  },
  {
    style: "Scottish broadsheet: an officer 'of' a force's unit works for the force",
    text: "Detective Sergeant Kenneth Amos, of Harwick Police's major investigation team, told the court the knife was found in a shed.",
    facts: ["Kenneth Amos -WORKS_FOR-> Harwick Police"],
  },
  {
    style: "Hollywood trade press: a studio sues the director of 'its' drama",
    text: "Meridian Pictures has sued Ravi Amos, the director of its troubled period drama \"Salt Years,\" claiming he overspent.",
    facts: ["Meridian Pictures -PRODUCED-> Salt Years", "Ravi Amos -DIRECTED-> Salt Years"],
  },
  {
    style: "PTI: a special public prosecutor 'appearing for the state' at a trial",
    text: "The trial of Vikram Trivedi began at the Pune sessions court on Monday. Special Public Prosecutor Meera Bhave, appearing for the state, told the court that 30 witnesses would be examined.",
    facts: ["Meera Bhave -PROSECUTED-> Trivedi trial"],
  },
];

describeStories("offices: judicial titles", OFFICES);
describeStories("offices: employers", EMPLOYERS);
describeStories("offices: occupations", OCCUPATIONS);
describeStories("offices: groups", GROUPS);
describeStories("offices: credits", CREDITS);
describeStories("offices: traps", TRAPS);
describeStories("offices: more shapes", MORE);
