// How people and courts are tied to a case on unseen reports: a court of first instance that sentences,
// appeal rulings that reach their court, panel judges, a higher court that overturns an acquittal and
// convicts, the witnesses and prosecutors of the article's one trial. Each row is an invented story in
// a style of its own, with the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const TRIAL_COURTS: StoryRow[] = [
  {
    style: "Pakistani daily: 'An accountability court in X on Thursday sentenced Y to ... for corruption'",
    text: "An accountability court in Islamabad on Thursday sentenced former finance minister Shaukat Hameed to 10 years in prison for corruption. Judge Bashir Ahmed announced the verdict.",
    facts: ["Hameed trial -HELD_AT-> accountability court in Islamabad", "Hameed trial: guilty -ON_CHARGE-> corruption", "Bashir Ahmed -PRESIDED_OVER-> Hameed trial"],
  },
  {
    style: "Korean wire: a high court's sentence is an appeal court's, no trial held there",
    text: "The Daegu High Court on Friday sentenced tycoon Choi Dong-hyun to four years in prison for embezzlement.",
    facts: [],
    not: ["Choi trial -HELD_AT-> Daegu High Court"],
  },
  {
    style: "British regional: a court that sentences after a guilty plea holds no trial",
    text: "Lewis Mabery, 27, admitted burglary. Swindon Crown Court on Monday jailed Mabery for two years for burglary.",
    facts: [],
    not: ["Mabery trial -HELD_AT-> Swindon Crown Court"],
  },
];

describeStories("a court of first instance that sentences", TRIAL_COURTS);

const ACQUITTALS_OVERTURNED: StoryRow[] = [
  {
    style: "Pakistani daily: 'the High Court overturned the acquittal and convicted him, sentencing him to ...'",
    text: "Cricketer Imran Qazi was acquitted of match-fixing by a sessions court in 2019. On Tuesday the Sindh High Court overturned the acquittal and convicted him, sentencing him to five years.",
    facts: ["Sindh High Court -RULED-> Imran Qazi: appeal overturned", "Imran Qazi: appeal overturned -OVERTURNS-> Qazi trial: not guilty", "Sindh High Court -RULED-> Imran Qazi: guilty on appeal", "Imran Qazi: guilty on appeal -ON_CHARGE-> match-fixing"],
    not: ["Qazi trial -RESULTED_IN-> Qazi trial: guilty"],
  },
  {
    style: "Canadian wire: 'The Court of Appeal overturned the acquittal on Wednesday and convicted him of two counts of fraud'",
    text: "Financier Dale Pruitt was acquitted of securities fraud by a Toronto jury in 2020. The Court of Appeal overturned the acquittal on Wednesday and convicted him of two counts of fraud.",
    facts: ["Court of Appeal -RULED-> Dale Pruitt: appeal overturned", "Dale Pruitt: appeal overturned -OVERTURNS-> Pruitt trial: not guilty", "Court of Appeal -RULED-> Dale Pruitt: guilty on appeal"],
    not: ["Pruitt trial -RESULTED_IN-> Pruitt trial: guilty", "Dale Pruitt: appeal overturned -OVERTURNS-> Pruitt trial: guilty"],
  },
  {
    style: "Australian broadsheet: an appeal to overturn an acquittal refused makes no ruling on it",
    text: "Builder Cody Rasmussen was acquitted of manslaughter in 2021. The Court of Appeal on Friday refused to overturn the acquittal.",
    facts: [],
    not: ["Court of Appeal -RULED-> Cody Rasmussen: appeal overturned"],
  },
];

describeStories("a higher court that overturns an acquittal and convicts", ACQUITTALS_OVERTURNED);

