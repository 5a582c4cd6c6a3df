// What a capitalised name is: a person, a company, a studio, a show, or nothing the graph holds
// (a club, a road, a ship, a festival). Invented stories in the manners of many presses (wire,
// British tabloid, Indian, Pakistani, Australian, trade press); each lists what a reader would
// take from it ("Person: Ana Ruiz") and what it must not yield.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import { describeNameStories, entityNamed, type NameRow } from "./names-helpers.ts";

const CLUBS: NameRow[] = [
  {
    style: "Spanish wire: clubs named by their lead word ('Real', 'Sporting') are no one",
    text: "MADRID (Wire) — A former Real Almenara winger was jailed for four years on Monday for defrauding investors.\n\nTomas Erraiz, 34, who also played for Sporting Valdoura, was convicted by a court in Seville.",
    names: ["Person: Tomas Erraiz"],
    not: ["Person: Real Almenara", "Person: Sporting Valdoura"],
  },
  {
    style: "British tabloid: 'Ex-Rovers' and 'the Rovers' are a club, not a man",
    text: "Ex-Rovers striker Danny Kettle, 29, was found guilty of assault at Bristol Crown Court.\n\nKettle, who scored 40 goals for the Rovers, punched a taxi driver. Ashvale Rovers said they would not comment.",
    names: ["Person: Danny Kettle"],
    not: ["Person: Ex-Rovers", "Person: Rovers", "Person: Ashvale Rovers"],
  },
  {
    style: "Australian: a club's nickname after 'the' is no one",
    text: "Former Kelton Hawks captain Brodie Cardew, 31, has been convicted of drink-driving.\n\nThe Hawks said Cardew had been stood down. Cardew also played for the Magpies.",
    names: ["Person: Brodie Cardew"],
    not: ["Person: Hawks", "Person: Magpies", "Person: Kelton Hawks"],
  },
  {
    style: "US local TV: a team's name with an honorific inside it, after 'the', is no one",
    text: "Coach Dana Delgado-Vance, 52, was found guilty of vehicular homicide. Delgado-Vance led the Tarnby Lady Hawks to two state titles.",
    names: ["Person: Dana Delgado-Vance"],
    not: ["Person: Hawks", "Person: Lady Hawks"],
  },
];

