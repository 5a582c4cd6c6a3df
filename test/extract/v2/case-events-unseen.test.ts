// Trials, verdicts, appeals, pleas and suits told the ways unseen reports tell them: a lede that describes the
// accused before naming them ("A man accused of ..."), a pronoun for that described person, an appeal "allowed",
// a trial's court named only in the verdict's aftermath. Each row is an invented story in a style of its own, with
// the facts a reader takes from it (and, after "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeDatedStories } from "./dated.ts";

const LEDES: StoryRow[] = [
  {
    style: "London evening paper: 'A man accused of stabbing ...' cleared, named in the next sentence",
    text: "Man cleared of murder\n\nA man accused of stabbing a neighbour to death has been found not guilty of murder at Southwark Crown Court.\n\nDwayne Okoye, 31, of Peckham, walked free after the jury returned its verdict on Friday.",
    facts: ["Dwayne Okoye -DEFENDANT_IN-> Okoye trial", "Okoye trial -RESULTED_IN-> Okoye trial: not guilty", "Okoye trial -HELD_AT-> Southwark Crown Court"],
  },
  {
    style: "regional paper: 'A woman found dead' is the victim, never the accused named next",
    text: "A woman found dead in her flat had been strangled, a court has heard. Marcus Reid, 40, denies her murder.",
    facts: [],
    not: ["Marcus Reid -HOLDS_ROLE-> woman"],
  },
  {
    style: "Kenyan daily: 'walked free after the High Court acquitted him', the lede's businessman named only later",
    text: "Accused walks free\n\nNAIROBI — A businessman charged with the murder of his wife walked free on Friday after the High Court acquitted him.\n\nJustice Grace Wairimu-Kamau ruled that the prosecution had not proved that Daniel Mwangi killed Esther Wambugu-Kariuki.",
    facts: ["Daniel Mwangi -DEFENDANT_IN-> Mwangi trial", "Mwangi trial -RESULTED_IN-> Mwangi trial: not guilty"],
    not: ["Grace Wairimu-Kamau -DEFENDANT_IN-> Mwangi trial"],
  },
  {
    style: "tabloid: a lede's woman is no 'him' (her co-accused, unnamed)",
    text: "A woman charged with assault watched from the gallery as a jury acquitted him on Friday.\n\nTara Boyd, 38, will be tried separately in May.",
    facts: [],
    not: ["Boyd trial -RESULTED_IN-> Boyd trial: not guilty"],
  },
];

describeStories("a lede that describes the accused before naming them", LEDES);

const APPEALS_ALLOWED: StoryRow[] = [
  {
    style: "Irish broadsheet: 'The Court of Appeal has allowed an appeal by X against his conviction', the trial court named after",
    text: "DUBLIN — The Court of Appeal has allowed an appeal by Liam Mogford against his conviction for assault causing harm and ordered a retrial.\n\nMogford, 29, was convicted at Cork Circuit Criminal Court in 2022.",
    facts: ["Court of Appeal -RULED-> Liam Mogford: appeal overturned", "Liam Mogford: appeal overturned -OVERTURNS-> Mogford trial: guilty", "Mogford trial -HELD_AT-> Cork Circuit Criminal Court"],
  },
  {
    style: "Indian daily: a high court that allows an appeal against sentence leaves the conviction standing",
    text: "CHENNAI: The Madras High Court on Friday allowed an appeal by Selvam Raju against his sentence of seven years for cheating, reducing it to four years.",
    facts: [],
    not: ["Madras High Court -RULED-> Selvam Raju: appeal overturned"],
  },
];

describeStories("an appeal a court 'allowed'", APPEALS_ALLOWED);

const TRIALS_TOLD_APART: StoryRow[] = [
  {
    style: "ABC Australia: the court named only in 'The verdict came after a six-week trial in the Supreme Court of ...'",
    text: "ADELAIDE — A jury has convicted Peter Ovstow of the murder of his business partner.\n\nThe verdict came after a six-week trial in the Supreme Court of South Australia.",
    facts: ["Ovstow trial -HELD_AT-> Supreme Court of South Australia", "Ovstow trial -RESULTED_IN-> Ovstow trial: guilty"],
  },
  {
    style: "US wire: 'will be tried in federal court' is a trial to come, never one held",
    text: "Tech founder Owen Venning will be tried in federal court in San Francisco on fraud charges, a judge ruled on Friday.",
    facts: ["Owen Venning -DEFENDANT_IN-> Venning trial (to come)", "Venning trial (to come) -HELD_AT-> federal court in San Francisco"],
    not: ["Owen Venning -DEFENDANT_IN-> Venning trial"],
  },
  {
    style: "California TV station: 'A judge ordered X to stand trial on charges of ...' after a preliminary hearing",
    text: "A judge ordered Brent Kowal to stand trial on charges of vehicular manslaughter after a preliminary hearing on Tuesday.",
    facts: ["Brent Kowal -DEFENDANT_IN-> Kowal trial (to come)", "Kowal trial (to come) -TRIED_FOR-> vehicular manslaughter"],
  },
];

