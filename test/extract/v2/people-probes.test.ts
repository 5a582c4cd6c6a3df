// People in court reports, from a probe battery of invented stories in many outlets' styles: who
// works where and as what, who speaks for whom, who gave evidence, who died. Each row is a phrasing
// reporters use that the rules once missed; the `not` rows hold what a careful reader would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const WORK: StoryRow[] = [
  {
    style: "Irish broadsheet: a role after a copula, the tagger's verb 'head'",
    text: "Oran Havridge was head of lending at Pellham Bank when the loans were made. He was charged with fraud on Tuesday.",
    facts: ["Oran Havridge -HOLDS_ROLE-> head of lending", "Oran Havridge -WORKS_FOR-> Pellham Bank"],
  },
  {
    style: "Nigerian Punch: the employer described before its name",
    text: "Tade Ojo, the managing director of the state-owned Kaduna Power Company, was arraigned on charges of fraud.",
    facts: ["Tade Ojo -HOLDS_ROLE-> managing director", "Tade Ojo -WORKS_FOR-> Kaduna Power Company"],
  },
  {
    style: "Law360: a partner at a law firm named with its kind",
    text: "Ivor Jolliffe, a partner at law firm Gedge & Holt, said the bank would appeal the ruling.",
    facts: ["Ivor Jolliffe -HOLDS_ROLE-> partner", "Ivor Jolliffe -WORKS_FOR-> Gedge & Holt"],
  },
  {
    style: "BBC: employed by a company as a role",
    text: "Carys Pugh had been employed by Dyfed Haulage as a bookkeeper since 2015. She admitted theft at Swansea Crown Court.",
    facts: ["Carys Pugh -HOLDS_ROLE-> bookkeeper", "Carys Pugh -WORKS_FOR-> Dyfed Haulage"],
  },
  {
    style: "BBC: never employed there",
    text: "Carys Pugh was never employed by Dyfed Haulage as a bookkeeper, the court heard.",
    facts: [],
    not: ["Carys Pugh -HOLDS_ROLE-> bookkeeper", "Carys Pugh -WORKS_FOR-> Dyfed Haulage"],
  },
  {
    style: "Dawn: who heads a unit at a ministry",
    text: "Imran Qadir, who heads the anti-corruption wing at the Ministry of Finance, gave evidence on Monday.",
    facts: ["Imran Qadir -WORKS_FOR-> Ministry of Finance"],
  },
];
describeStories("an employer and a role named the ways reports name them", WORK);

const LISTS: StoryRow[] = [
  {
    style: "Yorkshire Post: two people, 'both' of one occupation and employer",
    text: "Tobias Krell and Ana Ruiz, both nurses at St Anne's Hospital, were charged with neglect.",
    facts: ["Tobias Krell -HOLDS_ROLE-> nurse", "Ana Ruiz -HOLDS_ROLE-> nurse", "Tobias Krell -WORKS_FOR-> St Anne's Hospital", "Ana Ruiz -WORKS_FOR-> St Anne's Hospital"],
  },
  {
    style: "'both of Leeds' is a town, no role",
    text: "Tobias Krell and Ana Ruiz, both of Leeds, were charged with neglect.",
    facts: [],
    not: ["Tobias Krell -WORKS_FOR-> Leeds", "Ana Ruiz -WORKS_FOR-> Leeds"],
  },
];
describeStories("every person of a list holds the role said of all of them", LISTS);

const COUNSEL: StoryRow[] = [
  {
    style: "UK broadsheet: a silk's letters, then the client",
    text: "Tobias Krell is on trial at Harrowgate Crown Court accused of murder. Nadine Okoye KC, representing Krell, said he acted in self-defence.",
    facts: ["Nadine Okoye -REPRESENTS-> Tobias Krell"],
  },
  {
    style: "Irish broadsheet: senior counsel's letters before a relative clause",
    text: "Declan Roche, 44, denies dangerous driving causing death. Keelin Brannigan SC, who represents Roche, said the road was unlit.",
    facts: ["Keelin Brannigan -REPRESENTS-> Declan Roche"],
  },
];
describeStories("a barrister named with letters after the name", COUNSEL);