const PANELS: StoryRow[] = [
  {
    style: "Pakistani daily: 'Justices A, B and C ruled that ...' after the high court's ruling",
    text: "Former police chief Tahir Masood was convicted of murder by an anti-terrorism court in 2016. On Monday the Tarai High Court overturned the conviction. Justices Ali Raza Naqvi, Sheharyar Butt and Faraz Haider ruled that the prosecution had failed to prove its case.",
    facts: ["Tarai High Court -RULED-> Tahir Masood: appeal overturned", "Ali Raza Naqvi -WORKS_FOR-> Tarai High Court", "Sheharyar Butt -WORKS_FOR-> Tarai High Court", "Faraz Haider -WORKS_FOR-> Tarai High Court", "Masood trial: guilty -ON_CHARGE-> murder"],
    not: ["Ali Raza Naqvi -PRESIDED_OVER-> Masood trial"],
  },
  {
    style: "Kenyan daily: 'A bench of Justices A and B of the Court of Appeal ... set aside the conviction'",
    text: "Politician Joseph Kamau was convicted of corruption in 2019. A bench of Justices Wanjiru Karanja and Omollo Odek of the Court of Appeal on Friday set aside the conviction.",
    facts: ["Wanjiru Karanja -WORKS_FOR-> Court of Appeal", "Omollo Odek -WORKS_FOR-> Court of Appeal"],
  },
  {
    style: "wire: trial judges named together with no appeal told work for no appeal court",
    text: "Three men were convicted of robbery at the Eastvale District Court in 2023. Judges Mara Kimber and Tove Ek said the men had planned the raid. The Court of Appeal will hear the case next year.",
    facts: [],
    not: ["Mara Kimber -WORKS_FOR-> Court of Appeal", "Tove Ek -WORKS_FOR-> Court of Appeal"],
  },
];

describeStories("panel judges and the court of their ruling", PANELS);

const APPEAL_COURTS: StoryRow[] = [
  {
    style: "North Indian daily: a division bench of named judges dismisses 'the appeal filed by X against his conviction'; a court of two regions keeps its whole name, the bench is no court, and the state's counsel at the appeal prosecuted no trial",
    text: "Chandigarh, March 3\n\nThe Tarai and Doaba High Court has upheld the life term of a Ropar resident for murdering his wife.\n\nA Division Bench of Justice Harnoor Dhillon and Justice Kavya Mehra dismissed the appeal filed by Jaswinder Rai against his conviction by the trial court in 2022.\n\nThe state was represented by Deputy Advocate General Simrat Bains.",
    facts: ["Tarai and Doaba High Court -RULED-> Jaswinder Rai: appeal upheld", "Jaswinder Rai -DEFENDANT_IN-> Rai trial", "Harnoor Dhillon -WORKS_FOR-> Tarai and Doaba High Court"],
    not: ["Rai trial -HELD_AT-> Division Bench", "Rai trial -HELD_AT-> Bench", "Doaba High Court -RULED-> Jaswinder Rai: appeal upheld", "Simrat Bains -PROSECUTED-> Rai trial"],
  },
  {
    style: "Australian broadcaster: 'The Court of Criminal Appeal on Thursday ordered a retrial'",
    text: "Bronwyn Tate was convicted of manslaughter in 2022. Her lawyers appealed. The Court of Criminal Appeal on Thursday ordered a retrial.",
    facts: ["Court of Criminal Appeal -RULED-> Bronwyn Tate: appeal overturned", "Bronwyn Tate: appeal overturned -OVERTURNS-> Tate trial: guilty"],
  },
  {
    style: "wire: 'quashed the conviction and ordered a retrial' overturns the conviction told, not a trial before it",
    text: "Bronwyn Tate was convicted of manslaughter in 2022. The appeals court on Thursday quashed the conviction and ordered a retrial.",
    facts: ["Bronwyn Tate: appeal overturned -OVERTURNS-> Tate trial: guilty"],
    not: ["Bronwyn Tate -DEFENDANT_IN-> Tate trial (earlier)"],
  },
  {
    style: "British: a trial judge's retrial after a hung jury is no appeal",
    text: "The jury at Exeter Crown Court could not agree on a verdict in the trial of Glen Moyle for arson. Exeter Crown Court ordered a retrial.",
    facts: [],
    not: ["Exeter Crown Court -RULED-> Glen Moyle: appeal overturned"],
  },
  {
    style: "Nigerian daily: 'The Court of Appeal, Lagos Division, upheld ...', then 'the Supreme Court set aside both judgments'",
    text: "Property tycoon Dayo Adeyemi was convicted of fraud by the Federal High Court in Lagos in 2019. The Court of Appeal, Lagos Division, upheld the conviction in 2021. On Friday the Supreme Court set aside both judgments and discharged him.",
    facts: ["Court of Appeal -RULED-> Dayo Adeyemi: appeal upheld", "Supreme Court -RULED-> Dayo Adeyemi: appeal overturned", "Adeyemi trial (earlier) -HELD_AT-> Federal High Court in Lagos"],
  },
  {
    style: "Pakistani daily: the apex court holds no trial",
    text: "Lawyer Farhan Siddiqi was convicted of contempt in 2021. On Monday the apex court dismissed his appeal.",
    facts: ["apex court -RULED-> Farhan Siddiqi: appeal upheld"],
    not: ["Siddiqi trial -HELD_AT-> apex court"],
  },
  {
    style: "British broadsheet: 'Lord Justice X said' after the Court of Appeal's ruling is no trial judge",
    text: "Nurse Ellen Mabery was convicted of the murder of two patients in 2020. Her appeal was dismissed by the Court of Appeal on Tuesday. Lord Justice Holroyd said the evidence against her had been overwhelming.",
    facts: ["Court of Appeal -RULED-> Ellen Mabery: appeal upheld"],
    not: ["Holroyd -PRESIDED_OVER-> Mabery trial"],
  },
  {
    style: "Indian daily: a high court's acquittal of one a special court convicted is an appeal, its author a judge of it",
    text: "Ex-councillor Gopal Shetty was convicted of bribery by a special court in 2018. In a 2-1 verdict, the Madras High Court on Monday acquitted him. Justice Revati Mohite wrote the majority judgment.",
    facts: ["Madras High Court -RULED-> Gopal Shetty: appeal overturned", "Gopal Shetty: appeal overturned -OVERTURNS-> Shetty trial: guilty", "Revati Mohite -WORKS_FOR-> Madras High Court"],
    not: ["Revati Mohite -PRESIDED_OVER-> Shetty trial", "Shetty trial -RESULTED_IN-> Shetty trial: not guilty"],
  },
  {
    style: "South African: a high court that tries the case acquits at the trial",
    text: "Lwazi Ndlela went on trial in the High Court in Durban in March. The High Court in Durban acquitted him of murder on Friday.",
    facts: ["Ndlela trial -RESULTED_IN-> Ndlela trial: not guilty"],
  },
];