describeStories("a trial told apart from its verdict, or still to come", TRIALS_TOLD_APART);

const SUITS: StoryRow[] = [
  {
    style: "US hospitality trade press: a lawsuit 'against the Grand Palms Resort', a name the rules do not read, still has its plaintiff",
    text: "Hotel worker Maria Esparza has filed a lawsuit against the Grand Palms Resort, alleging she was sexually harassed by a manager.",
    facts: ["Maria Esparza -PLAINTIFF_IN-> Maria Esparza lawsuit"],
  },
  {
    style: "US local paper: a police complaint is no lawsuit",
    text: "Maria Esparza filed a police complaint against the Grand Palms Resort on Monday.",
    facts: [],
    not: ["Maria Esparza -PLAINTIFF_IN-> Maria Esparza lawsuit"],
  },
  {
    style: "CBC: 'has settled his lawsuit against the X' (with 'the')",
    text: "TORONTO (CBC) — Former hockey player Devon Mabery has settled his lawsuit against the Northern Hockey League, his lawyer said Monday.",
    facts: ["Devon Mabery -PLAINTIFF_IN-> Devon Mabery v. Northern Hockey League", "Devon Mabery v. Northern Hockey League -RESULTED_IN-> Devon Mabery v. Northern Hockey League: settled"],
    not: ["Northern Hockey League -PLAINTIFF_IN-> Devon Mabery v. Northern Hockey League"],
  },
  {
    style: "Variety: a jury 'found tabloid publisher X liable', a descriptor before the company",
    text: "LOS ANGELES — A Los Angeles jury on Monday found tabloid publisher Brightside Media liable for defaming actor Colin Quarrie.\n\nQuarrie sued the company in 2022.",
    facts: ["Colin Quarrie v. Brightside Media -RESULTED_IN-> Colin Quarrie v. Brightside Media: liable", "Brightside Media -DEFENDANT_IN-> Colin Quarrie v. Brightside Media"],
  },
  {
    style: "Paris wire: 'the lawsuit brought by X against fashion house Y'",
    text: "A civil trial in the lawsuit brought by model Jade Harper against fashion house Verane opened in Paris on Monday.",
    facts: ["Jade Harper -PLAINTIFF_IN-> Jade Harper v. Verane", "Verane -DEFENDANT_IN-> Jade Harper v. Verane"],
  },
  {
    style: "business desk: the company 'settled a lawsuit brought by' its former employee: sides kept",
    text: "Retailer Hollis Grange has settled a lawsuit brought by former employee Dana Whitcroft, who accused the company of racial discrimination.",
    facts: ["Dana Whitcroft -PLAINTIFF_IN-> Dana Whitcroft v. Hollis Grange", "Hollis Grange -DEFENDANT_IN-> Dana Whitcroft v. Hollis Grange"],
    not: ["Hollis Grange -PLAINTIFF_IN-> Dana Whitcroft v. Hollis Grange"],
  },
  {
    style: "British regional: 'won her claim for unfair dismissal against supermarket chain X'",
    text: "Shop worker Aisha Begum has won her claim for unfair dismissal against supermarket chain FreshMart.",
    facts: ["Aisha Begum -PLAINTIFF_IN-> Aisha Begum v. FreshMart", "Aisha Begum v. FreshMart -RESULTED_IN-> Aisha Begum v. FreshMart: liable"],
  },
  {
    style: "Variety: 'In 2018 he settled a lawsuit against his former business managers, The X Group': an earlier suit of its own, not the libel case",
    text: "---\ntitle: Dale loses libel case\npublished: 2020-11-02\n---\n\nActor Johan Dale has lost his libel case against Harbour Tribune Media.\n\nIn 2018 he settled a lawsuit against his former business managers, The Ledger Group, which he had accused of mismanaging his finances.",
    facts: ["Ledger Group -DEFENDANT_IN-> Johan Dale v. Ledger Group (earlier)", "Johan Dale v. Ledger Group (earlier) -RESULTED_IN-> Johan Dale v. Ledger Group (earlier): settled"],
    not: ["Ledger Group -DEFENDANT_IN-> Johan Dale v. Harbour Tribune Media"],
  },
];

