// Civil suits told by their parties in ways the plain 'X sued Y' does not: the kin or estate of a
// dead man suing, the suit's own accusation ('In her lawsuit, X accuses Y of ...'), the suit naming
// its defendants, the one sued told first ('Y, which X sued'), a claim for damages, and a party
// described as the plaintiff or the defendant. A criminal complaint or a complaint to the police is no suit.
import { table } from "./helpers.ts";

table("a suit's parties told from the suit, the kin or the one sued", [
  {
    name: "US metro daily: a wrongful-death suit brought by a dead driver's family, then what the lawsuit alleges",
    text: "Family sues car maker over fatal crash\n\nTomas Delacroix, 44, died when his pickup left Route 9 in March 2021.\n\nDelacroix's family sued Crestmoor Motors in Franklin County Superior Court last year, alleging the brakes were faulty. The lawsuit alleges that Crestmoor Motors knew of the defect for two years.\n\nA Crestmoor spokeswoman said the company does not comment on pending litigation.",
    has: ["Crestmoor Motors -DEFENDANT_IN-> Crestmoor Motors"],
    not: ["Tomas Delacroix -PLAINTIFF_IN-> Crestmoor Motors", "Tomas Delacroix -DEFENDANT_IN-> Crestmoor Motors"],
  },
  {
    name: "business desk: an employee's suit told by what it accuses the company of",
    text: "Warehouse worker sues over firing\n\nIn her lawsuit, Irina Rostova accuses Northvale Logistics of firing her after she reported safety breaches at its Leeds depot. The company denies the claims.",
    has: ["Irina Rostova -PLAINTIFF_IN-> Irina Rostova v. Northvale Logistics", "Northvale Logistics -DEFENDANT_IN-> Irina Rostova v. Northvale Logistics"],
    not: ["Northvale Logistics -PLAINTIFF_IN-> Irina Rostova v. Northvale Logistics"],
  },
  {
    name: "a complaint to the police is no suit",
    text: "Man held\n\nIn her complaint to police, Irina Rostova accused Martin Zeller of assault. Zeller was arrested on Tuesday.",
    not: ["Irina Rostova -PLAINTIFF_IN-> Irina Rostova v. Martin Zeller", "Martin Zeller -DEFENDANT_IN-> Irina Rostova v. Martin Zeller"],
  },
  {
    name: "wire: the lawsuit filed by an estate names a hospital group",
    text: "Hospital sued over death\n\nThe lawsuit, filed by the estate of Grace Umeh, names Polwarth Health and two of its doctors. Umeh died after routine surgery in 2022.",
    has: ["Polwarth Health -DEFENDANT_IN-> Polwarth Health"],
    not: ["Grace Umeh -PLAINTIFF_IN-> Polwarth Health", "Grace Umeh -DEFENDANT_IN-> Polwarth Health"],
  },
  {
    name: "Kenyan daily: a claim for damages, and the company told before the one who sued it",
    text: "Trader seeks damages\n\nKaran Pirbhai is seeking damages from Embleton Homes for a house that cracked within a year.\n\nEmbleton Homes, which Pirbhai sued in 2022, denies wrongdoing.",
    has: ["Karan Pirbhai -PLAINTIFF_IN-> Karan Pirbhai v. Embleton Homes", "Embleton Homes -DEFENDANT_IN-> Karan Pirbhai v. Embleton Homes"],
    not: ["Embleton Homes -PLAINTIFF_IN-> Karan Pirbhai v. Embleton Homes"],
  },
  {
    name: "Irish daily: the parties described as plaintiff and defendant of one suit",
    text: "Landlord case\n\nIvy Dunsmore, the plaintiff in the case against Keswick Bank, said she was relieved. Strathdee Foods, the defendant in a suit brought by Peter Tremayne, denies the claims.",
    has: [
      "Ivy Dunsmore -PLAINTIFF_IN-> Ivy Dunsmore v. Keswick Bank",
      "Keswick Bank -DEFENDANT_IN-> Ivy Dunsmore v. Keswick Bank",
      "Strathdee Foods -DEFENDANT_IN-> Peter Tremayne v. Strathdee Foods",
      "Peter Tremayne -PLAINTIFF_IN-> Peter Tremayne v. Strathdee Foods",
    ],
    not: ["Strathdee Foods -PLAINTIFF_IN-> Peter Tremayne v. Strathdee Foods"],
  },
  {
    name: "a widow named after her kin word sues herself, not only the kin word",
    text: "Widow sues\n\nVelloso's widow, Ana Velloso, sued Thurgood Security for wrongful death.",
    has: ["Ana Velloso -PLAINTIFF_IN-> Ana Velloso v. Thurgood Security", "Thurgood Security -DEFENDANT_IN-> Ana Velloso v. Thurgood Security"],
  },
  {
    name: "Canadian daily: an earlier suit that failed, one the plaintiff went on to file, and one told from the one sued",
    text: "Landlord loses again\n\nIvy Dunsmore unsuccessfully sued Keswick Bank over a mortgage in 2016. She went on to sue Embleton Homes, her builder, two years later. The lawsuit against Strathdee Foods was filed by Peter Tremayne in 2019.",
    has: [
      "Ivy Dunsmore -PLAINTIFF_IN-> Ivy Dunsmore v. Keswick Bank",
      "Keswick Bank -DEFENDANT_IN-> Ivy Dunsmore v. Keswick Bank",
      "Peter Tremayne -PLAINTIFF_IN-> Peter Tremayne v. Strathdee Foods",
      "Strathdee Foods -DEFENDANT_IN-> Peter Tremayne v. Strathdee Foods",
    ],
    not: ["Ivy Dunsmore v. Keswick Bank -RESULTED_IN-> Ivy Dunsmore v. Keswick Bank: liable", "Keswick Bank -PLAINTIFF_IN-> Ivy Dunsmore v. Keswick Bank"],
  },
  {
    name: "Nigerian daily: the family files a case, and the lawsuit accuses a second company",
    text: "Family sues hospital over surgery death\n\nGrace Umeh, 52, died after routine surgery in Abuja in 2022.\n\nGrace Umeh's family has filed a case against Polwarth Health at the Federal High Court. The lawsuit accuses the hospital operator Crestmoor Motors of negligence over the ambulance that carried her.",
    has: ["Polwarth Health -DEFENDANT_IN-> Polwarth Health", "Crestmoor Motors -DEFENDANT_IN-> Polwarth Health"],
    not: ["Grace Umeh -PLAINTIFF_IN-> Polwarth Health", "Grace Umeh -DEFENDANT_IN-> Polwarth Health"],
  },
]);
