// Who took part in a trial: its judge, prosecutors, lawyers and witnesses, told in many presses'
// styles. Each story is invented; each row names the facts a reader would take from it (and, after
// "not:", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "London financial daily: the one judge named presides, though the sentence before tells of a witness's own plea and sentence",
    text: "Hedge fund founder convicted\n\nA jury at Thamesbank Crown Court has convicted Rupert Ellingham-Nuttall of five counts of insider dealing.\n\nToby Fenwright pleaded guilty in 2023 and testified for the prosecution. He was sentenced to two years and four months.\n\nMr Justice Vardell adjourned sentencing until January.",
    facts: ["Vardell -PRESIDED_OVER-> Ellingham-Nuttall trial", "Toby Fenwright -TESTIFIED_IN-> Ellingham-Nuttall trial"],
    not: ["Toby Fenwright -DEFENDANT_IN-> Ellingham-Nuttall trial"],
  },
  {
    style: "wire: a headline's 'X sentenced to' makes no judge of the defendant",
    text: "Former minister Tarek Appiah sentenced to seven years over bribes\n\nFormer finance minister Tarek Appiah was sentenced on Tuesday to seven years in prison for bribery by the Accra High Court. Presiding judge Efua Mensah said the offences were grave. A jury convicted Appiah of bribery on Monday.",
    facts: ["Efua Mensah -HOLDS_ROLE-> judge"],
    not: ["Tarek Appiah -PRESIDED_OVER-> Appiah trial", "Tarek Appiah -WORKS_FOR-> Accra High Court", "Tarek Appiah -HOLDS_ROLE-> judge"],
  },
  {
    style: "trade press: a civil plaintiff's attorneys tell jurors; they are not witnesses",
    text: "Dana Whitcroft sued Marcus Lell, a film producer, in 2021, claiming he had broken her contract. At the trial in Los Angeles, Whitcroft's attorneys, Paul Ebner and Sara Quist, told jurors that Lell owed her $2 million. Whitcroft testified for two days. Judge Nora Fitch presided over the trial. On Friday the jury found Lell liable.",
    facts: ["Dana Whitcroft -TESTIFIED_IN-> Dana Whitcroft v. Marcus Lell", "Nora Fitch -PRESIDED_OVER-> Dana Whitcroft v. Marcus Lell"],
    not: ["Paul Ebner -TESTIFIED_IN-> Dana Whitcroft v. Marcus Lell", "Sara Quist -TESTIFIED_IN-> Dana Whitcroft v. Marcus Lell"],
  },
  {
    style: "broadsheet: a cooperator who pleaded guilty testifies at the trial he was called to",
    text: "A federal jury in Newark convicted Viktor Rudge of bank fraud on Tuesday. The government's key witness was Simon Kray, Rudge's former deputy, who pleaded guilty in March to conspiracy and agreed to cooperate. Kray testified for two days. Other prosecution witnesses included Ada Munro, a bank examiner. Prosecutors led by Joan Pratt said the verdict was just.",
    facts: ["Simon Kray -TESTIFIED_IN-> Rudge trial", "Ada Munro -TESTIFIED_IN-> Rudge trial", "Joan Pratt -PROSECUTED-> Rudge trial", "Simon Kray -ENTERED_PLEA-> Simon Kray pleads guilty"],
    not: ["Simon Kray -TESTIFIED_IN-> Kray trial", "Ada Munro -TESTIFIED_IN-> Kray trial", "Simon Kray -DEFENDANT_IN-> Kray trial"],
  },
  {
    style: "US regional: a former district attorney who declined to charge, and the office's head beside its trial deputy",
    text: "A jury in Bramstow convicted Dale Hume of aggravated assault on Monday. Deputy District Attorney Ruth Ng told jurors Hume had planned the attack. Ivan Kopp, a former district attorney, had declined to charge Hume in 2009. District Attorney Omar Sayed praised the verdict.",
    facts: ["Ruth Ng -PROSECUTED-> Hume trial"],
    not: ["Ivan Kopp -PROSECUTED-> Hume trial", "Omar Sayed -PROSECUTED-> Hume trial"],
  },
  {
    style: "US local TV: the one prosecutor an article names, though only as the head of the office, prosecuted",
    text: "A Tulsa County jury found Troy Ulcroft guilty of manslaughter on Thursday. District Attorney Karen Bligh said the verdict brought some comfort to the family.",
    facts: ["Karen Bligh -PROSECUTED-> Ulcroft trial"],
  },
  {
    style: "broadsheet: a special prosecutor appointed by a judge",
    text: "A judge named Ira Wexworth, a former federal prosecutor, as special prosecutor in August.",
    facts: ["Ira Wexworth -HOLDS_ROLE-> special prosecutor"],
    not: ["Ira Wexworth -HOLDS_ROLE-> special counsel"],
  },
  {
    style: "wire: the one court named is where a separate case was tried, not the article's trial",
    text: "A federal appeals court on Tuesday upheld the racketeering conviction of Dario Fenn. A jury convicted Fenn of racketeering in 2021, and Judge Alma Nuttall, who presided over the trial, sentenced him to 25 years. Fenn is also serving a sentence in a separate case brought in federal court in Denver, where a jury in 2022 found him guilty of two counts of tax evasion.",
    facts: ["Alma Nuttall -PRESIDED_OVER-> Fenn trial"],
    not: ["Alma Nuttall -WORKS_FOR-> federal court in Denver", "Fenn trial -HELD_AT-> federal court in Denver"],
    gap: "both verdicts go to one trial, so the separate case's court is the only trial court named",
  },
  {
    style: "broadsheet: a retrial on the same charge is in the court of the first trial",
    text: "A judge in Manhattan declared a mistrial on Friday on the rape charge against Hal Wexler, a day after jurors convicted him of sexual assault. A different jury in the Manhattan court had found Wexler guilty of rape in 2020, but an appeals court overturned that conviction.",
    facts: [],
    not: ["Wexler trial (earlier) -HELD_AT-> Manhattan court"],
  },
  {
    style: "wire: a defence lawyer named for no client represents the article's defendant",
    text: "A jury in Phoenix convicted Gil Santos of second-degree murder on Wednesday. In his closing argument, defense attorney Reza Karimi told the jury the shooting was self-defense. Judge Lena Ortiz set sentencing for May.",
    facts: ["Reza Karimi -REPRESENTS-> Gil Santos"],
  },
  {
    style: "British: defence counsel in a two-defendant trial is no one's by default",
    text: "Two men were convicted of murder at the Old Bailey on Friday. Jurors found Amir Shah and Cole Elcock guilty of killing a shopkeeper. Defence barrister Ruth Vance said her client would appeal.",
    facts: [],
    not: ["Ruth Vance -REPRESENTS-> Amir Shah", "Ruth Vance -REPRESENTS-> Cole Elcock"],
  },
  {
    style: "sentencing story: the judge who presided over last year's trial held it, not the retrial to come",
    text: "Kris Abel was sentenced on Wednesday to 30 years in prison. Judge Mona Quarrie of the U.S. District Court in Brooklyn, who presided over last year's six-week trial, also fined him $100,000. He is scheduled to go on trial again in August in federal court in Chicago.",
    facts: ["Mona Quarrie -PRESIDED_OVER-> Abel trial"],
    not: ["Mona Quarrie -PRESIDED_OVER-> Abel retrial", "Mona Quarrie -WORKS_FOR-> federal court in Chicago"],
  },
  {
    style: "broadsheet: each member of the defense team set between dashes is a lawyer and the defendant's",
    text: "A federal jury in Brooklyn convicted Hector Lavalle of drug trafficking on Tuesday. The defense team — Mr. Okoye, Lena Mabery and Dev Rana — called a single witness.",
    facts: ["Lena Mabery -HOLDS_ROLE-> lawyer", "Dev Rana -HOLDS_ROLE-> lawyer", "Dev Rana -REPRESENTS-> Hector Lavalle"],
  },
  {
    style: "celebrity weekly: the one judge a civil trial story names presided over the suit",
    text: "Kara Nuttall sued Colin Holt in 2020 over a skiing collision. On Thursday a jury in Park City found Holt liable. Nuttall smiled at her lawyers as Judge Ian Mabery read the verdict.",
    facts: ["Ian Mabery -PRESIDED_OVER-> Kara Nuttall v. Colin Holt"],
    not: ["Kara Nuttall -PRESIDED_OVER-> Kara Nuttall v. Colin Holt"],
  },
  {
    style: "celebrity weekly: with no one said to preside, the one judge named presided over the suit",
    text: "Kara Nuttall sued Colin Holt in 2020 over a skiing collision. On Thursday a jury in Park City found Holt liable after a week of testimony. Judge Ian Mabery will rule on fees later.",
    facts: ["Ian Mabery -PRESIDED_OVER-> Kara Nuttall v. Colin Holt"],
  },
  {
    style: "Italian wire: an appeals court presided over by a judge that convicts holds the retrial he presides",
    text: "Mara Conti was convicted of fraud in 2019. At the end of her retrial, an appeals court presided over by Judge Aldo Ferri found her guilty once more.",
    facts: ["Aldo Ferri -PRESIDED_OVER-> Conti trial"],
  },
  {
    style: "US appeal: the judge leading an appeals panel that upholds a conviction presided over no trial",
    text: "A jury convicted Oren Vale of fraud in 2021. On Tuesday a panel of the 2nd U.S. Circuit Court of Appeals led by Judge Ana Ruiz upheld the conviction.",
    facts: [],
    not: ["Ana Ruiz -PRESIDED_OVER-> Vale trial"],
  },
  {
    style: "tabloid: 'the Okoye brothers testified' is each man of that surname the article names",
    text: "Jon Mabery was charged with disorderly conduct in 2019. Two men he knew, Kofi Adebayo and Tunde Adebayo, told detectives he had paid them. Judge Ray Linn presided over the trial in 2021. The Adebayo brothers testified that Mabery had scripted the attack.",
    facts: ["Kofi Adebayo -TESTIFIED_IN-> Mabery trial", "Tunde Adebayo -TESTIFIED_IN-> Mabery trial"],
  },
  {
    style: "broadsheet: 'all three women testified' after the three are named reads each of them",
    text: "Dan Corfield was convicted of rape in May. Ann Lowe, Beth Cole and Cara Diaz said he had attacked them in 2003. All three women testified at his trial.",
    facts: ["Ann Lowe -TESTIFIED_IN-> Corfield trial", "Beth Cole -TESTIFIED_IN-> Corfield trial", "Cara Diaz -TESTIFIED_IN-> Corfield trial"],
    not: ["Ann Lowe -HOLDS_ROLE-> woman"],
  },
  {
    style: "Korean wire: 'a lawyer for the Kestrel heir' is the lawyer of the one heir the article names, not the company's",
    text: "Kestrel heir Park Min-ho jailed for bribery\n\nPark Min-ho, the Kestrel Electronics heir, was sentenced to two years in prison for bribery on Friday. Choi Jun-seo, a lawyer for the Kestrel heir, voiced regret.",
    facts: ["Choi Jun-seo -REPRESENTS-> Park Min-ho"],
    not: ["Choi Jun-seo -REPRESENTS-> Kestrel Electronics", "Choi Jun-seo -WORKS_FOR-> Kestrel Electronics"],
  },
  {
    style: "British court report: a participle before the clause names the lawyer's client",
    text: "Tom Rell, 34, was jailed for six years for fraud at Kestleford Crown Court on Friday. Representing Rell, Jon Pike told the court his client was remorseful.",
    facts: ["Jon Pike -REPRESENTS-> Tom Rell"],
  },
  {
    style: "wire: a bare surname two people share is not the one a later pronoun about someone else fits",
    text: "Oren Vale's fraud trial ended in a mistrial on Monday. Vale said nothing. Mina Vale, his wife of 30 years, wept. The prosecutor said he would try Vale again on the same charges and praised Dana Ruiz for her courage.",
    facts: ["Oren Vale -DEFENDANT_IN-> Vale retrial"],
    not: ["Mina Vale -DEFENDANT_IN-> Vale retrial"],
  },
  {
    style: "wire: an object pronoun after a shared surname is someone else ('Vale handed her the pills')",
    text: "Oren Vale went on trial in Bramstow. Mina Vale, his wife, sat behind him. The complainant, Dana Ruiz, told jurors that Vale handed her three pills. Vale was charged with aggravated indecent assault.",
    facts: ["Oren Vale -CHARGED_WITH-> aggravated indecent assault"],
    not: ["Mina Vale -CHARGED_WITH-> aggravated indecent assault"],
  },
  {
    style: "US wire: 'The 79-year-old entertainer' is the story's defendant, a judge named in between",
    text: "Oren Vale's assault trial ended without a verdict on Saturday after the jury said it could not agree. Judge Ada Munro of the county court declared a mistrial. The panel had first reported that it was deadlocked on Thursday, and Munro sent the jurors back. They never got there. Vale said nothing. Vale left with his lawyers. The 79-year-old entertainer was charged with three counts of aggravated indecent assault.",
    facts: ["Oren Vale -HOLDS_ROLE-> entertainer", "Oren Vale -CHARGED_WITH-> aggravated indecent assault"],
    not: ["Ada Munro -HOLDS_ROLE-> entertainer"],
  },
  {
    style: "Scottish tabloid lede: 'A SCAFFOLDER accused of ...' is the man the next sentence names",
    text: "GLASGOW - A SCAFFOLDER accused of stabbing a delivery driver walked free from the most serious charge yesterday. Callum Reid, 41, from Paisley, was however convicted of assaulting Darren Kerr.",
    facts: ["Callum Reid -HOLDS_ROLE-> scaffolder", "Callum Reid -CHARGED_WITH-> assault"],
    not: ["Darren Kerr -HOLDS_ROLE-> scaffolder"],
  },
  {
    style: "wire lede: a description named in its own sentence is the roles stage's, and a judge named next is not it",
    text: "A former nurse was convicted on Monday of poisoning two patients. Judge Ada Munro said the case was grave. Mina Sollo, 41, showed no emotion.",
    facts: ["Mina Sollo -HOLDS_ROLE-> nurse"],
    not: ["Ada Munro -HOLDS_ROLE-> nurse"],
  },
  {
    style: "US TV station lede: the jury's verdict names 'a 34-year-old man', the next sentence names him",
    text: "DALBY (KVXX) — A county jury on Thursday found a 34-year-old man guilty of vehicular manslaughter in the death of a cyclist. Perry Lang, of Dalby, showed no emotion as the verdict was read.",
    facts: ["Perry Lang -CHARGED_WITH-> vehicular manslaughter"],
  },
  {
    style: "Australian court brief: 'jailed a former nurse' is the woman named next, not the judge named before",
    text: "Judge Ada Munro on Friday jailed a former nurse for stealing painkillers from a Toowoomba hospital. Mina Sollo, 41, had pleaded guilty to stealing as a servant.",
    facts: ["Mina Sollo -HOLDS_ROLE-> nurse"],
    not: ["Ada Munro -HOLDS_ROLE-> nurse"],
  },
  {
    style: "a markdown note: strong emphasis around a name is markup, not words between the verdict and its defendant",
    text: "A jury in Port Tarn on Tuesday found the baker **Ivo Hrdlicka** not guilty of fraud, ending a three-week trial.",
    facts: ["Ivo Hrdlicka -CHARGED_WITH-> fraud"],
  },
  {
    style: "Kenyan court report: a list of the accused with a kinship and a role before their names",
    text: "Former finance chief Josphat Fencroft, his wife Gladys Fencroft and contractor Abdi Garthorpe pleaded not guilty to charges of fraud.",
    facts: ["Josphat Fencroft -CHARGED_WITH-> fraud", "Gladys Fencroft -CHARGED_WITH-> fraud", "Abdi Garthorpe -CHARGED_WITH-> fraud"],
  },
  {
    style: "Yorkshire daily: a list's second item named in apposition to what he is to the first ('and his business partner, B,')",
    text: "Callum Rowsell, 52, and his business partner, Dev Kapoor, 47, were charged with fraud by false representation, police said.",
    facts: ["Callum Rowsell -CHARGED_WITH-> fraud by false representation", "Dev Kapoor -CHARGED_WITH-> fraud by false representation"],
  },
  {
    style: "Australian court brief: the same apposition after 'and' as the object of a conviction",
    text: "A District Court jury convicted Lachlan Dwyer and his co-accused, Priya Rizvi, of aggravated burglary on Friday.",
    facts: ["Lachlan Dwyer -CHARGED_WITH-> aggravated burglary", "Priya Rizvi -CHARGED_WITH-> aggravated burglary"],
  },
  {
    style: "Australian broadsheet: a list of relatives, each with a kinship of their own, gives each their own tie",
    text: "The chef, Ana Lopes, and her accountant, Rui Dias, were charged with fraud on Monday.\n\nLopes was accompanied to court by her partner, Lina Moraes, and her eldest son, Tomas Rudge, who watched from the gallery.",
    facts: ["Lina Moraes -RELATED_TO(partner)-> Ana Lopes", "Tomas Rudge -RELATED_TO(son)-> Ana Lopes", "Rui Dias -CHARGED_WITH-> fraud"],
    not: ["Tomas Rudge -RELATED_TO(partner)-> Ana Lopes", "Rui Dias -HOLDS_ROLE-> chef"],
  },
  {
    style: "Sydney broadsheet: a lawyer for 'the couple' or 'the pair' represents each of the two just named",
    text: "Harriet Vance, 44, and her husband, Julian Vance, 46, pleaded not guilty to charges of forced labour.\n\nThe couple's barrister, Imogen Sterling SC, told the court they would fight the charges.\n\nA lawyer for the pair, Rafael Ortiz, said his clients were devastated.",
    facts: ["Imogen Sterling -REPRESENTS-> Harriet Vance", "Imogen Sterling -REPRESENTS-> Julian Vance", "Rafael Ortiz -REPRESENTS-> Harriet Vance", "Rafael Ortiz -REPRESENTS-> Julian Vance"],
  },
  {
    style: "Manchester daily: 'the couple' after one defendant and the judge who sentenced her is no one",
    text: "Judge Helen Mabery jailed Moira Quenby for four years.\n\nThe couple's solicitor, Mark Henley, said they were ashamed.",
    facts: [],
    not: ["Mark Henley -REPRESENTS-> Helen Mabery", "Mark Henley -REPRESENTS-> Moira Quenby"],
  },
  {
    style: "Manchester daily: 'the brothers' are the two of one surname just named, for their solicitor and their sentence",
    text: "Kieran Doyle, 27, and Sean Doyle, 24, admitted robbery at Kestleford Crown Court.\n\nThe brothers' solicitor, Mark Henley, said they were ashamed.",
    facts: ["Mark Henley -REPRESENTS-> Kieran Doyle", "Mark Henley -REPRESENTS-> Sean Doyle"],
  },
  {
    style: "Manchester daily: 'the brothers' after two people of different surnames is no one named",
    text: "Kieran Doyle, 27, and Sean Rowsell, 24, admitted robbery at Kestleford Crown Court.\n\nThe brothers' solicitor, Mark Henley, said they were ashamed.",
    facts: [],
    not: ["Mark Henley -REPRESENTS-> Kieran Doyle", "Mark Henley -REPRESENTS-> Sean Rowsell"],
  },
  {
    style: "Indian daily: 'Both accused pleaded not guilty' two sentences after the two are named",
    text: "The sessions court framed charges against builder Sandeep Kale and engineer Farhan Sayed. Additional Sessions Judge Meena Gowda framed charges of culpable homicide. The offence took place before the new codes came into force. Both accused pleaded not guilty to culpable homicide and claimed trial.",
    facts: ["Sandeep Kale -CHARGED_WITH-> culpable homicide", "Farhan Sayed -CHARGED_WITH-> culpable homicide"],
    not: ["Meena Gowda -CHARGED_WITH-> culpable homicide"],
  },
  {
    style: "US appeals wire: the judges who wrote for and joined the panel sit on the court that ruled",
    text: "A federal appeals court upheld the racketeering conviction of Oren Vale on Tuesday. The U.S. Court of Appeals for the Fourth Circuit rejected his argument. Writing for the panel, Circuit Judge Ana Ruiz said the record was full of proof. Judges Susan Kole and Richard Bell joined the ruling.",
    facts: ["Ana Ruiz -WORKS_FOR-> U.S. Court of Appeals for the Fourth Circuit", "Susan Kole -WORKS_FOR-> U.S. Court of Appeals for the Fourth Circuit", "Richard Bell -WORKS_FOR-> U.S. Court of Appeals for the Fourth Circuit"],
  },
  {
    style: "British and Hong Kong court reports: 'Giving evidence last week, X told the court', 'X told the court during the trial'",
    text: "Oren Vale was convicted of fraud on Friday. Giving evidence last week, Mr Tom Egridge told the court he had lost everything. Soh Chi-wai told the court during the trial that she had signed the forms. His lawyer, Ada Munro, told the court during the trial that Vale was innocent.",
    facts: ["Tom Egridge -TESTIFIED_IN-> Vale trial", "Soh Chi-wai -TESTIFIED_IN-> Vale trial"],
    not: ["Ada Munro -TESTIFIED_IN-> Vale trial"],
  },
  {
    style: "Scottish court report: a surname alone is the one the story introduced first, not a sibling named in full later",
    text: "Callum Reid, 41, was convicted of assault. Reid's sister, Isla Reid, 37, was found not guilty of attempting to pervert the course of justice. Isla Reid was represented by Eilidh Frew. Reid's counsel, Ranjit Zelmere, said his client had been punched first.",
    facts: ["Ranjit Zelmere -REPRESENTS-> Callum Reid"],
    not: ["Ranjit Zelmere -REPRESENTS-> Isla Reid"],
  },
  {
    style: "Scottish court report: a detective and a postwoman 'told the court' at a trial that ended in a verdict",
    text: "A jury at the High Court in Glasgow convicted Callum Reid of assault on Friday. Detective Sergeant Ken Strachley, of the major investigation team, told the court the knife was found in a shed. Mai Huong, a postwoman who lives nearby, told the court she heard shouting. Reid told the court he had acted in self-defence.",
    facts: ["Ken Strachley -TESTIFIED_IN-> Reid trial", "Mai Huong -TESTIFIED_IN-> Reid trial"],
    not: ["Callum Reid -TESTIFIED_IN-> Reid trial"],
  },
  {
    style: "British sentencing report: what a mother told the court after a guilty plea is no testimony at a trial",
    text: "Callum Reid, 24, pleaded guilty to assault at Paisley Sheriff Court. His mother, Ann Reid, told the court he had changed. Sheriff Ian Gow jailed him for two years.",
    facts: [],
    not: ["Ann Reid -TESTIFIED_IN-> Reid trial"],
  },
  {
    style: "US wire: a cooperator who pleaded guilty and testified for the government",
    text: "A federal jury in Boston convicted Nadia Kole of securities fraud on Tuesday. Erik Nolder, her former trader, pleaded guilty in January to conspiracy to commit securities fraud and testified for the government over six days.",
    facts: ["Erik Nolder -TESTIFIED_IN-> Kole trial"],
    not: ["Erik Nolder -TESTIFIED_IN-> Nolder trial"],
  },
  {
    style: "US broadsheet: other accusers a side was allowed to call at the retrial",
    text: "A jury in Bramstow convicted Oren Vale of sexual assault at his retrial. At the retrial, prosecutors were permitted to call five other women who said Vale had drugged them, among them the former model Ana Ruiz. The defence called Tom Rudge to the stand. Prosecutors had planned to call Rita Moss as a witness.",
    facts: ["Ana Ruiz -TESTIFIED_IN-> Vale trial", "Tom Rudge -TESTIFIED_IN-> Vale trial"],
    not: ["Rita Moss -TESTIFIED_IN-> Vale trial"],
  },
  {
    style: "British regional broadcaster: 'Sentencing, Judge X said' is the trial's judge; a prosecutor's words after 'Sentencing' make none",
    text: "Dentist jailed for defrauding health service\n\nHarjit Bassa, 49, was convicted of fraud by false representation after a trial at Worcester Crown Court. His practice manager, Glenys Warde, admitted fraud at an earlier hearing. Sentencing, Judge Martin Rudge said Bassa had betrayed the trust of his patients. Sentencing him, prosecutor Amrit Dhill said the court should be firm.",
    facts: ["Martin Rudge -PRESIDED_OVER-> Bassa trial"],
    not: ["Amrit Dhill -PRESIDED_OVER-> Bassa trial"],
  },
];

describeStories("trial participants told in many styles", ROWS);