const ASIDES: StoryRow[] = [
  {
    style: "Variety: a relative clause on the client names the other side",
    text: "Melissa Ortega filed the lawsuit Monday against actor Brandon Keel. Ortega, who worked for Keel from 2019 to 2022, is represented by attorney Daniel Brooks.",
    facts: ["Daniel Brooks -REPRESENTS-> Melissa Ortega"],
    not: ["Daniel Brooks -REPRESENTS-> Brandon Keel"],
  },
  {
    style: "Variety: no clause, the other side named between: nobody's lawyer for certain",
    text: "Melissa Ortega sued Brandon Keel on Monday. Ortega and Keel, represented by Daniel Brooks, met in 2019.",
    facts: [],
    not: ["Daniel Brooks -REPRESENTS-> Melissa Ortega"],
  },
];
describeStories("a lawyer named after an aside on the client", ASIDES);

const WITNESSES: StoryRow[] = [
  {
    style: "UK tabloid: the Crown's star witness",
    text: "Tobias Krell is on trial at Harrowgate Crown Court accused of murder. Marta Nuttall, the Crown's star witness, said she saw the attack.",
    facts: ["Marta Nuttall -TESTIFIED_IN-> Krell trial"],
  },
  {
    style: "ABC Australia: a key prosecution witness with her age",
    text: "Liam Carver, 31, is standing trial in the NSW Supreme Court charged with murder. Jess Tindall, 29, a key prosecution witness, said she heard shouting.",
    facts: ["Jess Tindall -TESTIFIED_IN-> Carver trial"],
  },
  {
    style: "BBC: said in evidence",
    text: "Tobias Krell is on trial at Harrowgate Crown Court accused of murder. Forensic scientist Dr Leah Garnock said in evidence that the blood matched.",
    facts: ["Leah Garnock -TESTIFIED_IN-> Krell trial"],
  },
  {
    style: "Irish broadsheet: told the trial",
    text: "Declan Roche is on trial at the Kilbarra Criminal Court accused of murder. Garda Sean Ovstow told the trial he found a knife in the car.",
    facts: ["Sean Ovstow -TESTIFIED_IN-> Roche trial"],
  },
  {
    style: "Manchester Evening News: heard from the accused's former girlfriend (the accused is no witness)",
    text: "Dwayne Foster, 24, was convicted of murdering Kieran Blake after a trial at Kelton Crown Court. The jury heard from Foster's former girlfriend, Chantelle Riley, who said he had boasted about the attack.",
    facts: ["Chantelle Riley -TESTIFIED_IN-> Foster trial"],
    not: ["Dwayne Foster -TESTIFIED_IN-> Foster trial"],
  },
  {
    style: "a witness with no side is no trial's",
    text: "Tobias Krell is on trial at Harrowgate Crown Court accused of murder. Marta Nuttall, a witness, told police she saw the attack.",
    facts: [],
    not: ["Marta Nuttall -TESTIFIED_IN-> Krell trial"],
  },
];
describeStories("a witness named the ways court reports name one", WITNESSES);

const VICTIMS: StoryRow[] = [
  {
    style: "Indian daily: the deceased named in apposition",
    text: "Tobias Krell is on trial at Harrowgate Crown Court accused of murder. The deceased, Selwyn Ude, was stabbed outside a pub.",
    facts: ["murder -ALLEGED_VICTIM-> Selwyn Ude"],
  },
];
describeStories("a victim named as the deceased", VICTIMS);

const TITLES: StoryRow[] = [
  {
    style: "Singapore daily: 'Mdm' before a Chinese name is no part of it",
    text: "Ong Kah Wee was convicted of insider trading on Tuesday. His wife, Mdm Lee Siew Ling, 46, wept in the gallery.",
    facts: ["Lee Siew Ling -RELATED_TO(wife)-> Ong Kah Wee"],
  },
  {
    style: "CBC: 'Madam Justice' is a judge's title (a guard: 'Madam' alone is a courtesy title now)",
    text: "Kyle Hart, 31, was convicted of manslaughter in Toronto. In her ruling, Madam Justice Anne Malloy said Hart had shown no remorse.",
    facts: ["Anne Malloy -HOLDS_ROLE-> judge", "Anne Malloy -PRESIDED_OVER-> Hart trial"],
  },
  {
    style: "Dawn: a Deputy Prosecutor General's whole title",
    text: "Dr Farhan Morcombe was acquitted of negligence on Monday. Deputy Prosecutor General Rafiq Durrani represented the state.",
    facts: ["Rafiq Durrani -HOLDS_ROLE-> prosecutor"],
    not: ["General Rafiq Durrani -HOLDS_ROLE-> prosecutor"],
  },
];
describeStories("titles reporters write before names", TITLES);

