// The chain defendant -> charge -> plea or trial -> verdict, per charge and with dates: invented
// stories in wire, broadsheet, BBC, Indian, Australian, New Zealand, court-listing and live-blog
// styles. Each row names the facts a reader would take from it (events labelled with their dates,
// resolved against the published date) and, after "not", facts it must not yield.
import type { StoryRow } from "./helpers.ts";
import { describeDatedStories } from "./dated.ts";

const PUBLISHED = "---\npublished: 2025-06-13\n---\n";

const DATES: StoryRow[] = [
  {
    style: "Canadian local TV: the date on 'their verdict' dates the finding told after it in the same sentence",
    text: `${PUBLISHED}Jury finds Ruiz guilty\n\nJurors deliberated for three days before returning their verdict on Thursday, finding Amy Ruiz guilty of fraud.`,
    facts: ["Ruiz trial -RESULTED_IN-> Ruiz trial: guilty{2025-06-12}"],
  },
  {
    style: "US wire: a weekday verdict, and a plea at an earlier hearing to two counts",
    text: `${PUBLISHED}Vale convicted\n\nCHICAGO (Wire) - A federal jury on Wednesday convicted former alderman Tomas Vale of fraud and money laundering. Vale had pleaded not guilty at an earlier hearing to fraud and money laundering.`,
    facts: ["Vale trial -RESULTED_IN-> Vale trial: guilty{2025-06-11}", "Tomas Vale pleads not guilty -ON_CHARGE-> fraud", "Tomas Vale pleads not guilty -ON_CHARGE-> money laundering"],
  },
  {
    style: "US regional: found guilty on a day of a month",
    text: `${PUBLISHED}Jury finds Quarrie guilty\n\nDana Quarrie was found guilty on March 12 of arson. U.S. District Judge Carla Moss presided over the trial.`,
    facts: ["Quarrie trial: guilty{2025-03-12} -ON_CHARGE-> arson", "Carla Moss -PRESIDED_OVER-> Quarrie trial"],
  },
  {
    style: "British broadsheet: after deliberating, jurors on Friday convicted, at a Crown Court",
    text: `${PUBLISHED}Jurors convict Appiah\n\nAfter deliberating for two days, jurors on Friday convicted Kwame Appiah of burglary at Bristol Crown Court.`,
    facts: ["Appiah trial: guilty{2025-06-13} -ON_CHARGE-> burglary", "Appiah trial -HELD_AT-> Bristol Crown Court"],
  },
  {
    style: "BBC: the jury delivered its verdict on a weekday, a sentence after the conviction",
    text: `${PUBLISHED}Benn guilty\n\nCarl Benn was convicted of manslaughter. The jury delivered its verdict on Wednesday after a three-week trial at Kestleford Crown Court.`,
    facts: ["Benn trial -RESULTED_IN-> Benn trial: guilty{2025-06-11}", "Benn trial -HELD_AT-> Kestleford Crown Court"],
  },
  {
    style: "Indian (PTI): a dated plea to two charges, and trial claimed",
    text: `${PUBLISHED}Sessions court\n\nThe accused, Ravi Menon, pleaded not guilty on Monday to charges of cheating and forgery and claimed trial before the Sessions Court in Pune.`,
    facts: ["Ravi Menon -ENTERED_PLEA-> Ravi Menon pleads not guilty{2025-06-09}", "Ravi Menon pleads not guilty{2025-06-09} -ON_CHARGE-> forgery"],
  },
  {
    style: "British magistrates: 'admitted' two offences on a weekday is a dated guilty plea, not the offence's date",
    text: `${PUBLISHED}Driver admits offences\n\nGary Pike, 29, of Hull, admitted theft and drink-driving at Hull Magistrates' Court on Tuesday.`,
    facts: ["Gary Pike -ENTERED_PLEA-> Gary Pike pleads guilty{2025-06-10}", "Gary Pike pleads guilty{2025-06-10} -ON_CHARGE-> drink-driving"],
    not: ["Gary Pike -CHARGED_WITH-> drink-driving{2025-06-10}"],
  },
  {
    style: "wire: a plea dated in January, a sentencing to come",
    text: `${PUBLISHED}Plea\n\nMia Roe pleaded guilty in January to embezzlement. She will be sentenced in July.`,
    facts: ["Mia Roe pleads guilty{2025-01} -ON_CHARGE-> embezzlement"],
  },
  {
    style: "ABC (Australia): found guilty by a District Court jury yesterday",
    text: `${PUBLISHED}ABC\n\nFormer priest Jonah Birch was found guilty of indecent assault by a District Court jury in Brisbane yesterday.`,
    facts: ["Birch trial: guilty{2025-06-12} -ON_CHARGE-> indecent assault", "Birch trial -HELD_AT-> District Court"],
  },
];

