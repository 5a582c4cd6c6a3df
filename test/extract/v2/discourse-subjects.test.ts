// Who a sentence is about, across a long article: the sentence that states the fact names its subject another way than
// the full name ("the Swansea woman", "the father of two", "both the accused", "the surgeon" the lede described, "he"
// after a complainant's quote). Invented articles in presses' manners unlike the corpora; the `not` lines are the
// readings a careless resolver makes (a victim or a witness as the accused, a description that fits two people).
import { describeStories } from "./helpers.ts";

describeStories("a defendant named by their town or family after the first mention", [
  {
    style: "Welsh regional daily: 'The Swansea woman was found guilty' after a resident's daughter is quoted",
    text: "Carer stole from pensioners\n\nA care worker who stole from elderly residents has been convicted after a five-day trial.\n\nBronwen Sayce, 38, of Swansea, worked at a nursing home in the city between 2019 and 2022.\n\nResidents' families became suspicious when bank cards went missing. One resident lost more than 6,000 pounds.\n\n\"We trusted her completely,\" his daughter told reporters.\n\nSayce was arrested in March 2022. She told police she had borrowed the money and meant to pay it back. Sayce was suspended by the home.\n\nThe Swansea woman was found guilty of theft by an employee at Swansea Crown Court.\n\nSentencing was adjourned until next month.",
    facts: ["Bronwen Sayce -CHARGED_WITH-> theft"],
  },
  {
    style: "Australian court report: 'the mother of two', spaced, as the jury's object before the charge",
    text: "Bookkeeper guilty of stealing from school\n\nBronwen Sayce, 44, kept the accounts of a Ballarat primary school for nine years.\n\nSayce took almost 300,000 dollars from the school's canteen fund, the County Court heard. Sayce spent it on holidays and a boat.\n\nShe told investigators she had meant to repay it. Sayce resigned in 2021.\n\nOn Thursday a jury convicted the mother of two of theft.\n\nShe will be sentenced in March.",
    facts: ["Bronwen Sayce -CHARGED_WITH-> theft"],
  },
  {
    style: "British tabloid: 'The father of three was found guilty' opens the paragraph after his own words",
    text: "Cowboy builder conned OAPs\n\nROGUE builder Torvald Beckwith pocketed thousands from pensioners for work he never did.\n\nBeckwith, 45, from Leeds, targeted 14 households over three years. Beckwith took deposits of up to 9,000 pounds.\n\nBeckwith told the jury he had fallen behind because of illness. Beckwith broke down in the witness box.\n\nThe father of three was found guilty of fraud by false representation.\n\nHe will be sentenced next month.",
    facts: ["Torvald Beckwith -CHARGED_WITH-> fraud by false representation"],
  },
  {
    style: "trap: 'The mother of two of the victims' is someone else, never the accused",
    text: "Driver guilty over crash\n\nBronwen Sayce, 44, drove through a red light in Ballarat in 2022. Sayce had been drinking. Sayce denied wrongdoing. Sayce was arrested at the scene.\n\nThe mother of two of the victims was later charged with perverting the course of justice.",
    facts: [],
    not: ["Bronwen Sayce -CHARGED_WITH-> perverting the course of justice"],
  },
]);

describeStories("two accused told of together, then as a pair", [
  {
    style: "Indian daily: 'The court acquitted both the accused' two sentences after they were named",
    text: "Two traders cleared of intimidation\n\nStaff Reporter\n\nPUNE: Anil Kumbhare, 45, and Esmond Varadarajan, 39, were arrested in 2020 after a complaint by a neighbour.\n\nKumbhare denied the allegations before the court.\n\nThe court acquitted both the accused of criminal intimidation on Monday.",
    facts: ["Anil Kumbhare -CHARGED_WITH-> criminal intimidation", "Esmond Varadarajan -CHARGED_WITH-> criminal intimidation"],
  },
  {
    style: "Kenyan daily: 'Both men were convicted' after each was spoken of in turn",
    text: "Two jailed over county graft\n\nJoseph Wachiuri and Godfrey Chukwudebe were arrested in 2019 over payments for roads that were never built.\n\nWachiuri, a former finance officer, told the court he had followed orders. Chukwudebe said nothing in his defence.\n\nBoth men were convicted of conspiracy to defraud.",
    facts: ["Joseph Wachiuri -CHARGED_WITH-> conspiracy to defraud", "Godfrey Chukwudebe -CHARGED_WITH-> conspiracy to defraud"],
  },
  {
    style: "trap: a third man named since the pair leaves 'both men' no one",
    text: "Two jailed over county graft\n\nJoseph Wachiuri and Godfrey Chukwudebe were arrested in 2019 over payments for roads that were never built.\n\nWachiuri, a former finance officer, told the court he had followed orders. A contractor, Evander Hoary, gave evidence against him.\n\nBoth men were convicted of conspiracy to defraud.",
    facts: [],
    not: ["Evander Hoary -CHARGED_WITH-> conspiracy to defraud", "Godfrey Chukwudebe -CHARGED_WITH-> conspiracy to defraud"],
  },
]);