const PLACES_AND_THINGS: NameRow[] = [
  {
    style: "Pakistani daily: a road and a neighbourhood in izafat are places, not people",
    text: "KARACHI: A sessions court on Thursday sentenced Faraz Qadri to seven years in prison for a robbery on Shahrah-e-Qaimabad.\n\nQadri, a resident of Gulshan-e-Zarnab, was arrested near Nazimabad. Justice Sana Mirza heard the case.",
    names: ["Person: Faraz Qadri", "Person: Sana Mirza"],
    not: ["Person: Shahrah-e-Qaimabad", "Person: Gulshan-e-Zarnab"],
  },
  {
    style: "Pakistani daily: a party in izafat is an organisation, an award in izafat nothing",
    text: "ISLAMABAD: Senator Asad Durrani of the Tehreek-e-Adl was indicted on Monday. Durrani, who received the Sitara-e-Khidmat in 2015, denied the charges.",
    names: ["Person: Asad Durrani", "Organization: Tehreek-e-Adl"],
    not: ["Person: Tehreek-e-Adl", "Person: Sitara-e-Khidmat", "Organization: Sitara-e-Khidmat"],
  },
  {
    style: "maritime trade press: a ship's letters, a regatta and a treaty are no one",
    text: "The master of the MV Kestrel Dawn, Captain Joaquim Ferraz, was fined after the collision during the Tarnby Regatta. The owners said they had complied with the Kelton Treaty.",
    names: ["Person: Joaquim Ferraz"],
    not: ["Person: Kestrel Dawn", "Person: MV Kestrel Dawn", "Person: Tarnby Regatta", "Person: Kelton Treaty"],
  },
  {
    style: "British regional: a ship and a saint's hospital are no one",
    text: "The cruise ship Ocean Marvel was docked at Tilbury when deckhand Pieter Smuts fell.\n\nThe captain, Ilse Garnock, was charged with manslaughter. Smuts was treated at St Columba's Hospital.",
    names: ["Person: Pieter Smuts", "Person: Ilse Garnock", "Organization: St Columba's Hospital"],
    not: ["Person: Ocean Marvel", "Person: St Columba"],
  },
  {
    style: "Australian: a festival in apposition is no one",
    text: "The festival, Harrowmere Lights, was cancelled after its organiser Rhiannon Pugh was charged with fraud.",
    names: ["Person: Rhiannon Pugh"],
    not: ["Person: Harrowmere Lights"],
  },
  {
    style: "trade press: a programme someone hosts or presents is a show, not a person",
    text: "Presenter Cuthbert Danquah, who hosts Morning Brew on Channel 9, was charged with assault.\n\nDanquah, 48, presented Valley Talk for a decade before joining the network.",
    names: ["Person: Cuthbert Danquah"],
    not: ["Person: Morning Brew", "Person: Valley Talk"],
  },
  {
    style: "British tabloid: schools, an infirmary and a paper one talks to are bodies, not people",
    text: "The 15-year-old, a pupil at Kelton Grammar, was stabbed outside Tarnby Academy. Her mother told the Kelton Echo that staff at Ridgeway Primary had ignored warnings. She died at Glenmoor Infirmary.",
    names: ["Organization: Kelton Grammar", "Organization: Ridgeway Primary", "Organization: Kelton Echo", "Organization: Glenmoor Infirmary"],
    not: ["Person: Kelton Grammar", "Person: Ridgeway Primary", "Person: Glenmoor Infirmary"],
  },
  {
    style: "British regional radio: a station, its programme and a programme one appeared on are no one, and a titled detective no programme",
    text: "Speaking on BBC Radio Tarn's Morning Call programme, Det Supt Alison Greer said the suspect had fled abroad. He appeared on Crimewatch Live last year.",
    names: ["Person: Alison Greer", "Organization: BBC Radio Tarn"],
    not: ["Person: BBC Radio Tarn", "Person: Morning Call", "Person: Crimewatch Live", "Film: Det Supt Alison Greer", "Film: Alison Greer"],
  },
  {
    style: "Pakistani daily: a colony and a cantonment are places",
    text: "KARACHI: Shah Faisal Colony police registered a case against Ali Raza Soomro, 33. Malir Cantt residents protested outside the station.",
    names: ["Person: Ali Raza Soomro"],
    not: ["Person: Shah Faisal Colony", "Person: Malir Cantt"],
  },
  {
    style: "biotech trade press: a drug's code is no one",
    text: "Prosecutors said Dale Vorhees hid from investors that the company's lead drug, KX-114, had failed its trial.",
    names: ["Person: Dale Vorhees"],
    not: ["Person: KX-114", "Organization: KX-114"],
  },
  {
    style: "Indian wire: a state ending in Pradesh is a place",
    text: "The brothers, Mahesh Korku, 24, and Dinesh Korku, 21, are migrant workers from Dhar in Himachal Pradesh.",
    names: ["Person: Mahesh Korku", "Person: Dinesh Korku"],
    not: ["Person: Himachal Pradesh"],
  },
  {
    style: "Kenyan daily: an office written with a hyphen is no one",
    text: "Governor Ruth Wanjala sacked Mr Chepkoech in October after the Auditor-General flagged the payments.",
    names: ["Person: Ruth Wanjala"],
    not: ["Person: Auditor-General"],
  },
  {
    style: "US local and English rural: the town a prison is in, and the village after a farm in an address, are places",
    text: "Garnock remains in the Kelton State Prison in Tarnby Lodge while he serves the sentence.\n\nStuart Mabley, 58, of Lower Wick Farm, Ashby Wick, denied owning the dog.",
    names: ["Person: Stuart Mabley"],
    not: ["Person: Tarnby Lodge", "Person: Ashby Wick"],
  },
  {
    style: "Indian daily: 'a sessions court in October' is when the court sat, no court of a place called October",
    text: "His co-accused, site supervisor Ramesh Falley, was granted bail by a sessions court in October.",
    names: ["Person: Ramesh Falley"],
    not: ["Court: sessions court in October", "Place: October"],
  },
  {
    style: "Canadian Press: 'Court of King's Bench Justice X' opening a sentence keeps the court's whole name",
    text: "Court of King's Bench Justice Colleen Quarcombe found that the delay breached his rights. Ministry of Justice officials declined to comment.",
    names: ["Court: Court of King's Bench", "Person: Colleen Quarcombe"],
    not: ["Court: King's Bench", "Court: of King's Bench"],
  },
  {
    style: "US business wire: a federal agency named with 'and' is no one; a lorry before a role is no one",
    text: "Tarnwell Motors paid civil fines to the Environmental Protection Agency and Customs and Border Protection.\n\nLorry driver Caspian Pinnock, 44, admitted causing death by careless driving.",
    names: ["Organization: Customs and Border Protection", "Person: Caspian Pinnock"],
    not: ["Person: Border Protection", "Person: Lorry"],
  },
];

