// Names, their types and their grouping inside one article, on invented stories written in the
// manners of many presses (wire, British, Korean, Pakistani, Indian, Australian, French, Spanish,
// Gulf, tabloid, trade). Each asserts what a reader would list as the people, courts,
// organisations, studios and films of the story.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import { entityNamed, labels } from "./names-helpers.ts";

describe("names in many presses", () => {
  it("a US wire story: a judge's title, a described federal court, an office, no byline", () => {
    const s = story(`Harbour Pilot Walks Free As Jury Clears Him Of Manslaughter

NEW ORLEANS (Wire) — A veteran harbour pilot was acquitted on Tuesday of manslaughter in federal court in New Orleans over a barge collision that killed two deckhands.

Dorian Okoye, 54, showed no emotion as the verdict was read. U.S. District Judge Marta Velez thanked the jurors.

Okoye's lawyer, Renata Silvestri, said her client was relieved. Prosecutors from the U.S. Attorney's Office for the Eastern District of Louisiana declined to comment.

Reporting by Tomas Garnock; Editing by Lucy Farrow`);
    expect(labels(s, "Person")).toEqual(["Dorian Okoye", "Marta Velez", "Renata Silvestri"]);
    expect(labels(s, "Court")).toEqual(["federal court in New Orleans"]);
    expect(labels(s, "Organization")).toEqual(["U.S. Attorney's Office for the Eastern District of Louisiana"]);
  });

  it("a Korean wire story: family name first, a court named before a weekday", () => {
    const s = story(`Seoul court jails Daebong chief for bribery

SEOUL, March 3 (Yonhap) -- The Seoul Central District Court on Friday sentenced Lee Jae-won, chairman of Daebong Group, to four years in prison for bribing a former presidential aide.

Lee, 61, was also fined 2 billion won. The court said Lee had offered money to Kim Min-seo, a former senior secretary, in exchange for help with a merger.

Kim received a suspended sentence. Lee's lawyers said they would appeal to the Seoul High Court. Daebong Electronics Vice Chairman Park Min-jun declined to comment.`);
    expect(labels(s, "Person")).toEqual(["Kim Min-seo", "Lee Jae-won", "Park Min-jun"]);
    expect(labels(s, "Organization")).toContain("Daebong Electronics");
    expect(entityNamed(s, "Lee").label).toBe("Lee Jae-won");
    expect(entityNamed(s, "Kim").label).toBe("Kim Min-seo");
    expect(labels(s, "Court")).toEqual(["Seoul Central District Court", "Seoul High Court"]);
    expect(labels(s, "Organization")).toContain("Daebong Group");
  });

  it("a British court report: an address is a place, a barrister's letters and a police force", () => {
    const s = story(`Bookmaker jailed over race-fixing ring

A bookmaker who ran a race-fixing ring from a flat above a chip shop in Salford has been jailed for six years.

Gareth Pennock, 47, of Moss Lane, Swinton, was sentenced at Kelton Crown Court on Thursday after a jury found him guilty of conspiracy to defraud.

Sentencing him, His Honour Judge Felicity Mordale said Pennock had "corrupted a sport that thousands of people love".

Prosecuting, Imran Morcombe KC told the court that Pennock paid jockeys up to £5,000 a race. Pennock's co-accused, Shane Mulvey, 33, was cleared.

Detective Inspector Hannah Roe of Greater Manchester Police said afterwards: "This was a sophisticated operation."`);
    expect(labels(s, "Person")).toEqual(["Felicity Mordale", "Gareth Pennock", "Hannah Roe", "Imran Morcombe", "Shane Mulvey"]);
    expect(labels(s, "Court")).toEqual(["Kelton Crown Court"]);
    expect(labels(s, "Organization")).toEqual(["Greater Manchester Police"]);
  });

  it("a Pakistani report: an acronym in brackets is the body it follows, a described accountability court", () => {
    const s = story(`Accountability court indicts former minister

ISLAMABAD: An accountability court in Islamabad on Wednesday indicted former federal minister Chaudhry Waqar Karam and his son Usman Tariq in a corruption reference filed by the National Accountability Bureau (NAB).

Judge Muhammad Bashir adjourned the hearing until May 12. The Islamabad High Court had earlier rejected Karam's plea for bail.

The NAB prosecutor, Sardar Muzaffar Abbasi, said the minister had acquired assets beyond his known sources of income.`);
    expect(labels(s, "Person")).toEqual(["Chaudhry Waqar Karam", "Muhammad Bashir", "Sardar Muzaffar Abbasi", "Usman Tariq"]);
    expect(labels(s, "Organization")).toEqual(["National Accountability Bureau"]);
    expect(entityNamed(s, "NAB").label).toBe("National Accountability Bureau");
    expect(labels(s, "Court")).toEqual(["Islamabad High Court", "accountability court in Islamabad"]);
  });

  it("an Indian report: initials, a counsel, a sessions court, and a photo credit that is nobody", () => {
    const s = story(`Mumbai sessions court grants bail to film producer

MUMBAI: A sessions court in Mumbai on Friday granted bail to film producer Rakesh Kumar Malhotra, arrested last month in a cheating case.

Justice S. R. Bramridge of the Bombay High Court had earlier refused him relief. Malhotra's counsel, advocate Priya Venkataraman, argued that the complaint was filed by a rival, Sunil Bhatia.

Photo: Anil Gowda/Daily Sentinel`);
    expect(labels(s, "Person")).toEqual(["Priya Venkataraman", "Rakesh Kumar Malhotra", "S. R. Bramridge", "Sunil Bhatia"]);
    expect(labels(s, "Court")).toEqual(["Bombay High Court", "sessions court in Mumbai"]);
  });

  it("an Australian report: a suburb before a noun is no organisation", () => {
    const s = story(`Sydney man jailed for fatal one-punch attack

A Sydney man who killed a stranger with a single punch outside a Kings Cross bar has been jailed for nine years.

Brendan Tully, 31, was sentenced in the NSW Supreme Court on Friday. Justice Rhonda Halstow said the attack on Liam Costigan, 24, was "senseless".

Tully's barrister, Michael Farrugia SC, said his client was remorseful. Detective Sergeant Kylie Ng said police welcomed the sentence.`);
    expect(labels(s, "Person")).toEqual(["Brendan Tully", "Kylie Ng", "Liam Costigan", "Michael Farrugia", "Rhonda Halstow"]);
    expect(labels(s, "Court")).toEqual(["NSW Supreme Court"]);
    expect(labels(s, "Organization")).toEqual([]);
  });

  it("Spanish double surnames and particles stay in one name", () => {
    const s = story(`Madrid court convicts property developer

A Madrid court on Thursday convicted property developer José Manuel García Herrera of fraud and sentenced him to three years in prison.

García Herrera, 66, had sold apartments in Marbella that were never built. His lawyer, Ana Belén Ortiz de Zárate, said he would appeal.

Among the victims was the retired teacher Carmen de la Fuente.`);
    expect(labels(s, "Person")).toEqual(["Ana Belén Ortiz de Zárate", "Carmen de la Fuente", "José Manuel García Herrera"]);
    expect(entityNamed(s, "García Herrera").label).toBe("José Manuel García Herrera");
  });

  it("French particles, a capitalised particle opening a sentence, and a French honorific", () => {
    const s = story(`French court fines ex-mayor

PARIS — A Paris criminal court on Monday fined former mayor Jean-Philippe de Villiers-Marchand 50,000 euros for embezzling public funds.

De Villiers-Marchand's lawyer, Mme Hélène Le Guen, said the verdict was unjust. The prosecutor's office had sought a prison term.`);
    expect(labels(s, "Person")).toEqual(["Hélène Le Guen", "Jean-Philippe de Villiers-Marchand"]);
    expect(labels(s, "Court")).toEqual(["Paris criminal court"]);
  });

  it("Gulf names with bin and Al, and a trading company", () => {
    const s = story(`Gulf tycoon cleared by Dubai court

DUBAI — Businessman Khalid bin Rashid Al Mansoori was acquitted of money laundering on Sunday by the Dubai Court of First Instance.

Al Mansoori, 52, had been accused of moving funds through Falcon Crest Trading. His brother, Saeed bin Rashid Al Mansoori, testified in his defence.`);
    expect(labels(s, "Person")).toEqual(["Khalid bin Rashid Al Mansoori", "Saeed bin Rashid Al Mansoori"]);
    expect(labels(s, "Organization")).toEqual(["Falcon Crest Trading"]);
    expect(labels(s, "Court")).toEqual(["Dubai Court of First Instance"]);
  });

  it("a British magistrates' court and a street address", () => {
    const s = story(`Mr Stanley Obi, of 14 Cedar Close, Luton, appeared before Luton Magistrates' Court. Obi's solicitor, Mr Farhan Qazi, entered no plea.`);
    expect(labels(s, "Person")).toEqual(["Farhan Qazi", "Stanley Obi"]);
    expect(labels(s, "Court")).toEqual(["Luton Magistrates' Court"]);
  });

  it("a court known by a name without a head word, after 'at the'", () => {
    const s = story(`Drill rapper Kayode Bankole was convicted at the Old Bailey of possessing a firearm.

Bankole, 22, from Peckham, south London, was remanded in custody by Judge Sarah Tavford.`);
    expect(labels(s, "Person")).toEqual(["Kayode Bankole", "Sarah Tavford"]);
    expect(labels(s, "Court")).toEqual(["Old Bailey"]);
  });
});

