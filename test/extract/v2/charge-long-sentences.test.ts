// Charges in the long sentences news writing builds around them (issue 8): a charge list after a long subject and
// a date and a place ("X, 54, a former deputy commissioner ..., was charged on Tuesday in the Supreme Court in Perth
// with ..."), an offence with its own place or time before the next one ("conspiracy to defraud investors in a Ponzi
// scheme and making false statements"), an offence told by an adverb and a gerund ("negligently discharging a
// firearm"). Invented articles; each row names the facts a reader would take from it (and, after "not", facts it
// must not yield). A rule that reads the charges wins over a fallback that reads only the defendant, even where the
// fallback's appositive ran further ("convicted X, 33, of A and B, and sentenced him").
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-11-12\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Australian broadsheet: a long subject, then a day and a court before the offences",
    text: `${FRONT("Former tax official charged", "Swan River Standard")}Corwin Aldane, 54, a former deputy commissioner of the state's revenue department who resigned in 2021 after an internal audit, was charged on Tuesday in the Supreme Court in Perth with bribery, extortion and money laundering. He was granted bail.`,
    facts: ["Corwin Aldane -CHARGED_WITH-> bribery", "Corwin Aldane -CHARGED_WITH-> extortion", "Corwin Aldane -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Indian daily: the court convicts a man with his age, of two offences, then sentences him in the same sentence",
    text: `${FRONT("Husband convicted in dowry death case", "Deccan Evening Mail")}A sessions court on Monday convicted Vikrant Ambekar, 33, of dowry death and cruelty, and sentenced him to ten years of rigorous imprisonment.`,
    facts: ["Vikrant Ambekar -CHARGED_WITH-> dowry death", "Vikrant Ambekar -CHARGED_WITH-> cruelty", "Ambekar trial: guilty -ON_CHARGE-> dowry death"],
  },
  {
    style: "Canadian wire: a town and a date between 'charged' and 'with'",
    text: `${FRONT("Cardston man charged", "Prairie Press Wire")}Halvard Quist, 61, was charged in Cardston on March 3 with fraud and forgery. His lawyer, Mireille Dube, said he would fight the charges.`,
    facts: ["Halvard Quist -CHARGED_WITH-> fraud", "Halvard Quist -CHARGED_WITH-> forgery"],
    not: ["Mireille Dube -CHARGED_WITH-> fraud"],
  },
  {
    style: "Nigerian daily: a place and its state between 'charges' and 'of'",
    text: `${FRONT("Ex-councillor in fresh trouble", "Ibadan Courier")}Danquah Bankole, a former councillor, faces separate charges in Ibadan, in Oyo State, of two counts of armed robbery.`,
    facts: ["Danquah Bankole -CHARGED_WITH-> armed robbery"],
  },
  {
    style: "US trade press: a plea of no contest with its year before the offence",
    text: `${FRONT("Set shooting: assistant director sentenced", "Screen Ledger")}Dorran Pike, the film's first assistant director, pleaded no contest in 2023 to negligent use of a deadly weapon and received probation.`,
    facts: ["Dorran Pike -CHARGED_WITH-> negligent use of a deadly weapon", "Dorran Pike pleads no contest -ON_CHARGE-> negligent use of a deadly weapon"],
  },
  {
    style: "South African daily: an offence told by an adverb and a gerund",
    text: `${FRONT("Gun owner convicted", "Highveld Tribune")}Rolf Danner, 37, stood trial in the Pretoria regional court. Magistrate Aileen Cho convicted him of negligently discharging a firearm in a restaurant.`,
    facts: ["Rolf Danner -CHARGED_WITH-> negligently discharging a firearm", "Danner trial: guilty -ON_CHARGE-> negligently discharging a firearm"],
    not: ["Aileen Cho -CHARGED_WITH-> negligently discharging a firearm"],
  },
  {
    style: "US business press: an offence's own place before the next offence, which repeats 'with'",
    text: `${FRONT("Hedge fund founder charged", "Harbor Street Journal")}Ferris Ondaatje, who ran a hedge fund in Greenwich, was charged on Thursday with conspiracy to defraud investors in a Ponzi scheme and with making false statements to federal investigators.`,
    facts: ["Ferris Ondaatje -CHARGED_WITH-> conspiracy to defraud investors", "Ferris Ondaatje -CHARGED_WITH-> making false statements to federal investigators"],
  },
  {
    style: "British broadsheet: an offence's year before the next offence",
    text: `${FRONT("Businessman guilty", "Clydeside Herald")}Ulrich Ulworth, 47, was convicted at the High Court in Glasgow of the murder of his business partner in 2019 and of attempting to defeat the ends of justice.`,
    facts: ["Ulrich Ulworth -CHARGED_WITH-> murder", "Ulrich Ulworth -CHARGED_WITH-> attempting to defeat the ends of justice"],
  },
  {
    style: "New Zealand broadsheet: a verdict's day, jury and court before the offences",
    text: `${FRONT("Nurse guilty of manslaughter", "Waikato Evening Post")}Kerrigan Moss, a 44-year-old nurse from Hamilton, was found guilty on Friday by a jury at the Supreme Court in Auckland of manslaughter and ill-treatment of a vulnerable adult.`,
    facts: ["Kerrigan Moss -CHARGED_WITH-> manslaughter", "Kerrigan Moss -CHARGED_WITH-> ill-treatment of a vulnerable adult", "Moss trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "British wire: an acquittal's jury, court and day before the offences",
    text: `${FRONT("Director cleared", "Albion Press Association")}Lucan Ferrier, 44, was cleared by a jury at Kelmarsh Crown Court on Thursday of two counts of fraud. He had denied the charges.`,
    facts: ["Lucan Ferrier -CHARGED_WITH-> fraud", "Ferrier trial: not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Australian court report: 'admitted in <court> on <day> three counts of'",
    text: `${FRONT("Burglar admits break-ins", "Western Sydney Chronicle")}Ainsley Barrow, 29, admitted in Parramatta Local Court on Wednesday three counts of aggravated break and enter.`,
    facts: ["Ainsley Barrow -CHARGED_WITH-> aggravated break and enter", "Ainsley Barrow pleads guilty -ON_CHARGE-> aggravated break and enter"],
  },
  {
    style: "US wire: charges told of one who died awaiting trial",
    text: `${FRONT("Financier found dead in cell", "Continental Wire")}Cuthbert Vinnicombe died in a jail cell in August 2019 at age 66 while awaiting trial on sex trafficking charges. His former partner, Ilse Varga, is not awaiting trial on any charge.`,
    facts: ["Cuthbert Vinnicombe -CHARGED_WITH-> sex trafficking"],
    not: ["Ilse Varga -CHARGED_WITH-> sex trafficking"],
  },
  {
    style: "Canadian broadsheet: the charges set off by dashes after 'the charges against him'",
    text: `${FRONT("Former mayor in court", "Lakeshore Globe")}Oswin Trell, 58, appeared in court on Monday. The charges against him — fraud, bribery and money laundering — carry a maximum of 14 years.`,
    facts: ["Oswin Trell -CHARGED_WITH-> fraud", "Oswin Trell -CHARGED_WITH-> bribery", "Oswin Trell -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Indian daily: sections of the penal code with their offences in brackets",
    text: `${FRONT("Builder booked for cheating", "Deccan Evening Herald")}Police have booked Harish Valluri, 45, a Bengaluru builder, under Sections 420 (cheating), 406 (criminal breach of trust) and 120B (criminal conspiracy) of the IPC.`,
    facts: ["Harish Valluri -CHARGED_WITH-> cheating", "Harish Valluri -CHARGED_WITH-> criminal breach of trust", "Harish Valluri -CHARGED_WITH-> criminal conspiracy"],
    not: ["Harish Valluri -CHARGED_WITH-> Sections 420"],
  },
  {
    style: "Nigerian daily: 'arraigned on an eight-count charge of', the size of the charge sheet no offence",
    text: `${FRONT("Couple docked for fraud", "Lagos Ledger")}Tunde Bakare was arraigned on an eight-count charge of conspiracy, obtaining by false pretence and forgery. Emeka Onwudiwe, who was arraigned on a 16-count charge bordering on money laundering, pleaded not guilty.`,
    facts: ["Tunde Bakare -CHARGED_WITH-> conspiracy", "Tunde Bakare -CHARGED_WITH-> forgery", "Emeka Onwudiwe -CHARGED_WITH-> money laundering"],
    not: ["Tunde Bakare -CHARGED_WITH-> eight-count charge of conspiracy"],
  },
  {
    style: "Ghanaian daily: 'charged alongside two aides with'",
    text: `${FRONT("Ex-minister charged", "Accra Daily Mirror")}Kwabena Appiah-Tutu, a former minister, was charged alongside two aides with causing financial loss to the state and abuse of office.`,
    facts: ["Kwabena Appiah-Tutu -CHARGED_WITH-> causing financial loss to the state", "Kwabena Appiah-Tutu -CHARGED_WITH-> abuse of office"],
  },
  {
    style: "US wire: indicted by a grand jury in a city on a day, and charged with counts 'including'",
    text: `${FRONT("Lender founder indicted", "Continental Wire")}Lorcan Trethewey was indicted by a federal grand jury in Miami on Wednesday on 14 counts of wire fraud. His deputy, Mara Ellerby, is charged with seven counts, including securities fraud and bank fraud.`,
    facts: ["Lorcan Trethewey -CHARGED_WITH-> wire fraud", "Mara Ellerby -CHARGED_WITH-> securities fraud", "Mara Ellerby -CHARGED_WITH-> bank fraud"],
    not: ["Lorcan Trethewey -CHARGED_WITH-> securities fraud"],
  },
  {
    style: "British regional: remanded after appearing at court charged with",
    text: `${FRONT("Man in court over stabbing", "Pennine Evening News")}Liam Beattie, 22, was remanded in custody after appearing at Bolton Magistrates' Court charged with murder.`,
    facts: ["Liam Beattie -CHARGED_WITH-> murder"],
  },
  {
    style: "Italian-American tabloid: a verdict after deliberation, with the defendant in apposition",
    text: `${FRONT("Councilman guilty", "Five Boroughs Daily")}The jury deliberated for three days before convicting Aurelio Banfi, a former city councilman, of bribery, extortion and obstruction of justice.`,
    facts: ["Aurelio Banfi -CHARGED_WITH-> bribery", "Aurelio Banfi -CHARGED_WITH-> extortion", "Aurelio Banfi -CHARGED_WITH-> obstruction of justice"],
  },
  {
    style: "British tabloid: the day between the auxiliary and the participle",
    text: `${FRONT("Man charged over pub death", "Daily Clarion")}Corwin Aldane, 54, was last night charged with murder. His brother, Saul Venn, has today been charged with assisting an offender. A third man was on Thursday found guilty of affray.`,
    facts: ["Corwin Aldane -CHARGED_WITH-> murder", "Saul Venn -CHARGED_WITH-> assisting an offender"],
    not: ["Corwin Aldane -CHARGED_WITH-> assisting an offender"],
  },
  {
    style: "Nigerian daily: 'was on Monday arraigned before Justice X of the Federal High Court, Lagos, on'",
    text: `${FRONT("Ex-banker docked", "Lagos Ledger")}Chukwudi Nnaji was on Monday arraigned before Justice Ada Eze of the Federal High Court, Lagos, on a 12-count charge of money laundering.`,
    facts: ["Chukwudi Nnaji -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Indian daily: 'was in 2019 convicted of'",
    text: `${FRONT("Former MLA's conviction upheld", "Deccan Evening Herald")}Ravindra Kolte was in 2019 convicted of criminal intimidation by a sessions court in Nagpur.`,
    facts: ["Ravindra Kolte -CHARGED_WITH-> criminal intimidation"],
  },
  {
    style: "Australian wire: the charge in a participle opening the sentence, and a court date to come",
    text: `${FRONT("Accountant in court", "AAP-style wire")}Charged with fraud, bribery and money laundering, Bronwyn Bramthorpe, 45, appeared in Brisbane Magistrates Court on Monday. Her former partner, Liam Pendry, is due to appear before magistrates on Friday charged with perjury. Not charged with any offence, a third director, Ros Kell, gave evidence.`,
    facts: ["Bronwyn Bramthorpe -CHARGED_WITH-> fraud", "Bronwyn Bramthorpe -CHARGED_WITH-> money laundering", "Liam Pendry -CHARGED_WITH-> perjury"],
    not: ["Ros Kell -CHARGED_WITH-> perjury", "Bronwyn Bramthorpe -CHARGED_WITH-> perjury"],
  },
  {
    style: "US wire: one of several charged alike, and one facing charges",
    text: `${FRONT("Six charged in pension scheme", "Continental Wire")}Corwin Aldane, a former pension fund trustee, was among six people charged with fraud. His deputy, Nell Ardent, is facing charges of bribery and obstruction of justice.`,
    facts: ["Corwin Aldane -CHARGED_WITH-> fraud", "Nell Ardent -CHARGED_WITH-> bribery", "Nell Ardent -CHARGED_WITH-> obstruction of justice"],
    not: ["Corwin Aldane -CHARGED_WITH-> bribery"],
  },
  {
    style: "Scottish broadsheet: 'the trial of X on charges of', and a sentence passed on a day after a conviction",
    text: `${FRONT("Trial opens", "Clydeside Herald")}The trial of Moira Uldale on charges of embezzlement and forgery began on Monday. Her former husband, Callum Uldale, was sentenced on Friday to six years in prison after being convicted of culpable homicide.`,
    facts: ["Moira Uldale -CHARGED_WITH-> embezzlement", "Moira Uldale -CHARGED_WITH-> forgery", "Callum Uldale -CHARGED_WITH-> culpable homicide"],
    not: ["Callum Uldale -CHARGED_WITH-> forgery"],
  },
  {
    style: "Canadian wire: a not-guilty plea to 'charges including'",
    text: `${FRONT("Ex-councillor pleads not guilty", "Prairie Press Wire")}Oswin Trell pleaded not guilty to charges including fraud over $5,000 and breach of trust.`,
    facts: ["Oswin Trell -CHARGED_WITH-> fraud", "Oswin Trell -CHARGED_WITH-> breach of trust"],
  },
  {
    style: "Ugandan daily: a count list after a colon, one offence naming the law it breaks and what that law relates to",
    text: `${FRONT("Town clerk faces graft counts", "Kampala Evening Monitor")}Mr Ssali Kaweesa faces three counts: abuse of office, wilful failure to comply with the law relating to public procurement, and money laundering.`,
    facts: ["Ssali Kaweesa -CHARGED_WITH-> abuse of office", "Ssali Kaweesa -CHARGED_WITH-> wilful failure to comply with the law relating to public procurement", "Ssali Kaweesa -CHARGED_WITH-> money laundering"],
  },
  {
    style: "British business press: 'the former chief executive of <company>, <name>,' charges the man, never his company",
    text: `${FRONT("Ex-boss guilty of fraud", "City Ledger")}The former chief executive of Harlow Capital, Corwin Aldane, was convicted on Friday of fraud and false accounting.`,
    facts: ["Corwin Aldane -CHARGED_WITH-> fraud", "Corwin Aldane -CHARGED_WITH-> false accounting"],
    not: ["Harlow Capital -CHARGED_WITH-> fraud"],
  },
  {
    style: "Indian daily: 'the accused' as the subject stands for the article's one defendant",
    text: `${FRONT("Transporter held for cheating", "Vidarbha Times")}Ravindra Kolte, a Nagpur transporter, was arrested on Monday. Kolte was produced before a magistrate on Tuesday. Police said Kolte had fled to Pune after the incident, and Kolte's lawyer sought bail. The accused was charged with cheating, forgery and criminal intimidation. The complainant, Suresh Pawar, told the court he had been threatened.`,
    facts: ["Ravindra Kolte -CHARGED_WITH-> cheating", "Ravindra Kolte -CHARGED_WITH-> forgery", "Ravindra Kolte -CHARGED_WITH-> criminal intimidation"],
    not: ["Suresh Pawar -CHARGED_WITH-> cheating"],
  },
  {
    style: "Kenyan daily: 'the accused' after another person was named last is no one",
    text: `${FRONT("Clerk in court", "Nairobi Evening Star")}Ochieng Wafula was arrested on Monday. Wafula was arraigned on Tuesday. Wafula's lawyer said Wafula would deny the charges. The magistrate, Amina Said, adjourned the case. The accused was charged with theft.`,
    facts: [],
    not: ["Amina Said -CHARGED_WITH-> theft"],
  },
  {
    style: "Canadian wire: negated and hypothetical charges after a place and a date make none",
    text: `${FRONT("No charges yet", "Prairie Press Wire")}Emeka Adebanjo was not charged in Cardston on Monday with fraud. Police said Briony Orde could be charged in Lethbridge next month with theft.`,
    facts: [],
    not: ["Emeka Adebanjo -CHARGED_WITH-> fraud", "Briony Orde -CHARGED_WITH-> theft"],
  },
  {
    style: "British broadsheet: the new phrasings negated or hedged make none",
    text: `${FRONT("No charges for former director", "Wessex Gazette")}Corwin Aldane was not on Tuesday charged with fraud. His partner, Ines Calloway, was not among those charged with bribery, and is not facing charges of perjury. It is unclear whether Saul Mercer will face charges including forgery. Mercer was never awaiting trial on charges of theft.`,
    facts: [],
    not: ["Corwin Aldane -CHARGED_WITH-> fraud", "Ines Calloway -CHARGED_WITH-> bribery", "Ines Calloway -CHARGED_WITH-> perjury", "Saul Mercer -CHARGED_WITH-> forgery", "Saul Mercer -CHARGED_WITH-> theft"],
  },
];

describeStories("charges in long sentences", ROWS);
