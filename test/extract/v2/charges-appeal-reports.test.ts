// Charges in appeal and sentencing reports from outlets unlike the corpora: an Indian High Court's appeal
// judgment ("confirmed the conviction ... under Section 302", "upheld a 10-year prison term handed to former
// sarpanch X for", "the sentence of seven years' rigorous imprisonment awarded to"), a Welsh weekly's murder
// sentencing ("had denied murdering" a victim who shares the accused's surname, "charged with murder over the
// death of his wife and with arson", "manslaughter by reason of diminished responsibility", "careless driving
// while over the prescribed limit and failing to stop"), and wire and Asian appeal reports that name the offence
// beside a prison term ("upheld X's conviction for rape and his 12-year prison term", "a 20-year prison sentence
// against former president X for", "dismissed X's appeal against his conviction and 10-year sentence for"). A
// penalty is never a charge. Invented articles; each row names the facts a reader would take from it (and, after
// "not", facts it must not yield).
import { describeStories, type StoryRow } from "./helpers.ts";

const FRONT = (title: string, source: string) => `---\ntitle: ${title}\nsource: ${source}\npublished: 2025-03-14\n---\n${title}\n\n`;

const ROWS: StoryRow[] = [
  {
    style: "Indian daily: a High Court's appeal judgment, a co-accused acquitted, two more appeals in its last paragraphs",
    text: `---
title: High Court upholds life term of Jhalawar contractor for wife's murder, acquits brother
source: Rajputana Chronicle
published: 2025-03-14
---
High Court upholds life term of Jhalawar contractor for wife's murder, acquits brother

JAIPUR: A division bench of the Rajasthan High Court on Thursday confirmed the conviction of Jhalawar-based civil contractor Harpreet Tandukar under Section 302 of the IPC for the murder of his wife, and dismissed his appeal against the judgment of the sessions court, more than nine years after the woman was found dead at the couple's farmhouse outside the town.

The bench, however, set aside the conviction of his younger brother, Rupinder Tandukar, who had been held guilty by the trial court of destruction of evidence, holding that the prosecution had failed to prove that he had helped dispose of the clothes the woman was wearing on the night she died.

According to the prosecution, Shreyas Gohil's daughter had married Harpreet Tandukar in 2011. The marriage had run into trouble within two years, the complainant told the police, with the accused repeatedly demanding money from her family to expand his construction business. On the night of August 22, 2015, the woman was found lying in the courtyard of the farmhouse with injuries to her head. She was declared dead on arrival at the district hospital.

The police initially registered a case of unnatural death. After the post-mortem report recorded that she had died of blunt force injuries and that the injuries could not have been caused by a fall, the police booked Harpreet Tandukar and his brother, and both were arrested in September 2015. The sessions court framed charges of murder, cruelty by husband and destruction of evidence against the two in 2016, and the trial went on for nearly six years.

In its judgment of March 2021, the trial court convicted Harpreet Tandukar of murder and cruelty and sentenced him to life imprisonment and a fine of Rs 50,000. It acquitted him of the charge of destruction of evidence. Rupinder Tandukar was convicted of destruction of evidence and sentenced to three years' rigorous imprisonment, and was granted bail pending his appeal.

Both brothers moved the High Court. Appearing for the appellants, senior advocate Tanmay Pitroda argued that the case rested entirely on circumstantial evidence, that no witness had seen the accused strike the woman, and that the chain of circumstances was incomplete. He argued that the trial court had relied on the evidence of relatives of the deceased who were interested witnesses, and that the recovery of an iron rod at the instance of the accused was doubtful because it had been made from an open place accessible to everyone.

Public prosecutor Kipchumba Mahajani, for the State, argued that the deceased had died inside a house occupied only by the accused and his brother on the night of the incident, and that Harpreet Tandukar had offered no explanation for her injuries, as he was bound to under Section 106 of the Evidence Act. The prosecutor pointed to the testimony of two neighbours, who had heard a quarrel at the farmhouse late that night, and to the medical evidence.

The bench accepted the State's arguments as far as the elder brother was concerned. "The deceased was last seen alive in the company of the appellant in his own house. The injuries found on her body were homicidal. The appellant gave a false explanation that she had slipped in the courtyard, which stands falsified by the medical evidence," the court said. "The chain of circumstances is complete and points only towards the guilt of the appellant."

Upholding the conviction of Harpreet Tandukar for murder and his sentence of life imprisonment, the bench said the trial court had rightly appreciated the evidence on record. The court also upheld his conviction for cruelty.

On the younger brother's appeal, the bench noted that the only evidence against him was the statement of a witness who claimed to have seen him burning something behind the farmhouse the next morning. The witness had not told the police about this for nearly a month, and the burnt material was never sent for forensic examination, the court noted. "Suspicion, however strong, cannot take the place of proof," the bench said, acquitting Rupinder Tandukar of destruction of evidence.

The High Court directed Harpreet Tandukar, who was on bail after the High Court suspended his sentence in 2022, to surrender before the trial court within four weeks to serve the remainder of his sentence.

Shreyas Gohil, the woman's father, told reporters outside the court that the family had waited nearly a decade for the verdict. "My daughter cannot come back, but the court has held that the man who killed her will stay in jail," he said.

Pitroda said his client would challenge the judgment in the Supreme Court.

In a separate case heard by the same bench on Thursday, the High Court upheld a 10-year prison term handed to former sarpanch Faizan Kundi for the rape of a minor, rejecting his plea that the girl had been older than 18 at the time. The bench noted that the school admission register, which recorded her date of birth, had been proved by the headmaster of the school.

The bench also dismissed an appeal by Waqas Chaudhari against his conviction for criminal breach of trust, and upheld the sentence of seven years' rigorous imprisonment awarded to him by a special court in Bundi in 2019. Chaudhari, a former branch manager of a cooperative bank, had been found guilty of siphoning off deposits of Rs 1.2 crore.
`,
    facts: [
      "Harpreet Tandukar -CHARGED_WITH-> murder", "Harpreet Tandukar -CHARGED_WITH-> cruelty",
      "Rupinder Tandukar -CHARGED_WITH-> destruction of evidence",
      "Faizan Kundi -CHARGED_WITH-> rape",
      "Waqas Chaudhari -CHARGED_WITH-> criminal breach of trust",
    ],
    not: [
      "Faizan Kundi -CHARGED_WITH-> 10-year prison term", "Shreyas Gohil -CHARGED_WITH-> murder",
      "Tanmay Pitroda -CHARGED_WITH-> murder", "Kipchumba Mahajani -CHARGED_WITH-> murder",
    ],
  },
  {
    style: "Welsh weekly: a murder sentencing with the surname the victim shared, then a court round-up",
    text: `---
title: Valleys man who killed wife and set fire to home is jailed for life
source: Cwm Valley Echo
published: 2025-03-14
---
Valleys man who killed wife and set fire to home is jailed for life

A man who strangled his wife and then set fire to their terraced house in an attempt to cover his tracks has been jailed for life, with a minimum term of 24 years.

Fionnbarr Killeavy, 58, of Maesteg, had denied murdering Senga Killeavy, 55, at their home in October 2023, telling the jury she had died in the blaze while he was out walking the dog. He was convicted by a jury at Merthyr Tydfil Crown Court in January after a three-week trial.

Killeavy was charged with murder over the death of his wife and with arson with intent to endanger life after firefighters found her body in the front bedroom. He was also charged with perverting the course of justice, after detectives discovered he had deleted messages from her phone, and admitted that charge before the trial began.

Opening the case last year, prosecutor Wendeline Yelverton KC told the jury that the couple's marriage had been unhappy for years, and that Senga had told a friend she planned to leave him after Christmas. "She never got the chance," Ms Yelverton said.

The court heard that Killeavy had strangled his wife some time after 9pm on the evening of October 14, then poured petrol on the bed and the landing and set it alight shortly before midnight. He then walked to a nearby park with the couple's dog, and called the emergency services from there almost an hour later, claiming he had seen smoke from the end of the street.

A pathologist told the trial that there was no soot in the victim's airways, which showed she had been dead before the fire started, and that injuries to her neck were consistent with manual strangulation. A fire investigator said the blaze had been started deliberately in at least two places.

Neighbours described hearing raised voices from the house earlier in the evening. One, a retired nurse, told the jury she had heard a woman scream "get off me" and then "a terrible silence".

Giving evidence in his own defence, Killeavy said he and his wife had argued about money that evening but that she had been alive and "watching television in bed" when he left with the dog. He said he had no idea how the fire had started and suggested an electric blanket might have been to blame. The jury rejected his account after deliberating for less than five hours.

Sentencing him on Friday, Mr Justice Auchterlonie said Killeavy had shown "not a flicker of remorse". "You killed your wife in her own bed and then tried to destroy her body and every trace of what you had done," the judge told him. "You put the lives of your neighbours and of the firefighters who entered that house at risk. And then you lied, to the police, to your family and to this jury, for the better part of a year and a half."

The judge imposed concurrent sentences of 12 years for the arson and three years for perverting the course of justice.

In a statement read outside court, Senga's sister said the family had been "robbed of a kind, funny and generous woman" and thanked the police and the prosecution team.

Detective Chief Inspector Ottilie Tregunna, who led the investigation, said: "This was a cold and calculated attempt to cover up a murder. I hope the sentence brings some comfort to Senga's family."

In an unrelated case at the same court on Thursday, a 34-year-old woman admitted manslaughter by reason of diminished responsibility after stabbing her mother during a psychotic episode.

Rhoswen Pontardawe-Lewis had been charged with the murder of her mother, Branwen, at the flat they shared in Aberdare in June last year. Prosecutors accepted her plea after two psychiatrists agreed that she had been suffering from an abnormality of mental functioning at the time. She was made subject to a hospital order.

Separately, a driver who was twice over the drink-drive limit when he killed a cyclist on the A4061 was jailed for seven years. Caradog Trefor, 41, admitted causing death by careless driving while over the prescribed limit and failing to stop after an accident.
`,
    facts: [
      "Fionnbarr Killeavy -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Senga Killeavy",
      "Fionnbarr Killeavy -CHARGED_WITH-> arson with intent to endanger life",
      "Fionnbarr Killeavy -CHARGED_WITH-> perverting the course of justice",
      "Rhoswen Pontardawe-Lewis -CHARGED_WITH-> murder",
      "Caradog Trefor -CHARGED_WITH-> causing death by careless driving while over the prescribed limit",
      "Caradog Trefor -CHARGED_WITH-> failing to stop after an accident",
    ],
    not: ["Senga Killeavy -CHARGED_WITH-> murder", "Wendeline Yelverton -CHARGED_WITH-> murder", "Caradog Trefor -CHARGED_WITH-> causing death by careless driving"],
  },
  {
    style: "Northern Irish daily: the accused told by surname alone denied murdering her husband, who shared it",
    text: `${FRONT("Widow guilty of husband's murder", "Lagan Courier")}Ottilie Strakosch, 61, was convicted at Coleraine Crown Court on Monday. Strakosch had denied murdering Anselm Strakosch at their home in Larne in 2022.`,
    facts: ["Ottilie Strakosch -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Anselm Strakosch"],
    not: ["Anselm Strakosch -CHARGED_WITH-> murder"],
  },
  {
    style: "British regional: a plea to manslaughter on the ground of a partial defence",
    text: `${FRONT("Son admits killing father", "Fenland Gazette")}Tobiah Mallinson, 29, pleaded guilty to manslaughter by reason of diminished responsibility at Wisbech Crown Court on Tuesday.`,
    facts: ["Tobiah Mallinson -CHARGED_WITH-> manslaughter"],
    not: ["Tobiah Mallinson -CHARGED_WITH-> manslaughter by reason of diminished responsibility"],
  },
  {
    style: "Kenyan daily: an appeal upheld with the prison term beside the offence, never a charge",
    text: `${FRONT("Appeal court upholds ex-chief's rape conviction", "Rift Valley Standard")}The Court of Appeal upheld Saitoti Lemaiyan's conviction for rape and his 12-year prison term.`,
    facts: ["Saitoti Lemaiyan -CHARGED_WITH-> rape"],
    not: ["Saitoti Lemaiyan -CHARGED_WITH-> 12-year prison term"],
  },
  {
    style: "Asian wire: a prison sentence 'against' a former president 'for' his offences",
    text: `${FRONT("Top court upholds ex-president's sentence", "Han River Wire")}The Supreme Court upheld a 20-year prison sentence against former president Thiongo Harbisson for bribery and abuse of power.`,
    facts: ["Thiongo Harbisson -CHARGED_WITH-> bribery", "Thiongo Harbisson -CHARGED_WITH-> abuse of power"],
  },
  {
    style: "Singapore daily: an appeal dismissed against a conviction and a sentence told together",
    text: `${FRONT("Remisier loses appeal", "Straits Courier")}The Court of Appeal dismissed Beddoes Asquell's appeal against his conviction and 10-year sentence for money laundering.`,
    facts: ["Beddoes Asquell -CHARGED_WITH-> money laundering"],
  },
  {
    style: "Nigerian daily: a conviction upheld for a defendant described in an apposition",
    text: `${FRONT("Appeal court affirms ex-MD's fraud conviction", "Lagoon Tribune")}The Court of Appeal upheld the conviction of Ilario Bencivenga, the former managing director of a microfinance bank, for fraud, and his seven-year jail term.`,
    facts: ["Ilario Bencivenga -CHARGED_WITH-> fraud"],
    not: ["Ilario Bencivenga -CHARGED_WITH-> seven-year jail term"],
  },
];

describeStories("charges in appeal and sentencing reports", ROWS);