describe("studios and titles of works", () => {
  it("a studio named with and without its head word; films without quotation marks", () => {
    const s = story(`Studio sued over stunt death on set of Dust of Ember

The family of a stuntman killed during filming of the action thriller Dust of Ember has sued Brightwater Pictures and the film's producer, Nadia Kovacs.

The lawsuit, filed in Los Angeles County Superior Court, says Brightwater ignored safety warnings. Calvin Mabery, 38, died when a car flipped during a chase scene.

Kovacs, who also produced Silver Meridian and Low Tide, did not respond. A spokesperson for Brightwater said the studio was cooperating with investigators.`);
    expect(labels(s, "Person")).toEqual(["Calvin Mabery", "Nadia Kovacs"]);
    expect(labels(s, "Studio")).toEqual(["Brightwater Pictures"]);
    expect(entityNamed(s, "Brightwater").label).toBe("Brightwater Pictures");
    expect(labels(s, "Film")).toEqual(["Dust of Ember", "Low Tide", "Silver Meridian"]);
    expect(labels(s, "Organization")).toEqual([]);
  });

  // (an entertainment company in a story that names no film and says no "studio" is a company, not a film studio: ONTOLOGY)
  it("a Korean entertainment company named by its first word", () => {
    const s = story(`Choi Seung-hyun, the founder of Hanbit Entertainment, was sentenced to 30 months in prison by the Seoul Central District Court.

Hanbit said in a statement that it respected the court's decision.`);
    expect(labels(s, "Organization")).toEqual(["Hanbit Entertainment"]);
    expect(entityNamed(s, "Hanbit").label).toBe("Hanbit Entertainment");
  });

  it("a company's head word alone opening a sentence is no name", () => {
    const s = story(`Studio settles with family of crew member

Pictures from the set were shown to the jury. Vantage Pictures denied wrongdoing.`);
    expect(labels(s, "Studio")).toEqual(["Vantage Pictures"]);
  });
});

