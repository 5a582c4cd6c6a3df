// Charges in phrasings the corpora never used: a gerund offence after another in a list ("second-degree
// murder and interfering with a dead body"), "coercive and controlling behaviour" read whole, a charge
// laid "before the Milimani court", a verdict "after trial of one count of", "X's fraud convictions" (the
// offence told before the outcome, after whose it was) and a conviction "upheld" so, with the charge it
// was on; charges an agency "filed against X and its director, Y, for" or "registered a case of" against
// someone, "charged former Maplestead Energy finance chief X with", "prosecuted X for", "The indictment
// accuses X of", "the following charges — A, B and C", a co-accused cleared "of the same charge", and
// a headline's verdict without its
// verb ("X guilty of fraud", "X not guilty of murder") over a body that names no offence. Invented articles.
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2026-05-11\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Canadian wire: a gerund offence second in the list",
    text: `${FRONT("Man charged after body found in Lac-Mégantic", "Prairie Press")}Rémi Sauvageau, 33, is charged with second-degree murder and interfering with a dead body, police said Tuesday.\n\nHe will appear in court in Sherbrooke on Friday.`,
    facts: ["Rémi Sauvageau -CHARGED_WITH-> second-degree murder", "Rémi Sauvageau -CHARGED_WITH-> interfering with a dead body"],
  },
  {
    style: "British regional: coercive and controlling behaviour, whole",
    text: `${FRONT("Husband convicted of controlling wife", "Wessex Echo")}Gavin Tillingham, 47, of Yeovil, was convicted of coercive and controlling behaviour at Taunton Crown Court on Thursday.\n\nHe will be sentenced next month.`,
    facts: ["Gavin Tillingham -CHARGED_WITH-> coercive and controlling behaviour"],
    not: ["Gavin Tillingham -CHARGED_WITH-> coercive"],
  },
  {
    style: "Kenyan daily: charged before a court named by its place",
    text: `${FRONT("Cashier charged with stealing Sh2 million", "Lakeside Nation")}Grace Nyokabi was charged before the Milimani court with stealing Sh2 million from her employer, a hardware dealer in Industrial Area.\n\nShe denied the charge and was released on a bond of Sh500,000.`,
    facts: ["Grace Nyokabi -CHARGED_WITH-> stealing"],
  },
  {
    style: "Court press release: guilty after trial of counts",
    text: `${FRONT("Media release: sentence in arson matter", "Office of Public Prosecutions")}Anton Lachapelle, 44, was found guilty after trial of one count of arson and one count of criminal damage.\n\nHe will be sentenced on 12 June.`,
    facts: ["Lachapelle trial: guilty -ON_CHARGE-> arson", "Lachapelle trial: guilty -ON_CHARGE-> criminal damage"],
  },
  {
    style: "Legal weekly: the offence before the conviction, after whose it was",
    text: `${FRONT("Appeal judges uphold surgeon's conviction", "Bar Review Weekly")}Dr Imogen Ferreira-Lowe's manslaughter conviction was upheld by the Court of Appeal on Wednesday.\n\nFerreira-Lowe, 52, was jailed for four years in 2024 after a patient died.`,
    facts: ["Imogen Ferreira-Lowe -CHARGED_WITH-> manslaughter", "Ferreira-Lowe trial: guilty -ON_CHARGE-> manslaughter"],
  },
  {
    style: "Scottish daily: quashed convictions named by their offence",
    text: `${FRONT("Fraud convictions quashed", "Lothian Courier")}Appeal judges in Edinburgh quashed Callum Strathearn's fraud convictions on Monday.\n\nStrathearn, 61, had served two years of a five-year sentence.`,
    facts: ["Callum Strathearn -CHARGED_WITH-> fraud"],
  },
  {
    style: "New Zealand business daily: charges filed against a company and its director",
    text: `${FRONT("Steel firm admits price fixing", "Harbour Business Review")}The Commerce Commission filed charges against Quarrendon Steel Ltd and its director, Wiremu Hollowell, for price fixing in 2024.\n\nHollowell is due in the Auckland District Court next month.`,
    facts: ["Quarrendon Steel Ltd -CHARGED_WITH-> price fixing", "Wiremu Hollowell -CHARGED_WITH-> price fixing"],
    not: ["Wiremu Hollowell -CHARGED_WITH-> Quarrendon Steel Ltd"],
  },
  {
    style: "Indian daily: a case of an offence registered against the accused",
    text: `${FRONT("Husband booked after woman's death in Nagpur", "Deccan Evening Post")}The Sitabuldi police registered a case of abetment of suicide against Prakash Venkatraman after his wife was found dead at their flat on Sunday.\n\nHer family alleged that she had been harassed for dowry.`,
    facts: ["Prakash Venkatraman -CHARGED_WITH-> abetment of suicide"],
  },
  {
    style: "City trade press: an agency charges an executive named with his employer and post",
    text: `${FRONT("SFO charges former energy finance chief", "Square Mile Ledger")}The Serious Fraud Office charged former Maplestead Energy finance chief Tobias Brightmore with false accounting and fraud by abuse of position.\n\nHe is due at Thamesbank Magistrates' Court on June 3.`,
    facts: ["Tobias Brightmore -CHARGED_WITH-> false accounting", "Tobias Brightmore -CHARGED_WITH-> fraud by abuse of position"],
    not: ["Maplestead Energy -CHARGED_WITH-> false accounting"],
  },
  {
    style: "US regulator release: a company and its founder charged together",
    text: `${FRONT("SEC charges biotech and founder", "Compliance Week Wire")}The SEC charged Fenwright Biotech and its founder, Odile Mordale-Lowther, with defrauding investors of $30 million.\n\nMordale-Lowther's lawyer did not respond to a request for comment.`,
    facts: ["Fenwright Biotech -CHARGED_WITH-> fraud", "Odile Mordale-Lowther -CHARGED_WITH-> fraud"],
  },
  {
    style: "Australian safety regulator: a company prosecuted for a failure",
    text: `${FRONT("Builder prosecuted over scaffold collapse", "Safety Bulletin")}WorkSafe prosecuted Dunmurry Constructions Pty Ltd for failing to ensure the safety of workers after a scaffold collapse in Geelong.`,
    facts: ["Dunmurry Constructions Pty Ltd -CHARGED_WITH-> failing to ensure the safety"],
  },
  {
    style: "US wire: the indictment in the present tense, and a list after a dash",
    text: `${FRONT("Broker indicted", "Plains Wire")}The indictment accuses Nnamdi Okonjo-Pratt of conspiracy to commit securities fraud.\n\nHis business partner, Lyle Tennant-Rowe, 45, of Tulsa, was indicted on the following charges — wire fraud, bank fraud and aggravated identity theft.`,
    facts: [
      "Nnamdi Okonjo-Pratt -CHARGED_WITH-> conspiracy to commit securities fraud",
      "Lyle Tennant-Rowe -CHARGED_WITH-> wire fraud",
      "Lyle Tennant-Rowe -CHARGED_WITH-> aggravated identity theft",
    ],
  },
  {
    style: "Live blog: a co-accused cleared of the same charge",
    text: `${FRONT("Live: verdicts in the Brockwell Park murder trial", "Evening Live")}Lorne Breckinridge has been found guilty of murder.\n\nThe jury cleared his co-accused, Perry Lanyon, of the same charge.`,
    facts: ["Breckinridge trial: not guilty -ON_CHARGE-> murder", "Perry Lanyon -CHARGED_WITH-> murder", "Perry Lanyon -DEFENDANT_IN-> Breckinridge trial"],
  },
  {
    style: "Cornish weekly: the offence only in the headline's verdict",
    text: `---\ntitle: Rowan Ashgrove-Pike guilty of fraud\nsource: Pendleford Packet\npublished: 2026-05-11\n---\nRowan Ashgrove-Pike guilty of fraud\n\nRowan Ashgrove-Pike, 34, of Redruth, was found guilty by a jury at Pendleford Crown Court on Thursday.\n\nHe will be sentenced next month.`,
    facts: ["Rowan Ashgrove-Pike -CHARGED_WITH-> fraud", "Ashgrove-Pike trial: guilty -ON_CHARGE-> fraud"],
  },
  {
    style: "Cornish weekly: an acquittal only in the headline",
    text: `---\ntitle: Pendleford farmer not guilty of arson\nsource: Pendleford Packet\npublished: 2026-05-11\n---\nJago Ashgrove-Pike not guilty of arson\n\nJago Ashgrove-Pike, 58, walked free from Pendleford Crown Court on Friday after a three-day trial.`,
    facts: ["Jago Ashgrove-Pike -CHARGED_WITH-> arson", "Ashgrove-Pike trial: not guilty -ON_CHARGE-> arson"],
    not: ["Ashgrove-Pike trial: guilty -ON_CHARGE-> arson"],
  },
];

describeStories("charges in unheard phrasings", ROWS);
