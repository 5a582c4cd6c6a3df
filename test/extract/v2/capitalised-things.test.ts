// Capitalised phrases of Kenyan, Nigerian, Pakistani, South African, Malaysian and Indian court reports that
// are no one: a post written in capitals ("a former Member of County Assembly"), a body's plural head
// ("Agencies"), a place's ("Interchange", "Zone 4", "Phase 1"), a title written short before a name
// ("Adv.", "Barr."), a barrister's letters after it ("SAN"), a product ("a Toyota Fortuner"), a nationality
// before a noun, a hyphened adjective opening a sentence, an election, a maker's company ("Berhad").
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: NameRow[] = [
  {
    style: "Kenyan daily: a former Member of County Assembly, a firm named 'Agencies'",
    text: "A former Member of County Assembly in Busia has been jailed for four years for stealing bursary funds. Chief Magistrate Joy Wanjiru Obiero convicted Hon. Elkana Mabonga Were on Monday. The money went through a firm called Sirisia Agencies.",
    names: ["Person: Elkana Mabonga Were", "Organization: Sirisia Agencies", "Role: legislator"],
    not: ["Person: County Assembly", "Organization: Member of County Assembly", "Person: Sirisia Agencies"],
  },
  {
    style: "Nigerian daily: a Senior Advocate's letters, estates numbered by zone and phase",
    text: "The defendant, Tanko Abubakar Yelwa, was represented by Chief Obinna Ezeudu-Ofor SAN. The money bought plots in Garki Zone 7 and Ajah Phase 2, the court heard.",
    names: ["Person: Obinna Ezeudu-Ofor", "Role: lawyer"],
    not: ["Person: Obinna Ezeudu-Ofor SAN", "Person: Garki Zone", "Person: Ajah Phase"],
  },
  {
    style: "Pakistani daily: a motorway interchange is a place",
    text: "The CTD said Shahid Nawaz Khattarwal was arrested at Chakri Interchange on the motorway in March.",
    names: ["Person: Shahid Nawaz Khattarwal"],
    not: ["Person: Chakri Interchange"],
  },
  {
    style: "South African daily: 'Adv.' before a name is a title, not a sentence's end",
    text: "State advocate Adv. Marike Olivier-Botha told the court the accused had lied. The defence was led by Adv. Lungile Mapasa.",
    names: ["Person: Marike Olivier-Botha", "Person: Lungile Mapasa"],
    not: ["Organization: Adv", "Person: Adv"],
  },
  {
    style: "Indian, Australian and British features: a car, a nationality before a noun, a hyphened adjective",
    text: "Whole-life terms are rare. The businessman's Toyota Fortuner hit a cyclist in Pune. It was a turning point in South African history.",
    names: [],
    not: ["Person: Toyota Fortuner", "Person: Whole-life", "Person: South African"],
  },
  {
    style: "Malaysian daily: a company's 'Berhad', an election, a sportsman's titles",
    text: "The accounts of Perdana Hartamas Berhad were emptied before the Sabah State Elections. The player, who won three Super Series titles, was not charged.",
    names: ["Organization: Perdana Hartamas Berhad"],
    not: ["Person: Hartamas Berhad", "Person: Perdana Hartamas Berhad", "Person: Sabah State Elections", "Person: Super Series"],
  },
  {
    style: "Kenyan daily: a chemist's shop, a mobile-money service, a port",
    text: "The drugs were sold at Neema Chemists in Kisumu and paid for through M-Pesa. They came through the Port of Lamu, the court heard.",
    names: ["Organization: Neema Chemists"],
    not: ["Person: Neema Chemists", "Person: M-Pesa", "Person: Port"],
  },
  {
    style: "Pakistani daily: a party and its faction's acronym, a general store",
    text: "The Pakistan Muslim League-Quaid (PML-Q) welcomed the verdict. The victim ran Khattak General Store in Mardan.",
    names: ["Organization: Pakistan Muslim League-Quaid", "Organization: PML-Q", "Organization: Khattak General Store"],
    not: ["Person: PML-Q", "Person: Khattak General Store", "Place: Pakistan Muslim League-Quaid"],
  },
  {
    style: "Nigerian, Filipino and Malaysian dailies: a reserved area, a barangay, a choir, two papers joined by 'and'",
    text: "He bought a duplex in Agodi GRA and sang in the Ebute Metta Boys Choir. The sacks were kept in Barangay Talamban. The case was reported by Harian Metro and The Sarawak Tribune.",
    names: ["Organization: Ebute Metta Boys Choir", "Organization: Harian Metro", "Organization: Sarawak Tribune"],
    not: ["Person: Agodi GRA", "Person: Barangay Talamban", "Organization: Harian Metro and The Sarawak Tribune"],
  },
  {
    style: "Indian daily: a 'Nagar' district, a numbered sector, a role spelled out before its acronym",
    text: "A special court in Rajendra Nagar convicted a former station house officer (SHO) of custodial death at the Sector 41 police station. Former SHO Inspector Omveer Singh Rathiwal was jailed for ten years.",
    names: ["Person: Omveer Singh Rathiwal"],
    not: ["Person: Rajendra Nagar", "Organization: SHO", "Organization: Sector"],
  },
  {
    style: "Australian tabloid: an occupation opening the sentence before a full name is the role, not a given name",
    text: "Trucker Jaspal Verdhani was convicted of dangerous driving causing death. Historian Rupert Egby-Velt gave evidence for the defence. Shopkeeper Morwenna Trelissick saw the crash.",
    names: ["Person: Jaspal Verdhani", "Person: Rupert Egby-Velt", "Person: Morwenna Trelissick", "Role: trucker", "Role: historian", "Role: shopkeeper"],
    not: ["Person: Trucker Jaspal Verdhani", "Person: Historian Rupert Egby-Velt", "Person: Shopkeeper Morwenna Trelissick"],
  },
  {
    style: "Indian daily: a mall named before its kind, a police rank's letters before a name",
    text: "The builder was arrested after the collapse of the Skyline Arcade mall killed 11 people. The Special Investigation Team headed by DSP Harnoor Virk told the court he had ignored three notices.",
    names: ["Person: Harnoor Virk", "Role: police officer"],
    not: ["Person: Skyline Arcade", "Person: DSP Harnoor Virk"],
  },
  {
    style: "London tabloid: a promoter's company is no one, nor is a kind of television in a headline",
    text: "Reality TV star's promoter cleared\n\nBoxing promoter Dominic Quarrie was cleared of fraud. He now plans a comeback card at Brightmoor in June, promoted by Kingsway Promotions.",
    names: ["Person: Dominic Quarrie", "Organization: Kingsway Promotions"],
    not: ["Person: Kingsway Promotions", "Organization: Reality TV", "Organization: Reality"],
  },
  {
    style: "Irish and London sports pages: a street, a stadium and a road whose first word is a given name are places",
    text: "Former Rovers striker Declan Maguinness was cleared of assault after a brawl on Harcourt Street. He scored the winner at the Aviva Stadium in 2019. Kieran Blaxhall's car was doing 78mph on Lea Bridge Road.",
    names: ["Person: Declan Maguinness", "Person: Kieran Blaxhall"],
    not: ["Person: Harcourt Street", "Person: Aviva Stadium", "Person: Lea Bridge Road"],
  },
  {
    style: "Australian racing page and Indian shipping report: a racehorse, a vessel and a storm have names, and are no one",
    text: "Trainer Dermot Kilbracken was convicted of doping racehorse Midnight Tambourine. The ferry, Jal Pari, sank during Cyclone Marubo, and the captain of the cargo vessel Sagar Samrat was acquitted. The gelding is owned by syndicate Starlight Racing.",
    names: ["Person: Dermot Kilbracken", "Organization: Starlight Racing"],
    not: ["Person: Midnight Tambourine", "Person: Jal Pari", "Person: Cyclone Marubo", "Person: Sagar Samrat", "Person: Starlight Racing"],
  },
  {
    style: "Canadian wire and British tabloid: an album's title, a chart, a law called after someone, a rapper's stage name after his age",
    text: "A jury convicted Marcus Adesanya-Best, 24, who performs as Lil Cairo, of attempted murder. His debut album, Northside Prayers, reached the Billboard Canadian Albums chart. The victim had used Clare's Law to learn of his past. The book Naomi Varcoe wrote about the case was read to the court.",
    names: ["Person: Marcus Adesanya-Best", "Person: Lil Cairo", "Person: Naomi Varcoe"],
    not: ["Person: Northside Prayers", "Person: Billboard Canadian Albums", "Person: Clare"],
  },
  {
    style: "British broadsheet: a byline with no 'By', a palace",
    text: "Footballer's wife loses libel case\n\nPriyanka Dhesi-Carr Legal affairs correspondent\n\nA footballer's wife, Jodie Pallister, has lost her libel action against Briony Overbury at the High Court. A spokesperson for Kensington Palace declined to comment.",
    names: ["Person: Jodie Pallister", "Person: Briony Overbury"],
    not: ["Person: Priyanka Dhesi-Carr Legal", "Person: Priyanka Dhesi-Carr", "Person: Kensington Palace"],
  },
  {
    style: "Canadian wire: a team's place before its plural, a province written short",
    text: "REGINA, Sask. - Gurvinder Sahota-Lane, 31, was jailed for the crash that killed 11 members of the Kelvale Broncos hockey team. A lawyer for the Kelvale Broncos said the team would retire the players' numbers. Families travelled from Alta. for the hearing.",
    names: ["Person: Gurvinder Sahota-Lane"],
    not: ["Person: Kelvale Broncos", "Person: Sask", "Person: Alta"],
  },
  {
    style: "Welsh and New Zealand papers: a hotel after a holiday, a victims' charity, a court's president before his name",
    text: "Emlyn Prothero-Jones, 81, admitted manslaughter. The couple spent every Christmas Eve at the Kenwick Castle hotel. Tevita Mahe-Latu's family spoke through Harrowfield Victim Support. Court of Appeal President David Okorafor said the sentence stood.",
    names: ["Person: Emlyn Prothero-Jones", "Person: Tevita Mahe-Latu", "Person: David Okorafor", "Court: Court of Appeal"],
    not: ["Organization: Christmas Eve at the Kenwick Castle hotel", "Person: Harrowfield Victim Support", "Court: Court of Appeal President David Okorafor"],
  },
];
describeNameStories("capitalised things in court reports that are no one", ROWS);
