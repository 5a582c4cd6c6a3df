// Charges as papers outside the tuned corpora tell them: an Indian agency's arrest "on charges of", an
// FIR or a case "registered against" the accused, charges told first in the passive ("Charges of A and B
// were filed against X"), a Nigerian arraignment "before a Chief Magistrates' Court", a grand jury or a
// court that indicts, "in federal court", "11 felony counts, including", "a string of offences including",
// a sum before the offence ("a £2m fraud"), "slapped with charges", an offence named by the death it
// caused; and never a charge from a condition ("would be charged ... if"). Invented articles.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-02-10\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Indian daily: an agency's arrest on named charges",
    text: `${FRONT("Bank official held", "Deccan Ledger")}The CBI has arrested Hemant Kulshreshtha, a former branch manager, on charges of criminal breach of trust and forgery. He was produced before a special court on Friday.`,
    facts: ["Hemant Kulshreshtha -CHARGED_WITH-> criminal breach of trust", "Hemant Kulshreshtha -CHARGED_WITH-> forgery"],
  },
  {
    style: "Indian daily: a case under the penal code's sections registered against the accused",
    text: `${FRONT("Murder case registered", "Deccan Ledger")}A case under Sections 302 (murder) and 201 (causing disappearance of evidence) of the IPC has been registered against Manoj Tiwari, police said.`,
    facts: ["Manoj Tiwari -CHARGED_WITH-> murder", "Manoj Tiwari -CHARGED_WITH-> causing disappearance of evidence"],
  },
  {
    style: "Indian daily: an FIR lodged against the accused for the offences",
    text: `${FRONT("FIR against businessman", "Deccan Ledger")}An FIR was lodged against businessman Kunal Bhatt for cheating and forgery on the complaint of a bank. No FIR was lodged against his brother for cheating.`,
    facts: ["Kunal Bhatt -CHARGED_WITH-> cheating", "Kunal Bhatt -CHARGED_WITH-> forgery"],
  },
  {
    style: "US local: charges told first, in the passive",
    text: `${FRONT("Charges filed against teacher", "Valley Courier")}Charges of sexual assault and child endangerment were filed against teacher Glen Harrow on Wednesday.`,
    facts: ["Glen Harrow -CHARGED_WITH-> sexual assault", "Glen Harrow -CHARGED_WITH-> child endangerment"],
  },
  {
    style: "Philippine broadsheet: plunder and graft, both offences before one count noun",
    text: `${FRONT("Ex-mayor faces raps", "Luzon Chronicle")}The Ombudsman filed plunder and graft charges against former mayor Rodel Villanueva before the anti-graft court.`,
    facts: ["Rodel Villanueva -CHARGED_WITH-> plunder", "Rodel Villanueva -CHARGED_WITH-> graft"],
  },
  {
    style: "Nigerian daily: arraigned before a magistrates' court named with its town",
    text: `${FRONT("Farmer arraigned", "Northern Tribune")}A farmer, Musa Danjuma, 40, was arraigned before a Chief Magistrates' Court in Kaduna on a charge of culpable homicide.`,
    facts: ["Musa Danjuma -CHARGED_WITH-> culpable homicide"],
  },
  {
    style: "US wire: a grand jury that indicts, the defendant's office before his name",
    text: `${FRONT("Councilman indicted", "Capitol Wire")}A federal grand jury indicted city councilman Ray Dorsett on honest services fraud and obstruction of justice.`,
    facts: ["Ray Dorsett -CHARGED_WITH-> honest services fraud", "Ray Dorsett -CHARGED_WITH-> obstruction of justice"],
  },
  {
    style: "Pakistani daily: a court indicts in a reference",
    text: `${FRONT("Ex-minister indicted", "Indus Post")}An accountability court on Thursday indicted former minister Shahid Morcombe-Malik in a NAB reference for corruption and corrupt practices.`,
    facts: ["Shahid Morcombe-Malik -CHARGED_WITH-> corruption", "Shahid Morcombe-Malik -CHARGED_WITH-> corrupt practices"],
  },
  {
    style: "US wire: charged in federal court",
    text: `${FRONT("Broker charged", "Capitol Wire")}Rafe Kittredge was charged in federal court with conspiracy to commit wire fraud.`,
    facts: ["Rafe Kittredge -CHARGED_WITH-> conspiracy to commit wire fraud"],
  },
  {
    style: "US local: counts of a kind, then the offences they include",
    text: `${FRONT("Sheriff charged", "Valley Courier")}Former sheriff Lyle Cantrell was charged with 11 felony counts, including bribery and official misconduct.`,
    facts: ["Lyle Cantrell -CHARGED_WITH-> bribery", "Lyle Cantrell -CHARGED_WITH-> official misconduct"],
  },
  {
    style: "Australian daily: a string of offences including",
    text: `${FRONT("Man charged", "Coastal Mail")}Nico Vantreight, 25, has been charged with a string of offences including burglary and driving while disqualified.`,
    facts: ["Nico Vantreight -CHARGED_WITH-> burglary", "Nico Vantreight -CHARGED_WITH-> driving while disqualified"],
  },
  {
    style: "South African daily: a court appearance on a day, then the charges",
    text: `${FRONT("Ex-CEO in court", "Highveld Times")}Former utility chief executive Lwazi Ngcobo-Ralo appeared in the Specialised Commercial Crimes Court on Friday on charges of fraud, corruption and racketeering.`,
    facts: ["Lwazi Ngcobo-Ralo -CHARGED_WITH-> fraud", "Lwazi Ngcobo-Ralo -CHARGED_WITH-> racketeering"],
  },
  {
    style: "British regional: a sum before the offence, 'charged over'",
    text: `${FRONT("Charity boss charged", "Wessex Gazette")}Fenella Craddock was charged over a £2m fraud at the charity she ran.`,
    facts: ["Fenella Craddock -CHARGED_WITH-> fraud"],
    not: ["Fenella Craddock -CHARGED_WITH-> m fraud"],
  },
  {
    style: "Malaysian daily: slapped with charges, the agent after",
    text: `${FRONT("Agent slapped with charges", "Peninsula Star")}Property agent Owen Tregarthen was slapped with charges of cheating and forgery by police on Friday.`,
    facts: ["Owen Tregarthen -CHARGED_WITH-> cheating", "Owen Tregarthen -CHARGED_WITH-> forgery"],
    not: ["Owen Tregarthen -CHARGED_WITH-> forgery by police"],
  },
  {
    style: "Canadian wire: an offence named by the death it caused, after another",
    text: `${FRONT("Trucker charged", "Prairie Press")}Jaspal Randhawa faces charges of criminal negligence causing death and dangerous operation of a motor vehicle causing death.`,
    facts: ["Jaspal Randhawa -CHARGED_WITH-> dangerous operation of a motor vehicle causing death"],
  },
  {
    style: "US wire: lying and destroying evidence",
    text: `${FRONT("Aide charged", "Capitol Wire")}Former aide Clara Westbrook was charged Tuesday with lying to federal agents and destroying evidence.`,
    facts: ["Clara Westbrook -CHARGED_WITH-> destroying evidence"],
  },
  {
    style: "Malaysian daily: abetting an offence",
    text: `${FRONT("Businessman charged", "Peninsula Star")}Chong Kah Meng was charged with abetting the giving of bribes to a public official.`,
    facts: ["Chong Kah Meng -CHARGED_WITH-> abetting the giving of bribes to a public official"],
  },
  {
    style: "British regional: a condition's charge is none",
    text: `${FRONT("Witness warned", "Wessex Gazette")}Prosecutors said Cuthbert Ashgrove would be charged with perjury if he lied again. He denies wrongdoing.`,
    facts: [],
    not: ["Cuthbert Ashgrove -CHARGED_WITH-> perjury"],
  },
  {
    style: "US wire: a count noun kept where the words before it name no offence",
    text: `${FRONT("Dealer pleads guilty", "Capitol Wire")}Cassius Monroe pleaded guilty to federal drug charges and was sentenced to 10 years.`,
    facts: ["Cassius Monroe -CHARGED_WITH-> federal drug charges"],
    not: ["Cassius Monroe -CHARGED_WITH-> federal drug"],
  },
  {
    style: "US local: an offence's grade in apposition is no charge",
    text: `${FRONT("Man charged in shooting", "Valley Courier")}Darnell Upchurch was charged with first-degree murder, a class A felony, and armed robbery.`,
    facts: ["Darnell Upchurch -CHARGED_WITH-> first-degree murder"],
    not: ["Darnell Upchurch -CHARGED_WITH-> class A felony"],
  },
  {
    style: "British regional: two defendants, one verb said once",
    text: `${FRONT("Two charged after death", "Wessex Gazette")}Bryn Caddick was charged with murder and Ellis Parr with assisting an offender.`,
    facts: ["Bryn Caddick -CHARGED_WITH-> murder", "Ellis Parr -CHARGED_WITH-> assisting an offender"],
    not: ["Ellis Parr -CHARGED_WITH-> murder"],
  },
  {
    style: "British regional: a bare 'A man' in the lede, named in the next sentence",
    text: `${FRONT("Man charged with murder", "Wessex Gazette")}A man has been charged with the murder of his wife at their home in Cressby. Alder Uldale, 52, will appear before magistrates on Monday.`,
    facts: ["Alder Uldale -CHARGED_WITH-> murder"],
  },
  {
    style: "Indian daily: 'Rs.' and 'Sec.' end no sentence",
    text: `${FRONT("Businessman booked", "Deccan Ledger")}Mr. Anil Varghese, who allegedly siphoned off Rs. 5 crore, was booked under Sec. 420 of the IPC for cheating.`,
    facts: ["Anil Varghese -CHARGED_WITH-> cheating"],
  },
  {
    style: "Indian daily: a company's 'Pvt. Ltd.' ends no sentence",
    text: `${FRONT("Director arrested", "Deccan Ledger")}Rakesh Nair, director of Zenith Infra Pvt. Ltd., was arrested and charged with cheating and criminal breach of trust.`,
    facts: ["Rakesh Nair -CHARGED_WITH-> cheating", "Rakesh Nair -CHARGED_WITH-> criminal breach of trust"],
  },
  {
    style: "US wire: where the defendant is from, before the verb",
    text: `${FRONT("Ex-CEO indicted", "Capitol Wire")}Former chief executive Bertram Vance of St. Louis was indicted by a U.S. grand jury on charges of securities fraud and wire fraud.`,
    facts: ["Bertram Vance -CHARGED_WITH-> securities fraud", "Bertram Vance -CHARGED_WITH-> wire fraud"],
  },
  {
    style: "Australian daily: the offences set off by a colon",
    text: `${FRONT("Man charged", "Coastal Mail")}Kai Roskilde was charged with the following offences: aggravated burglary and theft. Hollis Grange was charged with: murder; attempted murder; and possession of a firearm.`,
    facts: ["Kai Roskilde -CHARGED_WITH-> aggravated burglary", "Kai Roskilde -CHARGED_WITH-> theft", "Hollis Grange -CHARGED_WITH-> possession of a firearm"],
    not: ["Kai Roskilde -CHARGED_WITH-> following"],
  },
  {
    style: "Irish daily: offences relating to what was done",
    text: `${FRONT("Man charged", "Munster Courier")}Arlo Dempsey was charged with offences relating to the importation of cocaine.`,
    facts: ["Arlo Dempsey -CHARGED_WITH-> importation of cocaine"],
  },
  {
    style: "South African daily: an offence with its circumstances, a firearm and its ammunition",
    text: `${FRONT("Robber convicted", "Highveld Times")}Sizwe Mabaso-Nkosi, 34, was convicted of premeditated murder, robbery with aggravating circumstances and unlawful possession of a firearm and ammunition.`,
    facts: ["Sizwe Mabaso-Nkosi -CHARGED_WITH-> robbery with aggravating circumstances", "Sizwe Mabaso-Nkosi -CHARGED_WITH-> unlawful possession of a firearm and ammunition"],
    not: ["Sizwe Mabaso-Nkosi -CHARGED_WITH-> ammunition"],
  },
  {
    style: "South African daily: defeating the ends of justice, crimen injuria, contravening an Act, housebreaking",
    text: `${FRONT("Officer charged", "Highveld Times")}Police officer Thabang Moloi-Rantso was charged with defeating the ends of justice and crimen injuria. Businessman Hennie van Wyk-Belmore was found guilty of contravening the Firearms Control Act and housebreaking with intent to steal.`,
    facts: ["Thabang Moloi-Rantso -CHARGED_WITH-> defeating the ends of justice", "Thabang Moloi-Rantso -CHARGED_WITH-> crimen injuria", "Hennie van Wyk-Belmore -CHARGED_WITH-> contravening the Firearms Control Act", "Hennie van Wyk-Belmore -CHARGED_WITH-> housebreaking with intent to steal"],
  },
  {
    style: "Nigerian daily: obtaining money under false pretences",
    text: `${FRONT("EFCC charges businessman", "Northern Tribune")}The EFCC charged Ikenna Ulbury-Eze with conspiracy and obtaining money under false pretences.`,
    facts: ["Ikenna Ulbury-Eze -CHARGED_WITH-> obtaining money under false pretences"],
  },
  {
    style: "New Zealand daily: injuring with intent",
    text: `${FRONT("Man guilty", "Harbour News")}Rawiri Walker-Rangi was found guilty of manslaughter and injuring with intent to cause grievous bodily harm.`,
    facts: ["Rawiri Walker-Rangi -CHARGED_WITH-> injuring with intent to cause grievous bodily harm"],
  },
  {
    style: "US wire: the penalty is the condition, the charge is real",
    text: `${FRONT("Banker arrested", "Capitol Wire")}Faisal Rahimi faces up to 20 years in prison if convicted of money laundering.`,
    facts: ["Faisal Rahimi -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Philippine daily: 'reckless imprudence resulting in homicide' is one offence, not a bare 'reckless imprudence'",
    text: "The bus driver, Ernesto Lacsamana, was charged with reckless imprudence resulting in homicide after the crash in Batangas.",
    facts: ["Ernesto Lacsamana -CHARGED_WITH-> reckless imprudence resulting in homicide"],
    not: ["Ernesto Lacsamana -CHARGED_WITH-> reckless imprudence"],
  },
];

describeStories("charges told the world's ways", ROWS);
