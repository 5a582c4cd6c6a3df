// Stories in the manner of regional and Commonwealth papers the corpora do not hold (a Scottish
// tabloid, Kenyan, Nigerian, Indian and Hawaiian dailies, US trade press): what they state is read, and what they only seem to
// state is not. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Scottish tabloid: a shouted town before 'man' in the lede is where he is from, not his job",
    text: "Dundee man guilty of culpable homicide after pub brawl death\n\nA DUNDEE man has been found guilty of killing a father-of-two who was punched outside a city centre pub.\n\nCraig Strachan, 29, was convicted of culpable homicide at the High Court in Glasgow on Tuesday after a six-day trial.",
    facts: ["Craig Strachan -CHARGED_WITH-> culpable homicide"],
    not: ["Craig Strachan -HOLDS_ROLE-> dundee"],
  },
  {
    style: "English tabloid: a shouted job in the lede is still the job",
    text: "Trainee guilty of fraud\n\nA TRAINEE has been found guilty of fraud after stealing from his employer.\n\nCallum Thewlis, 22, was convicted at Leeds Crown Court on Friday.",
    facts: ["Callum Thewlis -HOLDS_ROLE-> trainee"],
  },
  {
    style: "Kenyan daily: the charge's particulars read out in court name the one killed",
    text: "Nakuru businessman charged with murder of farm manager\n\nA Nakuru businessman was on Monday charged with the murder of a farm manager whose body was found in a dam last month.\n\nPeter Kamau Wanjiru, 52, denied the charge before High Court judge Rachel Ochieng.\n\nThe prosecution says that on February 3 at Bahati, Wanjiru jointly with others not before the court murdered Samuel Kiprop, 38.",
    facts: ["Peter Kamau Wanjiru -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Samuel Kiprop"],
    not: ["Samuel Kiprop -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian wire: an allegation told with 'is alleged to have', and one the police do not make",
    text: "Man charged over Geelong stabbing\n\nA 34-year-old man has been charged with murder after a man died in Geelong on Saturday.\n\nDarcy Hollinrake, 34, is alleged to have stabbed Liam Pellinger, 27, outside a hotel on Malop Street.\n\nPolice do not allege he attacked Pellinger's friend, Kieran Vasko, who was also at the hotel.",
    facts: ["Darcy Hollinrake -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Liam Pellinger"],
    not: ["murder -ALLEGED_VICTIM-> Kieran Vasko", "Liam Pellinger -CHARGED_WITH-> murder"],
  },
  {
    style: "Nigerian daily: co-accused listed with their posts after 'arraigned alongside', then 'The defendants pleaded not guilty'",
    text: "EFCC arraigns ex-bank MD, two others over N4.2bn fraud\n\nThe Economic and Financial Crimes Commission on Tuesday arraigned a former managing director of Marlowgate Bank Plc, Mr. Tunde Balogun, before Justice Ngozi Eze of the Federal High Court, Lagos, on a 14-count charge bordering on conspiracy and money laundering.\n\nBalogun was arraigned alongside a former executive director of the bank, Mrs. Funke Ayodele, and a businessman, Chinedu Okoro.\n\nThe defendants pleaded not guilty to the charges.",
    facts: ["Tunde Balogun -ENTERED_PLEA-> Tunde Balogun pleads not guilty", "Funke Ayodele -ENTERED_PLEA-> Funke Ayodele pleads not guilty", "Chinedu Okoro -ENTERED_PLEA-> Chinedu Okoro pleads not guilty"],
    not: ["Ngozi Eze -ENTERED_PLEA-> Ngozi Eze pleads not guilty"],
  },
  {
    style: "British wire: a co-accused closing the charging clause is charged with it; one told apart is not",
    text: "Two charged over warehouse fire\n\nDarren Kettleby, 41, was charged with arson alongside Wayne Tolhurst on Saturday.\n\nA third man, Lee Brannock, was charged with handling stolen goods alongside Gary Pownall, who faces a separate count of burglary.",
    facts: ["Darren Kettleby -CHARGED_WITH-> arson", "Wayne Tolhurst -CHARGED_WITH-> arson", "Lee Brannock -CHARGED_WITH-> handling stolen goods"],
    not: ["Gary Pownall -CHARGED_WITH-> handling stolen goods", "Lee Brannock -CHARGED_WITH-> arson"],
  },
  {
    style: "Indian daily: 'The accused pleaded not guilty and claimed trial' after the accused and his associates are listed with their posts",
    text: "Delhi court frames charges against builder in homebuyer fraud\n\nNEW DELHI: A Delhi court on Friday framed charges of cheating against real estate developer Anil Saxena and two of his associates.\n\nAdditional Sessions Judge Priya Trivedi said there was sufficient material on record to proceed against Saxena, the managing director of Skyline Homes Pvt Ltd, and his associates, Rakesh Bhatt and Vinod Rathore.\n\nThe accused pleaded not guilty and claimed trial.",
    facts: ["Anil Saxena -ENTERED_PLEA-> Anil Saxena pleads not guilty", "Rakesh Bhatt -ENTERED_PLEA-> Rakesh Bhatt pleads not guilty", "Vinod Rathore -ENTERED_PLEA-> Vinod Rathore pleads not guilty"],
    not: ["Priya Trivedi -ENTERED_PLEA-> Priya Trivedi pleads not guilty"],
  },
  {
    style: "US trade press: a complaint filed in a court before 'against' names its defendants; a stunt performer is no actor",
    text: "Stuntman Sues Producers of 'Night Harbor' Over On-Set Injury\n\nA stunt performer who broke his back during filming of the action thriller \"Night Harbor\" has sued the film's production company and its director.\n\nRay Kessling filed the complaint Tuesday in Los Angeles Superior Court against Brightwater Pictures and director Simon Ardmore, seeking unspecified damages for negligence.",
    facts: ["Ray Kessling -PLAINTIFF_IN-> Ray Kessling v. Brightwater Pictures", "Brightwater Pictures -DEFENDANT_IN-> Ray Kessling v. Brightwater Pictures", "Simon Ardmore -DEFENDANT_IN-> Ray Kessling v. Brightwater Pictures", "Ray Kessling -HOLDS_ROLE-> stunt performer"],
    not: ["Ray Kessling -HOLDS_ROLE-> actor", "Ray Kessling -DEFENDANT_IN-> Ray Kessling v. Brightwater Pictures"],
  },
  {
    style: "Hawaii daily: a public defender is the accused's lawyer; a felony a firearm was carried in goes on the charge's name",
    text: "Honolulu man indicted in fatal shooting outside Waikiki bar\n\nA Honolulu grand jury on Wednesday indicted Keoni Kealoha, 27, on charges of second-degree murder and carrying a firearm in the commission of a felony.\n\nHe is accused of shooting Tyler Buckridge, 30, outside a bar early on Jan. 6. Kealoha's public defender, Mark Harrow, declined to comment.\n\nPolice said the killing happened in the course of the night.",
    facts: ["Keoni Kealoha -CHARGED_WITH-> carrying a firearm in the commission of a felony", "Keoni Kealoha -CHARGED_WITH-> second-degree murder", "Mark Harrow -REPRESENTS-> Keoni Kealoha"],
    not: ["Keoni Kealoha -CHARGED_WITH-> carrying a firearm"],
  },
  {
    style: "Reuters from Paris: a co-defendant 'acquitted on appeal of complicity' had a conviction the appeal overturned",
    text: "French appeals court upholds conviction of ex-minister\n\nPARIS (Reuters) - A Paris appeals court on Wednesday upheld the conviction of former budget minister Jean-Luc Vautrin for illegal campaign financing.\n\nA third defendant, businessman Alain Garnier, was acquitted on appeal of complicity.",
    facts: ["Alain Garnier -CHARGED_WITH-> complicity", "Alain Garnier: appeal overturned -OVERTURNS-> Garnier trial: guilty"],
    not: ["Jean-Luc Vautrin -CHARGED_WITH-> complicity"],
  },
  {
    style: "English regional: 'cleared of the charge' after 'had admitted the same charge' names the one offence the story has told",
    text: "Three jailed over cocaine plot\n\nCraig Hebden, 44, was jailed for 16 years after being found guilty of conspiracy to import class A drugs following a trial at Hull Crown Court.\n\nLee Stanway, 39, had admitted the same charge.\n\nA fourth man, Gary Purslow, 36, was cleared of the charge by the jury.",
    facts: ["Gary Purslow -CHARGED_WITH-> conspiracy to import class A drugs", "Lee Stanway -CHARGED_WITH-> conspiracy to import class A drugs"],
    not: ["Gary Purslow -ENTERED_PLEA-> Gary Purslow pleads guilty"],
  },
];

describeStories("regional and Commonwealth papers", ROWS);
