// extractArticle on what an article refers back to: "the hospital", lede descriptions, offices, shared surnames.
// Rows read as in article.test.ts; every story, person, company and film is invented.
import { stories } from "./stories.ts";

stories("extractArticle: \"the hospital\" is the one named so far", [
  {
    name: "two hospitals named; \"the hospital's\" before the second is the first",
    text: `Nurse convicted of poisoning patients at Riverside General Hospital

LEEDS, England — Helen Narcombe, a nurse, was convicted on Friday of poisoning four patients at Riverside General Hospital in 2019.

Dr Amara Quist, the consultant who led the hospital's intensive care unit, gave evidence that the deaths were unexplained. The hospital's then chief executive, Martin Rudge, resigned in 2021.

Narcombe, 39, had earlier worked at Kingsmead Hospital in Sheffield. She was convicted of four counts of murder by a jury at Kestleford Crown Court.
`,
    expect: [
      { fact: "Amara Quist WORKS_FOR Riverside General Hospital", says: /who led the hospital's intensive care unit/ },
      { fact: "Martin Rudge WORKS_FOR Riverside General Hospital", says: /The hospital's then chief executive, Martin Rudge/ },
      { not: "Martin Rudge WORKS_FOR Kingsmead Hospital" },
      { fact: "Amara Quist TESTIFIED_IN trial:held", says: /gave evidence/ },
      { fact: "Helen Narcombe CHARGED_WITH charge:murder", says: /four counts of murder/ },
    ],
  },
]);

stories("extractArticle: a lede description is not the next person with another role", [
  {
    name: "\"A nurse was convicted\"; a doctor named first below, the nurse after",
    text: `Nurse convicted of harming patients

BRISTOL, England — A nurse was convicted on Friday of wounding three patients at a care home.

Dr Omar Nadeem, who examined the patients, gave evidence for the prosecution. Fiona Blake, 44, had worked at the home since 2015 and denied the charges.
`,
    expect: [
      { fact: "Fiona Blake HOLDS_ROLE nurse", says: /A nurse was convicted/ },
      { mentioned: "Fiona Blake", in: /A nurse was convicted/ },
      { not: "Omar Nadeem HOLDS_ROLE nurse" },
      { not: "Omar Nadeem DEFENDANT_IN trial:held" },
      { fact: "Omar Nadeem TESTIFIED_IN trial:held", says: /gave evidence/ },
    ],
  },
]);

stories("extractArticle: an office that dropped charges and a special prosecutor from outside it", [
  {
    name: "the county office drops the case; a special prosecutor later tries it",
    text: `Councilman convicted after special prosecutor revives case

DETROIT (AP) — A jury on Thursday convicted former city councilman Roland Pike of bribery, two years after the Wayne County Prosecutor's Office dropped the charges against him.

A judge later appointed Marsha Klein, a former U.S. attorney, as special prosecutor. Klein told jurors that Pike had sold his vote for $50,000.
`,
    expect: [
      { fact: "Roland Pike CHARGED_WITH charge:bribery", says: /convicted former city councilman Roland Pike of bribery/ },
      { fact: "Marsha Klein HOLDS_ROLE special prosecutor", says: /as special prosecutor/ },
      { fact: "Marsha Klein PROSECUTED trial:held", says: /Klein told jurors/, gap: "v2 does not read it yet" },
      { not: "Marsha Klein WORKS_FOR Wayne County Prosecutor's Office" },
      { not: "Wayne County Prosecutor's Office PROSECUTED trial:held" },
    ],
  },
]);

stories("extractArticle: an appeals court described, then named", [
  {
    name: "\"a federal appeals court in New Orleans\" is the Fifth Circuit named next, not the other circuit named later",
    text: `Appeals court upholds oil trader's fraud conviction

NEW ORLEANS (AP) — A federal appeals court in New Orleans on Tuesday upheld the fraud conviction of former oil trader Dwight Kessler.

In a 40-page opinion, the U.S. Court of Appeals for the Fifth Circuit rejected each of his arguments. Writing for the panel, Circuit Judge Ana Selworth said the evidence was overwhelming. Judges Paul Ober and Lena Lomdale joined the ruling.

Kessler, 58, was convicted in 2022 of wire fraud. A separate conviction in Florida was upheld last year by the 11th U.S. Circuit Court of Appeals.
`,
    expect: [
      { fact: "U.S. Court of Appeals for the Fifth Circuit RULED verdict:upheld", says: /federal appeals court in New Orleans on Tuesday upheld/ },
      { entity: "Court: federal appeals court in New Orleans" },
      { entity: "Court: 11th U.S. Circuit Court of Appeals" },
      { fact: "Ana Selworth WORKS_FOR U.S. Court of Appeals for the Fifth Circuit", says: /Writing for the panel/ },
      { not: "Ana Selworth PRESIDED_OVER trial:held" },
    ],
  },
]);

stories("extractArticle: a bare surname shared by a husband and wife", [
  {
    name: "\"Mabery admitted ... his wife's\" is the husband; \"Mabery said she\" is the wife",
    text: `Man convicted of poisoning wife

LYON, France (Wire) — A court on Friday convicted Alain Mabery, 66, of attempted murder for poisoning his wife, Claire Mabery, over two years.

Claire Mabery testified that she had felt ill for months. Mabery admitted putting sedatives into his wife's coffee.
`,
    expect: [
      { mentioned: "Alain Mabery", in: /Mabery admitted putting sedatives/ },
      { notMentioned: "Claire Mabery", in: /Mabery admitted putting sedatives/ },
      { fact: "charge:attempted murder ALLEGED_VICTIM Claire Mabery", says: /poisoning his wife, Claire Mabery/, gap: "v2 does not read it yet" },
      { fact: "Claire Mabery TESTIFIED_IN trial:held", says: /Claire Mabery testified/ },
      { not: "Alain Mabery TESTIFIED_IN trial:held" },
    ],
  },
]);

stories("extractArticle: a film's makers named in lists and appositions", [
  {
    name: "\"the film's two producers: A and B\"; \"one of the film's producers\"; \"directed by the Danish filmmaker X\"",
    text: `Courtroom drama wins top prize at festival

VENICE, Italy — "The Long Recess," a courtroom drama about a hung jury, won the Golden Lion on Saturday. The award went to the film's two producers: Marta Ilves and Jonah Pratt.

"The Long Recess," directed by the Danish filmmaker Soren Holt, was released by Tidewater Pictures. Its star, Ada Quinn, one of the film's producers, thanked the cast.
`,
    expect: [
      { fact: "Marta Ilves PRODUCED The Long Recess", says: /the film's two producers: Marta Ilves and Jonah Pratt/ },
      { fact: "Jonah Pratt PRODUCED The Long Recess", says: /the film's two producers/ },
      { fact: "Jonah Pratt HOLDS_ROLE producer", says: /producers/ },
      { fact: "Soren Holt DIRECTED The Long Recess", says: /directed by the Danish filmmaker Soren Holt/ },
      { fact: "Ada Quinn PRODUCED The Long Recess", says: /one of the film's producers/ },
      { fact: "Tidewater Pictures PRODUCED The Long Recess", says: /released by Tidewater Pictures/, gap: "v2 does not read it yet" },
    ],
  },
]);

stories("extractArticle: an actor's earlier award, told with a pronoun", [
  {
    name: "\"named best actress for X ... after she won for Y\"",
    text: `Veteran star wins again

LONDON — Ruth Jermyn was named best actress for "The Quiet Room" on Sunday. It was Jermyn's second award, four years after she won for "Northern Lights."

The director of "The Quiet Room," Tom Vesey, thanked her.
`,
    expect: [
      { fact: "Ruth Jermyn ACTED_IN The Quiet Room", says: /named best actress for/ },
      { fact: "Ruth Jermyn ACTED_IN Northern Lights", says: /after she won for/, gap: "v2 does not read it yet" },
      { not: "Tom Vesey ACTED_IN Northern Lights" },
    ],
  },
]);

stories("extractArticle: one jury, two defendants, each with a charge of their own", [
  {
    name: "\"acquitted a former teacher of assaulting a student but convicted the school's janitor of endangering ...\"; a title line that names no one",
    text: `Teacher acquitted of assault, school janitor convicted

PORTLAND, Maine (AP) — A jury on Tuesday acquitted a former middle school teacher of assaulting a student but convicted the school's janitor of endangering the welfare of a child.

Lena Harrow, 45, had been accused of shoving a 12-year-old boy during a class trip in 2022. The janitor, Ray Dobbs, 58, was sentenced to two years in prison.

Harrow's lawyer, Ben Castile, said his client was relieved. Assistant District Attorney Nora Fitch said prosecutors would review the verdict. The boy's mother, Kim Tate, told the court that her son still had nightmares.

Judge Walter Ames of Cumberland County Superior Court presided over the four-day trial.
`,
    expect: [
      { sameTrial: ["Lena Harrow", "Ray Dobbs"], gap: "v2 does not read it yet" },
      { fact: "Lena Harrow CHARGED_WITH charge:assault", says: /acquitted a former middle school teacher of assaulting/ },
      { not: "Ray Dobbs CHARGED_WITH charge:assault" },
      { fact: "Ray Dobbs CHARGED_WITH charge:endangering the welfare of a child", says: /convicted the school's janitor/, gap: "v2 does not read it yet" },
      { outcome: "Lena Harrow: not_guilty" },
      { noOutcome: "Lena Harrow: guilty" },
      { outcome: "Ray Dobbs: guilty", gap: "v2 does not read it yet" },
      { penalty: /two years/, of: "Ray Dobbs", gap: "v2 does not read it yet" },
      { fact: "Ray Dobbs HOLDS_ROLE janitor", says: /The janitor, Ray Dobbs/ },
      { fact: "Ben Castile REPRESENTS Lena Harrow", says: /Harrow's lawyer, Ben Castile/ },
      { fact: "Walter Ames PRESIDED_OVER trial:held" },
    ],
  },
]);

stories("extractArticle: a lede role with plain words before it, an age in commas", [
  {
    name: "\"A former youth football coach was jailed for 14 years\"; \"Graham Tolley, 67, was convicted\"",
    text: `Former football coach jailed for abusing young players

MANCHESTER, England — A former youth football coach was jailed for 14 years on Friday for sexually abusing boys he trained over two decades.

Graham Tolley, 67, was convicted last month of 22 counts of indecent assault after a trial at Manchester Crown Court. He was cleared of three further counts.

One of his victims, now 41, told the court in a statement read by prosecutor Helen Akers that the abuse had "stolen my childhood". Another former player, Dean Whitlow, waived his right to anonymity and gave evidence during the trial.

Tolley's barrister, Simon Quarrie, said his client would not appeal. Judge Patricia Moore told Tolley he had "betrayed the trust of every family who handed their sons to you".

Greater Manchester Police said more people had come forward since the verdict.
`,
    expect: [
      { fact: "Graham Tolley HOLDS_ROLE coach", says: /A former youth football coach/, gap: "v2 does not read it yet" },
      { mentioned: "Graham Tolley", in: /A former youth football coach was jailed/ },
      { penalty: /14 years/, of: "Graham Tolley" },
      { age: 67, of: "Graham Tolley" },
      { fact: "Graham Tolley CHARGED_WITH charge:indecent assault", says: /22 counts of indecent assault/ },
      { outcome: "Graham Tolley: guilty" },
      { fact: "Dean Whitlow TESTIFIED_IN trial:held", says: /gave evidence/, gap: "v2 does not read it yet" },
      { fact: "Helen Akers PROSECUTED trial:held", says: /prosecutor Helen Akers/ },
      { fact: "Simon Quarrie REPRESENTS Graham Tolley", says: /Tolley's barrister, Simon Quarrie/ },
      { fact: "Patricia Moore PRESIDED_OVER trial:held" },
      { entity: "Organization: Greater Manchester Police" },
    ],
  },
]);

stories("extractArticle: \"the trial of a former hospital executive\" is the defendant, named below", [
  {
    name: "a mistrial story: the described defendant, a co-worker who took the stand, a retrial set",
    text: `Mistrial declared in hospital executive's embezzlement case

HOUSTON (AP) — A judge declared a mistrial on Wednesday in the embezzlement trial of a former hospital executive after jurors said they could not reach a unanimous verdict.

Cynthia Gilmere, 52, the former chief financial officer of Bayview Medical Center, is accused of diverting $3 million to a shell company she controlled. Her co-worker, Arnold Pike, took the stand last week and told jurors that she had asked him to approve the transfers.

State District Judge Ramon Ortiz set a new trial for March. Harris County prosecutors said they would retry Gilmere.

Her defense attorney, Lisa Zhuo, said the jury's deadlock showed the case was weak.
`,
    expect: [
      { mentioned: "Cynthia Gilmere", in: /embezzlement trial of a former hospital executive/, gap: "v2 does not read it yet" },
      { fact: "Cynthia Gilmere CHARGED_WITH charge:embezzlement", says: /embezzlement trial/, gap: "v2 does not read it yet" },
      { not: "charge:embezzlement ALLEGED_VICTIM Cynthia Gilmere" },
      { not: "Arnold Pike DEFENDANT_IN trial:held" },
      { not: "Arnold Pike CHARGED_WITH charge:embezzlement" },
      { fact: "Arnold Pike TESTIFIED_IN trial:held", says: /took the stand/ },
      { fact: "verdict:mistrial ON_CHARGE charge:embezzlement", says: /declared a mistrial/, gap: "v2 does not read it yet" },
      { fact: "Cynthia Gilmere DEFENDANT_IN trial:planned", says: /retry Gilmere/ },
      { fact: "Ramon Ortiz PRESIDED_OVER trial:held" },
      { fact: "Lisa Zhuo REPRESENTS Cynthia Gilmere", says: /Her defense attorney, Lisa Zhuo/ },
      { age: 52, of: "Cynthia Gilmere" },
    ],
  },
]);

stories("extractArticle: an appeal that orders a new trial, told with a title that names no one", [
  {
    name: "a Commonwealth's Attorney who will retry; one arson charge from the title, the lede and the body",
    text: `Appeals court orders new trial for man convicted in 2017 arson

RICHMOND, Va. (AP) — The Virginia Court of Appeals on Tuesday threw out the arson conviction of a Norfolk landlord and ordered a new trial, ruling that the trial judge should not have let jurors hear about an earlier fire at another of his buildings.

Curtis Wainwright, 59, was convicted in 2019 of arson and insurance fraud over a 2017 blaze that destroyed a duplex he owned. He was sentenced to 12 years.

Writing for a three-judge panel, Judge Elena Sarkis said the evidence about the earlier fire "invited the jury to convict him for who he was, not for what he did." Judge Mark Bellamy dissented.

Norfolk Commonwealth's Attorney Tamara Quince said her office would retry Wainwright. His attorney, Raymond Hsu, said his client was grateful.
`,
    expect: [
      { fact: "Virginia Court of Appeals RULED verdict:overturned", says: /threw out the arson conviction/ },
      { fact: "verdict:overturned OVERTURNS verdict:guilty" },
      { fact: "verdict:guilty ON_CHARGE charge:arson", says: /convicted in 2019 of arson/ },
      { fact: "verdict:guilty ON_CHARGE charge:insurance fraud", says: /arson and insurance fraud/ },
      { penalty: /12 years/, of: "Curtis Wainwright" },
      { fact: "Curtis Wainwright DEFENDANT_IN trial:planned", says: /retry Wainwright/, gap: "v2 does not read it yet" },
      { fact: "Tamara Quince HOLDS_ROLE district attorney", says: /Commonwealth's Attorney Tamara Quince/ },
      { fact: "Tamara Quince PROSECUTED trial:planned", says: /would retry Wainwright/, gap: "v2 does not read it yet" },
      { not: "Tamara Quince PROSECUTED trial:held", gap: "v2 states this wrong fact today" },
      { noEntity: "Person: Norfolk Commonwealth" },
      { fact: "Elena Sarkis WORKS_FOR Virginia Court of Appeals", says: /Writing for a three-judge panel/ },
      { not: "Elena Sarkis PRESIDED_OVER trial:held" },
      { fact: "Raymond Hsu REPRESENTS Curtis Wainwright", says: /His attorney, Raymond Hsu/ },
    ],
  },
]);

stories("extractArticle: a guilty plea and a spouse who pleaded not guilty", [
  {
    name: "\"Her husband and business partner, Mitchell Quenby, pleaded not guilty to the same charges and is scheduled to stand trial\"",
    text: `Reality TV star pleads guilty to tax fraud, gets 18 months

NEW YORK (AP) — Reality television star Brenda Quenby was sentenced on Thursday to 18 months in federal prison after pleading guilty to tax evasion and wire fraud.

Quenby, 39, who starred in the cable series "Uptown Wives," admitted in May that she hid $4 million in income from the Internal Revenue Service. U.S. District Judge Harold Finch also ordered her to pay $1.2 million in restitution.

Her husband and business partner, Mitchell Quenby, pleaded not guilty to the same charges and is scheduled to stand trial in October. His lawyer, Dara Ovgate, said he would be vindicated.

Assistant U.S. Attorney Paul Gerrity told the judge that Quenby had "treated the tax code as optional."
`,
    expect: [
      { fact: "Brenda Quenby CHARGED_WITH charge:tax evasion", says: /pleading guilty to tax evasion/ },
      { outcome: "Brenda Quenby: guilty" },
      { penalty: /18 months/, of: "Brenda Quenby" },
      { fact: "Mitchell Quenby DEFENDANT_IN trial:planned", says: /scheduled to stand trial/ },
      { not: "Brenda Quenby DEFENDANT_IN trial:planned" },
      { noOutcome: "Mitchell Quenby: guilty" },
      { fact: "Mitchell Quenby CHARGED_WITH charge:wire fraud", says: /the same charges/ },
      { fact: "Dara Ovgate REPRESENTS Mitchell Quenby", says: /His lawyer, Dara Ovgate/ },
      { not: "Dara Ovgate REPRESENTS Brenda Quenby" },
      // a guilty plea ends a case without a trial: the prosecutor who spoke at the sentencing prosecuted none
      { not: "Paul Gerrity PROSECUTED trial:held" },
      { not: "Brenda Quenby DEFENDANT_IN trial:held" },
      { fact: "Harold Finch HOLDS_ROLE judge", says: /U.S. District Judge Harold Finch/ },
    ],
  },
]);

stories("extractArticle: an Australian District Court jury, counts of an older offence", [
  {
    name: "\"11 counts of indecent assault and two counts of buggery\"; acquitted of one count of the first",
    text: `Ex-priest convicted of abusing altar boys in 1990s

SYDNEY (AAP) — A former Catholic priest has been found guilty of sexually abusing four altar boys at a parish in western Sydney in the 1990s.

A District Court jury on Friday convicted Francis Mulroney, 78, of 11 counts of indecent assault and two counts of buggery. He was acquitted of one count of indecent assault.

Two of the men, now in their 40s, gave evidence during the three-week trial. Crown prosecutor Leanne Ho told the jury the boys had been too frightened to speak out.

Judge Terence Byrne remanded Mulroney in custody ahead of sentencing in March. His barrister, Adam Kowalczyk, said his client maintained his innocence.
`,
    expect: [
      { fact: "verdict:guilty ON_CHARGE charge:buggery", says: /two counts of buggery/ },
      { fact: "verdict:guilty ON_CHARGE charge:indecent assault", says: /11 counts of indecent assault/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:indecent assault", says: /acquitted of one count of indecent assault/ },
      { fact: "Francis Mulroney HOLDS_ROLE priest", says: /A former Catholic priest/ },
      { fact: "Leanne Ho PROSECUTED trial:held", says: /Crown prosecutor Leanne Ho told the jury/ },
      { fact: "Adam Kowalczyk REPRESENTS Francis Mulroney", says: /His barrister, Adam Kowalczyk/ },
      { fact: "trial:held HELD_AT District Court", says: /A District Court jury/ },
      { age: 78, of: "Francis Mulroney" },
    ],
  },
]);