describeStories("appeal rulings that reach their court", APPEAL_COURTS);

const LEDE_RELATIVES: StoryRow[] = [
  {
    style: "Californian daily: 'A Riverside man accused of killing his neighbour pleaded not guilty', named in the next sentence",
    text: "A Riverside man accused of killing his neighbour pleaded not guilty on Monday. Dwayne Petty, 47, is charged with second-degree murder in the death of Carl Ames. His trial is set for June.",
    facts: ["Dwayne Petty -ENTERED_PLEA-> Dwayne Petty pleads not guilty"],
  },
  {
    style: "Australian tabloid: 'A Geelong woman accused of poisoning her husband has been found guilty by a Supreme Court jury'",
    text: "A Geelong woman accused of poisoning her husband has been found guilty by a Supreme Court jury. Kylie Garnock, 44, wept as the verdict was read.",
    facts: ["Garnock trial -RESULTED_IN-> Garnock trial: guilty", "Kylie Garnock -DEFENDANT_IN-> Garnock trial"],
  },
  {
    style: "British regional: 'A Leeds nurse accused of harming patients has been cleared by a jury'",
    text: "A Leeds nurse accused of harming patients has been cleared by a jury. Alison Rowsell, 38, had denied five counts of grievous bodily harm.",
    facts: ["Rowsell trial: not guilty -ON_CHARGE-> grievous bodily harm"],
  },
  {
    style: "wire: a lede's man who is not said to plead makes no plea",
    text: "A Riverside man accused of killing his neighbour is expected to plead not guilty on Monday. Dwayne Petty, 47, is charged with murder.",
    facts: [],
    not: ["Dwayne Petty -ENTERED_PLEA-> Dwayne Petty pleads not guilty"],
  },
];

describeStories("a lede's reduced relative before the verb", LEDE_RELATIVES);

