// Wrong edges a reader would call confident mistakes: an appeal court's acquittal read as a trial's
// verdict, a possessive role handed on along a list, a victim of one count given to every count, a body named
// before a role's noun ('a Metro Police officer') taken for the party. Each
// story is invented, in a style unlike the corpora; each row names what a reader takes from it and
// what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeDatedStories } from "./dated.ts";

const ROWS: StoryRow[] = [
  {
    style: "Kenyan daily: a High Court acquittal that quashes a magistrate's conviction is an appeal ruling, the conviction stays the trial's",
    text: "NAKURU (Daily Courier) - The High Court in Nakuru on Tuesday acquitted Peter Wambua Kioko of robbery with violence, quashing the conviction entered against him by a magistrate's court in 2019.\n\nKioko had been convicted by Senior Principal Magistrate Ruth Njeri and sentenced to death. Justice Samuel Belham said the identification evidence was unreliable.",
    facts: ["High Court in Nakuru -RULED-> Peter Wambua Kioko: appeal overturned", "Peter Wambua Kioko: appeal overturned -OVERTURNS-> Kioko trial: guilty", "Kioko trial: guilty -ON_CHARGE-> robbery with violence"],
    not: ["Kioko trial: not guilty -ON_CHARGE-> robbery with violence", "Kioko trial -RESULTED_IN-> Kioko trial: not guilty"],
  },
  {
    style: "US wire: 'would not call the verdict justice' speaks of fairness, no one's role",
    text: "DENVER (Mountain Wire) - Former deputy Carl Hobbs was convicted on Tuesday of second-degree murder in the death of Andre Pellow.\n\nPell, 31, died after Hobbs knelt on him during an arrest. Pellow's family wept as the verdict was read. Pellow had been unarmed, and Pellow's mother said Pellow had feared the police.\n\nHis brother said he would not call the verdict justice.",
    facts: ["Carl Hobbs -HOLDS_ROLE-> deputy"],
    not: ["Andre Pellow -HOLDS_ROLE-> verdict justice", "Andre Pellow -HOLDS_ROLE-> justice"],
  },
  {
    style: "British regional lede: 'A cafe owner ... the manslaughter of a customer' is not the customer named next",
    text: "---\ntitle: Cafe owner guilty of manslaughter\npublished: 2025-03-14\n---\nCafe owner guilty of manslaughter\n\nA cafe owner has been found guilty of the manslaughter of a customer who died of an allergic reaction.\n\nThe customer, Lena Moss, 22, had told staff about her nut allergy.\n\nHer parents campaigned for a change in the law after her death.\n\nTariq Bello, 51, was found guilty of manslaughter and not guilty of a food safety offence at Ashford Crown Court.\n\nThe court heard Bello had switched suppliers to save money.\n\nJudge Helen Frost delivered the verdict on Thursday after a two-week trial.\n",
    facts: ["Lena Moss -HOLDS_ROLE-> customer", "Tariq Bello -DEFENDANT_IN-> Bello trial"],
    not: ["Lena Moss -HOLDS_ROLE-> cafe owner", "Lena Moss -DEFENDANT_IN-> Moss trial", "Lena Moss -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Australian wire: 'who has been convicted of burglary, went on trial ... charged with armed robbery' tells of an earlier case",
    text: "PERTH (Western Wire) - Lachlan Ridley, who has been convicted of burglary, went on trial in the District Court on Monday charged with the armed robbery of a service station.\n\nRidley, 44, has pleaded not guilty. Judge Carla Wynn is presiding.",
    facts: ["Ridley trial -TRIED_FOR-> armed robbery of a service station", "Ridley trial (earlier): guilty -ON_CHARGE-> burglary"],
    not: ["Ridley trial -TRIED_FOR-> burglary", "Ridley trial: guilty -ON_CHARGE-> burglary", "Ridley trial -RESULTED_IN-> Ridley trial: guilty"],
  },
  {
    style: "Canadian regional: the victims told apart are not the complainants of a breach of a release order",
    text: "EDMONTON (Prairie Post) - A Red Deer man has been found guilty of second-degree murder in the death of Ailsa Crane.\n\nTobias Rennick, 38, was convicted on Friday. The victims, Ailsa Crane and Ben Danquah, were attacked in their building in 2022. Rennick was also convicted of breaching a release order.",
    facts: ["second-degree murder -ALLEGED_VICTIM-> Ailsa Crane", "Tobias Rennick -CHARGED_WITH-> breaching a release order"],
    not: ["breaching a release order -ALLEGED_VICTIM-> Ailsa Crane", "breaching a release order -ALLEGED_VICTIM-> Ben Danquah"],
  },
  {
    style: "British regional: the complainant a charge phrase names is not the complainant of the next charge in the sentence",
    text: "Nina Rudge was convicted of stalking Jon Quarrie and of harassing his partner, Lisa Ford, and was acquitted of criminal damage.\n\nYaw Boateng was charged with the murder of Abena Appiah and with unlawful wounding.",
    facts: ["stalking -ALLEGED_VICTIM-> Jon Quarrie", "murder -ALLEGED_VICTIM-> Abena Appiah"],
    not: ["criminal damage -ALLEGED_VICTIM-> Jon Quarrie", "unlawful wounding -ALLEGED_VICTIM-> Abena Appiah"],
  },
  {
    style: "British business press: 'X's lawyer, A, and B, who represented the lender' makes A alone the lawyer",
    text: "Property developer Victor Mabery was jailed for four years on Friday for defrauding a building society.\n\nMabery's lawyer, Gina Toll, and Marc Pellow, who represented the lender, both declined to comment.",
    facts: ["Gina Toll -REPRESENTS-> Victor Mabery"],
    not: ["Marc Pellow -REPRESENTS-> Victor Mabery"],
  },
  {
    style: "Trade press: 'the film's producer A, and Senator B' makes A alone the producer",
    text: "The documentary \"Salt Roads\" was at the centre of the case. Witnesses included the film's producer Ola Berg, and Senator Tom Reece.",
    facts: ["Ola Berg -PRODUCED-> Salt Roads"],
    not: ["Tom Reece -PRODUCED-> Salt Roads"],
  },
  {
    style: "ABC-style bullet: 'Federal Court Justice X' opening a sentence keeps the court's first word, so X is not the criminal court's judge",
    text: "Federal Court Justice Ann Bo has dismissed Kyle Dorn's defamation case against a broadcaster.\n\nDorn was charged in 2021 with one count of sexual intercourse without consent. His criminal trial in the NT Supreme Court was aborted.",
    facts: ["Ann Bo -WORKS_FOR-> Federal Court"],
    not: ["Ann Bo -WORKS_FOR-> NT Supreme Court"],
  },
  {
    style: "US metro daily: a mistrial, its judge and the defence are not those of the witness who pleaded guilty",
    text: "CHICAGO (Metro Tribune) - Prosecutors decided not to retry former alderman Ray Kowalczyk after a jury deadlocked on bribery charges last month.\n\nKowalczyk, 66, had been accused of taking $250,000 in bribes from a developer. The jury could not reach a verdict, and U.S. District Judge Andrea Pike declared a mistrial.\n\n\"We respect the jury's work,\" said U.S. Attorney Morgan Tate. Defense attorney Lou Barrett said his client was \"grateful to be able to move on.\"\n\nThe developer, Frank Esposito, pleaded guilty in 2022 to paying bribes and testified against Kowalczyk. Esposito is awaiting sentencing.\n\nKowalczyk's wife, Dana, and son, Eric, attended every day of the trial. Whether prosecutors will bring other charges is unclear.",
    facts: ["Frank Esposito -ENTERED_PLEA-> Frank Esposito pleads guilty", "Dana -RELATED_TO(wife)-> Ray Kowalczyk"],
    not: ["Andrea Pike -PRESIDED_OVER-> Esposito trial", "Frank Esposito -DEFENDANT_IN-> Esposito trial", "Lou Barrett -REPRESENTS-> Frank Esposito", "Frank Esposito -TESTIFIED_IN-> Esposito trial"],
  },
  {
    style: "US metro daily: a jury that could not agree is not the jury of one who pleaded guilty, told just before",
    text: "The developer Frank Esposito pleaded guilty in 2022 to paying bribes to former alderman Ray Kowalczyk. Kowalczyk was the subject of a long investigation.\n\nThe jury could not reach a verdict, and U.S. District Judge Andrea Pike declared a mistrial. Defense attorney Lou Barrett said his client was relieved.",
    facts: ["Frank Esposito -ENTERED_PLEA-> Frank Esposito pleads guilty"],
    not: ["Andrea Pike -PRESIDED_OVER-> Esposito trial", "Esposito trial -RESULTED_IN-> Esposito trial: mistrial", "Lou Barrett -REPRESENTS-> Frank Esposito"],
  },
  {
    style: "Queensland daily: the defence barrister of a trial the rules miss is not the lawyer of a coach convicted years before, told for comparison",
    text: "BRISBANE (Sunshine Herald) - A jury will decide whether former swimming coach Darren Ebbs sexually abused two students in the 1990s.\n\nEbbs, 61, has pleaded not guilty to six counts of indecent treatment of a child. Prosecutor Kate Lunn told the jury the complainants, now adults, would give evidence.\n\nEbbs could face up to 14 years in prison if convicted. He was never charged over a 2004 complaint, which police did not pursue.\n\nDefence barrister Ian Rowe said the allegations were fabricated. Another coach, Phil Grady, was convicted of similar offences in 2012; he is not involved in this case.",
    facts: ["Kate Lunn -HOLDS_ROLE-> prosecutor"],
    not: ["Ian Rowe -REPRESENTS-> Phil Grady", "Kate Lunn -PROSECUTED-> Grady trial"],
  },
  {
    style: "NZ Herald: 'X was found guilty ..., but his brother, Y, 21, was acquitted' acquits Y, not X",
    text: "AUCKLAND (Harbour News) - Two brothers stood trial together for the robbery of a dairy in Otahuhu. Sione Tapu, 24, was found guilty of aggravated robbery, but his brother, Malakai Tapu, 21, was acquitted.\n\nThe shopkeeper, Raj Patel, told the court he was threatened with a knife. Crown prosecutor Anna Lee said Sione Tapu had planned the raid.\n\nSione Tapu's lawyer, Mark Doyle, said he would appeal. Malakai Tapu's lawyer, Ruth Kaa, said her client was relieved.\n\nIn 2019, Sione Tapu was tried for burglary and acquitted. He will be sentenced in March.",
    facts: ["Malakai Tapu -DEFENDANT_IN-> Tapu trial", "Tapu trial: guilty -ON_CHARGE-> aggravated robbery"],
    not: ["Sione Tapu -DEFENDANT_IN-> Tapu trial (earlier)"],
  },
  {
    style: "BBC regional: 'write to the Attorney General' names an office, no lawyer called General",
    text: "Liam Crossfield, 29, admitted causing death by careless driving at Bristol Crown Court. Representing the family, solicitor Grace Tennick said they would write to the Attorney General.",
    facts: ["Grace Tennick -HOLDS_ROLE-> lawyer"],
    not: ["General -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "Manchester paper: 'the shooting of a teenager in Mossgate Vale' names where, not the victim",
    text: "Two men were cleared and a third convicted on Thursday after a trial over the shooting of a teenager in Mossgate Vale. Jordan Kellow, 22, was found guilty of murder.",
    facts: ["Jordan Kellow -CHARGED_WITH-> murder"],
    not: ["murder -ALLEGED_VICTIM-> Mossgate Vale"],
  },
  {
    style: "South African wire: a body's name before a role's noun is no party to the ruling on the officer",
    text: "The Supreme Court of Appeal on Thursday set aside the acquittal of a Tarnvale Metro Police officer who shot dead a 16-year-old.\n\nSergeant Thulani Mabuza-Dlamini had been acquitted by the Tarnvale High Court in 2023.",
    facts: ["Supreme Court of Appeal -RULED-> Thulani Mabuza-Dlamini: appeal overturned"],
    not: ["Tarnvale Metro Police -DEFENDANT_IN-> Police trial", "Supreme Court of Appeal -RULED-> Tarnvale Metro Police: appeal overturned"],
  },
  {
    style: "US local TV: the lawyer named in a 'represented by' aside is neither the one convicted nor the one suing",
    text: "Driver convicted in crash\n\nThe driver, represented by attorney Rebecca Stone, was convicted of vehicular homicide on Thursday.\n\nThe victim's family, represented by attorney Gloria Renz, has filed a wrongful death lawsuit against Desert Freight LLC.\n\nThe trucking firm, led by chief executive Tom Vardel, has pleaded guilty to a safety violation.",
    facts: ["Rebecca Stone -HOLDS_ROLE-> lawyer"],
    not: ["Rebecca Stone -CHARGED_WITH-> vehicular homicide", "Gloria Renz -PLAINTIFF_IN-> Gloria Renz v. Desert Freight LLC", "Tom Vardel -CHARGED_WITH-> safety violation"],
  },
  {
    style: "Welsh weekly: two accused, each described between commas, each charged in a clause of their own after 'while'",
    text: "Two men charged after warehouse raid\n\nDale Hurst, a plumber, was charged with theft, while Mark Penry, a roofer, was charged with burglary.",
    facts: ["Dale Hurst -CHARGED_WITH-> theft", "Mark Penry -CHARGED_WITH-> burglary"],
    not: ["Dale Hurst -CHARGED_WITH-> burglary"],
  },
  {
    style: "British regional: a councillor 'cleared by an internal council inquiry' was acquitted of nothing",
    text: "Councillor to stand trial\n\nEdwin Tolliver, 58, is accused of fraud by abuse of position. Tolliver was cleared by an internal council inquiry in 2021, and has never been convicted of any offence.",
    facts: ["Edwin Tolliver -CHARGED_WITH-> fraud by abuse of position"],
    not: ["Tolliver trial: not guilty -ON_CHARGE-> fraud by abuse of position", "Edwin Tolliver -DEFENDANT_IN-> Tolliver trial"],
  },
  {
    style: "US wire: one 'cleared by a jury' was acquitted",
    text: "Nurse acquitted\n\nMaya Garwick, 44, was charged with theft in 2022. Garwick was cleared by a jury in Pellworth on Friday.",
    facts: ["Garwick trial: not guilty -ON_CHARGE-> theft"],
  },
  {
    style: "British regional: a disciplinary panel's finding is no conviction; the jury's is",
    text: "Officer cleared of assault\n\nSergeant Paul Hadcroft was found guilty of gross misconduct by a police disciplinary panel in 2020. Hadcroft was found not guilty of assault by a jury at Kestleford Crown Court on Friday.",
    facts: ["Hadcroft trial: not guilty -ON_CHARGE-> assault"],
    not: ["Hadcroft trial: guilty -ON_CHARGE-> gross misconduct", "Paul Hadcroft -CHARGED_WITH-> gross misconduct"],
  },
  {
    style: "US business wire: 'the government's star witness' is no film star",
    text: "Ex-CFO testifies\n\nRebecca Stroud, who pleaded guilty last year to conspiracy to commit securities fraud, is the government's star witness in the trial of Dale Renfrew.",
    facts: ["Rebecca Stroud pleads guilty -ON_CHARGE-> conspiracy to commit securities fraud", "Rebecca Stroud -TESTIFIED_IN-> Renfrew trial"],
    not: ["Rebecca Stroud -HOLDS_ROLE-> actor"],
  },
  {
    style: "US wire: 'His trial' after the co-defendant first named in the sentence before is the co-defendant's, not the one who pleaded guilty",
    text: "Ohio man pleads guilty in crypto scheme\n\nBrent Kellerman pleaded guilty Monday to one count of wire fraud. Kellerman admitted that he and a partner promised investors huge returns. Kellerman faces up to 20 years in prison. "
      + "His co-defendant, Kyle Dorsett, 39, has pleaded not guilty to wire fraud. His trial is set for February.",
    facts: ["Kyle Dorsett -DEFENDANT_IN-> Dorsett trial (to come)"],
    not: ["Brent Kellerman -DEFENDANT_IN-> Kellerman trial (to come)"],
  },
  {
    style: "British regional: 'and the driver, who was with him, was charged with affray': the pronoun in the driver's clause is not charged",
    text: "Two charged after brawl\n\nSean Pellow was charged with assault, and the driver, who was with him, was charged with affray. A court found them guilty of both offences in May.",
    facts: ["Sean Pellow -CHARGED_WITH-> assault"],
    not: ["Sean Pellow -CHARGED_WITH-> affray"],
  },
  {
    style: "US business wire: 'filed civil charges' and 'disciplinary charges' name the kind of case, not an offence called 'civil'",
    text: "SEC sues trader\n\nThe Securities and Exchange Commission filed civil charges against Dorian Vell on Tuesday. The regulator also brought disciplinary charges against Ada Roe. Prosecutors later charged Vell with civil disorder.",
    facts: ["Dorian Vell -CHARGED_WITH-> civil disorder"],
    not: ["Dorian Vell -CHARGED_WITH-> civil", "Ada Roe -CHARGED_WITH-> disciplinary"],
  },
];

describeStories("precision: confident mistakes in unseen styles", ROWS);

describeDatedStories("precision: the verdict a judge delivered is every outcome of that trial", [
  {
    style: "British regional: 'delivered the verdict on Thursday', two sentences after a mixed verdict, dates both outcomes",
    text: "---\ntitle: Cafe owner guilty of manslaughter\npublished: 2025-03-14\n---\nCafe owner guilty of manslaughter\n\nA cafe owner has been found guilty of the manslaughter of a customer who died of an allergic reaction.\n\nThe customer, Lena Moss, 22, had told staff about her nut allergy.\n\nHer parents campaigned for a change in the law after her death.\n\nTariq Bello, 51, was found guilty of manslaughter and not guilty of a food safety offence at Ashford Crown Court.\n\nThe court heard Bello had switched suppliers to save money.\n\nJudge Helen Frost delivered the verdict on Thursday after a two-week trial.\n",
    facts: ["Bello trial -RESULTED_IN-> Bello trial: guilty{2025-03-13}", "Bello trial -RESULTED_IN-> Bello trial: not guilty{2025-03-13}"],
  },
]);
