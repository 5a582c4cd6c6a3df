// Misses that are not a missing phrasing but a structural step (issue 8, helper diag7): a group phrase whose
// people were named long before or one by one, and the like. Each story is invented, in a press style no corpus
// holds; each row names the facts a reader would take from it (and, after "not:", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";
import { describeDatedStories } from "./dated.ts";

const ROWS: StoryRow[] = [
  {
    style: "Indian English daily: 'the four' are the four the appeal listed, a dozen sentences and a family before",
    text: [
      "CHENNAI: The Madras High Court on Thursday dismissed the appeals of Ravi Kethan, Suresh Mani, Arul Dass and Prabhu Selvan against their conviction.",
      "The bench said the crime was \"shocking\".", "The victim was a 19-year-old nursing student.", "She was attacked on a suburban train.",
      "She died a week later.", "The train was stopped at Tambaram.", "Her parents, Lakshmi Saxena and Raman Iyer, were in court.",
      "They wept as the order was read.", "Her cousin, Vimal Nath, had testified at the trial.", "Protests followed the crime.",
      "The state passed a new law on women's safety.", "The police filed their chargesheet in three months.",
      "In March 2019, a mahila court in Egmore had convicted the four of murder and robbery.",
    ].join(" "),
    facts: ["Ravi Kethan -CHARGED_WITH-> murder", "Prabhu Selvan -CHARGED_WITH-> robbery", "Arul Dass -CHARGED_WITH-> murder"],
    not: ["Lakshmi Saxena -CHARGED_WITH-> murder", "Vimal Nath -CHARGED_WITH-> murder"],
  },
  {
    style: "Australian broadsheet: 'All three' are the three men the story convicted one sentence each; 'They' after it too",
    text: "A Supreme Court jury in Brisbane found three men guilty over the death of a fisherman. Dale Ormsby, 41, was convicted of murder. His brother, Kent Ormsby, 38, was acquitted of murder but found guilty of manslaughter. Their friend Lyle Parr, 45, was convicted of manslaughter. All three had been charged with murder and deprivation of liberty. They had pleaded not guilty.",
    facts: ["Dale Ormsby -CHARGED_WITH-> deprivation of liberty", "Kent Ormsby -CHARGED_WITH-> deprivation of liberty", "Lyle Parr -CHARGED_WITH-> deprivation of liberty", "Lyle Parr -ENTERED_PLEA-> Lyle Parr pleads not guilty", "Kent Ormsby -ENTERED_PLEA-> Kent Ormsby pleads not guilty"],
  },
  {
    style: "wire: 'all three' when four were told of before is no one",
    text: "Dale Ormsby was convicted of murder. Kent Ormsby was convicted of manslaughter. Lyle Parr was acquitted. Rhys Tamm was convicted of assault. All three had been charged with deprivation of liberty.",
    facts: [],
    not: ["Dale Ormsby -CHARGED_WITH-> deprivation of liberty", "Rhys Tamm -CHARGED_WITH-> deprivation of liberty", "Lyle Parr -CHARGED_WITH-> deprivation of liberty"],
  },
  {
    style: "British tabloid: 'the two' far after a named pair is no one (a pair is too common to guess)",
    text: "Gemma Stott and Liam Voyle were seen at the scene. " + Array.from({ length: 6 }, (_, i) => `Witness number ${i + 2} spoke.`).join(" ") + " Police later charged the two with affray.",
    facts: [],
    not: ["Gemma Stott -CHARGED_WITH-> affray", "Liam Voyle -CHARGED_WITH-> affray"],
  },
];

describeStories("structural misses: group references", ROWS);

const BENCH: StoryRow[] = [
  {
    style: "Nigerian daily: a judge named bare, with 'Mrs', convicts after the story called her the trial judge",
    text: "The Court of Appeal on Monday set aside the conviction of a former commissioner, Ade Bello. Mrs Funmi Okonta, the judge who tried the case, had been transferred to another division before judgment. Mrs Okonta had on 3 June 2022 convicted Mr Bello and Crestline Ventures Limited on 14 counts of forgery and theft.",
    facts: ["Ade Bello -CHARGED_WITH-> forgery", "Crestline Ventures Limited -CHARGED_WITH-> theft", "Funmi Okonta -PRESIDED_OVER-> Bello trial (earlier)"],
  },
  {
    style: "US metro: one named bare who 'convicted' a man but is his prosecutor makes no verdict",
    text: "Assistant District Attorney Rhea Quist said the evidence was overwhelming. Quist convicted Omar Wetherall of arson in 2019, and she said on Monday that she would seek a longer sentence.",
    facts: [],
    not: ["Omar Wetherall -CHARGED_WITH-> arson", "Rhea Quist -PRESIDED_OVER-> Wetherall trial"],
  },
  {
    style: "Kenyan daily: the judge of an earlier trial's verdict presided over that trial, not the retrial ordered",
    text: "The Court of Appeal ordered a retrial of Peter Wafula. Justice Mary Achieng had in 2019 convicted Wafula of robbery with violence.",
    facts: ["Mary Achieng -PRESIDED_OVER-> Wafula trial (earlier)"],
    not: ["Mary Achieng -PRESIDED_OVER-> Wafula retrial"],
  },
];

describeStories("structural misses: a bench named bare", BENCH);