const TRIAL_PEOPLE: StoryRow[] = [
  {
    style: "British regional: 'Giving evidence, paramedic X said'",
    text: "Harold Pim, 58, is on trial at Penzance Crown Court charged with causing death by dangerous driving. Giving evidence, paramedic Sian Cardew said the victim had died at the scene.",
    facts: ["Sian Cardew -TESTIFIED_IN-> Pim trial"],
  },
  {
    style: "Welsh daily: 'PC X, giving evidence for the prosecution, said'",
    text: "Police constable Aaron Fitch is on trial at Cardiff Crown Court accused of assault. His colleague, PC Rhian Lloyd, giving evidence for the prosecution, said Fitch had punched the man.",
    facts: ["Rhian Lloyd -TESTIFIED_IN-> Fitch trial"],
  },
  {
    style: "South African: 'X was the State's key witness'",
    text: "Thandi Egdale, 29, is standing trial for fraud in the Johannesburg Regional Court. Her former bookkeeper, Sipho Ndlovu, was the State's key witness.",
    facts: ["Sipho Ndlovu -TESTIFIED_IN-> Egdale trial"],
  },
  {
    style: "Irish daily: 'In evidence, accountant X said'",
    text: "Brendan Doyle, 51, denies fraud. He is on trial at Dublin Circuit Criminal Court. In evidence, accountant Maeve Maske said the money had vanished.",
    facts: ["Maeve Maske -TESTIFIED_IN-> Doyle trial"],
  },
  {
    style: "Nigerian daily: 'Counsel to the EFCC, X, told the court' is counsel, no witness",
    text: "Nkechi Obi is on trial at the Federal High Court in Abuja for money laundering. Counsel to the EFCC, Rotimi Oyedepo, told the court that Obi had moved N2 billion.",
    facts: [],
    not: ["Rotimi Oyedepo -TESTIFIED_IN-> Obi trial"],
  },
  {
    style: "New Zealand wire: the one judge of a short report, beside a prosecutor the report names as often as the accused",
    text: "Ben Tau was convicted of manslaughter in the High Court at Hamilton. Justice Sarah Katz remanded him in custody until sentencing. The Crown was represented by Ian Moss.",
    facts: ["Sarah Katz -PRESIDED_OVER-> Tau trial", "Ian Moss -PROSECUTED-> Tau trial"],
  },
  {
    style: "US wire: 'X's trial opened in federal court ... Assistant U.S. Attorney Y told jurors ... Judge Z is presiding'",
    text: "Former mayor Joe Rinaldi's trial opened in federal court in Newark on Tuesday. Assistant U.S. Attorney Dana Kim told jurors that Rinaldi took bribes. U.S. District Judge Carla Ruiz is presiding.",
    facts: ["Joe Rinaldi -DEFENDANT_IN-> Rinaldi trial", "Dana Kim -PROSECUTED-> Rinaldi trial", "Carla Ruiz -PRESIDED_OVER-> Rinaldi trial"],
  },
  {
    style: "wire: a judge of an earlier case told for comparison presides over nothing here",
    text: "Former mayor Joe Rinaldi's trial opened in federal court in Newark on Tuesday. Assistant U.S. Attorney Dana Kim told jurors that Rinaldi took bribes. In a similar case in 2015, Judge Ada Munro jailed former senator Tom Bale for bribery.",
    facts: ["Dana Kim -PROSECUTED-> Rinaldi trial"],
    not: ["Ada Munro -PRESIDED_OVER-> Rinaldi trial"],
  },
];

describeStories("the witnesses, prosecutors and judges of the article's one trial", TRIAL_PEOPLE);

const CLAIMED_TRIAL: StoryRow[] = [
  {
    style: "Indian daily: charges framed, the accused 'claimed trial': a trial going on, its judge and its prosecutor",
    text: "The sessions court here on Tuesday framed charges of cheating against businessman Arvind Gowda. Additional Sessions Judge Kavita Menon framed the charges. Gowda pleaded not guilty and claimed trial. Special Public Prosecutor Rahul Trivedi, appearing for the state, told the court that 20 witnesses would be examined.",
    facts: ["Arvind Gowda -DEFENDANT_IN-> Gowda trial", "Kavita Menon -PRESIDED_OVER-> Gowda trial", "Rahul Trivedi -PROSECUTED-> Gowda trial"],
  },
];

describeStories("one who claimed trial is being tried", CLAIMED_TRIAL);