const ROLES: NameRow[] = [
  {
    style: "British broadsheet: a broadcaster is a broadcaster, not a presenter",
    text: "Veteran broadcaster Alun Prys-Davies, 71, was cleared of indecent assault at Cardiff Crown Court.",
    names: ["Person: Alun Prys-Davies", "Role: broadcaster"],
    not: ["Role: presenter"],
  },
];

const STUDIOS: NameRow[] = [
  {
    style: "trade press: a company the story calls 'the studio behind' films is a studio, whatever its name looks like",
    text: "The horror film was produced by Kestrel Hollow Pictures and distributed by Marlin Crest.\n\nMarlin Crest, the studio behind several horror hits, declined to comment on the lawsuit.",
    names: ["Studio: Kestrel Hollow Pictures", "Studio: Marlin Crest"],
    not: ["Person: Marlin Crest"],
  },
  {
    style: "Indian trade press: a company that produces and distributes films is a studio",
    text: "Ashgrove Holdings, which produces and distributes films in Hindi and Tamil, was sued by actor Vikram Rizvi over unpaid fees.",
    names: ["Studio: Ashgrove Holdings", "Person: Vikram Rizvi"],
    not: ["Organization: Ashgrove Holdings"],
  },
  {
    style: "business press: a company whose film division made the movie is a studio",
    text: "Vantage Corporation's film division backed the movie, which cost $40 million. A spokesman for Harrowgate Bank said the loan was repaid.",
    names: ["Studio: Vantage Corporation", "Organization: Harrowgate Bank"],
    not: ["Organization: Vantage Corporation"],
  },
  {
    style: "British wire: a report commissioned by a public body does not make it a studio",
    text: "A report commissioned by the Tarnmoor Water Authority found that the pumping station had failed. Keystone Freight, a haulage company, was fined £90,000.",
    names: ["Organization: Tarnmoor Water Authority", "Organization: Keystone Freight"],
    not: ["Studio: Tarnmoor Water Authority", "Studio: Keystone Freight"],
  },
  {
    style: "business press: a study financed and a statement released by a company do not make it a studio; a producer named in full stays a person",
    text: "A study financed by Harrowgate Holdings found the bridge unsafe. A statement released by Kelton Group said the deal was off.\n\nThe documentary was produced by Ilinca Moraru, who also wrote it.",
    names: ["Organization: Harrowgate Holdings", "Organization: Kelton Group", "Person: Ilinca Moraru"],
    not: ["Studio: Harrowgate Holdings", "Studio: Kelton Group", "Studio: Ilinca Moraru"],
  },
];

