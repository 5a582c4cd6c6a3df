// Charges in phrasings the corpora never used: a gerund offence after another in a list ("second-degree
// murder and interfering with a dead body"), "coercive and controlling behaviour" read whole, a charge
// laid "before the Milimani court", a verdict "after trial of one count of", "X's fraud convictions" (the
// offence told before the outcome, after whose it was) and a conviction "upheld" so, with the charge it
// was on. Invented articles.
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
];

describeStories("charges in unheard phrasings", ROWS);