const ONE_TRIAL: StoryRow[] = [
  {
    style: "Australian regional: two tried together, no one named most, the witness and the court told apart from either",
    text: "A jury in the District Court at Townsville returned its verdicts on Friday after a two-week trial. Brodie Quill, 33, was convicted of grievous bodily harm. His brother, Lachlan Quill, 30, who stood trial alongside him, was found not guilty of the same charge. The fight broke out outside a pub in March 2024. The victim, a 27-year-old tradesman, spent a week in hospital. He has not returned to work. His partner said the family was struggling. CCTV of the fight was shown to the jury. Senior Constable Mia Dowd, of the Townsville tactical unit, told the court the boots were found in a bin.",
    facts: ["Mia Dowd -TESTIFIED_IN-> Quill trial", "Quill trial -HELD_AT-> District Court at Townsville"],
  },
];

describeStories("the article's one trial when no defendant is named most", ONE_TRIAL);

const JUDGES_COURTS: StoryRow[] = [
  {
    style: "South African: 'Judge X of the Y High Court acquitted him of murder', then 'The state, led by advocate Z, appealed'",
    text: "Farmer Johan Pretorius stood trial for the death of a farmworker. In March, Judge Nandi Khoza of the Limpopo High Court acquitted Pretorius of murder. The state, led by advocate Thabo Egdale, appealed.",
    facts: ["Pretorius trial -HELD_AT-> Limpopo High Court", "Thabo Egdale -PROSECUTED-> Pretorius trial", "Nandi Khoza -PRESIDED_OVER-> Pretorius trial"],
  },
];

describeStories("a judge's own verdict in the judge's court", JUDGES_COURTS);

const SEVERAL_JUDGES: StoryRow[] = [
  {
    style: "British regional: the trial judge beside the district judge of the first appearance",
    text: "Gemma Latham, 36, was found guilty of fraud at Preston Crown Court on Thursday. Judge Alan Mercer said Latham had shown no remorse. She first appeared before District Judge Sara Obi at Preston Magistrates' Court in January.",
    facts: ["Alan Mercer -PRESIDED_OVER-> Latham trial"],
    not: ["Sara Obi -PRESIDED_OVER-> Latham trial"],
  },
  {
    style: "Midlands daily: 'Recorder X told Walsh', beside a judge of a separate case",
    text: "Kieran Walsh was convicted of dangerous driving by a jury at Wolverhampton Crown Court. Recorder Tom Rudge told Walsh he would be jailed. In a separate case last year, Judge Nina Bell jailed his brother for burglary.",
    facts: ["Tom Rudge -PRESIDED_OVER-> Walsh trial"],
    not: ["Nina Bell -PRESIDED_OVER-> Walsh trial"],
  },
  {
    style: "wire: two judges of the case itself, neither told apart, preside over nothing",
    text: "Kieran Walsh was convicted of dangerous driving by a jury at Wolverhampton Crown Court. Recorder Tom Rudge told Walsh he would be jailed. Judge Nina Bell will pass sentence.",
    facts: [],
    not: ["Nina Bell -PRESIDED_OVER-> Walsh trial", "Tom Rudge -PRESIDED_OVER-> Walsh trial"],
  },
  {
    style: "NZ Herald: the judge who 'remanded him on bail to be sentenced' after the verdict is the trial's, not a bail hearing's",
    text: "Kahu Tamatea first appeared before District Judge Ana Reihana in 2023. He stood trial in the High Court at Hamilton over the death of a worker. On Thursday the jury found Tamatea guilty of manslaughter. Justice Miriama Loxley remanded him on bail to be sentenced in November.",
    facts: ["Miriama Loxley -PRESIDED_OVER-> Tamatea trial"],
    not: ["Ana Reihana -PRESIDED_OVER-> Tamatea trial"],
  },
  {
    style: "NZ Herald: a judge who fined the defendant's company is not the judge of his trial",
    text: "Kahu Tamatea stood trial in the High Court at Hamilton over the death of a worker. On Thursday the jury found Tamatea guilty of manslaughter. Justice Miriama Loxley remanded him on bail to be sentenced in November. His company was fined $420,000 by Judge Pita Carstairs in the Hamilton District Court last year.",
    facts: [],
    not: ["Pita Carstairs -PRESIDED_OVER-> Tamatea trial"],
  },
];

describeStories("the trial's judge among several judges", SEVERAL_JUDGES);