const PLEAS_AND_PLANNED: StoryRow[] = [
  {
    style: "wire: a not-guilty plea and a trial scheduled to begin in May",
    text: `${PUBLISHED}Rudge to face trial\n\nMartin Rudge, 44, has pleaded not guilty to murder and is scheduled to go on trial in May.`,
    facts: ["Martin Rudge pleads not guilty -ON_CHARGE-> murder", "Martin Rudge -DEFENDANT_IN-> Rudge trial (to come)", "Rudge trial (to come) -TRIED_FOR-> murder"],
  },
  {
    style: "British: 'denied two counts' at a Crown Court, a trial to come",
    text: `${PUBLISHED}Denied\n\nOwen Wetherall denied two counts of fraud at Exeter Crown Court. He will stand trial in September.`,
    facts: ["Owen Wetherall pleads not guilty -ON_CHARGE-> fraud", "Wetherall trial (to come) -TRIED_FOR-> fraud"],
  },
  {
    style: "British regional: admitted one offence but denied another",
    text: `${PUBLISHED}Shoplifter\n\nA Hexham woman, Ria Dent, 33, has admitted theft but denied assaulting a security guard.`,
    facts: ["Ria Dent pleads guilty -ON_CHARGE-> theft", "Ria Dent pleads not guilty -ON_CHARGE-> assault"],
    not: ["Ria Dent pleads guilty -ON_CHARGE-> assault"],
  },
  {
    style: "after a hung jury, a retrial set for June is a planned trial on the undecided count",
    text: `${PUBLISHED}Retrial set\n\nA jury could not reach a verdict on the rape charge against Leo Mabery, and the judge declared a mistrial. A retrial is set for June.`,
    facts: ["Mabery trial: mistrial -ON_CHARGE-> rape", "Leo Mabery -DEFENDANT_IN-> Mabery retrial", "Mabery retrial -TRIED_FOR-> rape"],
  },
  {
    style: "precision: prosecutors decided not to retry him gives no retrial",
    text: `${PUBLISHED}No retrial\n\nA jury could not reach a verdict on the rape charge against Leo Mabery, and the judge declared a mistrial. Prosecutors decided not to retry him.`,
    facts: ["Mabery trial: mistrial -ON_CHARGE-> rape"],
    not: ["Leo Mabery -DEFENDANT_IN-> Mabery retrial", "Mabery retrial -TRIED_FOR-> rape"],
  },
];

