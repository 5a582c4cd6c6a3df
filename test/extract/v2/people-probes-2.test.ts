// People in court reports, a second probe battery of invented stories (people-probes.test.ts has the first):
// clients named by their lawyer, judges named as the court's agent, witnesses told by the court's hearing or
// by their cross-examination, victims whose surname is a street's word. The `not` rows hold what a careful
// reader would refuse.
import { describeStories, type StoryRow } from "./helpers.ts";

const COUNSEL: StoryRow[] = [
  {
    style: "AP: the lawyer speaks of his client by name",
    text: "Joel Pratt was convicted of fraud on Monday. Defence lawyer Marcus Ede said his client, Joel Pratt, would appeal the conviction.",
    facts: ["Marcus Ede -REPRESENTS-> Joel Pratt", "Marcus Ede -HOLDS_ROLE-> lawyer"],
    not: ["Joel Pratt -HOLDS_ROLE-> client"],
  },
  {
    style: "Dublin broadsheet: her clients, a list",
    text: "Ivo Saar and Eva Saar admitted tax offences. Nina Hollis, for the defence, told the court her clients, Ivo Saar and Eva Saar, had co-operated fully.",
    facts: ["Nina Hollis -REPRESENTS-> Ivo Saar", "Nina Hollis -REPRESENTS-> Eva Saar"],
  },
  {
    style: "a question, not a client named",
    text: "Joel Pratt was convicted of fraud. Marcus Ede did not say whether his client, Joel Pratt, would appeal.",
    facts: [],
    not: ["Marcus Ede -REPRESENTS-> Joel Pratt"],
  },
];
describeStories("a client named by the lawyer who speaks for him", COUNSEL);

const BENCH: StoryRow[] = [
  {
    style: "Punch: convicted by a justice of a named court",
    text: "Both men were charged with fraud in 2016. Joel Pratt and Ana Lee were convicted by Justice Tara Nuttall of the High Court in 2018.",
    facts: ["Tara Nuttall -PRESIDED_OVER-> Pratt trial", "Tara Nuttall -HOLDS_ROLE-> judge"],
  },
  {
    style: "ABC Australia: a justice of a named court jailed him",
    text: "Joel Pratt was convicted of fraud. Justice Tara Nuttall of the Supreme Court of Victoria jailed him for six years.",
    facts: ["Tara Nuttall -PRESIDED_OVER-> Pratt trial"],
  },
];
describeStories("a judge named as the court's agent", BENCH);

const WITNESSES: StoryRow[] = [
  {
    style: "BBC: the court heard evidence from two people",
    text: "Joel Pratt is on trial for fraud at Ashbourne Crown Court. The court heard evidence from Awin Patel and Mira Sol, who had both lent him money.",
    facts: ["Awin Patel -TESTIFIED_IN-> Pratt trial", "Mira Sol -TESTIFIED_IN-> Pratt trial"],
  },
  {
    style: "Dublin broadsheet: in her testimony",
    text: "Joel Pratt is on trial for murder. In her testimony, Ana Cole said Pratt had threatened her.",
    facts: ["Ana Cole -TESTIFIED_IN-> Pratt trial"],
  },
  {
    style: "Guardian: cross-examined by a silk",
    text: "Joel Pratt is on trial for fraud. Cross-examined by Nina Hollis KC, Awin Patel denied lying to the police.",
    facts: ["Awin Patel -TESTIFIED_IN-> Pratt trial"],
    not: ["Nina Hollis -TESTIFIED_IN-> Pratt trial"],
  },
  {
    style: "questioned by police is no evidence in court",
    text: "Joel Pratt is on trial for fraud. Questioned by police, Awin Patel admitted he had been drinking.",
    facts: [],
    not: ["Awin Patel -TESTIFIED_IN-> Pratt trial"],
  },
];
describeStories("witnesses told by the hearing", WITNESSES);