describeStories("civil suits told with a descriptor, 'the', or the suit's own noun phrase", SUITS);

const BENCH_VERDICTS: StoryRow[] = [
  {
    style: "CBC: a titled judge alone 'found X not guilty', her court named before her title",
    text: "TORONTO — Saskatoon Superior Court Justice Anne Kowalski on Friday found Marcus Bellamy-Rowe not guilty of sexual assault.\n\nBellamy-Rowe, 27, was tried by judge alone last month.",
    facts: ["Marcus Bellamy-Rowe -DEFENDANT_IN-> Bellamy-Rowe trial", "Bellamy-Rowe trial -RESULTED_IN-> Bellamy-Rowe trial: not guilty", "Anne Kowalski -PRESIDED_OVER-> Bellamy-Rowe trial", "Bellamy-Rowe trial -HELD_AT-> Saskatoon Superior Court"],
  },
  {
    style: "Nigerian Punch: 'discharged and acquitted', by the court and by the judge",
    text: "ABUJA — The Federal High Court in Abuja on Tuesday discharged and acquitted a former minister, Emeka Obiora, of money laundering.\n\nJustice Halima Bello held that the prosecution failed to prove its case beyond reasonable doubt.",
    facts: ["Emeka Obiora -DEFENDANT_IN-> Obiora trial", "Obiora trial -RESULTED_IN-> Obiora trial: not guilty", "Obiora trial -HELD_AT-> Federal High Court in Abuja"],
  },
  {
    style: "Australian: 'Judge X acquitted Y of all charges' after a judge-alone trial",
    text: "Judge Ruth Rudge acquitted Simon Teo of all charges on Monday.",
    facts: ["Simon Teo -DEFENDANT_IN-> Teo trial", "Teo trial -RESULTED_IN-> Teo trial: not guilty", "Ruth Rudge -PRESIDED_OVER-> Teo trial"],
  },
  {
    style: "a judge who declined to acquit gives no acquittal",
    text: "Judge Ruth Rudge refused to acquit Simon Teo of dangerous driving.",
    facts: [],
    not: ["Teo trial -RESULTED_IN-> Teo trial: not guilty"],
  },
  {
    style: "BBC: 'The jury could not agree on a verdict on the rape charge' after the trial told before",
    text: "Former footballer Tom Bexley stood trial at Tynemouth Crown Court accused of rape.\n\nThe jury could not agree on a verdict on the rape charge.",
    facts: ["Bexley trial -RESULTED_IN-> Bexley trial: hung jury"],
  },
];

describeStories("verdicts of a judge named with a title, 'discharged and acquitted', and juries that could not agree", BENCH_VERDICTS);

describeDatedStories("'her verdict' told a few sentences after a lede and a key-points box", [
  {
    style: "ABC Australia: the lede's finding, a key-points box, then 'delivered her verdict on Wednesday' in the sixth sentence",
    text: "---\ntitle: Nurse guilty\npublished: 2026-08-21\n---\n\nNurse found guilty of manslaughter\n\nA former nurse has been found guilty of the manslaughter of a patient at a Geelong care home.\n\nKey points:\n- Rosa Linden was found guilty after a judge-alone trial\n- The court heard the patient was left outside overnight\n- She will be sentenced next month\n\nRosa Linden, 51, had pleaded not guilty to manslaughter.\n\nIn the Supreme Court in Geelong, Justice Clare Munro delivered her verdict on Wednesday after a judge-alone trial.",
    facts: ["Linden trial -RESULTED_IN-> Linden trial: guilty{2026-08-19}"],
  },
]);

describeDatedStories("outcomes of one trial delivered together share the date the sentence gives one of them", [
  {
    style: "Deadline: 'was convicted of X by a jury in March and acquitted of Y'",
    text: "---\ntitle: Armorer's appeal\npublished: 2024-07-12\n---\n\nArmorer Nell Vasquez-Ward was convicted of involuntary manslaughter by a jury in March and acquitted of tampering with evidence.",
    facts: ["Vasquez-Ward trial -RESULTED_IN-> Vasquez-Ward trial: guilty{2024-03}", "Vasquez-Ward trial -RESULTED_IN-> Vasquez-Ward trial: not guilty{2024-03}"],
  },
  {
    style: "an acquittal told in another sentence keeps no date the conviction's sentence gives",
    text: "---\ntitle: Armorer's appeal\npublished: 2024-07-12\n---\n\nArmorer Nell Vasquez-Ward was convicted of involuntary manslaughter by a jury in March.\n\nVasquez-Ward had been acquitted of tampering with evidence.",
    facts: ["Vasquez-Ward trial -RESULTED_IN-> Vasquez-Ward trial: guilty{2024-03}", "Vasquez-Ward trial -RESULTED_IN-> Vasquez-Ward trial: not guilty"],
  },
]);