describeStories("an acquittal at a retrial after an appeal", [
  {
    style: "Canadian broadsheet: 'quashed by the Court of Appeal ... and she was acquitted at a retrial'",
    text: "Ayesha Kohli was convicted of murder in 2019. Her conviction was quashed by the Court of Appeal in 2021 and she was acquitted at a retrial in 2022. Justice Marcus Scurlock, who presided over the retrial, said the original case had been flawed.",
    facts: ["Kohli trial -RESULTED_IN-> Kohli trial: not guilty", "Marcus Scurlock -PRESIDED_OVER-> Kohli trial", "Court of Appeal -RULED-> Ayesha Kohli: appeal overturned"],
  },
]);

describeStories("one cross-examined gave evidence", [
  {
    style: "Australian: 'X was cross-examined by the defence'",
    text: "Liam Carver is on trial in Melbourne for the murder of his business partner. His wife, Tess Carver, took the stand on Tuesday. Forensic accountant Ian Boyd was cross-examined by the defence.",
    facts: ["Ian Boyd -TESTIFIED_IN-> Carver trial"],
  },
  {
    style: "US wire: 'Under cross-examination, X admitted'",
    text: "Rapper Jaylen Cross went on trial in Atlanta on Monday on racketeering charges. Under cross-examination, Andre Mills admitted he had lied to police.",
    facts: ["Andre Mills -TESTIFIED_IN-> Cross trial"],
  },
]);

describeStories("a prosecuting body with the one it prosecuted as its object", [
  {
    style: "British regional: 'The Harwick Prosecution Service prosecuted X for manslaughter at Y Crown Court'",
    text: "The Harwick Prosecution Service prosecuted Rhys Hollis, 31, for manslaughter at Bristol Crown Court. A jury convicted him on Friday.",
    facts: ["Harwick Prosecution Service -PROSECUTED-> Hollis trial", "Hollis trial -HELD_AT-> Bristol Crown Court"],
  },
]);

describeStories("a bench's ruling told after its court's", [
  {
    style: "Kenyan daily: 'the bench dismissed his appeal' after the Court of Appeal is named",
    text: "Businessman Peter Belham was convicted of fraud in 2022. His case went to the Court of Appeal in Nairobi last year. On Friday the bench dismissed his appeal.",
    facts: ["Court of Appeal in Nairobi -RULED-> Peter Belham: appeal upheld"],
  },
]);

describeStories("a judge who delivers the verdict, in the court named with them", [
  {
    style: "Australian broadcaster: 'In the Supreme Court in X, Justice Y delivered her verdict after a judge-alone trial'",
    text: "Kelly Dunstan, 52, had pleaded not guilty to manslaughter. In the Supreme Court in Bendigo, Justice Margo Quill delivered her verdict on Wednesday after a judge-alone trial, finding Dunstan guilty.",
    facts: ["Dunstan trial -HELD_AT-> Supreme Court in Bendigo", "Margo Quill -PRESIDED_OVER-> Dunstan trial"],
  },
]);

describeStories("a court that convicts on all counts, and a full bench led by its chief justice", [
  {
    style: "Korean wire: 'The Busan District Court on Friday convicted X on all four charges'",
    text: "Shipping executive Park Ji-ho was indicted in March on four charges of embezzlement. The Busan District Court on Friday convicted Park Ji-ho on all four charges. Judge Lee Min-seo sentenced him to three years.",
    facts: ["Ji-ho trial -HELD_AT-> Busan District Court", "Lee Min-seo -PRESIDED_OVER-> Ji-ho trial"],
  },
  {
    style: "Korean daily: 'Its full bench, led by Chief Justice X, ruled' after the Supreme Court's ruling",
    text: "Tycoon Han Do-yun was convicted of bribery in 2021. The Supreme Court overturned the conviction on Thursday. Its full bench, led by Chief Justice Yoon Seo-jin, ruled that the evidence had been obtained illegally.",
    facts: ["Supreme Court -RULED-> Han Do-yun: appeal overturned", "Yoon Seo-jin -WORKS_FOR-> Supreme Court"],
    not: ["Yoon Seo-jin -PRESIDED_OVER-> Han trial"],
  },
]);

describeStories("a sentence passed 'by a' court of first instance", [
  {
    style: "Nigerian daily: 'sentenced to 12 years in prison by a Federal High Court in Abuja on Thursday for fraud'",
    text: "Former MP Alhaji Sani Musa was sentenced to 12 years in prison by a Federal High Court in Abuja on Thursday for fraud. Justice Inyang Ekwo convicted him on all 14 counts.",
    facts: ["Musa trial -HELD_AT-> Federal High Court in Abuja", "Inyang Ekwo -PRESIDED_OVER-> Musa trial"],
  },
]);

