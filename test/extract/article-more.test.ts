// extractArticle on more kinds of court reporting than article.test.ts covers: UK, Australian,
// Canadian and Indian courts, plea deals, cases dismissed or dropped before trial, numbered counts
// with split verdicts, appeals, a celebrity case with films and studios, sentencing, and stories told
// with surnames, titles and pronouns. Every story, person, company and film here is invented (some
// courts are real institutions, none of the cases are). Rows read as in article.test.ts ("Owen
// Fairbanks REPRESENTS Delia Marchetti", "verdict:guilty"), with a few more kinds: entities that must
// (not) exist, co-defendants in one trial, which person a sentence names, a verdict's penalty.
import { stories } from "./stories.ts";


stories("extractArticle: courts outside the United States", [
  {
    name: "a UK Crown Court murder trial: KC prosecuting and defending, Mr Justice, life with a minimum term",
    text: `Man jailed for life for murder of takeaway owner

A 34-year-old man has been jailed for life with a minimum term of 25 years for the murder of a takeaway owner who was stabbed outside his shop in Kestleford.

Darren Ashcombe was found guilty of murder by the jury at Kestleford Crown Court on Thursday after a three-week trial. He was cleared of a second charge of attempted murder relating to the victim's nephew.

Ashcombe, of Mill Lane, Kestleford, stabbed Farid Qureshi, 52, four times in March last year after an argument over a debt, the court heard.

Ruth Calloway KC, prosecuting, told the jury that Ashcombe had "hunted down" Mr Qureshi after he refused to lend him money. Mr Qureshi's nephew, Imran Qureshi, 19, told the court he saw the defendant run from the shop holding a knife.

Ashcombe had denied both charges, claiming he acted in self-defence. Marcus Whitlow KC, defending, said his client had shown remorse since his arrest.

Sentencing him on Friday, Mr Justice Pryce told Ashcombe: "You took the life of a hard-working man who had done you no harm, in front of a boy who loved him."

Detective Chief Inspector Sian Morrow of Kestleford Police said outside court that the Qureshi family had shown great dignity throughout the trial. "Nothing will bring Farid back, but I hope today's sentence brings them some comfort," she said.
`,
    expect: [
      { fact: "Darren Ashcombe CHARGED_WITH charge:murder", says: /found guilty of murder/ },
      { fact: "Darren Ashcombe DEFENDANT_IN trial:held" },
      { fact: "verdict:guilty ON_CHARGE charge:murder", says: /found guilty of murder/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:attempted murder", says: /cleared of a second charge of attempted murder/ },
      { not: "verdict:guilty ON_CHARGE charge:attempted murder" },
      { outcome: "Darren Ashcombe: guilty" },
      { penalty: /life/, of: "Darren Ashcombe", gap: "v2 does not read it yet" },
      { fact: "trial:held HELD_AT Kestleford Crown Court", says: /the jury at Kestleford Crown Court/ },
      { fact: "Ruth Calloway PROSECUTED trial:held", says: /Ruth Calloway KC, prosecuting/ },
      { fact: "Ruth Calloway HOLDS_ROLE prosecutor", says: /prosecuting/ },
      { fact: "Marcus Whitlow REPRESENTS Darren Ashcombe", says: /Marcus Whitlow KC, defending/ },
      { fact: "Marcus Whitlow HOLDS_ROLE lawyer", says: /defending/ },
      { not: "Ruth Calloway REPRESENTS Darren Ashcombe" },
      { fact: "Pryce HOLDS_ROLE judge", says: /Mr Justice Pryce/ },
      { fact: "Pryce PRESIDED_OVER trial:held", says: /Mr Justice Pryce/ },
      { fact: "charge:murder ALLEGED_VICTIM Farid Qureshi", says: /stabbed Farid Qureshi/, gap: "v2 does not read it yet" },
      { not: "charge:murder ALLEGED_VICTIM Imran Qureshi" },
      { fact: "Imran Qureshi TESTIFIED_IN trial:held", says: /Imran Qureshi, 19, told the court/ },
      { not: "Farid Qureshi TESTIFIED_IN trial:held" },
      { not: "Imran Qureshi DEFENDANT_IN trial:held" },
      { fact: "Sian Morrow HOLDS_ROLE detective", says: /Detective Chief Inspector Sian Morrow/ },
      { fact: "Sian Morrow WORKS_FOR Kestleford Police", says: /Sian Morrow of Kestleford Police/ },
      { not: "Sian Morrow PRESIDED_OVER trial:held" },
      { noEntity: "Person: Mill Lane" },
    ],
  },
  {
    name: "the Supreme Court of Victoria: a founder convicted, his site manager acquitted",
    text: `Developer guilty of manslaughter over balcony collapse

MELBOURNE (AAP) — A property developer has been found guilty of manslaughter over the collapse of an apartment balcony that killed two university students during a party in 2021.

A Supreme Court of Victoria jury on Wednesday convicted Gavin Threlfall, 61, of two counts of manslaughter after a six-week trial. The jury acquitted his site manager, Corey Baird, 44, of the same charges.

Threlfall founded the building company Threlfall Constructions in 1998 and oversaw the construction of the four-storey block.

Crown prosecutor Adrian Pillai SC told the jury that Threlfall had ignored repeated warnings that the steel supports beneath the balcony were badly corroded. An engineer, Lucinda Fairweather, gave evidence that she had emailed Threlfall about the corrosion three times in 2020 and received no reply.

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
      { fact: "trial:held HELD_AT Supreme Court of Victoria", says: /A Supreme Court of Victoria jury/, gap: "v2 does not read it yet" },
      { fact: "Helena Markovic HOLDS_ROLE judge", says: /Justice Helena Markovic/ },
      { fact: "Helena Markovic PRESIDED_OVER trial:held" },
      { fact: "Adrian Pillai PROSECUTED trial:held", says: /Adrian Pillai SC told the jury/ },
      { fact: "Adrian Pillai HOLDS_ROLE prosecutor", says: /Crown prosecutor Adrian Pillai/ },
      { sameTrial: ["Gavin Threlfall", "Corey Baird"] },
      { noEntity: "Person: Threlfall Constructions" },
      { fact: "Nerida Coombes REPRESENTS Gavin Threlfall", says: /Threlfall's barrister, Nerida Coombes/ },
      { fact: "Nerida Coombes HOLDS_ROLE lawyer", says: /barrister/ },
      { not: "Nerida Coombes REPRESENTS Corey Baird" },
      { fact: "Gavin Threlfall FOUNDED Threlfall Constructions", says: /Threlfall founded the building company Threlfall Constructions/ },
      { not: "Corey Baird FOUNDED Threlfall Constructions" },
      { fact: "Lucinda Fairweather TESTIFIED_IN trial:held", says: /Lucinda Fairweather, gave evidence/ },
      { not: "Lucinda Fairweather DEFENDANT_IN trial:held" },
      { fact: "charge:manslaughter ALLEGED_VICTIM Hannah Zhou", says: /Hannah Zhou/, gap: "v2 does not read it yet" },
    ],
  },
  {
    name: "an Indian special court: the businessman acquitted of cheating, his accountant convicted of forgery",
    text: `Businessman acquitted in Pune loan fraud case, accountant convicted

PUNE, India (Reuters) — A special court in Pune on Monday acquitted businessman Rajesh Kulkarni of cheating and criminal conspiracy in a 1.2 billion rupee loan fraud case, but convicted his former accountant of forgery.

Special Judge Meera Deshpande said the prosecution had failed to prove that Kulkarni, 57, knew that the property valuations submitted to the Deccan Cooperative Bank had been forged.

The accountant, Suresh Patil, 49, was sentenced to five years in prison and fined 200,000 rupees. The judge said Patil had prepared the false valuations "with full knowledge that they would be used to deceive the bank."

Kulkarni's lawyer, Vikram Sathe, said his client had been vindicated after eight years. "The court has seen the truth," Sathe told reporters outside the court complex.

Public prosecutor Anil Joshi said the state would challenge the acquittal in the Bombay High Court. The case was investigated by the Economic Offences Wing of the Pune police, which arrested Kulkarni and Patil in 2017 after the bank reported the loans as fraudulent.

Three bank officials who had been charged alongside Kulkarni were discharged by the court in 2019 for lack of evidence. The bank, which was placed under administration by regulators in 2018, has recovered less than a tenth of the money.
`,
    expect: [
      { fact: "Rajesh Kulkarni CHARGED_WITH charge:criminal conspiracy", says: /acquitted businessman Rajesh Kulkarni of cheating and criminal conspiracy/ },
      { fact: "Rajesh Kulkarni CHARGED_WITH charge:cheating", says: /of cheating/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:cheating", says: /acquitted businessman Rajesh Kulkarni of cheating/ },
      { outcome: "Rajesh Kulkarni: not_guilty" },
      { noOutcome: "Rajesh Kulkarni: guilty" },
      { fact: "Rajesh Kulkarni HOLDS_ROLE businessman", says: /businessman Rajesh Kulkarni/ },
      { fact: "Suresh Patil CHARGED_WITH charge:forgery", says: /convicted his former accountant of forgery/, gap: "v2 does not read it yet" },
      { outcome: "Suresh Patil: guilty", gap: "v2 does not read it yet" },
      { noOutcome: "Suresh Patil: not_guilty" },
      { penalty: /five years/, of: "Suresh Patil", gap: "v2 does not read it yet" },
      { fact: "Suresh Patil HOLDS_ROLE accountant", says: /The accountant, Suresh Patil/ },
      { fact: "Meera Deshpande HOLDS_ROLE judge", says: /Special Judge Meera Deshpande/ },
      { fact: "Meera Deshpande PRESIDED_OVER trial:held" },
      { fact: "Vikram Sathe REPRESENTS Rajesh Kulkarni", says: /Kulkarni's lawyer, Vikram Sathe/ },
      { not: "Vikram Sathe REPRESENTS Suresh Patil" },
      { fact: "Anil Joshi PROSECUTED trial:held", says: /Public prosecutor Anil Joshi/ },
      { not: "Bombay High Court RULED verdict:not_guilty" },
      { entity: "Court: Bombay High Court" },
      { not: "Rajesh Kulkarni HOLDS_ROLE accountant" },
      { noEntity: "Person: Economic Offences Wing" },
    ],
  },
]);

stories("extractArticle: cases that end without a trial", [
  {
    name: "a plea deal: one count in exchange for dropped counts and testimony against the mayor",
    text: `Former mayor's aide pleads guilty, agrees to testify against her

COLUMBUS, Ohio (AP) — A former top aide to the mayor of Hartwell pleaded guilty on Tuesday to one count of conspiracy to commit bribery in exchange for prosecutors dropping four other counts against him and his agreement to testify against his former boss.

Dennis Okafor, 41, who served as chief of staff to Hartwell Mayor Louise Brandt, admitted in federal court that he helped steer city paving contracts to a company in return for cash. He faces up to five years in prison when he is sentenced in November.

U.S. District Judge Roland Esterhazy accepted the plea after questioning Okafor about whether he understood the rights he was giving up.

Brandt, 63, has pleaded not guilty to bribery and extortion charges and is scheduled to go on trial in January. Her lawyer, Gwen Saltonstall, said Okafor "is saying whatever he has to say to stay out of prison."

Assistant U.S. Attorney Keith Marangoni told the judge that Okafor had already met with FBI agents several times and had turned over text messages and bank records.

The owner of the paving company, Theo Lindgren, was charged in the same indictment and has also pleaded not guilty. His lawyer did not return a call seeking comment.

Brandt, a two-term Democrat, has refused calls from the Hartwell City Council to resign.
`,
    expect: [
      { fact: "Dennis Okafor CHARGED_WITH charge:conspiracy to commit bribery", says: /pleaded guilty on Tuesday to one count of conspiracy to commit bribery/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:conspiracy to commit bribery", says: /pleaded guilty/, gap: "v2 does not read it yet" },
      { not: "verdict:dismissed ON_CHARGE charge:conspiracy to commit bribery" },
      { outcome: "Dennis Okafor: guilty", gap: "v2 does not read it yet" },
      { noOutcome: "Dennis Okafor: dismissed" },
      { fact: "Louise Brandt HOLDS_ROLE mayor", says: /Hartwell Mayor Louise Brandt/ },
      { not: "Dennis Okafor HOLDS_ROLE mayor" },
      { fact: "Louise Brandt CHARGED_WITH charge:bribery", says: /pleaded not guilty to bribery/ },
      { fact: "Louise Brandt CHARGED_WITH charge:extortion", says: /bribery and extortion charges/ },
      { noOutcome: "Louise Brandt: not_guilty" },
      { noOutcome: "Louise Brandt: guilty" },
      { fact: "Louise Brandt DEFENDANT_IN trial:planned", says: /scheduled to go on trial in January/ },
      { not: "Louise Brandt DEFENDANT_IN trial:held" },
      { fact: "Dennis Okafor TESTIFIED_IN trial:planned", says: /testify against/, gap: "v2 does not read it yet" },
      { not: "Dennis Okafor DEFENDANT_IN trial:planned" },
      { fact: "Gwen Saltonstall REPRESENTS Louise Brandt", says: /Her lawyer, Gwen Saltonstall/ },
      { not: "Gwen Saltonstall REPRESENTS Dennis Okafor" },
      { fact: "Roland Esterhazy HOLDS_ROLE judge", says: /U.S. District Judge Roland Esterhazy/ },
      { fact: "Keith Marangoni HOLDS_ROLE assistant u.s. attorney", says: /Assistant U.S. Attorney Keith Marangoni/, gap: "v2 does not read it yet" },
      { not: "Keith Marangoni REPRESENTS Dennis Okafor" },
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

In a court filing, the Calder County District Attorney's Office said it could no longer prove that Victor Almeida, 52, had disabled the restaurant's sprinkler system, as fire investigators had alleged. Assistant District Attorney Rachel Imbruglia asked that the indictment be dismissed, and Judge Thomas Kerrigan of Calder County Court granted the request.

"We follow the evidence wherever it leads, even when it leads away from the case we brought," District Attorney Helen Vasquez-Moore said in a statement.

Almeida spent four months in jail before he was released on bail in March. His attorney, Frank DiLorenzo, called the decision long overdue.

"Victor lost his business, his savings and his good name," said DiLorenzo, who represents Almeida and two of his sons in a related civil case. "Nobody gives those back."

The Bellmore Police Department, whose fire marshal first pointed to the sprinkler system, said it would review how the investigation was handled.

The families of the two workers who died, Luis Ortega, 24, and Dana Whitfield, 31, have filed a wrongful-death lawsuit against Almeida and the contractor, Kessler Mechanical.
`,
    expect: [
      { fact: "Victor Almeida CHARGED_WITH charge:manslaughter", says: /dropped manslaughter charges against the owner/ },
      { fact: "verdict:dismissed ON_CHARGE charge:manslaughter", says: /dropped manslaughter charges/ },
      { outcome: "Victor Almeida: dismissed" },
      { noOutcome: "Victor Almeida: guilty" },
      { not: "Victor Almeida DEFENDANT_IN trial:held" },
      { fact: "Victor Almeida DEFENDANT_IN suit", says: /have filed a wrongful-death lawsuit against Almeida/ },
      { fact: "Calder County Court RULED verdict:dismissed", says: /Calder County Court granted/, gap: "v2 does not read it yet" },
      { fact: "Thomas Kerrigan HOLDS_ROLE judge", says: /Judge Thomas Kerrigan/ },
      { fact: "Thomas Kerrigan WORKS_FOR Calder County Court", says: /Thomas Kerrigan of Calder County Court/ },
      { fact: "Rachel Imbruglia HOLDS_ROLE deputy district attorney", says: /Assistant District Attorney Rachel Imbruglia/ },
      { fact: "Helen Vasquez-Moore HOLDS_ROLE district attorney", says: /District Attorney Helen Vasquez-Moore/ },
      { entity: "Organization: Calder County District Attorney's Office" },
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

"We are disappointed, and we will appeal," said Solberg's attorney, Gregory Tan. Ekwueme's lawyer, Simone Archambault, said her client "can finally get his life back."

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
      { fact: "Gregory Tan REPRESENTS Adrienne Solberg", says: /said Solberg's attorney, Gregory Tan/ },
      { fact: "Simone Archambault REPRESENTS Martin Ekwueme", says: /Ekwueme's lawyer, Simone Archambault/ },
      { not: "Simone Archambault REPRESENTS Adrienne Solberg" },
      { fact: "Nathan Brodeur PROSECUTED trial:held", says: /Nathan Brodeur told jurors/ },
      { fact: "Nathan Brodeur HOLDS_ROLE assistant u.s. attorney", says: /Assistant U.S. Attorney Nathan Brodeur/, gap: "v2 does not read it yet" },
    ],
  },
]);

stories("extractArticle: appeals that uphold and that order a new trial", [
  {
    name: "a state appeals court upholds a pastor's theft and racketeering conviction",
    text: `Appeals court upholds conviction of former megachurch pastor

ATLANTA (AP) — The Georgia Court of Appeals on Tuesday upheld the conviction of a former megachurch pastor who was found guilty of stealing $1.4 million from his congregation's building fund.

In a unanimous opinion written by Judge Carla Whitsett, the three-judge panel rejected arguments by Reginald Booker that his trial lawyer had failed to call key witnesses and that the case should have been moved because of pretrial publicity.

Booker, 66, was convicted in 2022 of theft by taking and racketeering after a three-week trial in Harmon County Superior Court, where prosecutors showed that he used church money to buy a lake house and two luxury cars. Superior Court Judge Alan Pruitt sentenced him to 15 years, with eight to be served in prison.

"The evidence of guilt was overwhelming," Whitsett wrote.

Booker's appellate attorney, Monica Feldstein, said she would ask the Supreme Court of Georgia to hear the case. Harmon County District Attorney Lydia Crane said the ruling "brings some measure of closure to the members of New Covenant Fellowship, who trusted him with their tithes."

Booker founded New Covenant Fellowship in 1994 and led it until his arrest in 2020. The church, which once drew 4,000 worshippers on Sundays, sold its main building last year.
`,
    expect: [
      { fact: "Georgia Court of Appeals RULED verdict:upheld", says: /upheld the conviction/ },
      { fact: "verdict:upheld OVERTURNS verdict:guilty" },
      { not: "verdict:overturned OVERTURNS verdict:guilty" },
      { not: "Supreme Court of Georgia RULED verdict:upheld" },
      { fact: "Reginald Booker DEFENDANT_IN trial:held" },
      { fact: "trial:held HELD_AT Harmon County Superior Court", says: /trial in Harmon County Superior Court/ },
      { fact: "Reginald Booker CHARGED_WITH charge:racketeering", says: /convicted in 2022 of theft by taking and racketeering/ },
      { fact: "verdict:guilty ON_CHARGE charge:racketeering", says: /convicted in 2022/ },
      { fact: "verdict:guilty ON_CHARGE charge:theft by taking", says: /convicted in 2022 of theft by taking/ },
      { outcome: "Reginald Booker: guilty" },
      { noOutcome: "Reginald Booker: overturned" },
      { penalty: /15 years/, of: "Reginald Booker" },
      { fact: "Alan Pruitt HOLDS_ROLE judge", says: /Superior Court Judge Alan Pruitt/ },
      { fact: "Alan Pruitt PRESIDED_OVER trial:held", says: /Alan Pruitt sentenced him/ },
      { fact: "Carla Whitsett HOLDS_ROLE judge", says: /Judge Carla Whitsett/ },
      { not: "Carla Whitsett WORKS_FOR Harmon County Superior Court" },
      { noEntity: "Person: New Covenant Fellowship" },
      { not: "Carla Whitsett PRESIDED_OVER trial:held" },
      { fact: "Monica Feldstein REPRESENTS Reginald Booker", says: /Booker's appellate attorney, Monica Feldstein/ },
      { fact: "Lydia Crane HOLDS_ROLE district attorney", says: /District Attorney Lydia Crane/ },
      { not: "Lydia Crane REPRESENTS Reginald Booker" },
      { fact: "Reginald Booker FOUNDED New Covenant Fellowship", says: /Booker founded New Covenant Fellowship/ },
      { fact: "Reginald Booker HOLDS_ROLE priest", says: /pastor/, gap: "v2 does not read it yet" },
    ],
  },
  {
    name: "a state supreme court overturns a murder conviction and orders a new trial",
    text: `Montana Supreme Court orders new trial in 2015 rancher killing

HELENA, Mont. (AP) — The Montana Supreme Court on Friday overturned the conviction of a man serving a 60-year sentence for the shooting death of a rancher and ordered a new trial, ruling that jurors should have been told about a deal prosecutors made with the state's key witness.

Wade Thornquist, 38, was found guilty in 2016 of deliberate homicide in the killing of Elmer Stockdale, 71, at Stockdale's ranch outside Dutton Creek.

The case rested largely on the testimony of Thornquist's former roommate, Kyle Dunaway, who told the jury that Thornquist had confessed to him. Jurors never heard that prosecutors had dropped a burglary charge against Dunaway weeks before he testified, Justice Eleanor Rasmussen wrote for the 5-2 majority.

"A jury weighing the word of the only witness to an alleged confession was entitled to know what he stood to gain," Rasmussen wrote. Justice Paul Varga dissented, saying the other evidence against Thornquist was strong.

The Teton County Attorney's Office said it would retry Thornquist. His lawyer, Hollis Greer of the Montana Innocence Alliance, said she would ask that he be released on bail while he awaits a new trial.

"Wade has spent eight years in prison for a crime he did not commit," Greer said.
`,
    expect: [
      { fact: "Montana Supreme Court RULED verdict:overturned", says: /Montana Supreme Court on Friday overturned the conviction/ },
      { fact: "verdict:overturned OVERTURNS verdict:guilty", says: /overturned the conviction/ },
      { fact: "Wade Thornquist DEFENDANT_IN trial:held" },
      { fact: "Wade Thornquist CHARGED_WITH charge:deliberate homicide", says: /found guilty in 2016 of deliberate homicide/ },
      { fact: "verdict:guilty ON_CHARGE charge:deliberate homicide", says: /found guilty in 2016 of deliberate homicide/ },
      { fact: "charge:deliberate homicide ALLEGED_VICTIM Elmer Stockdale", says: /killing of Elmer Stockdale/ },
      { fact: "Wade Thornquist DEFENDANT_IN trial:planned", says: /ordered a new trial|retry Thornquist/, gap: "v2 does not read it yet" },
      { fact: "Kyle Dunaway TESTIFIED_IN trial:held", says: /Dunaway, who told the jury|before he testified/ },
      { not: "Kyle Dunaway DEFENDANT_IN trial:held" },
      { fact: "Kyle Dunaway CHARGED_WITH charge:burglary", says: /dropped a burglary charge against Dunaway/ },
      { fact: "verdict:dismissed ON_CHARGE charge:burglary", says: /dropped a burglary charge/, gap: "v2 does not read it yet" },
      { not: "Wade Thornquist CHARGED_WITH charge:burglary" },
      { noOutcome: "Wade Thornquist: dismissed" },
      { not: "Elmer Stockdale ACCUSED Wade Thornquist" },
      { sentence: /^HELENA, Mont\. \(AP\) — The Montana Supreme Court/ },
      { noEntity: "Person: Dutton Creek" },
      { fact: "Eleanor Rasmussen HOLDS_ROLE judge", says: /Justice Eleanor Rasmussen/ },
      { not: "Eleanor Rasmussen PRESIDED_OVER trial:held" },
      { not: "Paul Varga PRESIDED_OVER trial:held" },
      { fact: "Hollis Greer REPRESENTS Wade Thornquist", says: /His lawyer, Hollis Greer/ },
      { fact: "Hollis Greer WORKS_FOR Montana Innocence Alliance", says: /Hollis Greer of the Montana Innocence Alliance/ },
      { fact: "Teton County Attorney's Office PROSECUTED trial:planned", says: /would retry Thornquist/, gap: "v2 does not read it yet" },
    ],
  },
]);

stories("extractArticle: a celebrity case with films, a studio and a production company", [
  {
    name: "an actor convicted on one count, acquitted on another; Jane Does; the company he founded",
    text: `Actor found guilty of sexual battery on set of streaming series

LOS ANGELES (AP) — A Los Angeles jury on Wednesday found actor Tobias Renfrew guilty of sexual battery against a production assistant on the set of the streaming series "Harbor Lights" but acquitted him of a second count involving a makeup artist.

Renfrew, 47, who starred in the 2009 heist film "Copper Run" and played a detective on the long-running TV drama "Night Precinct," showed no reaction as the verdict was read in Los Angeles County Superior Court.

The production assistant, who testified under the pseudonym Jane Doe 1, told jurors that Renfrew groped her in his trailer in 2021. The makeup artist, identified in court as Jane Doe 2, said he kissed her against her will during a wrap party.

"Harbor Lights" was produced by Lantern Hill Pictures, the company Renfrew founded with director Celia Brandvold, and distributed by Summit Crest Studios. Brandvold, who directed "Copper Run" and several episodes of the series, testified for the defense that she never saw Renfrew behave inappropriately. Summit Crest cut ties with the actor after he was charged.

Renfrew's attorney, Leland Pryor, said the actor would appeal. Deputy District Attorney Monique Abara told reporters that the verdict "sends a message that nobody is above the law, on a film set or anywhere else."

Superior Court Judge Raymond Tso scheduled sentencing for March 4. Renfrew faces up to a year in county jail and will have to register as a sex offender.
`,
    expect: [
      { fact: "Tobias Renfrew HOLDS_ROLE actor", says: /actor Tobias Renfrew/ },
      { fact: "Tobias Renfrew CHARGED_WITH charge:sexual battery", says: /guilty of sexual battery/ },
      { fact: "verdict:guilty ON_CHARGE charge:sexual battery", says: /found actor Tobias Renfrew guilty of sexual battery/ },
      { outcome: "Tobias Renfrew: guilty" },
      { outcome: "Tobias Renfrew: not_guilty", gap: "v2 does not read it yet" },
      { fact: "Tobias Renfrew DEFENDANT_IN trial:held" },
      { fact: "trial:held HELD_AT Los Angeles County Superior Court", says: /read in Los Angeles County Superior Court/ },
      { fact: "Jane Doe 1 TESTIFIED_IN trial:held", says: /testified under the pseudonym Jane Doe 1/ },
      { fact: "charge:sexual battery ALLEGED_VICTIM Jane Doe 1" },
      { not: "charge:sexual battery ALLEGED_VICTIM Tobias Renfrew" },
      { fact: "Tobias Renfrew ACTED_IN Copper Run", says: /starred in the 2009 heist film "Copper Run"/ },
      { fact: "Tobias Renfrew ACTED_IN Night Precinct", says: /played a detective on the long-running TV drama "Night Precinct/, gap: "v2 does not read it yet" },
      { not: "Tobias Renfrew HOLDS_ROLE detective" },
      { not: "Tobias Renfrew HOLDS_ROLE production assistant" },
      { not: "Tobias Renfrew TESTIFIED_IN trial:held" },
      { fact: "Jane Doe 1 HOLDS_ROLE production assistant", says: /The production assistant, who testified under the pseudonym Jane Doe 1/, gap: "v2 does not read it yet" },
      { noEntity: "Person: Summit Crest" },
      { fact: "Lantern Hill Pictures PRODUCED Harbor Lights", says: /produced by Lantern Hill Pictures/ },
      { not: "Summit Crest Studios PRODUCED Harbor Lights" },
      { fact: "Tobias Renfrew FOUNDED Lantern Hill Pictures", says: /the company Renfrew founded/ },
      { fact: "Celia Brandvold FOUNDED Lantern Hill Pictures", says: /founded with director Celia Brandvold/, gap: "v2 does not read it yet" },
      { fact: "Celia Brandvold HOLDS_ROLE director", says: /director Celia Brandvold/ },
      { fact: "Celia Brandvold DIRECTED Copper Run", says: /who directed "Copper Run"/ },
      { not: "Tobias Renfrew DIRECTED Copper Run" },
      { fact: "Celia Brandvold TESTIFIED_IN trial:held", says: /testified for the defense/ },
      { fact: "Leland Pryor REPRESENTS Tobias Renfrew", says: /Renfrew's attorney, Leland Pryor/ },
      { fact: "Monique Abara HOLDS_ROLE deputy district attorney", says: /Deputy District Attorney Monique Abara/ },
      { fact: "Monique Abara PROSECUTED trial:held" },
      { fact: "Raymond Tso HOLDS_ROLE judge", says: /Superior Court Judge Raymond Tso/ },
    ],
  },
]);

stories("extractArticle: sentencing, pronouns and shared surnames", [
  {
    name: "a sentencing story: a former officer, the victim and his mother share a surname",
    text: `Former police officer sentenced to 12 years for traffic stop shooting

DAYTON, Ohio (AP) — A former Dayton police officer was sentenced on Tuesday to 12 years in prison for fatally shooting an unarmed man during a traffic stop in 2022.

Bradley Novak, 35, was convicted in May of voluntary manslaughter in the death of Terrell Gaines, 29. Jurors acquitted him of murder.

"You had a badge and a gun, and you reached for the gun when you did not need to," Common Pleas Judge Denise Harrow told Novak before imposing the sentence.

Before the sentence was announced, Gaines' mother, Loretta Gaines, told the court that she had not slept through the night since her son was killed. "I forgive you, but I want you to know what you took from us," she said.

Novak apologized to the family. "I think about that night every day," he said, his voice breaking.

Assistant Prosecutor Mark Reyes had asked for the maximum sentence of 16 years, arguing that Novak fired seven times at a man who had his hands raised.

"He is devastated, and he respects the court," said his attorney, Elena Kovacs, who plans to appeal the conviction.

The Dayton Police Department fired Novak in 2023 after an internal investigation found that he violated its use-of-force policy.
`,
    expect: [
      { fact: "Bradley Novak CHARGED_WITH charge:voluntary manslaughter", says: /convicted in May of voluntary manslaughter/ },
      { fact: "verdict:guilty ON_CHARGE charge:voluntary manslaughter", says: /convicted in May of voluntary manslaughter/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:murder", says: /acquitted him of murder/ },
      { not: "verdict:guilty ON_CHARGE charge:murder" },
      { outcome: "Bradley Novak: guilty" },
      { penalty: /12 years/, of: "Bradley Novak", gap: "v2 does not read it yet" },
      { fact: "charge:voluntary manslaughter ALLEGED_VICTIM Terrell Gaines", says: /death of Terrell Gaines/ },
      { not: "charge:voluntary manslaughter ALLEGED_VICTIM Loretta Gaines" },
      { entity: "Person: Loretta Gaines" },
      { mentioned: "Terrell Gaines", in: /Gaines' mother, Loretta Gaines/ },
      { fact: "Bradley Novak HOLDS_ROLE police officer", says: /former Dayton police officer/ },
      { fact: "Bradley Novak WORKS_FOR Dayton Police Department", says: /fired Novak/, gap: "v2 does not read it yet" },
      { fact: "Denise Harrow HOLDS_ROLE judge", says: /Common Pleas Judge Denise Harrow/ },
      { fact: "Denise Harrow PRESIDED_OVER trial:held", says: /Denise Harrow told Novak/ },
      { fact: "Mark Reyes HOLDS_ROLE prosecutor", says: /Assistant Prosecutor Mark Reyes/ },
      { fact: "Mark Reyes PROSECUTED trial:held", says: /Mark Reyes had asked/ },
      { fact: "Elena Kovacs REPRESENTS Bradley Novak", says: /said his attorney, Elena Kovacs/ },
      { not: "Elena Kovacs REPRESENTS Terrell Gaines" },
      { not: "Loretta Gaines DEFENDANT_IN trial:held" },
      { not: "Terrell Gaines ACCUSED Bradley Novak" },
    ],
  },
  {
    name: "told with descriptions, pronouns and honorifics: a charity director, her husband testifies",
    text: `Ex-charity director convicted of stealing from children's hospital fund

PORTLAND, Maine — The former executive director of a children's hospital charity was convicted on Thursday of stealing more than $800,000 from the foundation she had run for a decade, after a trial in which her own husband testified against her.

Marianne Holloway, 54, was found guilty of theft and money laundering by a jury in Cumberland County Superior Court. She was acquitted of a single count of tax evasion.

Prosecutors said the former executive used the Brightwater Children's Foundation's money to pay for a vacation home, jewelry and her daughter's college tuition, disguising the transfers as payments to a catering company that did not exist.

Her husband, Douglas Holloway, 57, testified that he had confronted her about the money in 2021 and that she told him it was a bonus approved by the board. Mr. Holloway, who is not charged, filed for divorce last year.

Ms. Holloway did not testify. Her lawyer, Caroline Beaudry, said she was considering an appeal. "She is heartbroken, and she maintains that she did nothing wrong," Ms. Beaudry said.

Justice Peter Dunleavy set sentencing for June. The 54-year-old faces up to 10 years in prison on the theft charge.

Assistant Attorney General Brian Oduya, who tried the case, said the foundation's donors "deserved far better than this."
`,
    expect: [
      { fact: "Marianne Holloway CHARGED_WITH charge:theft", says: /found guilty of theft/ },
      { fact: "verdict:guilty ON_CHARGE charge:theft", says: /found guilty of theft and money laundering/ },
      { fact: "verdict:guilty ON_CHARGE charge:money laundering", says: /found guilty of theft and money laundering/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:tax evasion", says: /She was acquitted of a single count of tax evasion/ },
      { not: "verdict:guilty ON_CHARGE charge:tax evasion" },
      { outcome: "Marianne Holloway: guilty" },
      { outcome: "Marianne Holloway: not_guilty" },
      { noOutcome: "Douglas Holloway: guilty" },
      { not: "Douglas Holloway DEFENDANT_IN trial:held" },
      { fact: "Marianne Holloway DEFENDANT_IN trial:held" },
      { fact: "trial:held HELD_AT Cumberland County Superior Court", says: /jury in Cumberland County Superior Court/ },
      { fact: "Douglas Holloway TESTIFIED_IN trial:held", says: /Douglas Holloway, 57, testified/ },
      { not: "Marianne Holloway TESTIFIED_IN trial:held" },
      { mentioned: "Douglas Holloway", in: /Mr\. Holloway, who is not charged/ },
      { notMentioned: "Marianne Holloway", in: /Mr\. Holloway, who is not charged/ },
      { mentioned: "Marianne Holloway", in: /Ms\. Holloway did not testify/ },
      { mentioned: "Marianne Holloway", in: /Prosecutors said the former executive used/, gap: "v2 does not read it yet" },
      { mentioned: "Marianne Holloway", in: /The 54-year-old faces up to 10 years/, gap: "v2 does not read it yet" },
      { fact: "Caroline Beaudry REPRESENTS Marianne Holloway", says: /Her lawyer, Caroline Beaudry/ },
      { not: "Caroline Beaudry REPRESENTS Douglas Holloway" },
      { fact: "Marianne Holloway WORKS_FOR Brightwater Children's Foundation", gap: "v2 does not read it yet" },
      { not: "Marianne Holloway HOLDS_ROLE director" },
      { entity: "Organization: Brightwater Children's Foundation" },
      { fact: "Peter Dunleavy HOLDS_ROLE judge", says: /Justice Peter Dunleavy/ },
      { fact: "Brian Oduya PROSECUTED trial:held", says: /Brian Oduya, who tried the case/ },
      { not: "Brian Oduya REPRESENTS Marianne Holloway" },
    ],
  },
]);

stories("extractArticle: the same rules on other phrasings", [
  {
    name: "two brothers before one jury: one convicted, one acquitted of the same counts, a deadlock on another",
    text: `Brother convicted, brother cleared in warehouse arson trial

LEEDS, England — A jury at Kestleford Crown Court on Monday convicted Callum Renshaw, 29, of arson with intent to endanger life after a two-week trial.

The jury acquitted his younger brother, Jamie Renshaw, 25, of the same counts. Jurors could not reach a verdict on a further charge of fraud against Callum Renshaw.

Callum Renshaw, of Orchard Lane, Leeds, was jailed for eight years. Judge Nathan Lane said the fire had put firefighters at risk.
`,
    expect: [
      { fact: "Jamie Renshaw DEFENDANT_IN trial:held", says: /The jury acquitted his younger brother, Jamie Renshaw/ },
      { sameTrial: ["Callum Renshaw", "Jamie Renshaw"] },
      { outcome: "Jamie Renshaw: not_guilty" },
      { noOutcome: "Jamie Renshaw: guilty" },
      { noOutcome: "Callum Renshaw: not_guilty" },
      { fact: "verdict:hung_jury ON_CHARGE charge:fraud", says: /could not reach a verdict/ },
      { not: "verdict:not_guilty ON_CHARGE charge:fraud" },
      { penalty: /eight years/, of: "Callum Renshaw" },
      { noEntity: "Person: Orchard Lane" },
      { fact: "Nathan Lane HOLDS_ROLE judge", says: /Judge Nathan Lane/ },
      { fact: "Nathan Lane PRESIDED_OVER trial:held" },
    ],
  },
  {
    name: "a sentence of life in prison; the jury only of the defendant",
    text: `Man sentenced to life for killing neighbour

PHOENIX (AP) — A man who shot his neighbour during a dispute over a fence was sentenced on Friday to life in prison without parole.

Rudy Fenwick, 61, was convicted in March of first-degree murder. The jury found Fenwick guilty after less than a day of deliberations.
`,
    expect: [
      { penalty: /^life in prison/, of: "Rudy Fenwick", gap: "v2 does not read it yet" },
      { outcome: "Rudy Fenwick: guilty" },
      { fact: "Rudy Fenwick DEFENDANT_IN trial:held" },
    ],
  },
]);

stories("extractArticle: a defendant described in the lede and named below", [
  {
    name: "charges dropped before trial against \"a former pharmacist\"; the judge's court ruled",
    text: `Charges dropped against pharmacist in overdose case

SPRINGFIELD, Ill. (AP) — Prosecutors on Wednesday dropped involuntary manslaughter charges against a former pharmacist accused of selling counterfeit pills to a man who died of an overdose.

In a filing, the Sangamon County State's Attorney's Office said it could not prove that Harold Vickery, 63, knew the pills were fake. Judge Lorna Pettigrew of Sangamon County Circuit Court granted the motion, saying his right to be tried without delay had been respected.

His lawyer, Dana Whitlock, said her client was relieved.
`,
    expect: [
      { fact: "Harold Vickery CHARGED_WITH charge:involuntary manslaughter", says: /charges against a former pharmacist/ },
      { outcome: "Harold Vickery: dismissed" },
      { fact: "Harold Vickery HOLDS_ROLE pharmacist", says: /a former pharmacist/ },
      { not: "Harold Vickery DEFENDANT_IN trial:held" },
      { not: "Harold Vickery DEFENDANT_IN trial:planned" },
      { fact: "Sangamon County Circuit Court RULED verdict:dismissed", says: /Lorna Pettigrew of Sangamon County Circuit Court/, gap: "v2 does not read it yet" },
      { not: "Lorna Pettigrew PRESIDED_OVER trial:held" },
      { fact: "Dana Whitlock REPRESENTS Harold Vickery", says: /His lawyer, Dana Whitlock/ },
    ],
  },
  {
    name: "one acquitted by name, the other convicted as \"her longtime nurse\" and named in the next sentence",
    text: `Clinic owner cleared of fraud, her nurse convicted

ATLANTA (AP) — A jury on Thursday acquitted clinic owner Delphine Okoro of health care fraud but convicted her longtime nurse of identity theft.

The nurse, Gary Mistry, 52, was sentenced to four years in prison. Okoro's lawyer, Ian Cobb, said she had been vindicated.
`,
    expect: [
      { fact: "Gary Mistry CHARGED_WITH charge:identity theft", says: /convicted her longtime nurse of identity theft/, gap: "v2 does not read it yet" },
      { outcome: "Gary Mistry: guilty", gap: "v2 does not read it yet" },
      { penalty: /four years/, of: "Gary Mistry", gap: "v2 does not read it yet" },
      { outcome: "Delphine Okoro: not_guilty" },
      { noOutcome: "Delphine Okoro: guilty" },
      { fact: "Gary Mistry HOLDS_ROLE nurse", says: /The nurse, Gary Mistry/ },
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

The Pima County Attorney's Office said it would retry Velasco in the spring. Velasco's former treasurer, Irene Castellanos, has agreed to testify against him.

At the first trial, the contractor Wendell Pruitt told the jury that he had handed Velasco cash. Jurors were never told that prosecutors had dropped a fraud charge against Pruitt.

The owner of the construction firm, Bernard Ochoa, was not charged.
`,
    expect: [
      { fact: "Arturo Velasco DEFENDANT_IN trial:planned", says: /retry Velasco/, gap: "v2 does not read it yet" },
      { fact: "Irene Castellanos TESTIFIED_IN trial:planned", says: /agreed to testify/ },
      { not: "Irene Castellanos TESTIFIED_IN trial:held" },
      { fact: "Pima County Attorney's Office PROSECUTED trial:planned", says: /would retry Velasco/, gap: "v2 does not read it yet" },
      { not: "Pima County Attorney's Office PROSECUTED trial:held" },
      { fact: "Wendell Pruitt TESTIFIED_IN trial:held", says: /told the jury/, gap: "v2 does not read it yet" },
      { not: "Wendell Pruitt DEFENDANT_IN trial:held" },
      { fact: "Wendell Pruitt CHARGED_WITH charge:fraud", says: /dropped a fraud charge against Pruitt/ },
      { outcome: "Wendell Pruitt: dismissed", gap: "v2 does not read it yet" },
      { entity: "Person: Bernard Ochoa" },
      { noEntity: "Organization: Bernard Ochoa" },
      { fact: "Bernard Ochoa HOLDS_ROLE owner", says: /The owner of the construction firm, Bernard Ochoa/ },
    ],
  },
]);

stories("extractArticle: the one killed, named apart from the charge", [
  {
    name: "a penalty \"the law allows for\" an offence; the victim named where the killing is told; her husband's words at the sentencing neither make him a victim nor a witness at the trial",
    text: `Driver gets maximum term for crash that killed cyclist

BOISE, Idaho (AP) — A judge on Friday sentenced Colby Marsh to six years in prison, the maximum term the law allows for vehicular manslaughter.

A jury convicted Marsh of that charge in May, finding that he had been texting when the truck that his employer, Dale Hutto, owned left the road.

Irene Vasko, 34, was killed as she rode to work in 2022. Her husband, Peter Vasko, told the court that he still sets two places at dinner.
`,
    expect: [
      { fact: "Colby Marsh CHARGED_WITH charge:vehicular manslaughter", says: /the law allows for vehicular manslaughter/, gap: "v2 does not read it yet" },
      { fact: "verdict:guilty ON_CHARGE charge:vehicular manslaughter", says: /convicted Marsh of that charge/ },
      { penalty: /six years/, of: "Colby Marsh", gap: "v2 does not read it yet" },
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

Among the witnesses the government called were Rhonda Pike, the former building manager, and Owen Carver, a former tenant, who described months without heat. The Okafor brothers testified that Salas paid them to forge inspection reports; Jide and Tunde Okafor pleaded guilty last year.

Prosecutors were also permitted to call four other tenants who said Salas had threatened them, among them the retired teacher Alma Reyes. The defense called his accountant, Hugh Brandt, who said the books were in order.
`,
    expect: [
      { fact: "Rhonda Pike TESTIFIED_IN trial:held", says: /Among the witnesses/ },
      { fact: "Owen Carver TESTIFIED_IN trial:held", says: /Among the witnesses/ },
      { fact: "Jide Okafor TESTIFIED_IN trial:held", says: /The Okafor brothers testified/ },
      { fact: "Tunde Okafor TESTIFIED_IN trial:held", says: /The Okafor brothers testified/ },
      { fact: "Alma Reyes TESTIFIED_IN trial:held", says: /among them the retired teacher Alma Reyes/, gap: "v2 does not read it yet" },
      { fact: "Hugh Brandt TESTIFIED_IN trial:held", says: /The defense called his accountant, Hugh Brandt/, gap: "v2 does not read it yet" },
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

Lena Ostrowski, 51, was convicted of fraud in 2021. The Washington Court of Appeals upheld the conviction in 2022.

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

The case began after Ruth Okafor, a reporter for The Daily Ledger, wrote that Quillon had faked its test results.
`,
    expect: [
      { fact: "Marcus Tolliver FOUNDED Quillon", says: /to start the company/, gap: "v2 does not read it yet" },
      { fact: "Dana Pruitt WORKS_FOR Quillon", says: /a former engineer at Quillon/ },
      { noEntity: "Place: Quillon" },
      { fact: "Ruth Okafor WORKS_FOR Daily Ledger", says: /a reporter for The Daily Ledger/ },
      { fact: "Dana Pruitt TESTIFIED_IN trial:held", says: /testified/ },
    ],
  },
]);

stories("extractArticle: a lede that opens with a definite description", [
  {
    name: "\"The former managing director of a builders' merchant ... the firm he had run\"; the name in the next sentence",
    text: `Ex-director jailed for stealing from family firm

CARDIFF, Wales — The former managing director of a builders' merchant was found guilty on Monday of stealing £400,000 from the firm he had run for 15 years.

Gareth Pryce, 61, was convicted of theft by a jury at Cardiff Crown Court. The firm, Pryce & Lloyd Supplies, has since closed.
`,
    expect: [
      { fact: "Gareth Pryce HOLDS_ROLE executive director", says: /The former managing director/, gap: "v2 does not read it yet" },
      { fact: "Gareth Pryce WORKS_FOR Pryce & Lloyd Supplies", says: /the firm he had run/, gap: "v2 does not read it yet" },
      { fact: "Gareth Pryce CHARGED_WITH charge:theft", says: /convicted of theft/ },
      { outcome: "Gareth Pryce: guilty" },
      { fact: "trial:held HELD_AT Cardiff Crown Court", says: /a jury at Cardiff Crown Court/ },
    ],
  },
]);

stories("extractArticle: the ones killed, named as a group", [
  {
    name: "\"a crash that killed three teenagers ... The teenagers, A, B and C,\"",
    text: `Driver convicted over crash that killed three teenagers

AKRON, Ohio (AP) — A Summit County jury on Wednesday convicted a 38-year-old driver of three counts of aggravated vehicular homicide over a 2023 crash that killed three teenagers.

Wesley Dorn had been drinking before the crash, prosecutors said. The teenagers, Kayla Moss, 16, Ethan Ruiz, 17, and Sam Oyelaran, 16, were walking home from a football game.
`,
    expect: [
      { fact: "Wesley Dorn CHARGED_WITH charge:aggravated vehicular homicide", says: /convicted a 38-year-old driver of three counts/ },
      { fact: "charge:aggravated vehicular homicide ALLEGED_VICTIM Kayla Moss", says: /The teenagers, Kayla Moss/, gap: "v2 does not read it yet" },
      { fact: "charge:aggravated vehicular homicide ALLEGED_VICTIM Sam Oyelaran", says: /The teenagers, Kayla Moss/, gap: "v2 does not read it yet" },
      { not: "charge:aggravated vehicular homicide ALLEGED_VICTIM Wesley Dorn" },
      { outcome: "Wesley Dorn: guilty" },
    ],
  },
]);

stories("extractArticle: \"the hospital\" is the one named so far", [
  {
    name: "two hospitals named; \"the hospital's\" before the second is the first",
    text: `Nurse convicted of poisoning patients at Riverside General Hospital

LEEDS, England — Helen Croft, a nurse, was convicted on Friday of poisoning four patients at Riverside General Hospital in 2019.

Dr Amara Quist, the consultant who led the hospital's intensive care unit, gave evidence that the deaths were unexplained. The hospital's then chief executive, Martin Hale, resigned in 2021.

Croft, 39, had earlier worked at Kingsmead Hospital in Sheffield. She was convicted of four counts of murder by a jury at Kestleford Crown Court.
`,
    expect: [
      { fact: "Amara Quist WORKS_FOR Riverside General Hospital", says: /who led the hospital's intensive care unit/ },
      { fact: "Martin Hale WORKS_FOR Riverside General Hospital", says: /The hospital's then chief executive, Martin Hale/ },
      { not: "Martin Hale WORKS_FOR Kingsmead Hospital" },
      { fact: "Amara Quist TESTIFIED_IN trial:held", says: /gave evidence/ },
      { fact: "Helen Croft CHARGED_WITH charge:murder", says: /four counts of murder/ },
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
      { fact: "Marsha Klein HOLDS_ROLE special prosecutor", says: /as special prosecutor/, gap: "v2 does not read it yet" },
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

In a 40-page opinion, the U.S. Court of Appeals for the Fifth Circuit rejected each of his arguments. Writing for the panel, Circuit Judge Ana Beltran said the evidence was overwhelming. Judges Paul Ober and Lena Fisk joined the ruling.

Kessler, 58, was convicted in 2022 of wire fraud. A separate conviction in Florida was upheld last year by the 11th U.S. Circuit Court of Appeals.
`,
    expect: [
      { fact: "U.S. Court of Appeals for the Fifth Circuit RULED verdict:upheld", says: /federal appeals court in New Orleans on Tuesday upheld/ },
      { entity: "Court: federal appeals court in New Orleans" },
      { entity: "Court: 11th U.S. Circuit Court of Appeals" },
      { fact: "Ana Beltran WORKS_FOR U.S. Court of Appeals for the Fifth Circuit", says: /Writing for the panel/ },
      { not: "Ana Beltran PRESIDED_OVER trial:held" },
    ],
  },
]);

stories("extractArticle: a bare surname shared by a husband and wife", [
  {
    name: "\"Marsh admitted ... his wife's\" is the husband; \"Marsh said she\" is the wife",
    text: `Man convicted of poisoning wife

LYON, France (Wire) — A court on Friday convicted Alain Marsh, 66, of attempted murder for poisoning his wife, Claire Marsh, over two years.

Claire Marsh testified that she had felt ill for months. Marsh admitted putting sedatives into his wife's coffee.
`,
    expect: [
      { mentioned: "Alain Marsh", in: /Marsh admitted putting sedatives/ },
      { notMentioned: "Claire Marsh", in: /Marsh admitted putting sedatives/ },
      { fact: "charge:attempted murder ALLEGED_VICTIM Claire Marsh", says: /poisoning his wife, Claire Marsh/, gap: "v2 does not read it yet" },
      { fact: "Claire Marsh TESTIFIED_IN trial:held", says: /Claire Marsh testified/ },
      { not: "Alain Marsh TESTIFIED_IN trial:held" },
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

LONDON — Ruth Calder was named best actress for "The Quiet Room" on Sunday. It was Calder's second award, four years after she won for "Northern Lights."

The director of "The Quiet Room," Tom Vesey, thanked her.
`,
    expect: [
      { fact: "Ruth Calder ACTED_IN The Quiet Room", says: /named best actress for/ },
      { fact: "Ruth Calder ACTED_IN Northern Lights", says: /after she won for/, gap: "v2 does not read it yet" },
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

Tolley's barrister, Simon Reyes, said his client would not appeal. Judge Patricia Moore told Tolley he had "betrayed the trust of every family who handed their sons to you".

Greater Manchester Police said more people had come forward since the verdict.
`,
    expect: [
      { fact: "Graham Tolley HOLDS_ROLE coach", says: /A former youth football coach/, gap: "v2 does not read it yet" },
      { mentioned: "Graham Tolley", in: /A former youth football coach was jailed/ },
      { penalty: /14 years/, of: "Graham Tolley", gap: "v2 does not read it yet" },
      { age: 67, of: "Graham Tolley" },
      { fact: "Graham Tolley CHARGED_WITH charge:indecent assault", says: /22 counts of indecent assault/ },
      { outcome: "Graham Tolley: guilty" },
      { fact: "Dean Whitlow TESTIFIED_IN trial:held", says: /gave evidence/, gap: "v2 does not read it yet" },
      { fact: "Helen Akers PROSECUTED trial:held", says: /prosecutor Helen Akers/ },
      { fact: "Simon Reyes REPRESENTS Graham Tolley", says: /Tolley's barrister, Simon Reyes/ },
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

Cynthia Marlowe, 52, the former chief financial officer of Bayview Medical Center, is accused of diverting $3 million to a shell company she controlled. Her co-worker, Arnold Pike, took the stand last week and told jurors that she had asked him to approve the transfers.

State District Judge Ramon Ortiz set a new trial for March. Harris County prosecutors said they would retry Marlowe.

Her defense attorney, Lisa Chen, said the jury's deadlock showed the case was weak.
`,
    expect: [
      { mentioned: "Cynthia Marlowe", in: /embezzlement trial of a former hospital executive/, gap: "v2 does not read it yet" },
      { fact: "Cynthia Marlowe CHARGED_WITH charge:embezzlement", says: /embezzlement trial/, gap: "v2 does not read it yet" },
      { not: "charge:embezzlement ALLEGED_VICTIM Cynthia Marlowe" },
      { not: "Arnold Pike DEFENDANT_IN trial:held" },
      { not: "Arnold Pike CHARGED_WITH charge:embezzlement" },
      { fact: "Arnold Pike TESTIFIED_IN trial:held", says: /took the stand/ },
      { fact: "verdict:mistrial ON_CHARGE charge:embezzlement", says: /declared a mistrial/, gap: "v2 does not read it yet" },
      { fact: "Cynthia Marlowe DEFENDANT_IN trial:planned", says: /retry Marlowe/ },
      { fact: "Ramon Ortiz PRESIDED_OVER trial:held" },
      { fact: "Lisa Chen REPRESENTS Cynthia Marlowe", says: /Her defense attorney, Lisa Chen/ },
      { age: 52, of: "Cynthia Marlowe" },
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

Her husband and business partner, Mitchell Quenby, pleaded not guilty to the same charges and is scheduled to stand trial in October. His lawyer, Dara Nunez, said he would be vindicated.

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
      { fact: "Dara Nunez REPRESENTS Mitchell Quenby", says: /His lawyer, Dara Nunez/ },
      { not: "Dara Nunez REPRESENTS Brenda Quenby" },
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