describe("capitalised words that name no one", () => {
  it("trade press: a genre before a title, a vehicle, a streamer opening a sentence, an award", () => {
    const s = story(`Corvid Pictures has settled a wrongful-death suit brought by the family of a camera operator killed on the set of the Western Dry Creek, the trade paper Screen Ledger reported.

The indie, whose credits include Paper Moon Rising and the limited series Tallow, agreed to pay $4 million. Director Anouk Berrigan's film was shooting near Santa Fe when a Ford Bronco driven by stunt coordinator Wes Talbot rolled.

Streamer Lumenflix, which acquired the film at a festival, was not named in the suit. Berrigan, who won a BAFTA for The Salt Year, declined to comment.`);
    expect(labels(s, "Person")).toEqual(["Anouk Berrigan", "Wes Talbot"]);
    expect(labels(s, "Studio")).toEqual(["Corvid Pictures", "Lumenflix"]);
    expect(labels(s, "Film")).toEqual(expect.arrayContaining(["Paper Moon Rising", "Tallow", "The Salt Year"]));
    expect(labels(s, "Organization")).toEqual(["Screen Ledger"]);
  });

  it("tabloid: a car, a phone, a doctor's title and a common acronym", () => {
    const s = story(`Cabbie who ran down cyclist on Oxford Street jailed

A taxi driver who mowed down a cyclist while watching videos on his phone has been jailed.

Kamal Hossain, 52, was behind the wheel of his Toyota Prius when he hit Dr Eleanor Frame on Oxford Street, Westminster Magistrates' Court heard. The 41-year-old GP suffered a fractured skull.

Hossain, of Ilford, east London, admitted causing serious injury by careless driving. District Judge Paul Godwin banned him from driving for three years. Speaking after the hearing, Dr Frame said: "I still cannot ride a bike."`);
    expect(labels(s, "Person")).toEqual(["Eleanor Frame", "Kamal Hossain", "Paul Godwin"]);
    expect(labels(s, "Court")).toEqual(["Westminster Magistrates' Court"]);
    expect(labels(s, "Organization")).toEqual([]);
  });
});