describeStories("a description the lede gave, after a witness's quote", [
  {
    style: "British broadsheet: 'The jury convicted the surgeon' after an auditor's evidence",
    text: "Surgeon convicted of billing fraud\n\nA surgeon who billed the health service for operations he never performed has been convicted after a trial lasting six weeks.\n\nDr Ptolemy Vantreece, 52, claimed more than 300,000 pounds over four years, prosecutors said.\n\nThe scheme came to light in 2021 when a hospital auditor, Dorcas Ockenden, noticed that several patients had been billed twice.\n\n\"I could not believe what I was seeing,\" Ms Ockenden told the jury. \"Some of these patients had died before the dates on the claims.\"\n\nThe court heard that the money paid for a holiday home and school fees.\n\nThe jury convicted the surgeon of fraud by abuse of position.\n\nJudge Hyacinth Crayshaw said sentencing would take place in the new year.",
    facts: ["Ptolemy Vantreece -CHARGED_WITH-> fraud by abuse of position"],
    not: ["Dorcas Ockenden -CHARGED_WITH-> fraud by abuse of position"],
  },
]);

describeStories("a pronoun after the complainant's quote is the accused", [
  {
    style: "Irish report: 'he was found not guilty' after the complainant's evidence is the garda charged",
    text: "Garda cleared of assault\n\nDeclan Mulrooney, 41, was charged in 2023 after a complaint from a motorist, Oisin Ezeanya.\n\nMr Ezeanya said he was punched twice during the arrest. \"I have never been so frightened,\" he told the court. \"It was terrifying.\"\n\nOn Friday, he was found not guilty of assault causing harm.",
    facts: ["Declan Mulrooney -CHARGED_WITH-> assault causing harm"],
    not: ["Oisin Ezeanya -CHARGED_WITH-> assault causing harm", "Oisin Ezeanya -DEFENDANT_IN-> Ezeanya trial"],
  },
  {
    style: "Canadian report: a brother told of apart, not brought in with the accusation, keeps 'he was acquitted'",
    text: "Brothers in court\n\nEsmond Varadarajan was convicted of fraud in 2019. His brother, Godfrey Varadarajan, ran the family firm in Mississauga. Godfrey Varadarajan said the firm was sound. On Friday, he was acquitted of money laundering.",
    facts: ["Godfrey Varadarajan -CHARGED_WITH-> money laundering"],
    not: ["Esmond Varadarajan -CHARGED_WITH-> money laundering"],
  },
  {
    style: "trap: with no one told accused before, the pronoun keeps its ordinary reading",
    text: "Motorist cleared\n\nOisin Ezeanya, 41, was stopped by gardaí in 2023. Mr Ezeanya said he had not been drinking. \"I was stone sober,\" he told the court. On Friday, he was found not guilty of drink driving.",
    facts: ["Oisin Ezeanya -CHARGED_WITH-> drink driving"],
  },
]);

describeStories("'the co-accused', and a star's husband in the dock", [
  {
    style: "Nigerian daily: 'The co-accused was convicted' is the one named as 'his co-accused' in the lede",
    text: "Two arraigned over land fraud\n\nAnil Kumbhare, 45, and his co-accused, Esmond Varadarajan, 39, were arrested in 2020 over the sale of a plot in Lekki.\n\nKumbhare denied wrongdoing before the Lagos State High Court. Kumbhare said he had been deceived by the sellers.\n\nThe co-accused was convicted of criminal intimidation.",
    facts: ["Esmond Varadarajan -CHARGED_WITH-> criminal intimidation"],
    not: ["Anil Kumbhare -CHARGED_WITH-> criminal intimidation"],
  },
  {
    style: "trap: two people named as co-accused leave 'the co-accused' no one",
    text: "Three arraigned over land fraud\n\nAnil Kumbhare was arraigned with co-accused Esmond Varadarajan and co-accused Godfrey Chukwudebe in 2020.\n\nKumbhare denied wrongdoing.\n\nThe co-accused was convicted of criminal intimidation.",
    facts: [],
    not: ["Esmond Varadarajan -CHARGED_WITH-> criminal intimidation", "Godfrey Chukwudebe -CHARGED_WITH-> criminal intimidation"],
  },
  {
    style: "British tabloid: 'TV star X's husband was ... found guilty' is the husband's verdict, never the star's",
    text: "Soap star's husband guilty of attacking neighbour\n\nTELLY favourite Hyacinth Crayshaw's husband was last night facing jail after being found guilty of a brutal attack on their neighbour.\n\nTorvald Beckwith, 49, battered a retired postman with a garden spade after a row over a hedge.",
    facts: [],
    not: ["Hyacinth Crayshaw -CHARGED_WITH-> brutal attack", "Hyacinth Crayshaw -DEFENDANT_IN-> Crayshaw trial"],
  },
]);

