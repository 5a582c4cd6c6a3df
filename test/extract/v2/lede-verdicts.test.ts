// Verdicts and charges told about someone the lede describes before it names them, or in ways the usual
// clauses miss: a pronoun between a lede's description and the name ("A former councillor was jailed after a
// jury found him guilty ... Graham Tolley, 58,"), a definite description opening the lede ("The owner of a
// haulage firm has been found guilty"), a court's verb before a described object ("convicted a former bank
// executive, X, of"), a count named in apposition ("a third count, conspiracy to defraud"), a verdict after
// the court's own verb ("sentenced X to death after finding him guilty of"), and an offence named by the death
// it caused (issue 8). Invented articles; each row names the facts a reader would take from it, and after "not"
// facts it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-03-11\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "British regional daily: the verdict's pronoun stands for the lede's description, named a sentence later",
    text: `${FRONT("Former councillor jailed", "Pennine Evening Post")}A former borough councillor was jailed for five years on Friday after a jury at Halbrook Crown Court found him guilty of bribery and misconduct in public office. Percival Arkwright, 61, of Dunmere, had denied the charges. The jury cleared him of a third count, conspiracy to defraud.`,
    facts: [
      "Percival Arkwright -CHARGED_WITH-> bribery",
      "Percival Arkwright -CHARGED_WITH-> misconduct in public office",
      "Arkwright trial: guilty -ON_CHARGE-> bribery",
      "Arkwright trial: not guilty -ON_CHARGE-> conspiracy to defraud",
    ],
  },
  {
    style: "New Zealand daily: a lede's description with a relative clause ('whose vessel ... capsized') before its verdict",
    text: `${FRONT("Ferry skipper jailed", "Tasman Coast Courier")}A ferry skipper whose vessel, the Marama Star, capsized off Whetu Point in 2022 has been jailed for four years after a jury at the Whanganui District Court found him guilty of two counts of manslaughter. Teodor Vashti, 58, was at the wheel when the ferry overturned in a southerly swell.`,
    facts: ["Teodor Vashti -CHARGED_WITH-> manslaughter", "Vashti trial: guilty -ON_CHARGE-> manslaughter", "Vashti trial -HELD_AT-> Whanganui District Court", "Teodor Vashti -HOLDS_ROLE-> skipper"],
  },
  {
    style: "US entertainment trade press: a lede's description with a relative clause of credits ('whose credits include the drama X and the hit Y') before its charge",
    text: `${FRONT("Producer charged with fraud", "Reel Courier")}A producer whose credits include the Emmy-nominated drama Copper Tide and the indie hit Saltmarsh Road has been charged with defrauding investors of $6 million, federal prosecutors said Thursday. Dennis Brenwick, 49, founder of Halfmoon Pictures, is accused of spending the money on a house.`,
    facts: ["Dennis Brenwick -CHARGED_WITH-> fraud", "Dennis Brenwick -HOLDS_ROLE-> producer"],
  },
  {
    style: "Nigerian daily: 'the cleric' the judge convicts is the pastor named in the lede, never the doctor named after",
    text: `${FRONT("Court jails pastor for life", "Lagos Desk")}A Lagos State Special Offences Court sitting in Ikeja on Tuesday sentenced the General Overseer of a church, Pastor Tobiloba Fashakin, to life imprisonment for defiling two teenage girls. Justice Ekundayo Oshinowo convicted the cleric on two counts of defilement, after holding that the prosecution proved its case. The prosecution had called five witnesses, including a medical doctor, Dr. Yetunde Alabi. Fashakin, who had pleaded not guilty when he was arraigned in 2022, said nothing. He was, however, acquitted on a fourth count of attempted defilement.`,
    facts: ["Tobiloba Fashakin -CHARGED_WITH-> defilement", "Fashakin trial: guilty -ON_CHARGE-> defilement", "Ekundayo Oshinowo -PRESIDED_OVER-> Fashakin trial"],
    not: ["Yetunde Alabi -CHARGED_WITH-> defilement", "Yetunde Alabi -HOLDS_ROLE-> cleric", "Yetunde Alabi -DEFENDANT_IN-> Alabi trial"],
  },
  {
    style: "Irish broadsheet: the lede's consultant is the 'Dr' named next, never the woman whose manslaughter he denied",
    text: `${FRONT("Doctor convicted over patient's death", "Dublin Broadsheet")}A consultant anaesthetist has been convicted of gross negligence manslaughter at the Leinster Criminal Court over the death of a 34-year-old woman during routine surgery. Dr Fergal Tullow-Ryan (57), of Rathgar, Co Dublin, had denied the manslaughter of Eimear Drumcannon at a private clinic in 2021. Ms Justice Deirdre Fennelly remanded him on continuing bail.`,
    facts: ["Fergal Tullow-Ryan -CHARGED_WITH-> gross negligence manslaughter", "Tullow-Ryan trial: guilty -ON_CHARGE-> gross negligence manslaughter", "Fergal Tullow-Ryan -HOLDS_ROLE-> consultant anaesthetist"],
    not: ["Eimear Drumcannon -CHARGED_WITH-> gross negligence manslaughter", "Eimear Drumcannon -DEFENDANT_IN-> Drumcannon trial", "Eimear Drumcannon -HOLDS_ROLE-> consultant anaesthetist"],
  },
  {
    style: "Singapore daily: the singer whose former manager was jailed for cheating him is no defendant",
    text: `${FRONT("Singer's former manager jailed", "Island Daily")}SINGAPORE – The former manager of Mandopop singer Wee Jun Kai was sentenced to 40 months' jail on May 29 for cheating the artiste of more than $380,000. Quek Hui Min, 46, had pleaded guilty to five counts of cheating.`,
    facts: ["Quek Hui Min -CHARGED_WITH-> cheating"],
    not: ["Wee Jun Kai -CHARGED_WITH-> cheating the artiste", "Wee Jun Kai -CHARGED_WITH-> cheating"],
  },
  {
    style: "Pakistani daily: 'acquitted a former vice-president of a private bank in a money laundering case': the bank is the role's, no charge",
    text: `${FRONT("Banker acquitted", "Karachi Daily")}KARACHI: A banking court on Wednesday acquitted a former vice-president of a private bank in a Rs4 billion money laundering case filed six years ago. The court acquitted Syed Ahsan Zaidi, giving him the benefit of the doubt.`,
    facts: ["Syed Ahsan Zaidi -DEFENDANT_IN-> Zaidi trial", "Zaidi trial -RESULTED_IN-> Zaidi trial: not guilty"],
    not: ["Syed Ahsan Zaidi -CHARGED_WITH-> private bank", "Syed Ahsan Zaidi -CHARGED_WITH-> a private bank", "Zaidi trial: not guilty -ON_CHARGE-> private bank"],
  },
  {
    style: "Australian broadcaster: a definite description opens the lede; the offence is named by the death it caused",
    text: `${FRONT("Trucking boss guilty", "ABC-style Townsville desk")}TOWNSVILLE — The owner of a regional haulage company has been found guilty of dangerous operation of a vehicle causing death. Henrietta Tennant, 52, was tried in the District Court in Townsville over the 2023 crash.`,
    facts: ["Henrietta Tennant -CHARGED_WITH-> dangerous operation of a vehicle causing death", "Tennant trial: guilty -ON_CHARGE-> dangerous operation of a vehicle causing death"],
  },
  {
    style: "Nigerian daily: the court convicts a described defendant named between commas; an arraignment by a commission",
    text: `${FRONT("Ex-banker convicted", "Lagos Evening Courier")}The Federal High Court in Owode on Wednesday convicted a former bank executive, Ignatius Olowe-Harris, of fraud and money laundering. Olowe-Harris was arraigned in 2021 by the National Anti-Graft Commission on a 14-count charge bordering on conspiracy and obtaining by false pretences.`,
    facts: [
      "Ignatius Olowe-Harris -CHARGED_WITH-> fraud",
      "Olowe-Harris trial: guilty -ON_CHARGE-> money laundering",
      "Ignatius Olowe-Harris -CHARGED_WITH-> conspiracy",
      "Ignatius Olowe-Harris -CHARGED_WITH-> obtaining by false pretences",
    ],
  },
  {
    style: "Canadian wire: a jury 'has convicted hotel magnate X': the court's verb is no part of his role",
    text: `${FRONT("Magnate convicted", "Prairie Press Wire")}A Regina jury has convicted hotel magnate Leopold Varga on four counts of tax evasion, but acquitted him on two counts of fraud.`,
    facts: ["Leopold Varga -HOLDS_ROLE-> hotel magnate", "Varga trial: guilty -ON_CHARGE-> tax evasion", "Varga trial: not guilty -ON_CHARGE-> fraud"],
    not: ["Leopold Varga -HOLDS_ROLE-> convicted hotel magnate"],
  },
  {
    style: "Pakistani daily: the verdict told after the court's sentence",
    text: `${FRONT("Death sentence", "Indus Evening Herald")}HYDERABAD: An anti-terrorism court on Saturday sentenced Shahzeb Lashari to death after finding him guilty of murdering a police constable.`,
    facts: ["Shahzeb Lashari -CHARGED_WITH-> murder", "Lashari trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Pakistani daily: a finding of no case gives no verdict",
    text: `${FRONT("Case closed", "Indus Evening Herald")}LARKANA: The magistrate closed the case against Shahzeb Lashari after finding no evidence of fraud.`,
    facts: [],
    not: ["Shahzeb Lashari -CHARGED_WITH-> fraud"],
  },
  {
    style: "US trade wire: an indefinite description opening the lede with a film in its complement ('A producer of the action thriller X')",
    text: `${FRONT("Producer convicted over stuntman's death", "Trade Wire")}A producer of the action thriller Iron Harbour was convicted Tuesday of involuntary manslaughter over the death of a stuntman. Rosalind Kerston-Nankervis, 58, was found guilty by a Santa Fe jury.`,
    facts: ["Rosalind Kerston-Nankervis -CHARGED_WITH-> involuntary manslaughter", "Kerston-Nankervis trial: guilty -ON_CHARGE-> involuntary manslaughter"],
  },
];

describeStories("verdicts told of a described defendant, or after the court's own verb", ROWS);