describeStories("a guilty plea entered at a court the sentence names", [
  {
    style: "BBC regional: 'entered his guilty plea at Lincoln Crown Court' after a lede that describes him",
    text: "A driver who killed a cyclist while using his phone has admitted causing death by dangerous driving.\n\nConnor Iveson, 25, entered his guilty plea at Lincoln Crown Court.",
    facts: ["Connor Iveson -ENTERED_PLEA-> Connor Iveson pleads guilty", "Lincoln Crown Court -RULED-> Connor Iveson: guilty"],
  },
  {
    style: "a not-guilty plea entered there makes no conviction",
    text: "Connor Iveson, 25, entered his not guilty plea at Lincoln Crown Court.",
    facts: [],
    not: ["Lincoln Crown Court -RULED-> Connor Iveson: guilty"],
  },
]);

describeStories("a lede that counts the accused before naming them", [
  {
    style: "Yorkshire daily: 'A jury on Wednesday found three men guilty', the three named over the next two sentences",
    text: "Three men convicted of murder\n\nA jury on Wednesday found three men guilty of murder in the shooting of a shopkeeper in Leeds.\n\nAdam Cole, 31, fired the fatal shot. His brother, Ben Cole, 28, and their friend Carl Elcock, 30, drove the getaway car.",
    facts: ["Adam Cole -DEFENDANT_IN-> Cole trial", "Ben Cole -DEFENDANT_IN-> Cole trial", "Carl Elcock -DEFENDANT_IN-> Cole trial", "Cole trial -RESULTED_IN-> Cole trial: guilty"],
  },
  {
    style: "the victim named next is not one of the two",
    text: "Two teenagers have been convicted of murder.\n\nSam Lee, 19, died after being stabbed. Jake Orr, 17, was arrested at the scene.",
    facts: [],
    not: ["Sam Lee -DEFENDANT_IN-> Lee trial", "Jake Orr -DEFENDANT_IN-> Orr trial", "Sam Lee -DEFENDANT_IN-> Orr trial"],
  },
  {
    style: "more people named than the lede counts: no one is read as the group",
    text: "A jury found two men guilty of fraud.\n\nTom Rudge, Dan Rees and Kim Moss ran the scheme together.",
    facts: [],
    not: ["Tom Rudge -DEFENDANT_IN-> Rudge trial"],
  },
]);

describeStories("a high court called 'HC' hears the appeal, it holds no trial", [
  {
    style: "Times of India: 'Madras HC sets aside' the sessions court's sentence; the HC is no trial's court",
    text: "Actor acquitted in hit-and-run case\n\nHIGHLIGHTS\n- Madras HC sets aside jail term awarded by sessions court in May\n\nCHENNAI: Actor Vikram Sen walked out of the Madras high court a free man on Thursday.\n\nJustice A R Gowda acquitted the 49-year-old actor of all charges and set aside the five-year sentence handed down by a sessions court.\n\nSen was convicted of culpable homicide in May.",
    facts: ["Sen trial -RESULTED_IN-> Sen trial: guilty", "Vikram Sen: appeal overturned -OVERTURNS-> Sen trial: guilty"],
    not: ["Sen trial -HELD_AT-> Madras HC", "Sen trial -HELD_AT-> Madras high court"],
  },
]);

describeStories("a trial whose defendant the lede describes: 'The trial of a teacher accused of ...'", [
  {
    style: "Eastern Daily Press: 'The trial of a teacher accused of assaulting pupils has begun at Norwich Crown Court', named next",
    text: "Teacher trial\n\nThe trial of a teacher accused of assaulting pupils has begun at Norwich Crown Court.\n\nHelen Mabery, 52, denies six counts of assault.",
    facts: ["Helen Mabery -DEFENDANT_IN-> Mabery trial", "Mabery trial -HELD_AT-> Norwich Crown Court"],
  },
]);