const LISTINGS: StoryRow[] = [
  {
    style: "magistrates' round-up: 'NAME, age, of Town: offence, guilty; fined'",
    text: `${PUBLISHED}Court round-up\n\nThe following cases were heard at Bexley Magistrates' Court. Alan Frost, 42, of Dartford: theft, guilty; fined £200. Jane Cole, 35, of Erith: assault by beating and criminal damage, not guilty.`,
    facts: ["Alan Frost -CHARGED_WITH-> theft", "Frost trial: guilty -ON_CHARGE-> theft", "Jane Cole -CHARGED_WITH-> criminal damage", "Cole trial: not guilty -ON_CHARGE-> assault by beating"],
    not: ["Frost trial: guilty -ON_CHARGE-> criminal damage", "Cole trial: guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "magistrates' round-up: admitted and denied in a listing are pleas",
    text: `${PUBLISHED}Court round-up\n\nCases at Ripon Magistrates' Court. Tom Scurlock, 50, of Ripon: drink-driving, admitted; banned for 18 months. Kay Umfrey, 27, of Thirsk: criminal damage, denied; trial set for July 2.`,
    facts: ["Tom Scurlock pleads guilty -ON_CHARGE-> drink-driving", "Kay Umfrey pleads not guilty -ON_CHARGE-> criminal damage"],
    not: ["Tom Scurlock pleads guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "court listing: a name in capitals, then the counts and the plea on lines of their own",
    text: `${PUBLISHED}Court results - Sandmoor Magistrates' Court\n\nThe following cases were dealt with by magistrates in Sandmoor.\n\nDEAN HOLT, 36, of Quay Road, Sandmoor.\nCharges:\n- Count 1: theft from a shop\n- Count 2: criminal damage\nPleaded guilty to both counts. Jailed for 12 weeks.\n\nRITA LOWE, 51, of Mill Street, Sandmoor.\nCharged with harassment of Nora Pike. Pleaded not guilty. Trial set for May 14.`,
    facts: ["Dean Holt -CHARGED_WITH-> theft", "Dean Holt pleads guilty -ON_CHARGE-> criminal damage", "Rita Lowe -CHARGED_WITH-> harassment", "Rita Lowe pleads not guilty -ON_CHARGE-> harassment"],
    not: ["Rita Lowe pleads not guilty -ON_CHARGE-> criminal damage", "Dean Holt pleads guilty -ON_CHARGE-> harassment"],
  },
];

const COURTS_AND_PRECISION: StoryRow[] = [
  {
    style: "NZ: found guilty in the High Court at a town, on a weekday",
    text: `${PUBLISHED}Rotorua\n\nAna Rudge was found guilty of manslaughter in the High Court at Taupo on Thursday.`,
    facts: ["Rudge trial: guilty{2025-06-12} -ON_CHARGE-> manslaughter", "Rudge trial -HELD_AT-> High Court at Taupo"],
  },
  {
    style: "British: the Court of Appeal upheld a murder conviction",
    text: `${PUBLISHED}Appeal fails\n\nThe Court of Appeal upheld the murder conviction of Ian Roth on Thursday.`,
    facts: ["Court of Appeal -RULED-> Ian Roth: appeal upheld{2025-06-12}", "Roth trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "guilty of X but not guilty of Y; a deadlock on Z stays on Z",
    text: `${PUBLISHED}Split verdict\n\nA jury found Nina Quill guilty of fraud but not guilty of forgery. Jurors could not agree on a count of perjury.`,
    facts: ["Quill trial: guilty -ON_CHARGE-> fraud", "Quill trial: not guilty -ON_CHARGE-> forgery", "Quill trial: hung jury -ON_CHARGE-> perjury"],
    not: ["Quill trial: guilty -ON_CHARGE-> forgery", "Quill trial: guilty -ON_CHARGE-> perjury", "Quill trial: not guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "a conviction on one count, a deadlock on another",
    text: `${PUBLISHED}Mixed\n\nThe jury convicted Al Cruz of robbery but deadlocked on a charge of kidnapping.`,
    facts: ["Cruz trial: guilty -ON_CHARGE-> robbery", "Cruz trial: hung jury -ON_CHARGE-> kidnapping"],
    not: ["Cruz trial: guilty -ON_CHARGE-> kidnapping"],
  },
  {
    style: "precision: hypothetical conviction and no plea yet",
    text: `${PUBLISHED}Hypothetical\n\nIf convicted of murder, Bo Kimber faces life in prison. Kimber has not pleaded to the charge.`,
    facts: [],
    not: ["Kimber trial -RESULTED_IN-> Kimber trial: guilty", "Bo Kimber -ENTERED_PLEA-> Bo Kimber pleads guilty", "Bo Kimber -ENTERED_PLEA-> Bo Kimber pleads not guilty"],
  },
  {
    style: "precision: questions state no verdict and no plea",
    text: `${PUBLISHED}Question\n\nDid the jury convict Ty Moor of fraud? Lawyers asked whether Moor would plead guilty to theft.`,
    facts: [],
    not: ["Moor trial -RESULTED_IN-> Moor trial: guilty", "Ty Moor -ENTERED_PLEA-> Ty Moor pleads guilty"],
  },
  {
    style: "two trials of one defendant: the first's mistrial is not the second's",
    text: `${PUBLISHED}Two trials\n\nRay Vance's first trial on a charge of murder ended in a mistrial in 2022. At his second trial this year, a jury convicted Vance of murder.`,
    facts: ["Vance trial -RESULTED_IN-> Vance trial: guilty{2025}"],
    not: ["Vance trial -RESULTED_IN-> Vance trial: mistrial"],
  },
  {
    style: "precision: 'denied' outside court is no plea",
    text: `${PUBLISHED}Interview\n\nIn a television interview last year, Zed Kane denied stalking his neighbour.`,
    facts: [],
    not: ["Zed Kane -ENTERED_PLEA-> Zed Kane pleads not guilty"],
  },
];

describeDatedStories("case chain: dates of verdicts and pleas", DATES);
describeDatedStories("case chain: pleas per charge and planned trials", PLEAS_AND_PLANNED);
describeDatedStories("case chain: court listings and round-ups", LISTINGS);
describeDatedStories("case chain: courts, and what must not be read", COURTS_AND_PRECISION);

describeDatedStories("case chain: Scottish and coordinated convictions", [
  {
    style: "Scottish tabloid: a jury at the High Court in a city; convicted of one offence, 'and of' another",
    text: `${PUBLISHED}Not proven\n\nA jury at the High Court in Perth found the attempted murder charge against Cal Dunmore not proven. Dunmore, 41, was however convicted of assaulting Rory Vint to his severe injury, and of possessing a lock knife in a public place.`,
    facts: ["Dunmore trial -HELD_AT-> High Court in Perth", "Dunmore trial: guilty -ON_CHARGE-> possessing a lock knife in a public place"],
    not: ["Dunmore trial: guilty -ON_CHARGE-> attempted murder"],
  },
]);

describeDatedStories("case chain: an offence named with the class of person it is against", [
  {
    style: "British magistrates: 'assaulting an emergency worker' is an offence of its own, not a bare assault",
    text: `${PUBLISHED}Court\n\nKay Dorr, 44, of Ripon, admitted theft but denied assaulting an emergency worker. Magistrates set a trial date for the assault charge.`,
    facts: ["Kay Dorr pleads not guilty -ON_CHARGE-> assaulting an emergency worker", "Kay Dorr pleads guilty -ON_CHARGE-> theft"],
    not: ["Kay Dorr pleads guilty -ON_CHARGE-> assaulting an emergency worker"],
  },
]);

describeDatedStories("case chain: the court of a round-up", [
  {
    style: "magistrates' round-up: the one magistrates' court of its first sentence took the guilty pleas it lists",
    text: `${PUBLISHED}Court round-up\n\nCases heard at Ripon Magistrates' Court this week. Tom Scurlock, 50, of Ripon: drink-driving, admitted; banned for 18 months.`,
    facts: ["Ripon Magistrates' Court -RULED-> Tom Scurlock: guilty", "Tom Scurlock: guilty -ON_CHARGE-> drink-driving"],
  },
  {
    style: "precision: a crown court named later in the story rules no plea",
    text: `${PUBLISHED}Plea\n\nTom Scurlock, 50, pleaded guilty to fraud. He had earlier been jailed at Kestleford Crown Court for theft.`,
    facts: [],
    not: ["Kestleford Crown Court -RULED-> Tom Scurlock: guilty"],
  },
]);

describeDatedStories("'the verdict' told after the verdict dates it", [
  {
    style: "Canadian broadcaster: acquitted in the lede, 'delivered his verdict on Thursday' in the next sentence",
    text: "---\ntitle: Radio host acquitted\npublished: 2016-03-24\n---\n\nFormer radio host Jian Marr has been acquitted of four counts of sexual assault.\n\nOntario Court Justice Will Horton delivered his verdict on Thursday in a packed courtroom.",
    facts: ["Marr trial -RESULTED_IN-> Marr trial: not guilty{2016-03-24}"],
  },
  {
    style: "British regional: with two verdicts told, 'the verdict' names neither",
    text: "---\ntitle: Two verdicts\npublished: 2016-03-24\n---\n\nAna Ruiz was cleared of fraud. Her brother, Tom Ruiz, was convicted of theft.\n\nThe judge read the verdict on Thursday.",
    facts: ["Ruiz trial -RESULTED_IN-> Ruiz trial: not guilty"],
    not: ["Ruiz trial -RESULTED_IN-> Ruiz trial: not guilty{2016-03-24}"],
  },
]);