describeStories("the trial judge named in an appeal ruling", [
  {
    style: "US wire: 'the appellate court ruled that the trial judge, X, wrongly admitted ...'",
    text: "An Ohio appeals court on Tuesday overturned the conviction of Dale Hupp, a former pastor found guilty in 2022 of fraud. The Ohio Court of Appeals ruled that the trial judge, Rosa Kimble, wrongly admitted bank records.",
    facts: ["Rosa Kimble -PRESIDED_OVER-> Hupp trial"],
  },
]);

describeStories("an appeal told from the defendant's side, or beside the sentence it undoes", [
  {
    style: "BBC regional: 'has had his murder conviction quashed by the Court of Appeal', another count upheld",
    text: "Dean Rowntree, 34, was convicted at Hexley Crown Court in 2022 of murder and of aggravated burglary. In 2026 he has had his murder conviction quashed by the Court of Appeal. His conviction for aggravated burglary was upheld.",
    facts: ["Court of Appeal -RULED-> Dean Rowntree: appeal overturned", "Dean Rowntree: appeal overturned -OVERTURNS-> Rowntree trial (earlier): guilty", "Rowntree trial (earlier): guilty -ON_CHARGE-> aggravated burglary"],
    not: ["Rowntree trial -RESULTED_IN-> Rowntree trial: guilty"],
  },
  {
    style: "Indian daily: a high court 'acquitted X, who had been sentenced to life by a Sessions Court in 2019'",
    text: "The Kelton High Court on Monday acquitted P. Arulmani, who had been sentenced to life imprisonment by a Sessions Court in Vellore in 2019 for the murder of his neighbour.",
    facts: ["Kelton High Court -RULED-> P. Arulmani: appeal overturned", "P. Arulmani: appeal overturned -OVERTURNS-> P. Arulmani: guilty"],
    not: ["Arulmani trial -RESULTED_IN-> Arulmani trial: not guilty"],
  },
  {
    style: "Irish broadsheet: 'allowed the prosecution's appeal against the acquittal of X on a charge of Y'",
    text: "Declan Caskey, 51, was acquitted by a jury at the Circuit Criminal Court in 2024. In 2026 the Court of Appeal allowed the prosecution's appeal against the acquittal of former sergeant Declan Caskey on a charge of assault causing harm.",
    facts: ["Court of Appeal -RULED-> Declan Caskey: appeal overturned", "Declan Caskey: appeal overturned -OVERTURNS-> Caskey trial (earlier): not guilty", "Caskey trial (earlier): not guilty -ON_CHARGE-> assault causing harm"],
  },
  {
    style: "British broadsheet: 'The convictions of A and B, jailed for life in 2012, have been quashed'",
    text: "The murder convictions of Rohan Ramaswamy and Vikram Ramaswamy, jailed for life in 2012, have been quashed by the Court of Appeal.",
    facts: ["Court of Appeal -RULED-> Rohan Ramaswamy: appeal overturned", "Court of Appeal -RULED-> Vikram Ramaswamy: appeal overturned"],
  },
  {
    style: "Canadian broadsheet: a justice 'writing for a 7-2 majority' sits on the top court, never the trial's judge",
    text: "The Supreme Court on Friday overturned a ruling that had ordered a new trial for banker Aurelie Brannagh, who was convicted of fraud by a jury in 2022. Writing for a 7-2 majority, Justice Samuel Tervo said the jury had been properly instructed.",
    facts: [],
    not: ["Samuel Tervo -PRESIDED_OVER-> Brannagh trial (earlier)", "Samuel Tervo -PRESIDED_OVER-> Brannagh trial"],
  },
  {
    style: "Northern Irish daily: 'the Court of Appeal upheld the acquittal' rules on the trial's not-guilty verdict",
    text: "Farmer Ciaran Fermor was acquitted of manslaughter by a jury. The Court of Appeal on Friday upheld the acquittal.",
    facts: ["Court of Appeal -RULED-> Ciaran Fermor: appeal upheld", "Ciaran Fermor: appeal upheld -OVERTURNS-> Fermor trial: not guilty"],
    not: ["Ciaran Fermor: appeal upheld -OVERTURNS-> Fermor trial: guilty"],
  },
]);
