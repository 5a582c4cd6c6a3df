// Everyday court reporting in styles the corpora do not hold (a New Zealand regional daily, a South African
// wire, a Pakistani daily): what the reports state is read, and what they only seem to state is not. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "New Zealand daily: 'appeared for sentence ... after earlier pleading guilty to' is a plea; the one the accused terrified is someone else",
    text: "Man jailed over dairy robbery\n\nA man who held up a Rotorua dairy with a machete has been jailed for eight years.\n\nTamati Heke, 27, appeared for sentence in the Rotorua District Court on Friday after earlier pleading guilty to aggravated robbery.\n\nJudge Anna Roa said Heke had terrified the shop owner, who was alone behind the counter.",
    facts: ["Tamati Heke -ENTERED_PLEA-> Tamati Heke pleads guilty", "Tamati Heke pleads guilty -ON_CHARGE-> aggravated robbery", "Tamati Heke -CHARGED_WITH-> aggravated robbery"],
    not: ["Tamati Heke -HOLDS_ROLE-> owner", "Tamati Heke -HOLDS_ROLE-> shop owner"],
  },
  {
    style: "British weekly: 'after previously admitting' is a plea too; the man he punched is no role of his",
    text: "Bouncer spared jail\n\nA nightclub doorman has been given a suspended sentence after previously admitting assault.\n\nLiam Botha, 31, of Hove, punched the driver outside the club in March, magistrates heard.",
    facts: ["Liam Botha -ENTERED_PLEA-> Liam Botha pleads guilty", "Liam Botha -CHARGED_WITH-> assault"],
    not: ["Liam Botha -HOLDS_ROLE-> driver"],
  },
  {
    style: "South African wire: a registered company's '(Pty) Ltd' keeps it a company, and the tender it was given is no job",
    text: "Municipal manager guilty of corruption\n\nA former municipal manager has been found guilty of corruption involving R18 million.\n\nThabo Khumalo, 56, was convicted in the Specialised Commercial Crimes Court in Pretoria on Thursday.\n\nThe court found that Khumalo had awarded a tender to the company, Naidoo Civils (Pty) Ltd, in exchange for gratification.",
    facts: ["Thabo Khumalo -CHARGED_WITH-> corruption"],
    not: ["Naidoo Civils (Pty) Ltd -HOLDS_ROLE-> tender", "Naidoo Civils -HOLDS_ROLE-> tender"],
  },
  {
    style: "Pakistani daily: a court 'sentenced a man to death for murder' and the next sentence names the convict",
    text: "Court sentences man to death for murdering cousin\n\nHYDERABAD: A sessions court on Monday sentenced a man to death for murder.\n\nThe convict, Zahid Jatoi, had shot dead his cousin in Latifabad in 2023, the prosecution said.\n\nJudge Saima Rizvi also fined the convict Rs200,000.",
    facts: ["Zahid Jatoi -CHARGED_WITH-> murder", "Zahid Jatoi -DEFENDANT_IN-> Jatoi trial"],
    not: ["Saima Rizvi -CHARGED_WITH-> murder"],
  },
  {
    style: "Pakistani daily: a court 'awarded the death sentence to a man' and names him later as the accused; his lawyer is not the acquitted co-accused's",
    text: "Man gets death sentence for killing cousin\n\nLAHORE: An anti-terrorism court on Tuesday awarded the death sentence to a man for murdering his cousin over a land dispute.\n\nJudge Sajid Abbasi announced the verdict after the prosecution produced 14 witnesses against the accused, Faisal Junejo.\n\nTwo co-accused, Tariq Pirzada and Usman Rizvi, were acquitted for lack of evidence.\n\nAdvocate Nadeem Chandio appeared for the accused.",
    facts: ["Faisal Junejo -CHARGED_WITH-> murder", "Nadeem Chandio -REPRESENTS-> Faisal Junejo"],
    not: ["Sajid Abbasi -CHARGED_WITH-> murder"],
  },
  {
    style: "British regional: a jury 'found a man guilty' and the next sentence names him; the man he attacked is not the accused",
    text: "Jury convicts man of attempted murder\n\nA jury at Swansea Crown Court has found a man guilty of attempted murder.\n\nRhodri Chandio, 33, stabbed Gethin Pirzada in a car park in Neath in January.",
    facts: ["Rhodri Chandio -CHARGED_WITH-> attempted murder"],
    not: ["Gethin Pirzada -CHARGED_WITH-> attempted murder"],
  },
  {
    style: "Indian daily: those convicted are 'officials of a public sector company (or bank) and two businessmen', none of them an offence",
    text: "CBI court convicts former officials in loan fraud\n\nA special CBI court in Lucknow on Monday convicted three former officials of a public sector company and two businessmen in a Rs 120-crore loan fraud case.\n\nSpecial Judge Anupam Rawat sentenced former branch manager Vivek Varma to seven years' rigorous imprisonment. Two former loan officers, Sanjay Bhandari and Meena Purohit, were sentenced to five years each.",
    facts: ["Anupam Rawat -HOLDS_ROLE-> judge"],
    not: ["Vivek Varma -CHARGED_WITH-> businessmen", "Vivek Varma -CHARGED_WITH-> public sector company", "Sanjay Bhandari -CHARGED_WITH-> public sector company"],
  },
  {
    style: "Indian daily: the same with a bank, after the officials' 'of'",
    text: "CBI court convicts former bank officials\n\nA special CBI court in Lucknow on Monday convicted three former officials of a public sector bank in a loan fraud case.\n\nSpecial Judge Anupam Rawat sentenced former branch manager Vivek Varma to seven years' rigorous imprisonment. Two former loan officers, Sanjay Bhandari and Meena Purohit, were sentenced to five years each.",
    facts: ["Anupam Rawat -HOLDS_ROLE-> judge"],
    not: ["Vivek Varma -CHARGED_WITH-> public sector bank", "Sanjay Bhandari -CHARGED_WITH-> public sector bank"],
  },
  {
    style: "Jamaican daily: 'robbery with aggravation' is one offence, and the parish 'St Andrew' is a place, not the accused",
    text: "Cop gets 15 years for robbery, illegal gun\n\nA police constable was on Thursday sentenced to 15 years at hard labour after he was found guilty of robbery with aggravation and illegal possession of a firearm.\n\nConstable Damion Hylton, 32, was convicted in the Home Circuit Court in Kingston last month.\n\nThe court heard that Hylton and an accomplice robbed a courier of $2.4 million in St Andrew in 2022.",
    facts: ["Damion Hylton -CHARGED_WITH-> robbery with aggravation", "Damion Hylton -CHARGED_WITH-> illegal possession of a firearm"],
    not: ["Damion Hylton -CHARGED_WITH-> robbery", "St Andrew -CHARGED_WITH-> robbery with aggravation", "St Andrew -HOLDS_ROLE-> police officer"],
  },
  {
    style: "US regional daily: 'A former nurse at a Spokane hospital pleaded guilty' before her name; the patient's daughter is no party",
    text: "Ex-nurse takes plea deal in patient overdose death\n\nA former nurse at a Spokane hospital pleaded guilty Tuesday to second-degree manslaughter in the 2023 overdose death of a patient, under a deal with prosecutors that dropped a homicide charge.\n\nKaren Kowalczyk, 44, admitted in Spokane County Superior Court that she gave Harold Bellamy, 79, a fatal dose of fentanyl.\n\nBellamy's daughter, Joan Stroud, said the family was relieved there would be no trial.",
    facts: ["Karen Kowalczyk -ENTERED_PLEA-> Karen Kowalczyk pleads guilty", "Karen Kowalczyk -CHARGED_WITH-> second-degree manslaughter", "Karen Kowalczyk -HOLDS_ROLE-> nurse"],
    not: ["Joan Stroud -CHARGED_WITH-> second-degree manslaughter", "Harold Bellamy -CHARGED_WITH-> second-degree manslaughter"],
  },
  {
    style: "Kenyan daily: an appeal court that 'has acquitted' a man overturns his conviction; it is no second verdict of his trial",
    text: "Kenyan court frees man on death row\n\nThe Court of Appeal in Nairobi has acquitted a man who was sentenced to death for robbery with violence in 2015.\n\nJudges Hannah Okoth, Peter Wafula and James Tierney said the High Court had failed to properly examine the evidence against Samuel Carmody.\n\nCarmody had been convicted by a magistrate in Kibera in 2015.",
    facts: ["Court of Appeal in Nairobi -RULED-> Samuel Carmody: appeal overturned", "Samuel Carmody: appeal overturned -OVERTURNS-> Carmody trial: guilty"],
    not: ["Carmody trial -RESULTED_IN-> Carmody trial: not guilty"],
  },
  {
    style: "British regional: 'jailed at Bradford Crown Court in May after admitting' (the month, no modal)",
    text: "Teacher's sentence increased\n\nA former teacher has had his prison sentence increased by the Court of Appeal.\n\nMartin Bramwell, 61, was jailed for six years at Bradford Crown Court in May after admitting 12 counts of indecent assault.",
    facts: ["Martin Bramwell -ENTERED_PLEA-> Martin Bramwell pleads guilty", "Martin Bramwell -CHARGED_WITH-> indecent assault"],
  },
  {
    style: "US trade press: 'An actor best known for the crime drama X has been charged' before his name; 'a thriller titled Y' is a film, not a place",
    text: "Actor charged with assault after altercation on film set\n\nAn actor best known for the crime drama Night Ferry has been charged with assault after an altercation with a crew member on the set of a new film in Atlanta.\n\nJared Stromberg, 41, who played a corrupt detective in the first two seasons of Night Ferry, was arrested on Saturday, police said.\n\nThe film, a thriller titled Cold Harbor, is being produced by Haverford Pictures.",
    facts: ["Jared Stromberg -CHARGED_WITH-> assault", "Jared Stromberg -HOLDS_ROLE-> actor"],
    not: ["Cold Harbor -CHARGED_WITH-> assault"],
  },
  {
    style: "English magistrates' round-up: 'X, 29, of no fixed abode, denied assaulting a police officer' is a not-guilty plea",
    text: "Court round-up\n\nThe following cases were dealt with at Harrogate Magistrates' Court.\n\nDean Hebden, 29, of no fixed abode, denied assaulting a police officer. He was remanded in custody until his trial in August.",
    facts: ["Dean Hebden -ENTERED_PLEA-> Dean Hebden pleads not guilty", "Dean Hebden -CHARGED_WITH-> assault"],
  },
  {
    style: "Australian daily: 'importing a commercial quantity of a border-controlled drug' is one offence, its hyphened participle inside it",
    text: "Two men jailed over cocaine importation\n\nJake Kettlewell, 38, and Aaron Lumsden, 44, were sentenced in the County Court in Melbourne on Wednesday after pleading guilty to importing a commercial quantity of a border-controlled drug.",
    facts: ["Jake Kettlewell -CHARGED_WITH-> importing a commercial quantity of a border-controlled drug", "Aaron Lumsden -CHARGED_WITH-> importing a commercial quantity of a border-controlled drug"],
    not: ["Jake Kettlewell -CHARGED_WITH-> importing a commercial quantity"],
  },
  {
    style: "Nigerian daily: 'A former director in the Federal Ministry of Works, Mr. X, was arraigned' charges X, never the ministry",
    text: "Ex-official arraigned over N2bn fraud\n\nA former director in the Federal Ministry of Works, Mr. Emeka Wadsworth, was on Thursday arraigned before a Federal High Court in Abuja on an eight-count charge bordering on money laundering.\n\nWadsworth pleaded not guilty to all the counts.",
    facts: ["Emeka Wadsworth -CHARGED_WITH-> money laundering"],
    not: ["Federal Ministry of Works -CHARGED_WITH-> money laundering"],
  },
];

describeStories("everyday court reports, untuned styles", ROWS);
