// extractArticle on more kinds of court reporting than article.test.ts covers: UK, Australian,
// Canadian and Indian courts, plea deals, cases dismissed or dropped before trial, and numbered
// counts with split verdicts. Every story, person, company and film here is invented (some courts
// are real institutions, none of the cases are). Rows read as in article.test.ts ("Owen Fairbanks
// REPRESENTS Delia Yarwell", "verdict:guilty"), with a few more kinds: entities that must (not)
// exist, co-defendants in one trial, which person a sentence names, a verdict's penalty. The
// stories continue in article-appeals, article-described and article-references.test.ts.
import { stories } from "./stories.ts";


stories("extractArticle: courts outside the United States", [
  {
    name: "a UK Crown Court murder trial: KC prosecuting and defending, Mr Justice, life with a minimum term",
    text: `Man jailed for life for murder of takeaway owner

A 34-year-old man has been jailed for life with a minimum term of 25 years for the murder of a takeaway owner who was stabbed outside his shop in Kestleford.

Darren Egby was found guilty of murder by the jury at Kestleford Crown Court on Thursday after a three-week trial. He was cleared of a second charge of attempted murder relating to the victim's nephew.

Egby, of Mill Lane, Kestleford, stabbed Farid Morcombe, 52, four times in March last year after an argument over a debt, the court heard.

Ruth Calloway KC, prosecuting, told the jury that Egby had "hunted down" Mr Morcombe after he refused to lend him money. Mr Morcombe's nephew, Imran Morcombe, 19, told the court he saw the defendant run from the shop holding a knife.

Egby had denied both charges, claiming he acted in self-defence. Marcus Whitlow KC, defending, said his client had shown remorse since his arrest.

Sentencing him on Friday, Mr Justice Rowsell told Egby: "You took the life of a hard-working man who had done you no harm, in front of a boy who loved him."

Detective Chief Inspector Sian Mepham of Kestleford Police said outside court that the Morcombe family had shown great dignity throughout the trial. "Nothing will bring Farid back, but I hope today's sentence brings them some comfort," she said.
`,
    expect: [
      { fact: "Darren Egby CHARGED_WITH charge:murder", says: /found guilty of murder/ },
      { fact: "Darren Egby DEFENDANT_IN trial:held" },
      { fact: "verdict:guilty ON_CHARGE charge:murder", says: /found guilty of murder/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:attempted murder", says: /cleared of a second charge of attempted murder/ },
      { not: "verdict:guilty ON_CHARGE charge:attempted murder" },
      { outcome: "Darren Egby: guilty" },
      { penalty: /life/, of: "Darren Egby" },
      { fact: "trial:held HELD_AT Kestleford Crown Court", says: /the jury at Kestleford Crown Court/ },
      { fact: "Ruth Calloway PROSECUTED trial:held", says: /Ruth Calloway KC, prosecuting/ },
      { fact: "Ruth Calloway HOLDS_ROLE prosecutor", says: /prosecuting/ },
      { fact: "Marcus Whitlow REPRESENTS Darren Egby", says: /Marcus Whitlow KC, defending/ },
      { fact: "Marcus Whitlow HOLDS_ROLE lawyer", says: /defending/ },
      { not: "Ruth Calloway REPRESENTS Darren Egby" },
      { fact: "Rowsell HOLDS_ROLE judge", says: /Mr Justice Rowsell/ },
      { fact: "Rowsell PRESIDED_OVER trial:held", says: /Mr Justice Rowsell/ },
      { fact: "charge:murder ALLEGED_VICTIM Farid Morcombe", says: /stabbed Farid Morcombe/, gap: "v2 does not read it yet" },
      { not: "charge:murder ALLEGED_VICTIM Imran Morcombe" },
      { fact: "Imran Morcombe TESTIFIED_IN trial:held", says: /Imran Morcombe, 19, told the court/ },
      { not: "Farid Morcombe TESTIFIED_IN trial:held" },
      { not: "Imran Morcombe DEFENDANT_IN trial:held" },
      { fact: "Sian Mepham HOLDS_ROLE detective", says: /Detective Chief Inspector Sian Mepham/ },
      { fact: "Sian Mepham WORKS_FOR Kestleford Police", says: /Sian Mepham of Kestleford Police/ },
      { not: "Sian Mepham PRESIDED_OVER trial:held" },
      { noEntity: "Person: Mill Lane" },
    ],
  },
  {
    name: "the Supreme Court of Victoria: a founder convicted, his site manager acquitted",
    text: `Developer guilty of manslaughter over balcony collapse

MELBOURNE (AAP) — A property developer has been found guilty of manslaughter over the collapse of an apartment balcony that killed two university students during a party in 2021.

A Supreme Court of Victoria jury on Wednesday convicted Gavin Threlfall, 61, of two counts of manslaughter after a six-week trial. The jury acquitted his site manager, Corey Baird, 44, of the same charges.

Threlfall founded the building company Threlfall Constructions in 1998 and oversaw the construction of the four-storey block.

Crown prosecutor Adrian Nambiar SC told the jury that Threlfall had ignored repeated warnings that the steel supports beneath the balcony were badly corroded. An engineer, Lucinda Halthorpe, gave evidence that she had emailed Threlfall about the corrosion three times in 2020 and received no reply.

Threlfall's barrister, Nerida Coombes SC, argued that the company's building surveyor had signed off on the work. She told reporters outside court that her client was considering an appeal.

The students, Hannah Zhou, 21, and Tomasz Kowal, 22, fell 12 metres when the balcony gave way.

Justice Helena Markovic revoked Threlfall's bail and remanded him in custody. He will be sentenced in August and faces a maximum of 20 years' imprisonment on each count.
`,
    expect: [
      { fact: "Gavin Threlfall CHARGED_WITH charge:manslaughter", says: /convicted Gavin Threlfall, 61, of two counts of manslaughter/ },
      { fact: "verdict:guilty ON_CHARGE charge:manslaughter", says: /convicted Gavin Threlfall/ },
      { outcome: "Gavin Threlfall: guilty" },
      { noOutcome: "Gavin Threlfall: not_guilty" },
      { fact: "Corey Baird DEFENDANT_IN trial:held", says: /acquitted his site manager, Corey Baird/ },
      { outcome: "Corey Baird: not_guilty" },
      { noOutcome: "Corey Baird: guilty" },
      { fact: "Corey Baird HOLDS_ROLE manager", says: /site manager, Corey Baird/, gap: "v2 does not read it yet" },
      { fact: "trial:held HELD_AT Supreme Court of Victoria", says: /A Supreme Court of Victoria jury/ },
      { fact: "Helena Markovic HOLDS_ROLE judge", says: /Justice Helena Markovic/ },
      { fact: "Helena Markovic PRESIDED_OVER trial:held" },
      { fact: "Adrian Nambiar PROSECUTED trial:held", says: /Adrian Nambiar SC told the jury/ },
      { fact: "Adrian Nambiar HOLDS_ROLE prosecutor", says: /Crown prosecutor Adrian Nambiar/ },
      { sameTrial: ["Gavin Threlfall", "Corey Baird"] },
      { noEntity: "Person: Threlfall Constructions" },
      { fact: "Nerida Coombes REPRESENTS Gavin Threlfall", says: /Threlfall's barrister, Nerida Coombes/ },
      { fact: "Nerida Coombes HOLDS_ROLE lawyer", says: /barrister/ },
      { not: "Nerida Coombes REPRESENTS Corey Baird" },
      { fact: "Gavin Threlfall FOUNDED Threlfall Constructions", says: /Threlfall founded the building company Threlfall Constructions/ },
      { not: "Corey Baird FOUNDED Threlfall Constructions" },
      { fact: "Lucinda Halthorpe TESTIFIED_IN trial:held", says: /Lucinda Halthorpe, gave evidence/ },
      { not: "Lucinda Halthorpe DEFENDANT_IN trial:held" },
      { fact: "charge:manslaughter ALLEGED_VICTIM Hannah Zhou", says: /Hannah Zhou/, gap: "v2 does not read it yet" },
    ],
  },
  {
    name: "an Indian special court: the businessman acquitted of cheating, his accountant convicted of forgery",
    text: `Businessman acquitted in Pune loan fraud case, accountant convicted

PUNE, India (Reuters) — A special court in Pune on Monday acquitted businessman Rajesh Ovmere of cheating and criminal conspiracy in a 1.2 billion rupee loan fraud case, but convicted his former accountant of forgery.

Special Judge Meera Bramridge said the prosecution had failed to prove that Ovmere, 57, knew that the property valuations submitted to the Deccan Cooperative Bank had been forged.

The accountant, Suresh Ulmere, 49, was sentenced to five years in prison and fined 200,000 rupees. The judge said Ulmere had prepared the false valuations "with full knowledge that they would be used to deceive the bank."

Ovmere's lawyer, Vikram Sathe, said his client had been vindicated after eight years. "The court has seen the truth," Sathe told reporters outside the court complex.

Public prosecutor Anil Bhave said the state would challenge the acquittal in the Bombay High Court. The case was investigated by the Economic Offences Wing of the Pune police, which arrested Ovmere and Ulmere in 2017 after the bank reported the loans as fraudulent.

Three bank officials who had been charged alongside Ovmere were discharged by the court in 2019 for lack of evidence. The bank, which was placed under administration by regulators in 2018, has recovered less than a tenth of the money.
`,
    expect: [
      { fact: "Rajesh Ovmere CHARGED_WITH charge:criminal conspiracy", says: /acquitted businessman Rajesh Ovmere of cheating and criminal conspiracy/ },
      { fact: "Rajesh Ovmere CHARGED_WITH charge:cheating", says: /of cheating/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:cheating", says: /acquitted businessman Rajesh Ovmere of cheating/ },
      { outcome: "Rajesh Ovmere: not_guilty" },
      { noOutcome: "Rajesh Ovmere: guilty" },
      { fact: "Rajesh Ovmere HOLDS_ROLE businessman", says: /businessman Rajesh Ovmere/ },
      { fact: "Suresh Ulmere CHARGED_WITH charge:forgery", says: /convicted his former accountant of forgery/, gap: "v2 does not read it yet" },
      { outcome: "Suresh Ulmere: guilty", gap: "v2 does not read it yet" },
      { noOutcome: "Suresh Ulmere: not_guilty" },
      { penalty: /five years/, of: "Suresh Ulmere", gap: "v2 does not read it yet" },
      { fact: "Suresh Ulmere HOLDS_ROLE accountant", says: /The accountant, Suresh Ulmere/ },
      { fact: "Meera Bramridge HOLDS_ROLE judge", says: /Special Judge Meera Bramridge/ },
      { fact: "Meera Bramridge PRESIDED_OVER trial:held" },
      { fact: "Vikram Sathe REPRESENTS Rajesh Ovmere", says: /Ovmere's lawyer, Vikram Sathe/ },
      { not: "Vikram Sathe REPRESENTS Suresh Ulmere" },
      { fact: "Anil Bhave PROSECUTED trial:held", says: /Public prosecutor Anil Bhave/ },
      { not: "Bombay High Court RULED verdict:not_guilty" },
      { entity: "Court: Bombay High Court" },
      { not: "Rajesh Ovmere HOLDS_ROLE accountant" },
      { noEntity: "Person: Economic Offences Wing" },
    ],
  },
]);

stories("extractArticle: cases that end without a trial", [
  {
    name: "a plea deal: one count in exchange for dropped counts and testimony against the mayor",
    text: `Former mayor's aide pleads guilty, agrees to testify against her

COLUMBUS, Ohio (AP) — A former top aide to the mayor of Hartwell pleaded guilty on Tuesday to one count of conspiracy to commit bribery in exchange for prosecutors dropping four other counts against him and his agreement to testify against his former boss.

Dennis Okoye, 41, who served as chief of staff to Hartwell Mayor Louise Garnock, admitted in federal court that he helped steer city paving contracts to a company in return for cash. He faces up to five years in prison when he is sentenced in November.

U.S. District Judge Roland Esterhazy accepted the plea after questioning Okoye about whether he understood the rights he was giving up.

Garnock, 63, has pleaded not guilty to bribery and extortion charges and is scheduled to go on trial in January. Her lawyer, Gwen Saltonstall, said Okoye "is saying whatever he has to say to stay out of prison."

Assistant U.S. Attorney Keith Marangoni told the judge that Okoye had already met with FBI agents several times and had turned over text messages and bank records.

The owner of the paving company, Theo Lindgren, was charged in the same indictment and has also pleaded not guilty. His lawyer did not return a call seeking comment.

Garnock, a two-term Democrat, has refused calls from the Hartwell City Council to resign.
`,
    expect: [
      { fact: "Dennis Okoye CHARGED_WITH charge:conspiracy to commit bribery", says: /pleaded guilty on Tuesday to one count of conspiracy to commit bribery/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:conspiracy to commit bribery", says: /pleaded guilty/, gap: "v2 does not read it yet" },
      { not: "verdict:dismissed ON_CHARGE charge:conspiracy to commit bribery" },
      { outcome: "Dennis Okoye: guilty", gap: "v2 does not read it yet" },
      { noOutcome: "Dennis Okoye: dismissed" },
      { fact: "Louise Garnock HOLDS_ROLE mayor", says: /Hartwell Mayor Louise Garnock/ },
      { not: "Dennis Okoye HOLDS_ROLE mayor" },
      { fact: "Louise Garnock CHARGED_WITH charge:bribery", says: /pleaded not guilty to bribery/ },
      { fact: "Louise Garnock CHARGED_WITH charge:extortion", says: /bribery and extortion charges/ },
      { noOutcome: "Louise Garnock: not_guilty" },
      { noOutcome: "Louise Garnock: guilty" },
      { fact: "Louise Garnock DEFENDANT_IN trial:planned", says: /scheduled to go on trial in January/ },
      { not: "Louise Garnock DEFENDANT_IN trial:held" },
      { fact: "Dennis Okoye TESTIFIED_IN trial:planned", says: /testify against/, gap: "v2 does not read it yet" },
      { not: "Dennis Okoye DEFENDANT_IN trial:planned" },
      { fact: "Gwen Saltonstall REPRESENTS Louise Garnock", says: /Her lawyer, Gwen Saltonstall/ },
      { not: "Gwen Saltonstall REPRESENTS Dennis Okoye" },
      { fact: "Roland Esterhazy HOLDS_ROLE judge", says: /U.S. District Judge Roland Esterhazy/ },
      { fact: "Keith Marangoni HOLDS_ROLE assistant u.s. attorney", says: /Assistant U.S. Attorney Keith Marangoni/, gap: "v2 does not read it yet" },
      { not: "Keith Marangoni REPRESENTS Dennis Okoye" },
      { noOutcome: "Theo Lindgren: guilty" },
      { noOutcome: "Theo Lindgren: not_guilty" },
    ],
  },
  {
    name: "a Canadian judge stays a sexual assault charge for delay before trial",
    text: `Judge tosses sexual assault case against former junior hockey player over delays

TORONTO (CP) — An Ontario judge on Thursday dismissed a sexual assault charge against former junior hockey player Liam Castonguay, ruling that the 31 months it took to bring the case to trial violated his right to be tried within a reasonable time.

Justice Margaret Szelag of the Saskatoon Superior Court of Justice said the delay was "largely the responsibility of the Crown," which had twice asked for more time to disclose text messages to the defence.

Castonguay, 23, was charged in 2022 after a woman told police that he assaulted her in a hotel room following a team banquet. The complainant, whose identity is protected by a publication ban, was not in court.

"The law is clear, and it was applied," said Castonguay's lawyer, Daniel Ferreira-Boyd. "My client has always maintained his innocence."

Crown attorney Janice Whitcroft told reporters that her office was reviewing the decision and had not decided whether to appeal. The Ontario Provincial Police, which took over the investigation in 2023, declined to comment.

The ruling is the third this year in which a sexual assault prosecution in the province has been stayed for delay. Advocates for survivors said the decision would discourage women from coming forward.
`,
    expect: [
      { fact: "Liam Castonguay CHARGED_WITH charge:sexual assault", says: /dismissed a sexual assault charge against/ },
      { fact: "verdict:dismissed ON_CHARGE charge:sexual assault", says: /dismissed a sexual assault charge/ },
      { outcome: "Liam Castonguay: dismissed" },
      { noOutcome: "Liam Castonguay: guilty" },
      { not: "Liam Castonguay DEFENDANT_IN trial:held" },
      { fact: "Saskatoon Superior Court of Justice RULED verdict:dismissed", says: /Saskatoon Superior Court of Justice/, gap: "v2 does not read it yet" },
      { fact: "Margaret Szelag HOLDS_ROLE judge", says: /Justice Margaret Szelag/ },
      { fact: "Margaret Szelag WORKS_FOR Saskatoon Superior Court of Justice", says: /Margaret Szelag of the Saskatoon Superior Court of Justice/ },
      { fact: "Liam Castonguay HOLDS_ROLE athlete", says: /hockey player Liam Castonguay/, gap: "v2 does not read it yet" },
      { fact: "Daniel Ferreira-Boyd REPRESENTS Liam Castonguay", says: /said Castonguay's lawyer, Daniel Ferreira-Boyd/ },
      { fact: "Janice Whitcroft HOLDS_ROLE prosecutor", says: /Crown attorney Janice Whitcroft/ },
      { not: "Janice Whitcroft HOLDS_ROLE lawyer" },
      { not: "Janice Whitcroft REPRESENTS Liam Castonguay" },
      { entity: "Organization: Ontario Provincial Police" },
      { not: "Liam Castonguay DEFENDANT_IN trial:planned" },
    ],
  },
  {
    name: "prosecutors drop manslaughter charges; a lawyer \"who represents\" the owner",
    text: `Prosecutors drop charges against restaurant owner in fatal kitchen fire

BELLMORE, N.Y. (AP) — Prosecutors on Monday dropped manslaughter charges against the owner of a Bellmore restaurant where a kitchen fire killed two employees last year, saying new evidence showed the blaze was caused by a faulty gas line installed by a contractor.

In a court filing, the Jermyn County District Attorney's Office said it could no longer prove that Victor Almeida, 52, had disabled the restaurant's sprinkler system, as fire investigators had alleged. Assistant District Attorney Rachel Imbruglia asked that the indictment be dismissed, and Judge Thomas Kerrigan of Jermyn County Court granted the request.

"We follow the evidence wherever it leads, even when it leads away from the case we brought," District Attorney Helen Vasquez-Moore said in a statement.

Almeida spent four months in jail before he was released on bail in March. His attorney, Frank DiLorenzo, called the decision long overdue.

"Victor lost his business, his savings and his good name," said DiLorenzo, who represents Almeida and two of his sons in a related civil case. "Nobody gives those back."

The Bellmore Police Department, whose fire marshal first pointed to the sprinkler system, said it would review how the investigation was handled.

The families of the two workers who died, Luis Ortega, 24, and Dana Tavford, 31, have filed a wrongful-death lawsuit against Almeida and the contractor, Kessler Mechanical.
`,
    expect: [
      { fact: "Victor Almeida CHARGED_WITH charge:manslaughter", says: /dropped manslaughter charges against the owner/ },
      { fact: "verdict:dismissed ON_CHARGE charge:manslaughter", says: /dropped manslaughter charges/ },
      { outcome: "Victor Almeida: dismissed" },
      { noOutcome: "Victor Almeida: guilty" },
      { not: "Victor Almeida DEFENDANT_IN trial:held" },
      { fact: "Victor Almeida DEFENDANT_IN suit", says: /have filed a wrongful-death lawsuit against Almeida/ },
      { fact: "Jermyn County Court RULED verdict:dismissed", says: /Jermyn County Court granted/, gap: "v2 does not read it yet" },
      { fact: "Thomas Kerrigan HOLDS_ROLE judge", says: /Judge Thomas Kerrigan/ },
      { fact: "Thomas Kerrigan WORKS_FOR Jermyn County Court", says: /Thomas Kerrigan of Jermyn County Court/ },
      { fact: "Rachel Imbruglia HOLDS_ROLE deputy district attorney", says: /Assistant District Attorney Rachel Imbruglia/ },
      { fact: "Helen Vasquez-Moore HOLDS_ROLE district attorney", says: /District Attorney Helen Vasquez-Moore/ },
      { entity: "Organization: Jermyn County District Attorney's Office" },
      { entity: "Organization: Bellmore Police Department" },
      { fact: "Frank DiLorenzo REPRESENTS Victor Almeida", says: /His attorney, Frank DiLorenzo/ },
      { fact: "Frank DiLorenzo REPRESENTS Victor Almeida", says: /who represents Almeida/ },
      { fact: "Frank DiLorenzo HOLDS_ROLE lawyer", says: /His attorney, Frank DiLorenzo/ },
      { not: "Frank DiLorenzo REPRESENTS Luis Ortega" },
      { not: "Rachel Imbruglia REPRESENTS Victor Almeida" },
      { not: "Luis Ortega CHARGED_WITH charge:manslaughter" },
      { noEntity: "Person: Kessler Mechanical" },
    ],
  },
]);

stories("extractArticle: numbered counts and split verdicts", [
  {
    name: "a federal fraud trial: the founder convicted on some counts, acquitted on one, a deadlock on another; her CFO acquitted",
    text: `Jury convicts diagnostics founder of fraud, acquits former finance chief

BOSTON (AP) — A federal jury on Friday convicted the founder of a Cambridge diagnostics startup of fraud but acquitted her former chief financial officer on all counts, capping a seven-week trial over claims that the company faked test results to lure investors.

Jurors found Adrienne Solberg, 44, who founded Veritest Diagnostics in 2015, guilty of count one, conspiracy to commit wire fraud, and of counts three and four, securities fraud. They acquitted her of count two, a wire fraud charge tied to a 2019 investor presentation, and could not reach a verdict on count five, making false statements to federal agents.

Her co-defendant, former chief financial officer Martin Ekwueme, 51, was acquitted of all three counts he faced. A third defendant, laboratory director Priya Raman, pleaded guilty last year and testified against Solberg.

U.S. District Judge Leonard Haskins, who presided over the trial, set sentencing for October. Prosecutors said they would decide later whether to retry Solberg on count five.

"We are disappointed, and we will appeal," said Solberg's attorney, Gregory Lin. Ekwueme's lawyer, Simone Archambault, said her client "can finally get his life back."

Assistant U.S. Attorney Nathan Brodeur told jurors in his closing argument that Solberg had "built a company on a lie" and pressured employees to keep quiet. Veritest, once valued at $900 million, filed for bankruptcy in 2022.
`,
    expect: [
      { fact: "Adrienne Solberg CHARGED_WITH charge:securities fraud", says: /counts three and four, securities fraud/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:securities fraud", says: /guilty of count one.*securities fraud/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:conspiracy to commit wire fraud", says: /guilty of count one, conspiracy to commit wire fraud/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:wire fraud", says: /acquitted her of count two, a wire fraud charge/ },
      { not: "verdict:guilty ON_CHARGE charge:wire fraud" },
      { fact: "verdict:hung_jury ON_CHARGE charge:making false statements", says: /could not reach a verdict on count five/, gap: "v2 does not read it yet" },
      { not: "verdict:guilty ON_CHARGE charge:making false statements" },
      { not: "verdict:not_guilty ON_CHARGE charge:making false statements" },
      { outcome: "Adrienne Solberg: guilty" },
      { outcome: "Adrienne Solberg: not_guilty" },
      { fact: "Adrienne Solberg FOUNDED Veritest Diagnostics", says: /who founded Veritest Diagnostics/ },
      { fact: "Martin Ekwueme DEFENDANT_IN trial:held", says: /Her co-defendant/ },
      { outcome: "Martin Ekwueme: not_guilty" },
      { noOutcome: "Martin Ekwueme: guilty" },
      { fact: "Martin Ekwueme HOLDS_ROLE chief financial officer", says: /chief financial officer Martin Ekwueme/ },
      { fact: "Priya Raman TESTIFIED_IN trial:held", says: /testified against Solberg/ },
      { fact: "Priya Raman HOLDS_ROLE laboratory director", says: /laboratory director Priya Raman/ },
      { not: "Priya Raman DEFENDANT_IN trial:held" },
      { fact: "Leonard Haskins PRESIDED_OVER trial:held", says: /who presided over the trial/ },
      { fact: "Adrienne Solberg DEFENDANT_IN trial:planned", says: /retry Solberg/, gap: "v2 does not read it yet" },
      { fact: "trial:planned TRIED_FOR charge:making false statements", says: /retry Solberg on count five/, gap: "v2 does not read it yet" },
      { not: "Martin Ekwueme DEFENDANT_IN trial:planned" },
      { sameTrial: ["Adrienne Solberg", "Martin Ekwueme"], gap: "\"Her co-defendant, former chief financial officer Martin Ekwueme, 51, was acquitted\" makes a second trial instead of joining hers" },
      { noEntity: "Person: Veritest Diagnostics" },
      { fact: "Gregory Lin REPRESENTS Adrienne Solberg", says: /said Solberg's attorney, Gregory Lin/ },
      { fact: "Simone Archambault REPRESENTS Martin Ekwueme", says: /Ekwueme's lawyer, Simone Archambault/ },
      { not: "Simone Archambault REPRESENTS Adrienne Solberg" },
      { fact: "Nathan Brodeur PROSECUTED trial:held", says: /Nathan Brodeur told jurors/ },
      { fact: "Nathan Brodeur HOLDS_ROLE assistant u.s. attorney", says: /Assistant U.S. Attorney Nathan Brodeur/, gap: "v2 does not read it yet" },
    ],
  },
]);
