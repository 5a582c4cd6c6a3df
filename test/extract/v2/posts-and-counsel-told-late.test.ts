// Posts and counsel told in the later paragraphs of a report, in shapes the corpora seldom use: a post in a body the
// article names by its kind ("he was the bank's chief risk officer"), a post one rose to or was hired as, a post taken
// or lost in the employer's possessive ("was named X's chief executive"), a barrister introduced by the city they
// practise in ("a Brisbane barrister who represents X"), a lawyer's firm before "who represents", and "Lawyers for X,
// led by Y" (Y is X's counsel, not X's staff).
import { describeStories } from "./helpers.ts";

describeStories("posts and counsel told late in the report", [
  {
    style: "Australian business desk: a former risk chief charged, 'he was the bank's chief risk officer' and 'the club's treasurer'",
    text: "Former bank executive charged over loan fraud\n\nA former executive of Strathdee Mutual Bank has been charged with fraud over $30 million in loans to companies he secretly controlled.\n\nThackwray Quennell, 58, appeared in the Brisbane Magistrates Court on Tuesday and was granted bail.\n\nBetween 2016 and 2021 he was the bank's chief risk officer. Police allege he approved the loans without declaring his interest.\n\nQuennell was also the club's treasurer at the Wyndrum Rowing Club for a decade, the court heard.\n\nCastellane Pellingham, a Brisbane barrister who represents Quennell, said his client would fight the charges.",
    facts: ["Thackwray Quennell -HOLDS_ROLE-> chief risk officer", "Thackwray Quennell -HOLDS_ROLE-> treasurer", "Castellane Pellingham -REPRESENTS-> Thackwray Quennell"],
    not: ["Castellane Pellingham -REPRESENTS-> Strathdee Mutual Bank"],
  },
  {
    style: "British trade press (a financial weekly): a trader's career told by 'hired by X as', 'rose to become its', 'was named X's', 'was sacked as X's'",
    text: "Ex-Harkstone Capital dealer admits rigging rates\n\nA former interest-rate trader has admitted conspiring to rig a benchmark while working in the City.\n\nVashti Ormondroyd was hired by Harkstone Capital as a trader and rose to become its head of trading.\n\nHer manager, Lisandro Ilsley, was named Harkstone Capital's chief executive in 2015 and was sacked as Harkstone Capital's chief executive in 2019.\n\nLawyers for Harkstone Capital, led by Feodora Corriveau, said the firm had co-operated fully with the regulator.",
    facts: ["Vashti Ormondroyd -HOLDS_ROLE-> trader", "Vashti Ormondroyd -HOLDS_ROLE-> head of trading", "Lisandro Ilsley -WORKS_FOR-> Harkstone Capital", "Feodora Corriveau -REPRESENTS-> Harkstone Capital"],
    not: ["Feodora Corriveau -WORKS_FOR-> Harkstone Capital"],
  },
  {
    style: "US wire: a lawyer named with the firm before 'who has represented X since'",
    text: "Developer indicted on bribery counts\n\nA property developer was indicted Thursday on charges that he bribed two city inspectors.\n\nKiptanui Brenmoor, 61, is accused of paying the inspectors $200,000 to overlook code violations at three of his towers.\n\nRuthven Dunmurry, a lawyer with Corriveau Strathdee LLP who has long represented Brenmoor, said the charges were unfounded.",
    facts: ["Ruthven Dunmurry -REPRESENTS-> Kiptanui Brenmoor"],
  },
]);