const PEOPLE: NameRow[] = [
  {
    style: "Dutch wire: a given name that is also a month's abbreviation, then particles",
    text: "THE HAGUE: Jan van der Berg, 52, and Willem de Vries were convicted of fraud on Tuesday. Ludwig von Hartmann, their lawyer, said they would appeal.",
    names: ["Person: Jan van der Berg", "Person: Willem de Vries", "Person: Ludwig von Hartmann"],
    not: ["Person: Berg"],
  },
  {
    style: "Gulf English daily: an Arabic article inside a surname",
    text: "Mohammad al-Rashidi, 40, and Ana María García de la Cruz were charged with money laundering. J.P. McNulty-Burke, a banker, was also charged.",
    names: ["Person: Mohammad al-Rashidi", "Person: Ana María García de la Cruz", "Person: J.P. McNulty-Burke"],
    not: ["Person: Mohammad"],
  },
  {
    style: "Indian English: Shri, Smt and Justice before names",
    text: "NEW DELHI: Shri Ramesh Chandra Nambiar, 58, was arrested on Monday. Smt Kamla Saxena Falby, his wife, was also named in the FIR. Justice A. K. Thakur of the Delhi High Court granted bail.",
    names: ["Person: Ramesh Chandra Nambiar", "Person: Kamla Saxena Falby", "Person: A. K. Thakur"],
    not: ["Person: Shri Ramesh Chandra Nambiar", "Person: Smt Kamla Saxena Falby"],
  },
  {
    style: "British and Australian honorifics: Dame, Sir, Cr, Det Sgt",
    text: "Dame Philippa Ashworth-Grey, 66, was cleared of fraud. Sir Ferdinand O'Halloran KC, defending, said she was relieved.\n\nCr Bronwyn McAllister of the city council gave evidence. Det Sgt Craig MacLeod told the court the van belonged to Liam O'Driscoll.",
    names: ["Person: Philippa Ashworth-Grey", "Person: Ferdinand O'Halloran", "Person: Bronwyn McAllister", "Person: Craig MacLeod", "Person: Liam O'Driscoll"],
    not: ["Person: Cr Bronwyn McAllister"],
  },
  {
    style: "Tamil Nadu daily and Indian police: Thiru, Tmt, Kumari, SHO and Sub-Inspector are titles, an FIR no one",
    text: "CHENNAI: Thiru K. Selvaraj, 60, and Tmt R. Meenakshi were arrested. Kumari Priya Nair testified. SHO Rakesh Falby registered the FIR. Sub-Inspector Anil Tomar arrested him.",
    names: ["Person: K. Selvaraj", "Person: R. Meenakshi", "Person: Priya Nair", "Person: Rakesh Falby", "Person: Anil Tomar"],
    not: ["Person: Thiru K. Selvaraj", "Person: SHO Rakesh Falby", "Organization: FIR"],
  },
  {
    style: "Pakistani daily: an ASI before a constable's name",
    text: "LAHORE: ASI Muhammad Aslam and Rana Sanaullah Kohli appeared before the court. Nusrat Begum, the complainant, said Kohli had threatened her.",
    names: ["Person: Muhammad Aslam", "Person: Rana Sanaullah Kohli", "Person: Nusrat Begum"],
    not: ["Person: ASI Muhammad Aslam"],
  },
  {
    style: "Australian and Nigerian ranks: Sen Const, Snr Sgt, Chief Supt, the Rt Hon, Hon. Justice",
    text: "Senior Constable Kylie O'Rourke said Sen Const Jayden McNamara was hurt. Snr Sgt Mel Fitzgerald-Lowe and Chief Supt Adele Prynne gave evidence.\n\nThe Rt Hon Graham Pettifer MP was questioned. Hon. Justice Adaeze Mbanefo presided.",
    names: ["Person: Kylie O'Rourke", "Person: Jayden McNamara", "Person: Mel Fitzgerald-Lowe", "Person: Adele Prynne", "Person: Graham Pettifer", "Person: Adaeze Mbanefo"],
    not: ["Person: Sen Const Jayden McNamara", "Person: Supt Adele Prynne", "Person: Rt Hon Graham Pettifer", "Person: Justice Adaeze Mbanefo"],
  },
  {
    style: "Goan daily and Nigerian wire: an honorific after a title ('Advocate Ms.', 'Justice Mrs') and Alhaji are no part of a name",
    text: "PANAJI: Savio D'Souza, 40, was arrested on Monday. Advocate Ms. Lucinda Fernandes appeared for him.\n\nLAGOS: Alhaji Musa Danjuma, 61, was arraigned before Justice Mrs Nkechi Obi-Okoye.",
    names: ["Person: Savio D'Souza", "Person: Lucinda Fernandes", "Person: Musa Danjuma", "Person: Nkechi Obi-Okoye", "Role: lawyer", "Role: judge"],
    not: ["Person: Ms. Lucinda Fernandes", "Person: Alhaji Musa Danjuma", "Person: Mrs Nkechi Obi-Okoye"],
  },
  {
    style: "British regional: a byline and a photo caption name nobody in the story",
    text: "By Marcus Tellwright\n\nPictured: Oona Darragh leaving court\n\nA woman who drove at 110mph on the M4 has been banned from driving.\n\nFiona Kettering, 29, of Cedar Close, Reading, admitted dangerous driving.",
    names: ["Person: Fiona Kettering"],
    not: ["Person: Marcus Tellwright", "Person: Oona Darragh"],
  },
  {
    style: "Australian: a caption confirms a name the story gives, and a byline with a desk names no one",
    text: "By Jess Whitlam and Tom Quarby, Courts Reporters\n\nPhoto: Kylie Tran/Harbour Ledger\n\nA Kelton mother, Kylie Tran, 34, has been jailed for three years for defrauding a charity.",
    names: ["Person: Kylie Tran"],
    not: ["Person: Jess Whitlam", "Person: Tom Quarby"],
  },
];

describe("a party in izafat and its acronym", () => {
  it("are one organisation", () => {
    const s = story("LAHORE: Senator Asad Durrani of the Tehreek-e-Adl Pakistan was indicted on Monday. The TAP said the case was political.");
    expect(entityNamed(s, "TAP").label).toBe("Tehreek-e-Adl Pakistan");
  });
});

describeNameStories("sports clubs are no one", CLUBS);
describeNameStories("roads, ships, hospitals, festivals and shows are no one", PLACES_AND_THINGS);
describeNameStories("roles keep their meaning", ROLES);
describeNameStories("a company that makes or distributes films is a studio; other companies are not", STUDIOS);
describeNameStories("people in the forms many presses write them, and no one from a byline", PEOPLE);