const COMPANIES: StoryRow[] = [
  {
    style: "Singapore daily: a company known by what its officer is, then by its first word",
    text: "Ong Kah Wee, 49, who was CFO of Quayford Marine, sold shares worth $3.2 million. The court heard from Quayford's former chairman, Mr Ong Kok Leong.",
    facts: ["Ong Kah Wee -WORKS_FOR-> Quayford Marine", "Ong Kok Leong -WORKS_FOR-> Quayford Marine"],
  },
];
describeStories("a company named by its officers", COMPANIES);

const SENTENCE_ENDS: StoryRow[] = [
  {
    style: "Law360: two lawyers of a firm whose name ends the sentence with its abbreviation's stop",
    text: "A Manhattan federal jury on Thursday convicted Colin Mabery of wire fraud conspiracy. Mabery was represented by Eric Landau and Julia Moss of Landau Moss LLP.",
    facts: ["Eric Landau -WORKS_FOR-> Landau Moss LLP", "Julia Moss -WORKS_FOR-> Landau Moss LLP", "Julia Moss -REPRESENTS-> Colin Mabery"],
  },
  {
    style: "Irish broadsheet: the trial continues before a judge",
    text: "Declan Rafferty, 47, of Navan, has pleaded not guilty to murdering his neighbour, Thomas Cullen. Garda Dervla Doyle told the jury she arrived at the scene at 7.15am. The trial continues before Ms Justice Eileen Creedon and a jury of seven men and five women.",
    facts: ["Eileen Creedon -PRESIDED_OVER-> Rafferty trial"],
  },
];
describeStories("what a sentence's end and a trial's course say of people", SENTENCE_ENDS);

const PARTIES: StoryRow[] = [
  {
    style: "Dawn: counsel who 'appeared for the accused', the article's one defendant",
    text: "Dr Farhan Morcombe, a senior registrar at Services Hospital, was acquitted of negligence on Monday. Morcombe had been accused of causing the death of a patient. Morcombe denied the charge throughout. The court said Morcombe had followed procedure. Advocate Saima Chaudhry appeared for the accused, while Deputy Prosecutor General Rafiq Durrani represented the state.",
    facts: ["Saima Chaudhry -REPRESENTS-> Farhan Morcombe"],
    not: ["Rafiq Durrani -REPRESENTS-> Farhan Morcombe"],
  },
  {
    style: "Indian daily: 'appearing for the petitioner' with two accused names no one",
    text: "Ravi Menon and Ajay Kumar were granted bail on Friday. Menon is accused of cheating home buyers. Menon was arrested in March. Kumar denies the charges. Senior counsel P. Elmston, appearing for the petitioner, submitted that the delay was due to the pandemic.",
    facts: [],
    not: ["P. Elmston -REPRESENTS-> Ravi Menon", "P. Elmston -REPRESENTS-> Ajay Kumar"],
  },
  {
    style: "Indian daily: an initial after a prosecutor's title is the name's",
    text: "S. Karthikeyan was granted bail on Friday. Additional Public Prosecutor M. Selvi opposed the plea.",
    facts: ["M. Selvi -HOLDS_ROLE-> prosecutor"],
  },
  {
    style: "Punch: witnesses the prosecution called, one named with a possessive role",
    text: "Justice Oluwatoyin Taiwo convicted Mrs Grace Adeyemi, 44, on two counts of murder. The prosecution, led by the Director of Public Prosecutions, Dr Babajide Martins, called seven witnesses, including the hospital's medical director, Dr Femi Ogunleye.",
    facts: ["Femi Ogunleye -TESTIFIED_IN-> Adeyemi trial"],
  },
];
describeStories("the parties, counsel and witnesses of Indian, Pakistani and Nigerian court reports", PARTIES);

