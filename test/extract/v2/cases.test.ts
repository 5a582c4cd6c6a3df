// Cases told in many presses' styles: who is charged with what, how each count ended, pleas,
// penalties, trials to come and appeals. Each story is invented; each row names the facts a reader
// would take from it (and, after "not:", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Korean wire: 'guilty on all counts' is never on the counts of a separate trial to come",
    text: "The High Court convicted Oren Vale of bribery and embezzlement. The court found him guilty on all counts. Vale also faces a separate trial on charges of stock price manipulation and accounting fraud, which he denies.",
    facts: ["Vale trial: guilty -ON_CHARGE-> bribery", "Oren Vale -CHARGED_WITH-> stock price manipulation"],
    not: ["Vale trial: guilty -ON_CHARGE-> stock price manipulation", "Vale trial: guilty -ON_CHARGE-> accounting fraud"],
  },
  {
    style: "Irish court report: a place at the end of a relative clause is no defendant; the defence counsel is the one defendant's",
    text: "A Co Cork man who stabbed another man outside a pub in Ballyvore has been jailed for six years. Declan Moran (34) had pleaded guilty at Cork Circuit Criminal Court to assault causing serious harm. Defence counsel Keelin Byrne said her client had begun addiction treatment.",
    facts: ["Declan Moran -CHARGED_WITH-> assault causing serious harm", "Keelin Byrne -REPRESENTS-> Declan Moran"],
    not: ["Ballyvore -CHARGED_WITH-> assault causing serious harm"],
  },
  {
    style: "Irish court report: an age in brackets and an address between the name and the plea",
    text: "Declan Moran (34), of Bridge Street, Mallow, had pleaded guilty at Cork Circuit Criminal Court to assault causing serious harm to Kevin Brien on St Stephen's Day 2022.",
    facts: ["Declan Moran -ENTERED_PLEA-> Declan Moran pleads guilty", "Declan Moran -CHARGED_WITH-> assault causing serious harm", "assault causing serious harm -ALLEGED_VICTIM-> Kevin Brien"],
    not: ["Mallow -CHARGED_WITH-> assault causing serious harm"],
  },
  {
    style: "US regional: offences of one kind told apart by a list and by outcomes keep their own names",
    text: "A Superior Court jury found Oren Vale guilty of forcible oral copulation and sexual penetration by a foreign object. Jurors acquitted Vale of one count of sexual battery by restraint.",
    facts: ["Vale trial: guilty -ON_CHARGE-> forcible oral copulation", "Vale trial: guilty -ON_CHARGE-> sexual penetration by a foreign object", "Vale trial: not guilty -ON_CHARGE-> sexual battery by restraint"],
    not: ["Vale trial: not guilty -ON_CHARGE-> forcible oral copulation", "Vale trial: guilty -ON_CHARGE-> sexual battery by restraint"],
  },
  {
    style: "wire: one count told by two names is one charge",
    text: "Oren Vale was convicted on a felony sex abuse charge on Tuesday. He faces up to 25 years in prison for his conviction on a charge of first-degree criminal sexual act.",
    facts: ["Vale trial: guilty -ON_CHARGE-> first-degree criminal sexual act"],
    not: ["Vale trial: guilty -ON_CHARGE-> sex abuse"],
  },
  {
    style: "trade press: the verdict's verb is no part of the role after it",
    text: "A jury found that the streaming service Vireo Media wrongfully terminated screenwriter Dana Egridge. A sessions court convicted former legislator Rakesh Venu for cheating.",
    facts: ["Dana Egridge -HOLDS_ROLE-> screenwriter", "Rakesh Venu -CHARGED_WITH-> cheating"],
    not: ["Dana Egridge -HOLDS_ROLE-> terminated screenwriter", "Rakesh Venu -HOLDS_ROLE-> sessions court legislator"],
  },
  {
    style: "British: 'counts of assault by beating against X' names the complainant, never a defendant",
    text: "TV chef Marcus Bellamy-Rowe has been found not guilty of assaulting his former partner. Bellamy-Rowe, 44, had denied two counts of assault by beating against Harriet Lowe. A rape charge against Tom Vell was dropped last year.",
    facts: ["Marcus Bellamy-Rowe -CHARGED_WITH-> assault by beating", "assault by beating -ALLEGED_VICTIM-> Harriet Lowe", "Tom Vell -CHARGED_WITH-> rape"],
    not: ["Harriet Lowe -CHARGED_WITH-> assault by beating"],
  },
  {
    style: "French wire: a co-defendant's penalty for a charge is his conviction on it, with no trial made up",
    text: "Ivo Garnock, 67, a close friend of the mayor, received two years for criminal conspiracy.",
    facts: ["Ivo Garnock -CHARGED_WITH-> criminal conspiracy", "Ivo Garnock: guilty -ON_CHARGE-> criminal conspiracy"],
    not: ["Ivo Garnock -DEFENDANT_IN-> Garnock trial"],
  },
  {
    style: "British tabloid: a plural offence is the singular's charge, not another",
    text: "TV presenter Rolo Dane has been jailed for five years for indecent assaults on four girls. Dane was convicted on Monday of 12 counts of indecent assault.",
    facts: ["Rolo Dane -CHARGED_WITH-> indecent assault", "Dane trial: guilty -ON_CHARGE-> indecent assault"],
    not: ["Rolo Dane -CHARGED_WITH-> indecent assaults"],
  },
  {
    style: "British broadsheet: an aside between the jury and its verdict",
    text: "A jury at Kestleford Crown Court, after deliberating for nine hours over two days, convicted Oren Vale of fraud and false accounting.",
    facts: ["Vale trial: guilty -ON_CHARGE-> fraud", "Vale trial: guilty -ON_CHARGE-> false accounting"],
  },
  {
    style: "wire: 'acquitted of the remaining counts' leaves the count it convicted on alone",
    text: "Petra Sand had been charged with wire fraud, bank fraud and conspiracy. A federal jury convicted Sand of wire fraud on Friday. The jurors acquitted her of the remaining counts.",
    facts: ["Sand trial: guilty -ON_CHARGE-> wire fraud", "Sand trial: not guilty -ON_CHARGE-> bank fraud", "Sand trial: not guilty -ON_CHARGE-> conspiracy"],
    not: ["Sand trial: not guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "broadsheet: 'all five' are the five named just before",
    text: "Rhys Toller was charged along with site manager Ivo Garnock, engineer Lena Mabery, crane operator Paul Okoye and foreman Dev Rana. All five were accused of gross negligence manslaughter, and they were tried together.",
    facts: ["Ivo Garnock -CHARGED_WITH-> gross negligence manslaughter", "Dev Rana -CHARGED_WITH-> gross negligence manslaughter", "Lena Mabery -CHARGED_WITH-> gross negligence manslaughter"],
  },
  {
    style: "Australian: 'the two men' after two are named; 'both counts' is no group",
    text: "Police arrested Jack Moran and Liam Tate in Geelong on Friday. The two men were charged with aggravated burglary. Moran pleaded guilty to both counts.",
    facts: ["Jack Moran -CHARGED_WITH-> aggravated burglary", "Liam Tate -CHARGED_WITH-> aggravated burglary"],
  },
  {
    style: "wire: 'the two men' when three were named reads no one",
    text: "Detectives questioned Jack Moran, Liam Tate and Omar Reid on Friday. The two men were charged with aggravated burglary.",
    facts: [],
    not: ["Jack Moran -CHARGED_WITH-> aggravated burglary", "Liam Tate -CHARGED_WITH-> aggravated burglary", "Omar Reid -CHARGED_WITH-> aggravated burglary"],
  },
  {
    style: "tabloid: 'the 46-year-old' is the star the story is about",
    text: "Soap star Kieran Dace will face a second trial, prosecutors said. Dace's lawyer, Maya Fenn, had asked Judge Ruth Okoro to dismiss the case. Okoro refused, and Dace's lawyers said he would fight on. The 46-year-old, who played a doctor on a long-running hospital drama, is charged with three counts of rape. Dace denies wrongdoing.",
    facts: ["Kieran Dace -CHARGED_WITH-> rape"],
  },
  {
    style: "wire: 'the 22-year-old' after a victim is named is not the defendant",
    text: "Oren Vale, a nightclub owner, was arrested on Friday. Vale had been questioned twice before. Police said Vale stabbed Tariq Noor outside the club. Vale was later released. Witnesses said Noor had argued with a doorman. The 22-year-old is charged with affray.",
    facts: [],
    not: ["Oren Vale -CHARGED_WITH-> affray"],
  },
  {
    style: "wire: a death is what the offence caused, not the offence",
    text: "A judge on Monday sentenced Mara Kimber, the safety officer on the production, to 18 months in prison for the shooting death of a crew member, the longest term the law allows for involuntary manslaughter. A jury convicted Kimber of that charge in March.",
    facts: ["Mara Kimber -CHARGED_WITH-> involuntary manslaughter", "Kimber trial: guilty -ON_CHARGE-> involuntary manslaughter"],
    not: ["Mara Kimber -CHARGED_WITH-> shooting death"],
  },
  {
    style: "US regional: admitted to, and the same charges dropped against a named co-defendant",
    text: "Theo Garnock, who had pleaded not guilty after a grand jury indicted him last July, admitted to involuntary manslaughter and criminal trespass. As part of the deal, prosecutors dismissed the same two charges against his business partner, Ines Kolar.",
    facts: ["Theo Garnock -ENTERED_PLEA-> Theo Garnock pleads guilty", "Theo Garnock pleads guilty -ON_CHARGE-> criminal trespass", "Theo Garnock -CHARGED_WITH-> involuntary manslaughter"],
    not: ["Garnock trial: dismissed -ON_CHARGE-> involuntary manslaughter", "Theo Garnock: dismissed -ON_CHARGE-> involuntary manslaughter"],
  },
  {
    style: "wire: mixed verdict",
    text: "HARTFORD, Conn. (Wire) — A federal jury on Friday convicted Dana Whitlow, a former state senator, of bribery and wire fraud but acquitted her of extortion.",
    facts: ["Dana Whitlow -CHARGED_WITH-> bribery", "Dana Whitlow -CHARGED_WITH-> wire fraud", "Dana Whitlow -CHARGED_WITH-> extortion", "Whitlow trial: guilty -ON_CHARGE-> bribery", "Whitlow trial: guilty -ON_CHARGE-> wire fraud", "Whitlow trial: not guilty -ON_CHARGE-> extortion"],
  },
  {
    style: "British broadsheet: jailed after admitting",
    text: "A builder who admitted manslaughter after a scaffold collapse killed two workers has been jailed for six years. Tomas Rell, 48, of Leeds, pleaded guilty at Kestleford Crown Court to two counts of gross negligence manslaughter.",
    facts: ["Tomas Rell -ENTERED_PLEA-> Tomas Rell pleads guilty", "Tomas Rell pleads guilty -ON_CHARGE-> gross negligence manslaughter", "Tomas Rell -CHARGED_WITH-> gross negligence manslaughter"],
  },
  {
    style: "British: denies",
    text: "Priya Grewal, 34, denies murder and an alternative charge of manslaughter. The trial at the Old Bailey continues.",
    facts: ["Priya Grewal -ENTERED_PLEA-> Priya Grewal pleads not guilty", "Priya Grewal pleads not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Australian: pleaded guilty in the District Court",
    text: "Former swimming coach Gary Pellow has pleaded guilty in the District Court to three counts of indecent treatment of a child. Pellow will be sentenced in May.",
    facts: ["Gary Pellow -ENTERED_PLEA-> Gary Pellow pleads guilty", "Gary Pellow pleads guilty -ON_CHARGE-> indecent treatment of a child"],
  },
  {
    style: "Indian: booked under sections",
    text: "The police have booked Ravi Menon under Section 302 of the IPC for the murder of his business partner. Menon was arrested on Tuesday.",
    facts: ["Ravi Menon -CHARGED_WITH-> murder"],
  },
  {
    style: "US local: plea deal and probation",
    text: "Kyle Banner, 22, pleaded no contest to reckless driving on Monday as part of a plea deal, and prosecutors dropped a charge of vehicular homicide. Judge Alma Ortiz sentenced him to three years of probation.",
    facts: ["Kyle Banner -ENTERED_PLEA-> Kyle Banner pleads no contest", "Kyle Banner pleads no contest -ON_CHARGE-> reckless driving", "Kyle Banner -CHARGED_WITH-> vehicular homicide"],
  },
  {
    style: "negation: not charged",
    text: "Police said the driver, Omar Khoury, would not be charged with any offence. His passenger, Lena Ko, was charged with drug possession.",
    facts: ["Lena Ko -CHARGED_WITH-> drug possession"],
    not: ["Omar Khoury -CHARGED_WITH-> any offence"],
  },
  {
    style: "hypothetical: faces up to",
    text: "If convicted of fraud, Maria Nuttall faces up to 20 years in prison.",
    facts: [],
    not: ["Nuttall trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "question",
    text: "Will a jury convict Ian Carver of perjury?",
    facts: [],
    not: ["Carver trial: guilty -ON_CHARGE-> perjury"],
  },
  {
    style: "victim beside the charge verb",
    text: "Nadia Kerr was killed in 2019. Her former partner, Luis Arbe, was convicted on Thursday of murdering Nadia Kerr.",
    facts: ["Luis Arbe -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Nadia Kerr"],
    not: ["Nadia Kerr -CHARGED_WITH-> murder", "Nadia Kerr -DEFENDANT_IN-> Kerr trial"],
  },
  {
    style: "other side's lawyer",
    text: "Mina Sollo sued Kestrel Films for defamation. A lawyer for Kestrel Films, Paul Ande, said the claim had no merit. Sollo's lawyer, Rita Nuttall, welcomed the ruling.",
    facts: ["Paul Ande -REPRESENTS-> Kestrel Films", "Rita Nuttall -REPRESENTS-> Mina Sollo"],
    not: ["Paul Ande -REPRESENTS-> Mina Sollo", "Rita Nuttall -REPRESENTS-> Kestrel Films"],
  },
  {
    style: "decided not to retry",
    text: "A judge declared a mistrial in the case of Oren Vale after jurors deadlocked. Prosecutors decided not to retry Vale.",
    facts: ["Oren Vale -DEFENDANT_IN-> Vale trial", "Vale trial -RESULTED_IN-> Vale trial: mistrial"],
    not: ["Oren Vale -DEFENDANT_IN-> Vale retrial"],
  },
  {
    style: "count-by-count",
    text: "The jury found Hal Trent guilty on three counts of securities fraud, not guilty on two counts of wire fraud, and could not reach a verdict on a conspiracy count.",
    facts: ["Trent trial: guilty -ON_CHARGE-> securities fraud", "Trent trial: not guilty -ON_CHARGE-> wire fraud", "Trent trial: hung jury -ON_CHARGE-> conspiracy"],
  },
  {
    style: "appeal overturned, retrial ordered",
    text: "Sam Greer was convicted of arson in 2019 and jailed for eight years. On Tuesday the Court of Appeal quashed his conviction and ordered a retrial.",
    facts: ["Court of Appeal -RULED-> Sam Greer: appeal overturned", "Sam Greer -CHARGED_WITH-> arson"],
  },
  {
    style: "French wire: suspended sentence",
    text: "PARIS (AFP) — A Paris criminal court on Wednesday found former minister Alain Selthorpe guilty of embezzlement of public funds and gave him a two-year suspended sentence.",
    facts: ["Alain Selthorpe -CHARGED_WITH-> embezzlement of public funds", "Selthorpe trial: guilty -ON_CHARGE-> embezzlement of public funds"],
  },
  {
    style: "Korean English press",
    text: "The Seoul High Court sentenced Kim Min-jun, a former chairman of Hanbit Group, to five years in prison for bribery and embezzlement, upholding a lower court ruling.",
    facts: ["Kim Min-jun -CHARGED_WITH-> bribery", "Kim Min-jun -CHARGED_WITH-> embezzlement"],
  },
  {
    style: "charged in connection with",
    text: "Two men have been charged with conspiracy to commit murder in connection with the shooting. Jacob Lute, 31, and Aaron Lomdale, 29, appeared before magistrates on Monday.",
    facts: [],
  },
  {
    style: "indictment list",
    text: "A grand jury indicted Vera Stole on charges of money laundering, tax evasion and making false statements to federal investigators.",
    facts: ["Vera Stole -CHARGED_WITH-> money laundering", "Vera Stole -CHARGED_WITH-> tax evasion", "Vera Stole -CHARGED_WITH-> making false statements to federal investigators"],
  },
  {
    style: "statutory phrasing",
    text: "Deepak Gowda was found guilty of causing death by dangerous driving and of possession of a controlled substance with intent to supply.",
    facts: ["Gowda trial: guilty -ON_CHARGE-> causing death by dangerous driving", "Gowda trial: guilty -ON_CHARGE-> possession of a controlled substance with intent to supply"],
  },
  {
    style: "trial participants: wire",
    text: "The trial of Oren Vale began on Monday in Suffolk Superior Court before Judge Maria Wetherall. Prosecutor Dan Rhee told jurors that Vale lied to investors. The first witness, Lena Brook, testified that she lost her savings.",
    facts: ["Oren Vale -DEFENDANT_IN-> Vale trial", "Maria Wetherall -PRESIDED_OVER-> Vale trial", "Vale trial -HELD_AT-> Suffolk Superior Court", "Dan Rhee -PROSECUTED-> Vale trial", "Lena Brook -TESTIFIED_IN-> Vale trial"],
    not: ["Dan Rhee -TESTIFIED_IN-> Vale trial"],
  },
  {
    style: "civil suit with damages",
    text: "A Los Angeles jury on Thursday found Brightline Studios liable for the death of a stuntman and ordered it to pay $12 million to his widow, Clara Doss, who had sued the studio in 2022.",
    facts: ["Clara Doss -PLAINTIFF_IN-> Clara Doss v. Brightline Studios", "Brightline Studios -DEFENDANT_IN-> Clara Doss v. Brightline Studios"],
  },
  {
    style: "co-defendants",
    text: "A jury convicted Ana Quarrie and her brother, Luis Quarrie, of fraud on Friday. Their cousin Marta Ocho was acquitted of all charges.",
    facts: ["Ana Quarrie -CHARGED_WITH-> fraud", "Luis Quarrie -CHARGED_WITH-> fraud"],
    not: ["Marta Ocho -CHARGED_WITH-> fraud"],
  },
  {
    style: "plea then sentence",
    text: "Rhys Toller pleaded guilty in March to wire fraud. On Tuesday Judge Ada Min sentenced Toller to four years in prison.",
    facts: ["Rhys Toller -ENTERED_PLEA-> Rhys Toller pleads guilty", "Rhys Toller pleads guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "appeal upheld",
    text: "Yaw Boateng was convicted of manslaughter in 2021. The Court of Appeal on Friday dismissed his appeal against the conviction.",
    facts: ["Court of Appeal -RULED-> Yaw Boateng: appeal upheld"],
  },
  {
    style: "tabloid: caged",
    text: "Love rat Darren Pike, 41, was caged for nine years yesterday after a jury found him guilty of rape.",
    facts: ["Darren Pike -CHARGED_WITH-> rape", "Pike trial: guilty -ON_CHARGE-> rape"],
  },
  {
    style: "Pakistani press: indicted, pleaded not guilty",
    text: "An accountability court on Monday indicted former minister Asif Raza in a corruption reference. Raza pleaded not guilty and claimed trial.",
    facts: ["Asif Raza -ENTERED_PLEA-> Asif Raza pleads not guilty"],
  },

  {
    style: "relative clause conviction",
    text: "Greta Holm, who was convicted last year of insurance fraud, lost her appeal on Tuesday.",
    facts: ["Greta Holm -CHARGED_WITH-> insurance fraud", "Holm trial: guilty -ON_CHARGE-> insurance fraud"],
  },
  {
    style: "jailed for life for the murder of",
    text: "Callum Frey, 29, was jailed for life at Bristol Crown Court for the murder of his neighbour, Irene Slade.",
    facts: ["Callum Frey -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Irene Slade"],
  },
  {
    style: "charged and to appear",
    text: "Noel Brack, 33, has been charged with arson and will appear at Cardiff Magistrates' Court on Monday.",
    facts: ["Noel Brack -CHARGED_WITH-> arson"],
  },
  {
    style: "guilty verdict on the charge",
    text: "The jury returned a guilty verdict against Ivo Mabery on the murder charge after six hours.",
    facts: ["Mabery trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "conviction quashed",
    text: "Ben Oxlade's conviction for robbery was quashed by the Court of Appeal in 2022.",
    facts: ["Court of Appeal -RULED-> Ben Oxlade: appeal overturned", "Ben Oxlade -CHARGED_WITH-> robbery"],
  },
  {
    style: "cleared",
    text: "Former police officer Wade Lyle was cleared of misconduct in public office on Friday.",
    facts: ["Lyle trial: not guilty -ON_CHARGE-> misconduct in public office"],
  },
  {
    style: "not guilty of all charges",
    text: "A jury found Petra Sand not guilty of all charges on Wednesday.",
    facts: ["Petra Sand -DEFENDANT_IN-> Sand trial", "Sand trial -RESULTED_IN-> Sand trial: not guilty"],
  },
  {
    style: "weighing a retrial",
    text: "A judge declared a mistrial in the trial of Hugo Garnock. Prosecutors are weighing whether to retry Garnock.",
    facts: ["Garnock trial -RESULTED_IN-> Garnock trial: mistrial"],
    not: ["Hugo Garnock -DEFENDANT_IN-> Garnock retrial"],
  },
  {
    style: "could be retried",
    text: "Lars Ekman could be retried on the bribery charge, his lawyer said.",
    facts: [],
    not: ["Lars Ekman -DEFENDANT_IN-> Ekman retrial"],
  },
  {
    style: "sentenced to death",
    text: "A court in Lahore sentenced Tariq Belwick to death for the murder of a shopkeeper.",
    facts: ["Tariq Belwick -CHARGED_WITH-> murder"],
  },
  {
    style: "withdrawn charges",
    text: "Charges of assault against footballer Kemi Ade were withdrawn by prosecutors on Thursday.",
    facts: ["Kemi Ade -CHARGED_WITH-> assault"],
  },
  {
    style: "Nigerian press: arraigned",
    text: "The Economic and Financial Crimes Commission on Monday arraigned a former bank manager, Chidi Okoye, before Justice Bola Adeyemi of the Federal High Court in Lagos on a 12-count charge bordering on money laundering. Okoye pleaded not guilty to all the counts.",
    facts: ["Chidi Okoye -CHARGED_WITH-> money laundering", "Chidi Okoye -ENTERED_PLEA-> Chidi Okoye pleads not guilty"],
  },
  {
    style: "South African: accused number one",
    text: "Accused number one, Lwazi Ndlela, was found guilty of murder and sentenced to life imprisonment by the Johannesburg High Court.",
    facts: ["Lwazi Ndlela -CHARGED_WITH-> murder", "Ndlela trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "DOJ press release",
    text: "WASHINGTON – A Virginia man was sentenced today to 10 years in prison for wire fraud. According to court documents, Mark Tessler, 52, of Richmond, pleaded guilty in March to one count of wire fraud.",
    facts: ["Mark Tessler -ENTERED_PLEA-> Mark Tessler pleads guilty", "Mark Tessler pleads guilty -ON_CHARGE-> wire fraud"],
  },
  {
    style: "Singapore: claimed trial",
    text: "Seah Kok Keong, 45, who claimed trial to two charges of cheating, was convicted on Friday.",
    facts: ["Seah Kok Keong -CHARGED_WITH-> cheating"],
  },
  {
    style: "Irish: remanded",
    text: "Sean Byrne, 28, was remanded in custody at Dublin District Court after being charged with the murder of Liam Walsh.",
    facts: ["Sean Byrne -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Liam Walsh"],
  },
  {
    style: "Australian: sentencing with non-parole",
    text: "Jack Moran was sentenced in the NSW District Court to eight years' jail with a non-parole period of five years after pleading guilty to aggravated robbery.",
    facts: ["Jack Moran -ENTERED_PLEA-> Jack Moran pleads guilty", "Jack Moran pleads guilty -ON_CHARGE-> aggravated robbery"],
  },
  {
    style: "US wire: the employer after 'a manager at the' is never the one charged",
    text: "A procurement manager at the Harbour Transit Authority was charged Thursday with accepting bribes, federal prosecutors said.",
    facts: [],
    not: ["Harbour Transit Authority -CHARGED_WITH-> accepting bribes"],
  },
];

describeStories("cases told in many styles", ROWS);