const VICTIMS: StoryRow[] = [
  {
    style: "Manchester Evening News: a victim whose surname is a street's word",
    text: "Joel Pratt was jailed for the murder of Sophie Lane, 23. Ana Roe, of Moss Lane, Swinton, gave evidence.",
    facts: ["murder -ALLEGED_VICTIM-> Sophie Lane"],
  },
  {
    style: "Daily Mirror: two women named after the count of them",
    text: "Joel Pratt was convicted of sexually assaulting two women, Ria Cole and Ana Bry, in 2019.",
    facts: ["sexual assault -ALLEGED_VICTIM-> Ria Cole", "sexual assault -ALLEGED_VICTIM-> Ana Bry"],
  },
  {
    style: "Dublin daily: charged after the body was found",
    text: "Joel Pratt was charged with murder after the body of Ria Cole, 23, was found in a river.",
    facts: ["murder -ALLEGED_VICTIM-> Ria Cole"],
  },
  {
    style: "Kent Online: whom a theft took from",
    text: "Joel Pratt was convicted of stealing £20,000 from Ria Cole, 82, over two years.",
    facts: ["stealing -ALLEGED_VICTIM-> Ria Cole"],
  },
  {
    style: "a body not found names no victim",
    text: "Joel Pratt was charged with murder. The body of Ria Cole has not been found.",
    facts: [],
    not: ["murder -ALLEGED_VICTIM-> Ria Cole"],
  },
];
describeStories("victims named the ways reports name them", VICTIMS);

const PRATT = "Joel Pratt, 41, was convicted of fraud at Ashbourne Crown Court. Pratt had denied the charge. Pratt stole £2m from clients, the court heard. Pratt will be sentenced in May.";
const FAMILY: StoryRow[] = [
  {
    style: "Yorkshire Post: a wife of so many years, in apposition",
    text: "Joel Pratt was convicted of fraud. Carla Mendes, Pratt's wife of 20 years, wept in the gallery.",
    facts: ["Carla Mendes -RELATED_TO(wife)-> Joel Pratt"],
  },
  {
    style: "BBC: the defendant's sister, the article's one defendant",
    text: `${PRATT} Mia Lowe, the defendant's sister, told reporters he was innocent.`,
    facts: ["Mia Lowe -RELATED_TO(sister)-> Joel Pratt"],
  },
  {
    style: "BBC: the defendant's lawyer",
    text: `${PRATT} The defendant's lawyer, Dee Mabery, said he would appeal.`,
    facts: ["Dee Mabery -REPRESENTS-> Joel Pratt"],
  },
  {
    style: "two defendants: 'the defendant's sister' is neither's for certain",
    text: "Joel Pratt, 41, and Ana Lee, 39, were convicted of fraud. Pratt and Lee had denied it. Pratt and Lee stole £2m. Mia Lowe, the defendant's sister, told reporters he was innocent.",
    facts: [],
    not: ["Mia Lowe -RELATED_TO(sister)-> Joel Pratt", "Mia Lowe -RELATED_TO(sister)-> Ana Lee"],
  },
];
describeStories("family ties to a party named by its part", FAMILY);


const CREDITS: StoryRow[] = [
  {
    style: "Variety: a streamer before its series is no film",
    text: "Ivo Garnock was charged with assault. Garnock, who starred in Netflix series \"Night Harbour\", denies the charge.",
    facts: ["Ivo Garnock -ACTED_IN-> Night Harbour"],
    not: ["Ivo Garnock -ACTED_IN-> Netflix"],
  },
  {
    style: "Deadline: two credits joined by 'and'",
    text: "Ivo Garnock, who produced and starred in \"Night Harbour\", was charged with assault. Mia Lowe, who wrote and directed \"Cold Rivers\", gave evidence.",
    facts: ["Ivo Garnock -ACTED_IN-> Night Harbour", "Ivo Garnock -PRODUCED-> Night Harbour", "Mia Lowe -DIRECTED-> Cold Rivers"],
  },
];
describeStories("film credits told in a relative clause", CREDITS);
