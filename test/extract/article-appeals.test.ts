// extractArticle on appeals, a celebrity case with films and studios, sentencing and other phrasings.
// Rows read as in article.test.ts; every story, person, company and film is invented.
import { stories } from "./stories.ts";

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

The case rested largely on the testimony of Thornquist's former roommate, Kyle Egcroft, who told the jury that Thornquist had confessed to him. Jurors never heard that prosecutors had dropped a burglary charge against Egcroft weeks before he testified, Justice Eleanor Rasmussen wrote for the 5-2 majority.

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
      { fact: "Kyle Egcroft TESTIFIED_IN trial:held", says: /Egcroft, who told the jury|before he testified/ },
      { not: "Kyle Egcroft DEFENDANT_IN trial:held" },
      { fact: "Kyle Egcroft CHARGED_WITH charge:burglary", says: /dropped a burglary charge against Egcroft/ },
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

"Harbor Lights" was produced by Lantern Hill Pictures, the company Renfrew founded with director Celia Ardwick, and distributed by Summit Crest Studios. Ardwick, who directed "Copper Run" and several episodes of the series, testified for the defense that she never saw Renfrew behave inappropriately. Summit Crest cut ties with the actor after he was charged.

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
      { fact: "Celia Ardwick FOUNDED Lantern Hill Pictures", says: /founded with director Celia Ardwick/, gap: "v2 does not read it yet" },
      { fact: "Celia Ardwick HOLDS_ROLE director", says: /director Celia Ardwick/ },
      { fact: "Celia Ardwick DIRECTED Copper Run", says: /who directed "Copper Run"/ },
      { not: "Tobias Renfrew DIRECTED Copper Run" },
      { fact: "Celia Ardwick TESTIFIED_IN trial:held", says: /testified for the defense/ },
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

Assistant Prosecutor Mark Quarrie had asked for the maximum sentence of 16 years, arguing that Novak fired seven times at a man who had his hands raised.

"He is devastated, and he respects the court," said his attorney, Elena Kovacs, who plans to appeal the conviction.

The Dayton Police Department fired Novak in 2023 after an internal investigation found that he violated its use-of-force policy.
`,
    expect: [
      { fact: "Bradley Novak CHARGED_WITH charge:voluntary manslaughter", says: /convicted in May of voluntary manslaughter/ },
      { fact: "verdict:guilty ON_CHARGE charge:voluntary manslaughter", says: /convicted in May of voluntary manslaughter/ },
      { fact: "verdict:not_guilty ON_CHARGE charge:murder", says: /acquitted him of murder/ },
      { not: "verdict:guilty ON_CHARGE charge:murder" },
      { outcome: "Bradley Novak: guilty" },
      { penalty: /12 years/, of: "Bradley Novak" },
      { fact: "charge:voluntary manslaughter ALLEGED_VICTIM Terrell Gaines", says: /death of Terrell Gaines/ },
      { not: "charge:voluntary manslaughter ALLEGED_VICTIM Loretta Gaines" },
      { entity: "Person: Loretta Gaines" },
      { mentioned: "Terrell Gaines", in: /Gaines' mother, Loretta Gaines/ },
      { fact: "Bradley Novak HOLDS_ROLE police officer", says: /former Dayton police officer/ },
      { fact: "Bradley Novak WORKS_FOR Dayton Police Department", says: /fired Novak/, gap: "v2 does not read it yet" },
      { fact: "Denise Harrow HOLDS_ROLE judge", says: /Common Pleas Judge Denise Harrow/ },
      { fact: "Denise Harrow PRESIDED_OVER trial:held", says: /Denise Harrow told Novak/ },
      { fact: "Mark Quarrie HOLDS_ROLE prosecutor", says: /Assistant Prosecutor Mark Quarrie/ },
      { fact: "Mark Quarrie PROSECUTED trial:held", says: /Mark Quarrie had asked/ },
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

Assistant Attorney General Brian Danquah, who tried the case, said the foundation's donors "deserved far better than this."
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
      { fact: "Brian Danquah PROSECUTED trial:held", says: /Brian Danquah, who tried the case/ },
      { not: "Brian Danquah REPRESENTS Marianne Holloway" },
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