describeStories("a possessive inside the phrase a named person owns is that person's", [
  {
    style: "South African daily: 'dismissed X's appeal against her conviction' after another accused was the story's subject",
    text: "Appeal court rules on two fraud cases\n\nPRETORIA: Thembeka Mthunzi, 51, was jailed for eight years for fraud in 2021. Mthunzi, a former municipal manager, was the first official convicted in the tender scandal.\n\nThe Supreme Court of Appeal on Tuesday dismissed Nomsa Pelane's appeal against her conviction for theft and money laundering.",
    facts: ["Nomsa Pelane -CHARGED_WITH-> theft", "Nomsa Pelane -CHARGED_WITH-> money laundering"],
    not: ["Thembeka Mthunzi -CHARGED_WITH-> theft", "Thembeka Mthunzi -CHARGED_WITH-> money laundering"],
  },
  {
    style: "British regional: 'X's bid to overturn his conviction' in a round-up paragraph",
    text: "Court round-up\n\nAldous Cresswell, 47, of Bury, was jailed for three years for burglary at Kestleford Crown Court. Cresswell had denied the offence.\n\nRostam Yeld's bid to overturn his conviction for arson was rejected by the Court of Appeal.",
    facts: ["Rostam Yeld -CHARGED_WITH-> arson"],
    not: ["Aldous Cresswell -CHARGED_WITH-> arson"],
  },
]);

describeStories("an object pronoun of a second verb that shares the first verb's subject is the first verb's object", [
  {
    style: "British broadsheet round-up: 'cleared X of murder but found him guilty of manslaughter' after another man's conviction",
    text: "Verdicts at the Old Court\n\nIn 2012 a jury convicted Eli Redvers of the murder of his wife and he was sentenced to life.\n\nOn Friday a jury cleared Kofi Kellaway of murder but found him guilty of manslaughter.",
    facts: ["Kofi Kellaway -CHARGED_WITH-> murder", "Kofi Kellaway -CHARGED_WITH-> manslaughter"],
    not: ["Eli Redvers -CHARGED_WITH-> manslaughter"],
  },
  {
    style: "Australian police report: 'arrested X and charged him'; trap: a second clause with its own subject",
    text: "Man charged over stabbing\n\nPolice arrested Bodhi Mowbray, 29, and charged him with attempted murder on Sunday.\n\nIn a separate incident, Jai Tindall punched a neighbour, Ari Kellaway, and police charged him with assault.",
    facts: ["Bodhi Mowbray -CHARGED_WITH-> attempted murder"],
    not: ["Ari Kellaway -CHARGED_WITH-> assault"],
  },
]);

describeStories("in a round-up, 'him' in the next accusation is the accused the sentence before told of", [
  {
    style: "British regional round-up: a second case's constable, then 'The jury also convicted him'",
    text: "Court round-up\n\nAldo Fallowfield, 41, was convicted of dangerous driving at Kestleford Crown Court on Monday. Fallowfield was jailed for two years.\n\nIn a separate case, a police constable, Mark Hennessy, was found guilty of misconduct in a public office. The jury also convicted him of perverting the course of justice.",
    facts: ["Mark Hennessy -CHARGED_WITH-> perverting the course of justice"],
    not: ["Aldo Fallowfield -CHARGED_WITH-> perverting the course of justice"],
  },
  {
    style: "trap: a witness told of in between is no accused; 'him' stays the defendant's",
    text: "Accountant's evidence\n\nAldo Fallowfield, 41, was convicted of fraud at Kestleford Crown Court on Monday. His former accountant, Rory Corrib, told the court he had warned him. The jury also convicted him of forgery.",
    facts: ["Aldo Fallowfield -CHARGED_WITH-> forgery"],
    not: ["Rory Corrib -CHARGED_WITH-> forgery"],
  },
]);
