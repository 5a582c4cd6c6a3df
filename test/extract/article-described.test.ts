// extractArticle on people told by description, role or group before (or instead of) their names.
// Rows read as in article.test.ts; every story, person, company and film is invented.
import { stories } from "./stories.ts";

stories("extractArticle: a defendant described in the lede and named below", [
  {
    name: "charges dropped before trial against \"a former pharmacist\"; the judge's court ruled",
    text: `Charges dropped against pharmacist in overdose case

SPRINGFIELD, Ill. (AP) — Prosecutors on Wednesday dropped involuntary manslaughter charges against a former pharmacist accused of selling counterfeit pills to a man who died of an overdose.

In a filing, the Sangamon County State's Attorney's Office said it could not prove that Harold Vickery, 63, knew the pills were fake. Judge Lorna Ovley of Sangamon County Circuit Court granted the motion, saying his right to be tried without delay had been respected.

His lawyer, Dana Halstow, said her client was relieved.
`,
    expect: [
      { fact: "Harold Vickery CHARGED_WITH charge:involuntary manslaughter", says: /charges against a former pharmacist/ },
      { outcome: "Harold Vickery: dismissed" },
      { fact: "Harold Vickery HOLDS_ROLE pharmacist", says: /a former pharmacist/ },
      { not: "Harold Vickery DEFENDANT_IN trial:held" },
      { not: "Harold Vickery DEFENDANT_IN trial:planned" },
      { fact: "Sangamon County Circuit Court RULED verdict:dismissed", says: /Lorna Ovley of Sangamon County Circuit Court/, gap: "v2 does not read it yet" },
      { not: "Lorna Ovley PRESIDED_OVER trial:held" },
      { fact: "Dana Halstow REPRESENTS Harold Vickery", says: /His lawyer, Dana Halstow/ },
    ],
  },
  {
    name: "one acquitted by name, the other convicted as \"her longtime nurse\" and named in the next sentence",
    text: `Clinic owner cleared of fraud, her nurse convicted

ATLANTA (AP) — A jury on Thursday acquitted clinic owner Delphine Okoro of health care fraud but convicted her longtime nurse of identity theft.

The nurse, Gary Ulstow, 52, was sentenced to four years in prison. Okoro's lawyer, Ian Cobb, said she had been vindicated.
`,
    expect: [
      { fact: "Gary Ulstow CHARGED_WITH charge:identity theft", says: /convicted her longtime nurse of identity theft/, gap: "v2 does not read it yet" },
      { outcome: "Gary Ulstow: guilty", gap: "v2 does not read it yet" },
      { penalty: /four years/, of: "Gary Ulstow", gap: "v2 does not read it yet" },
      { outcome: "Delphine Okoro: not_guilty" },
      { noOutcome: "Delphine Okoro: guilty" },
      { fact: "Gary Ulstow HOLDS_ROLE nurse", says: /The nurse, Gary Ulstow/ },
      { not: "Delphine Okoro HOLDS_ROLE nurse" },
    ],
  },
]);

