// Court briefs from presses the corpora do not imitate (Irish, Nigerian, Indian, South African, London tabloid): the
// accused of a plea to "the manslaughter of Y" is not Y when a pronoun tells the charge first laid; a count "preferred
// against him" ends at its offence; charges framed against a former legislator, or with the offences after the accused;
// a term to serve after a conviction; a prosecutor who "appeared for the State". Names are invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish broadsheet: 'He had originally been charged with murder' after a plea to the manslaughter of a named man is the one who pleaded, whose given name no list holds",
    text: "Dublin man jailed for manslaughter of friend\n\nDeclan Moylett (34), of Ballyfermot, pleaded guilty to the manslaughter of Keith Brannigan (29). He had originally been charged with murder, but the State accepted his plea to the lesser offence.",
    facts: ["Declan Moylett -CHARGED_WITH-> murder", "Declan Moylett -CHARGED_WITH-> manslaughter", "manslaughter -ALLEGED_VICTIM-> Keith Brannigan"],
    not: ["Keith Brannigan -CHARGED_WITH-> murder"],
  },
  {
    style: "Irish court report: the same plea told with the victim after a deed's verb",
    text: "Man jailed\n\nCiaran Moylett pleaded guilty to manslaughter after killing Keith Brannigan. He had initially been charged with murder.",
    facts: ["Ciaran Moylett -CHARGED_WITH-> murder"],
    not: ["Keith Brannigan -CHARGED_WITH-> murder"],
  },
  {
    style: "Nigerian daily: counts 'preferred against him by' an agency end at the offence, and 'him' is no victim",
    text: "Businessman jailed for N2.1bn fraud\n\nJustice Folasade Ademola convicted Chukwuebuka Arinze on all 14 counts of conspiracy and forgery preferred against him by the anti-graft agency.",
    facts: ["Chukwuebuka Arinze -CHARGED_WITH-> forgery", "Chukwuebuka Arinze -CHARGED_WITH-> conspiracy", "Arinze trial: guilty -ON_CHARGE-> forgery"],
    not: ["Chukwuebuka Arinze -CHARGED_WITH-> forgery preferred", "forgery -ALLEGED_VICTIM-> Folasade Ademola", "conspiracy -ALLEGED_VICTIM-> Folasade Ademola"],
  },
  {
    style: "US wire: charges 'leveled against him by federal prosecutors' likewise",
    text: "Peter Daly was convicted by Judge Mary Kowal on all counts of wire fraud leveled against him by federal prosecutors.",
    facts: ["Peter Daly -CHARGED_WITH-> wire fraud"],
    not: ["Peter Daly -CHARGED_WITH-> wire fraud leveled"],
  },
  {
    style: "Indian wire: charges framed 'against former MLA X and three others', a title with when before it",
    text: "Court frames charges against ex-MLA in land scam\n\nBHOPAL: A special court for MPs and MLAs on Monday framed charges of cheating and criminal conspiracy against former MLA Ramesh Chandra Tiwari and three others in connection with a land allotment scam.",
    facts: ["Ramesh Chandra Tiwari -CHARGED_WITH-> cheating", "Ramesh Chandra Tiwari -CHARGED_WITH-> criminal conspiracy"],
  },
  {
    style: "Indian broadsheet: the offences told after the accused, 'framed charges against X for ...'",
    text: "Charges framed\n\nThe sessions court framed charges against Ramesh Chandra Tiwari for cheating and criminal conspiracy on Monday.",
    facts: ["Ramesh Chandra Tiwari -CHARGED_WITH-> cheating", "Ramesh Chandra Tiwari -CHARGED_WITH-> criminal conspiracy"],
  },
  {
    style: "London tabloid: 'will serve at least 21 years after being found guilty' tells a conviction, the term being the sentence passed",
    text: "Killer jailed for life\n\nJerome Addo, 23, will serve at least 21 years after being found guilty of murdering Kai Quartey, 17, at the Old Bailey.",
    facts: ["Jerome Addo -CHARGED_WITH-> murder", "Addo trial: guilty -ON_CHARGE-> murder", "Addo trial -HELD_AT-> Old Bailey"],
  },
  {
    style: "US wire: 'would face deportation after being convicted' is a prospect, not a verdict",
    text: "Trial opens\n\nJerome Addo would face deportation after being convicted of fraud, his lawyer warned.",
    facts: [],
    not: ["Jerome Addo -CHARGED_WITH-> fraud", "Addo trial -RESULTED_IN-> Addo trial: guilty"],
  },
  {
    style: "South African report: 'Advocate X appeared for the State' names the trial's prosecutor; 'represented the State' in a suit names none",
    text: "Three jailed over cash-in-transit heist\n\nSipho Mthembu, 38, was convicted in the Free State High Court of robbery with aggravating circumstances. Advocate Lerato Mavimbela appeared for the State.",
    facts: ["Lerato Mavimbela -PROSECUTED-> Mthembu trial", "Mthembu trial -HELD_AT-> Free State High Court"],
  },
  {
    style: "US wire: 'acquitted him of extortion, and deadlocked on two counts of bribery': the jury's verb is no charge in the list",
    text: "Jury splits verdict\n\nA federal jury in Newark convicted former state senator Walter Brackwell of conspiracy but acquitted him of extortion, and deadlocked on two counts of bribery.",
    facts: ["Brackwell trial: not guilty -ON_CHARGE-> extortion", "Brackwell trial: hung jury -ON_CHARGE-> bribery", "Brackwell trial: guilty -ON_CHARGE-> conspiracy"],
    not: ["Walter Brackwell -CHARGED_WITH-> deadlocked", "Brackwell trial: not guilty -ON_CHARGE-> deadlocked"],
  },
];

describeStories("court briefs from Irish, Nigerian, Indian and South African presses", ROWS);