const FAMILIES: StoryRow[] = [
  {
    style: "Yorkshire Post: who married whom, and when",
    text: "Kelechi Abara married Ruth Okon in 2009. The couple separated in 2020, the court heard.",
    facts: ["Ruth Okon -RELATED_TO(partner)-> Kelechi Abara"],
  },
  {
    style: "never married",
    text: "Kelechi Abara never married Ruth Okon, the court heard.",
    facts: [],
    not: ["Ruth Okon -RELATED_TO(partner)-> Kelechi Abara"],
  },
  {
    style: "BBC: a married couple in apposition",
    text: "Kelechi Abara and Ruth Okon, a married couple from Leeds, were charged with fraud.",
    facts: ["Kelechi Abara -RELATED_TO(partner)-> Ruth Okon"],
  },
  {
    style: "AP: husband and wife before the names",
    text: "Husband and wife Kelechi Abara and Ruth Okon were charged with fraud on Tuesday.",
    facts: ["Kelechi Abara -RELATED_TO(partner)-> Ruth Okon"],
  },
  {
    style: "Irish broadsheet: siblings before the names ('Siblings' is no part of a name)",
    text: "Siblings Ada Okon and Tunde Okon were both convicted of fraud.",
    facts: ["Ada Okon -RELATED_TO(sibling)-> Tunde Okon"],
    not: ["Siblings Ada Okon -RELATED_TO(sibling)-> Tunde Okon"],
  },
];
describeStories("family ties told without a possessive", FAMILIES);

const VICTIMS_KIN: StoryRow[] = [
  {
    style: "BBC: the victim's mother speaks outside court",
    text: "Kelechi Abara was convicted of murdering Tunde Mensah. Speaking outside court, the victim's mother, Grace Mensah, said justice had been done.",
    facts: ["Grace Mensah -RELATED_TO(mother)-> Tunde Mensah"],
  },
  {
    style: "AP: the dead man's father",
    text: "Kelechi Abara was convicted of murdering Tunde Mensah. The dead man's father, Paul Mensah, wept as the verdict was read.",
    facts: ["Paul Mensah -RELATED_TO(father)-> Tunde Mensah"],
  },
  {
    style: "Indian daily: the father of the victim (no victim himself)",
    text: "Kelechi Abara was convicted of murdering Tunde Mensah. The father of the victim, Paul Mensah, wept as the verdict was read.",
    facts: ["Paul Mensah -RELATED_TO(father)-> Tunde Mensah"],
  },
  {
    style: "PTI: the victim's parents, each of them, and no one after them",
    text: "Kelechi Abara was convicted of murdering Tunde Mensah. The victim's parents, Grace Mensah and Paul Mensah, were in court. The victim's sister, Ada Mensah, 31, and Abara's lawyer, Ben Wetherall, spoke to reporters.",
    facts: ["Grace Mensah -RELATED_TO(parent)-> Tunde Mensah", "Paul Mensah -RELATED_TO(parent)-> Tunde Mensah", "Ada Mensah -RELATED_TO(sister)-> Tunde Mensah"],
    not: ["Kelechi Abara -RELATED_TO(sister)-> Tunde Mensah", "Ben Wetherall -RELATED_TO(sister)-> Tunde Mensah"],
  },
  {
    style: "two victims: 'the victim' is neither for certain",
    text: "Kelechi Abara was convicted of murdering Tunde Mensah and Ada Okon in 2021. The victim's mother, Grace Mensah, said justice had been done.",
    facts: [],
    not: ["Grace Mensah -RELATED_TO(mother)-> Tunde Mensah", "Grace Mensah -RELATED_TO(mother)-> Ada Okon"],
  },
];
describeStories("the victim's family, named by the victim's description", VICTIMS_KIN);

const PRESS_RELEASES: StoryRow[] = [
  {
    style: "US Attorney's press release: a rank before a defender's title",
    text: "Marcus Dorsey, 33, was found guilty of three counts of Hobbs Act robbery. Dorsey is represented by Assistant Federal Public Defender Linda Foster.",
    facts: ["Linda Foster -REPRESENTS-> Marcus Dorsey", "Linda Foster -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "AP: the owner of a firm named after him",
    text: "Dale Duncombe was convicted of bribery. The contractor, Gary Pruett, testified against Duncombe. Pruett, the owner of Pruett Paving, pleaded guilty in 2022.",
    facts: ["Gary Pruett -WORKS_FOR-> Pruett Paving"],
  },
];
describeStories("people in US wire copy and prosecutors' press releases", PRESS_RELEASES);