const DESCRIBED: StoryRow[] = [
  {
    style: "British tabloid: 'the Norwegian' is the star the story is about, his wife beside him being company; 'on 4 May', the day first",
    text: "Former ski champion Lars Haugen has been jailed for three years. Haugen, 51, wept as the sentence was passed. He arrived at Harrow Crown Court with his wife, Ingrid Haugen. A jury convicted the Norwegian on 4 May of fraud by false representation and money laundering.",
    facts: ["Lars Haugen -CHARGED_WITH-> fraud by false representation", "Haugen trial: guilty -ON_CHARGE-> money laundering"],
    not: ["Ingrid Haugen -CHARGED_WITH-> fraud by false representation"],
  },
  {
    style: "Nigerian daily: 'the commission' is the one commission the story named",
    text: "The Independent Public Integrity Commission arraigned the former minister, Bala Sanni, on Monday. A spokesperson for the commission, Musa Lawal, said the trial would resume in June.",
    facts: ["Musa Lawal -WORKS_FOR-> Independent Public Integrity Commission"],
  },
  {
    style: "business press: 'the company' is the one 'AG' the story named",
    text: "Harlow Freight Services AG admitted the charges. Ota Brenner, a partner at Veit & Belridge who represents the freight group, spoke. The company pleaded guilty to bribery of foreign officials and obstruction of justice.",
    facts: ["Harlow Freight Services AG -CHARGED_WITH-> bribery of foreign officials", "Harlow Freight Services AG -ENTERED_PLEA-> Harlow Freight Services AG pleads guilty"],
  },
];

describeStories("structural misses: descriptions", DESCRIBED);

const PLEAS: StoryRow[] = [
  {
    style: "Singaporean daily: a guilty plea that ends the case is a conviction on its counts, whatever court took it",
    text: "A former bank relationship manager, Teo Boon Keat, 42, pleaded guilty on Monday to two counts of cheating and one count of forgery. District Judge Ong Mei Xuan sentenced him to 18 months' jail.",
    facts: ["Teo Boon Keat: guilty -ON_CHARGE-> cheating", "Teo Boon Keat: guilty -ON_CHARGE-> forgery"],
  },
  {
    style: "Singaporean daily: a witness's guilty plea told in passing makes no conviction of her",
    text: "Teo Boon Keat, 42, was convicted of cheating after a trial. His former assistant, Quah Siew Lan, who pleaded guilty to forgery last year, testified against him.",
    facts: ["Quah Siew Lan -ENTERED_PLEA-> Quah Siew Lan pleads guilty"],
    not: ["Quah Siew Lan: guilty -ON_CHARGE-> forgery"],
  },
];

describeStories("structural misses: a plea that ends the case", PLEAS);

const JOINT: StoryRow[] = [
  {
    style: "Kenyan daily: those one earlier verdict convicted together stood one trial; a person's name before 'and X Limited' is a person",
    text: "The Court of Appeal ordered a retrial of Peter Wafula. Justice Mary Achieng had in 2019 convicted Wafula, Tom Mutua and Kilima Traders Limited of fraud and money laundering.",
    facts: ["Tom Mutua -DEFENDANT_IN-> Wafula trial (earlier)", "Kilima Traders Limited -DEFENDANT_IN-> Wafula trial (earlier)", "Mary Achieng -PRESIDED_OVER-> Wafula trial (earlier)"],
    not: ["Tom Mutua and Kilima Traders Limited -DEFENDANT_IN-> Wafula trial (earlier)"],
  },
];

describeStories("structural misses: co-defendants of one earlier trial", JOINT);

const INCLUDING: StoryRow[] = [
  {
    style: "Irish broadsheet: the offences a set names after 'including' are the counts ('offences against two women, including ...')",
    text: "Declan Moran was convicted of offences against two women, including rape and assault. Ciaran Walsh was convicted on all six counts he faced, including arson.",
    facts: ["Declan Moran -CHARGED_WITH-> rape", "Moran trial: guilty -ON_CHARGE-> assault", "Walsh trial: guilty -ON_CHARGE-> arson"],
  },
];

describeStories("structural misses: a set of counts told by what it includes", INCLUDING);

// (the date stage: an appeal ruling's own verb, "set aside", "dismissed", "confirmed", dates it)
const RULINGS_DATED: StoryRow[] = [
  {
    style: "Nigerian daily: 'on Friday set aside the conviction' dates the ruling",
    text: "---\ntitle: Appeal court frees ex-minister\npublished: 2023-06-10\n---\nThe Court of Appeal on Friday set aside the conviction of a former minister, Bala Sanni, for fraud.",
    facts: ["Court of Appeal -RULED-> Bala Sanni: appeal overturned{2023-06-09}"],
  },
  {
    style: "Malaysian daily: 'dismissed his appeal on Tuesday' dates the ruling",
    text: "---\ntitle: Ex-minister loses appeal\npublished: 2023-06-10\n---\nA former minister, Bala Sanni, was convicted of fraud in 2021. The Federal Court dismissed his appeal on Tuesday.",
    facts: ["Federal Court -RULED-> Bala Sanni: appeal upheld{2023-06-06}"],
  },
];

describeDatedStories("structural misses: appeal rulings dated by their own verb", RULINGS_DATED);