describe("single words and what stands beside them", () => {
  it("a child's name with an age is a person; a judge's surname after 'told' is the judge", () => {
    const s = story(`The trial featured the star's children, Plum, 18, and Reed, 16. Superior Court Judge Martin Gedge presided. The defense lawyer told Gedge the facts were agreed. Plum said her mother was not at fault.`);
    expect(labels(s, "Person")).toEqual(["Martin Gedge", "Plum", "Reed"]);
    expect(labels(s, "Organization")).toEqual([]);
  });

  it("a verb opening an inverted clause, a compound nationality, a police operation, a pseudonym's plural", () => {
    const s = story(`Had Friday's ruling gone against her, Rome could have sought her extradition. Franco-Lebanese businessman Ziad Khoury died on Tuesday. She was questioned by officers from Operation Kestrel. In addition to the four Jane Does, four women testified.`);
    expect(labels(s, "Person")).toEqual(["Ziad Khoury"]);
  });

  it("places, nationalities and common acronyms that recur are not organisations", () => {
    const s = story(`DALTON, Ga. — The men travelled to Benghazi in 2005. Cash was carried from Benghazi to Paris. Benghazi had agreed to pay, prosecutors said, and the Moldovan regime approved. Moldovan money was never traced. DNA evidence and a test for HIV were excluded. DNA was found on the knife. Near Savannah, Ortiz was shooting the film. He spent a year in the Harlan County jail.`);
    expect(labels(s, "Organization").filter((l) => l !== "Harlan County jail")).toEqual([]);
    expect(labels(s, "Person")).toEqual([]);
  });

  it("a cartel and an agency written with full stops", () => {
    const s = story(`The trial laid bare the workings of the Durango cartel. Ruben Salas began working with the D.E.A., allowing agents to listen to calls.`);
    expect(labels(s, "Organization")).toEqual(["D.E.A.", "Durango cartel"]);
  });
});