stories("extractArticle: complainants known by a role and a name given in court", [
  {
    name: "\"against a former nurse at his clinic\"; \"The nurse, identified in court as Jane Roe\"",
    text: `Doctor convicted of sexual abuse of clinic nurse

PORTLAND, Ore. (AP) — A Multnomah County jury on Tuesday convicted physician Felix Amato of sexual abuse against a former nurse at his clinic.

The nurse, identified in court as Jane Roe, told jurors that Amato cornered her in an office in 2020. Amato's lawyer, Petra Lindgren-Holt, said he would appeal.
`,
    expect: [
      { fact: "Felix Amato CHARGED_WITH charge:sexual abuse", says: /convicted physician Felix Amato of sexual abuse/ },
      { fact: "charge:sexual abuse ALLEGED_VICTIM Jane Roe", says: /against a former nurse/, gap: "v2 does not read it yet" },
      { fact: "Jane Roe HOLDS_ROLE nurse", says: /The nurse, identified in court as Jane Roe/, gap: "v2 does not read it yet" },
      { fact: "Jane Roe TESTIFIED_IN trial:held", says: /told jurors/ },
      { not: "Felix Amato HOLDS_ROLE nurse" },
      { not: "Felix Amato TESTIFIED_IN trial:held" },
      { fact: "Petra Lindgren-Holt REPRESENTS Felix Amato", says: /Amato's lawyer, Petra Lindgren-Holt/ },
    ],
  },
]);

stories("extractArticle: the trial to come and the witnesses of someone else's trial", [
  {
    name: "a cooperating witness who will testify at the coming trial; an office that will retry; a witness whose own charge was dropped",
    text: `Ex-treasurer to testify against county commissioner at retrial

TUCSON, Ariz. (AP) — A judge on Monday ordered a new trial for Pima County commissioner Arturo Velasco, whose conviction on bribery charges was overturned last month.

The Pima County Attorney's Office said it would retry Velasco in the spring. Velasco's former treasurer, Irene Cuadrado, has agreed to testify against him.

At the first trial, the contractor Cuthbert Pruitt told the jury that he had handed Velasco cash. Jurors were never told that prosecutors had dropped a fraud charge against Pruitt.

The owner of the construction firm, Bernard Arriaga, was not charged.
`,
    expect: [
      { fact: "Arturo Velasco DEFENDANT_IN trial:planned", says: /retry Velasco/, gap: "v2 does not read it yet" },
      { fact: "Irene Cuadrado TESTIFIED_IN trial:planned", says: /agreed to testify/ },
      { not: "Irene Cuadrado TESTIFIED_IN trial:held" },
      { fact: "Pima County Attorney's Office PROSECUTED trial:planned", says: /would retry Velasco/, gap: "v2 does not read it yet" },
      { not: "Pima County Attorney's Office PROSECUTED trial:held" },
      { fact: "Cuthbert Pruitt TESTIFIED_IN trial:held", says: /told the jury/ },
      { not: "Cuthbert Pruitt DEFENDANT_IN trial:held" },
      { fact: "Cuthbert Pruitt CHARGED_WITH charge:fraud", says: /dropped a fraud charge against Pruitt/ },
      { outcome: "Cuthbert Pruitt: dismissed", gap: "v2 does not read it yet" },
      { entity: "Person: Bernard Arriaga" },
      { noEntity: "Organization: Bernard Arriaga" },
      { fact: "Bernard Arriaga HOLDS_ROLE owner", says: /The owner of the construction firm, Bernard Arriaga/ },
    ],
  },
]);

stories("extractArticle: the one killed, named apart from the charge", [
  {
    name: "a penalty \"the law allows for\" an offence; the victim named where the killing is told; her husband's words at the sentencing neither make him a victim nor a witness at the trial",
    text: `Driver gets maximum term for crash that killed cyclist

BOISE, Idaho (AP) — A judge on Friday sentenced Colby Mabery to six years in prison, the maximum term the law allows for vehicular manslaughter.

A jury convicted Mabery of that charge in May, finding that he had been texting when the truck that his employer, Dale Hutto, owned left the road.

Irene Vasko, 34, was killed as she rode to work in 2022. Her husband, Peter Vasko, told the court that he still sets two places at dinner.
`,
    expect: [
      { fact: "Colby Mabery CHARGED_WITH charge:vehicular manslaughter", says: /the law allows for vehicular manslaughter/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:vehicular manslaughter", says: /convicted Mabery of that charge/ },
      { penalty: /six years/, of: "Colby Mabery" },
      { fact: "charge:vehicular manslaughter ALLEGED_VICTIM Irene Vasko", says: /Irene Vasko, 34, was killed/, gap: "v2 does not read it yet" },
      { not: "charge:vehicular manslaughter ALLEGED_VICTIM Dale Hutto" },
      { not: "charge:vehicular manslaughter ALLEGED_VICTIM Peter Vasko" },
      { not: "Peter Vasko TESTIFIED_IN trial:held" },
    ],
  },
  {
    name: "the defendant \"fatally shot\" the victim in a later sentence",
    text: `Man convicted of murder in parking lot shooting

MEMPHIS, Tenn. (AP) — A Shelby County jury on Thursday convicted Tyrell Odom, 27, of second-degree murder.

Prosecutors said Odom fatally shot Marcus Bellamy-Rowe, 31, after an argument outside a nightclub in 2023. Bellamy-Rowe's cousin, Andre Bellamy-Rowe, testified that he saw the shooting.
`,
    expect: [
      { fact: "charge:second-degree murder ALLEGED_VICTIM Marcus Bellamy-Rowe", says: /Odom fatally shot Marcus Bellamy-Rowe/, gap: "v2 does not read it yet" },
      { not: "charge:second-degree murder ALLEGED_VICTIM Andre Bellamy-Rowe" },
      { fact: "Andre Bellamy-Rowe TESTIFIED_IN trial:held", says: /testified/ },
      { outcome: "Tyrell Odom: guilty" },
    ],
  },
]);

stories("extractArticle: witnesses named in lists, by family and by who called them", [
  {
    name: "witnesses in a list with appositions; brothers who testified; women the prosecution called",
    text: `Landlord convicted of fraud after three-week trial

NEWARK, N.J. (AP) — A federal jury on Tuesday convicted landlord Victor Salas of wire fraud.

Among the witnesses the government called were Rhonda Pike, the former building manager, and Owen Carver, a former tenant, who described months without heat. The Okoye brothers testified that Salas paid them to forge inspection reports; Jide and Tunde Okoye pleaded guilty last year.

Prosecutors were also permitted to call four other tenants who said Salas had threatened them, among them the retired teacher Alma Quarrie. The defense called his accountant, Hugh Garnock, who said the books were in order.
`,
    expect: [
      { fact: "Rhonda Pike TESTIFIED_IN trial:held", says: /Among the witnesses/ },
      { fact: "Owen Carver TESTIFIED_IN trial:held", says: /Among the witnesses/ },
      { fact: "Jide Okoye TESTIFIED_IN trial:held", says: /The Okoye brothers testified/ },
      { fact: "Tunde Okoye TESTIFIED_IN trial:held", says: /The Okoye brothers testified/ },
      { fact: "Alma Quarrie TESTIFIED_IN trial:held", says: /among them the retired teacher Alma Quarrie/, gap: "v2 does not read it yet" },
      { fact: "Hugh Garnock TESTIFIED_IN trial:held", says: /The defense called his accountant, Hugh Garnock/, gap: "v2 does not read it yet" },
      { not: "Victor Salas TESTIFIED_IN trial:held" },
      { fact: "Victor Salas DEFENDANT_IN trial:held" },
    ],
  },
]);

stories("extractArticle: the appeal judge's court when an article tells of two rulings", [
  {
    name: "a state supreme court overturns what an appeals court upheld; the judge writing for the majority sits on the first",
    text: `State high court tosses pharmacist's conviction

OLYMPIA, Wash. (AP) — The Washington Supreme Court on Thursday overturned the conviction of a pharmacist found guilty of fraud, ruling that the jury had been wrongly instructed.

Lena Egmere, 51, was convicted of fraud in 2021. The Washington Court of Appeals upheld the conviction in 2022.

Writing for the majority, Justice Carl Imhof said the instruction had relieved prosecutors of proving intent. The Washington Supreme Court sent the case back to Thurston County Superior Court.
`,
    expect: [
      { fact: "Washington Supreme Court RULED verdict:overturned", says: /overturned the conviction/ },
      { fact: "Carl Imhof HOLDS_ROLE judge", says: /Justice Carl Imhof/ },
      { fact: "Carl Imhof WORKS_FOR Washington Supreme Court", says: /Writing for the majority/, gap: "v2 does not read it yet" },
      { not: "Carl Imhof WORKS_FOR Washington Court of Appeals" },
      { not: "Carl Imhof PRESIDED_OVER trial:held" },
    ],
  },
]);

stories("extractArticle: counts known by number", [
  {
    name: "a count numbered with its offence, later named by number alone",
    text: `Jury convicts contractor on one count, deadlocks on another

TAMPA, Fla. (AP) — A federal jury on Monday found contractor Rosa Delgado guilty of count one, bank fraud, but could not reach a verdict on count two, money laundering.

Prosecutors said they would retry Delgado on count two in the fall.
`,
    expect: [
      { fact: "verdict:guilty ON_CHARGE charge:bank fraud", says: /guilty of count one, bank fraud/ },
      { fact: "verdict:hung_jury ON_CHARGE charge:money laundering", says: /could not reach a verdict on count two/ },
      { fact: "Rosa Delgado DEFENDANT_IN trial:planned", says: /retry Delgado/ },
      { fact: "trial:planned TRIED_FOR charge:money laundering", says: /retry Delgado on count two/, gap: "v2 does not read it yet" },
      { not: "trial:planned TRIED_FOR charge:bank fraud" },
    ],
  },
]);

stories("extractArticle: honorifics with a full stop choose between people who share a surname", [
  {
    name: "a defendant and her brother share a surname; \"Mr.\" and \"Ms.\" tell them apart",
    text: `Bookkeeper convicted of embezzling from family firm

HARTFORD, Conn. (AP) — A jury on Friday convicted Janet Avery, 49, of embezzlement after a week-long trial.

Her brother, Thomas Avery, 52, testified that the company's accounts had been short for years. Mr. Avery, who runs the firm, said he was relieved. Ms. Avery's lawyer, Carl Novak, said she would appeal.
`,
    expect: [
      { mentioned: "Thomas Avery", in: /Mr\. Avery, who runs the firm/ },
      { notMentioned: "Janet Avery", in: /Mr\. Avery, who runs the firm/ },
      { mentioned: "Janet Avery", in: /Ms\. Avery's lawyer/ },
      { fact: "Carl Novak REPRESENTS Janet Avery", says: /Ms\. Avery's lawyer, Carl Novak/ },
      { fact: "Thomas Avery TESTIFIED_IN trial:held", says: /testified/ },
      { not: "Thomas Avery DEFENDANT_IN trial:held" },
    ],
  },
]);

stories("extractArticle: companies named by their kind and by one word", [
  {
    name: "\"to start the company\"; \"an engineer at Quillon\" after Quillon was named; \"a reporter for The Daily Ledger\"",
    text: `Battery startup founder convicted of investor fraud

SAN JOSE, Calif. (AP) — A federal jury on Monday convicted Marcus Tolliver, the former chief executive of Quillon, of securities fraud.

Tolliver, who dropped out of college at 20 to start the company in 2014, showed no reaction. Among the witnesses was Dana Pruitt, a former engineer at Quillon, who testified that the batteries never worked.

The case began after Ruth Okoye, a reporter for The Daily Ledger, wrote that Quillon had faked its test results.
`,
    expect: [
      { fact: "Marcus Tolliver FOUNDED Quillon", says: /to start the company/, gap: "v2 does not read it yet" },
      { fact: "Dana Pruitt WORKS_FOR Quillon", says: /a former engineer at Quillon/ },
      { noEntity: "Place: Quillon" },
      { fact: "Ruth Okoye WORKS_FOR Daily Ledger", says: /a reporter for The Daily Ledger/ },
      { fact: "Dana Pruitt TESTIFIED_IN trial:held", says: /testified/ },
    ],
  },
]);

stories("extractArticle: a lede that opens with a definite description", [
  {
    name: "\"The former managing director of a builders' merchant ... the firm he had run\"; the name in the next sentence",
    text: `Ex-director jailed for stealing from family firm

CARDIFF, Wales — The former managing director of a builders' merchant was found guilty on Monday of stealing £400,000 from the firm he had run for 15 years.

Gareth Rowsell, 61, was convicted of theft by a jury at Cardiff Crown Court. The firm, Rowsell & Lloyd Supplies, has since closed.
`,
    expect: [
      { fact: "Gareth Rowsell HOLDS_ROLE executive director", says: /The former managing director/, gap: "v2 does not read it yet" },
      { fact: "Gareth Rowsell WORKS_FOR Rowsell & Lloyd Supplies", says: /the firm he had run/, gap: "v2 does not read it yet" },
      { fact: "Gareth Rowsell CHARGED_WITH charge:theft", says: /convicted of theft/ },
      { outcome: "Gareth Rowsell: guilty" },
      { fact: "trial:held HELD_AT Cardiff Crown Court", says: /a jury at Cardiff Crown Court/ },
    ],
  },
]);

stories("extractArticle: the ones killed, named as a group", [
  {
    name: "\"a crash that killed three teenagers ... The teenagers, A, B and C,\"",
    text: `Driver convicted over crash that killed three teenagers

AKRON, Ohio (AP) — A Summit County jury on Wednesday convicted a 38-year-old driver of three counts of aggravated vehicular homicide over a 2023 crash that killed three teenagers.

Wesley Dorn had been drinking before the crash, prosecutors said. The teenagers, Kayla Moss, 16, Ethan Ruiz, 17, and Sam Adesanya, 16, were walking home from a football game.
`,
    expect: [
      { fact: "Wesley Dorn CHARGED_WITH charge:aggravated vehicular homicide", says: /convicted a 38-year-old driver of three counts/ },
      { fact: "charge:aggravated vehicular homicide ALLEGED_VICTIM Kayla Moss", says: /The teenagers, Kayla Moss/, gap: "v2 does not read it yet" },
      { fact: "charge:aggravated vehicular homicide ALLEGED_VICTIM Sam Adesanya", says: /The teenagers, Kayla Moss/, gap: "v2 does not read it yet" },
      { not: "charge:aggravated vehicular homicide ALLEGED_VICTIM Wesley Dorn" },
      { outcome: "Wesley Dorn: guilty" },
    ],
  },
]);
