// Roles and relations between people, organisations and films, on invented stories in the
// manner of several presses: each table row is a story, the relations a reader must find in
// it, and those a reader would call wrong (the other side's lawyer, a friend, a role said of
// someone else, a negated or hedged statement).
import { table } from "./helpers.ts";

table("roles (HOLDS_ROLE)", [
  {
    name: "US civil trial: one side's claim to the jury gives no one a role",
    text: "Gwen Rudge was sued by Terry Sand over a ski crash. Rudge testified on Friday. Rudge said she was hit from behind. Sand's attorneys, Rob Venning and Kris Van, told jurors that Rudge had been the uphill skier. They argued that Rudge was a reckless skier.",
    has: ["Rob Venning -HOLDS_ROLE-> lawyer"],
    not: ["Gwen Rudge -HOLDS_ROLE-> uphill skier", "Gwen Rudge -HOLDS_ROLE-> skier"],
  },
  {
    name: "US state and Scottish prosecutors and lawyers: assistant attorney general, solicitor advocate",
    text: "Assistant Attorney General Sam Whitby argued the appeal for the state. Isla Reid was represented by solicitor advocate Eilidh Frew, who told the jury there was no evidence.",
    has: ["Sam Whitby -HOLDS_ROLE-> prosecutor", "Eilidh Frew -HOLDS_ROLE-> lawyer"],
    not: ["Sam Whitby -HOLDS_ROLE-> attorney general"],
  },
  {
    name: "British broadsheet: 'the hospital's chief executive' works for the one hospital named, 'the company's' for the one company",
    text: "Nurse Ana Ruiz worked at the Countess of Wessex Hospital. The hospital's then chief executive, Tony Mabery, told the consultants to apologise. Kestrel Holdings makes tyres. Mina Sollo, the company's chief financial officer, resigned.",
    has: ["Tony Mabery -WORKS_FOR-> Countess of Wessex Hospital", "Mina Sollo -WORKS_FOR-> Kestrel Holdings"],
  },
  {
    name: "British broadsheet: with two hospitals named, 'the hospital' is neither",
    text: "Nurse Ana Ruiz worked at the Countess of Wessex Hospital and at Liverpool Women's Hospital. The hospital's then chief executive, Tony Mabery, told the consultants to apologise.",
    has: ["Tony Mabery -HOLDS_ROLE-> chief executive"],
    not: ["Tony Mabery -WORKS_FOR-> Countess of Wessex Hospital", "Tony Mabery -WORKS_FOR-> Liverpool Women's Hospital"],
  },
  {
    name: "US wire: a magistrate judge's title is no part of her name, and she is a magistrate (not a district judge)",
    text: "She pleaded not guilty at an initial appearance before U.S. Magistrate Judge Ruth Jermyn, who released her on bond.",
    has: ["Ruth Jermyn -HOLDS_ROLE-> magistrate"],
    not: ["Judge Ruth Jermyn -HOLDS_ROLE-> magistrate", "Ruth Jermyn -HOLDS_ROLE-> judge"],
  },
  {
    name: "Kenyan and British court reports: prosecution counsel prosecutes; a police rank before a name is a title",
    text: "Prosecution counsel Faith Egley told the court that PC Daniel Okoye was assaulted. DC Amy Scurlock gave evidence.",
    has: ["Faith Egley -HOLDS_ROLE-> prosecutor", "Daniel Okoye -HOLDS_ROLE-> police officer", "Amy Scurlock -HOLDS_ROLE-> detective"],
    not: ["Faith Egley -HOLDS_ROLE-> lawyer", "PC Daniel Okoye -HOLDS_ROLE-> police officer"],
  },
  {
    name: "trade press and local TV: a verb before a role is no part of it; a word ending in -ent is no role by its ending",
    text: "He is accused of shoving production assistant Lena Udeh on the set. The blast that killed softball coach Ana Ruiz was an accident. Her uncle, Tevita Fonohema, thanked detective Karen Oldroyd-Vance. Milo Brand, his wife and producing partner, spoke.",
    has: ["Lena Udeh -HOLDS_ROLE-> production assistant", "Ana Ruiz -HOLDS_ROLE-> softball coach", "Karen Oldroyd-Vance -HOLDS_ROLE-> detective"],
    not: ["Lena Udeh -HOLDS_ROLE-> shoving production assistant", "Ana Ruiz -HOLDS_ROLE-> killed softball coach", "Ana Ruiz -HOLDS_ROLE-> accident", "Karen Oldroyd-Vance -HOLDS_ROLE-> thanked detective"],
  },
  {
    name: "business press: a possessive company before the role, a company before a title",
    text: "Marguerite Adesanya, the company's chief financial officer, resigned on Friday. Tarn Holdings chief executive Ivo Garnock said the search for a successor had begun.",
    has: ["Marguerite Adesanya -HOLDS_ROLE-> chief financial officer", "Ivo Garnock -HOLDS_ROLE-> chief executive", "Ivo Garnock -WORKS_FOR-> Tarn Holdings"],
  },
  {
    name: "wire: two roles joined by and, an age in apposition",
    text: "Ivo Garnock, 61, an actor and producer, was arrested in Leeds on Tuesday.",
    has: ["Ivo Garnock -HOLDS_ROLE-> actor", "Ivo Garnock -HOLDS_ROLE-> producer"],
  },
  {
    name: "open class: occupations no vocabulary lists, titles in title case",
    text: "The cellist Ana Mireles and the harbour master Tomas Vrell were both called as witnesses. Fire Chief Dolores Akana said the blaze began in the galley.",
    has: ["Ana Mireles -HOLDS_ROLE-> cellist", "Tomas Vrell -HOLDS_ROLE-> harbour master", "Dolores Akana -HOLDS_ROLE-> fire chief"],
  },
  {
    name: "predicates: named, became, then",
    text: "Ivo Garnock was named chairman of Tarn Holdings last year. Mina Sollo, then a junior minister, signed the contract.",
    has: ["Ivo Garnock -HOLDS_ROLE-> chairman", "Mina Sollo -HOLDS_ROLE-> junior minister"],
    not: ["Ivo Garnock -HOLDS_ROLE-> named chairman"],
  },
  {
    name: "traps: a friend, a relative's role, a role before someone else, a negated role",
    text: "Ivo Garnock, a close friend of the defendant, testified on Tuesday. Pia Nolder, whose father was a judge, testified next. Ivo Garnock told the judge he was sorry. Karl Benn, who was not a doctor, treated dozens of patients.",
    has: [],
    not: ["Ivo Garnock -HOLDS_ROLE-> close friend", "Ivo Garnock -HOLDS_ROLE-> friend", "Pia Nolder -HOLDS_ROLE-> judge", "Ivo Garnock -HOLDS_ROLE-> judge", "Karl Benn -HOLDS_ROLE-> doctor"],
  },
  {
    name: "a possessive pronoun before a role is the client, not the holder",
    text: "Mina Sollo sued the firm in 2021. Her attorney, Lee Park, said the verdict vindicated her.",
    has: ["Lee Park -HOLDS_ROLE-> lawyer", "Lee Park -REPRESENTS-> Mina Sollo"],
    not: ["Mina Sollo -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "Indian press: a sessions judge and a senior advocate",
    text: "Additional Sessions Judge Rakesh Mehra adjourned the hearing till Monday. Senior advocate Kavita Gowda argued that the arrest was illegal.",
    has: ["Rakesh Mehra -HOLDS_ROLE-> judge", "Kavita Gowda -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "British press: a police rank and its force",
    text: "Detective Inspector Sam Holloway of the Metropolitan Police told the court the phone was found in a drawer.",
    has: ["Sam Holloway -HOLDS_ROLE-> detective", "Sam Holloway -WORKS_FOR-> Metropolitan Police"],
  },
]);

table("employers and founders (WORKS_FOR, FOUNDED)", [
  {
    name: "an employer after the role, with or without an article",
    text: "Ivo Garnock, 58, chief executive of Tarn Holdings, declined to comment. Lina Odera, an engineer at Quillon Systems, testified for the prosecution.",
    has: ["Ivo Garnock -WORKS_FOR-> Tarn Holdings", "Lina Odera -WORKS_FOR-> Quillon Systems"],
  },
  {
    name: "an employer owning the role, in apposition and before a name",
    text: "Ivo Garnock, Tarn Holdings' chief executive, declined to comment. Mina Sollo, a former Kestrel Films employee, was dismissed in 2020.",
    has: ["Ivo Garnock -WORKS_FOR-> Tarn Holdings", "Mina Sollo -WORKS_FOR-> Kestrel Films"],
  },
  {
    name: "a lawyer for a company represents it; a student works for no one",
    text: "Lee Park, a lawyer for Quillon Systems, said the company would fight the claim. Pia Nolder, a student at Harwick University, gave evidence.",
    has: ["Lee Park -REPRESENTS-> Quillon Systems"],
    not: ["Lee Park -WORKS_FOR-> Quillon Systems", "Pia Nolder -WORKS_FOR-> Harwick University"],
  },
  {
    name: "founders: a list with a brother, the passive, founder and chief executive",
    text: "Oren Vale and his brother, Sami Vale, founded Kestrel Films in 1979. Quillon Systems, founded by Lina Odera in 2001, was sold last year. Ivo Garnock, founder and chief executive of Tarn Holdings, was convicted.",
    has: [
      "Oren Vale -FOUNDED-> Kestrel Films", "Sami Vale -FOUNDED-> Kestrel Films", "Sami Vale -RELATED_TO(brother)-> Oren Vale",
      "Lina Odera -FOUNDED-> Quillon Systems", "Ivo Garnock -FOUNDED-> Tarn Holdings", "Ivo Garnock -WORKS_FOR-> Tarn Holdings",
    ],
  },
  {
    name: "a denied founding is none",
    text: "Oren Vale did not found Kestrel Films, and never started Quillon Systems.",
    has: [],
    not: ["Oren Vale -FOUNDED-> Kestrel Films", "Oren Vale -FOUNDED-> Quillon Systems"],
  },
]);

table("lawyers (REPRESENTS)", [
  {
    name: "representing, acting for, represented by, a team led by",
    text: "Lee Park, representing Oren Vale, told the court the search was unlawful. Ana Ruiz, acting for Mina Sollo, disagreed. Tomas Vrell, represented by Dana Whitlow, did not give evidence. Pia Nolder's legal team, led by Karl Benn, said it would appeal.",
    has: ["Lee Park -REPRESENTS-> Oren Vale", "Ana Ruiz -REPRESENTS-> Mina Sollo", "Dana Whitlow -REPRESENTS-> Tomas Vrell", "Karl Benn -REPRESENTS-> Pia Nolder"],
  },
  {
    name: "lists of lawyers before and after their client's possessive",
    text: "Oren Vale's lawyers, Lee Park and Ana Ruiz, said he would appeal. Dana Whitlow and Karl Benn, Mina Sollo's barristers, said she would not.",
    has: ["Lee Park -REPRESENTS-> Oren Vale", "Ana Ruiz -REPRESENTS-> Oren Vale", "Dana Whitlow -REPRESENTS-> Mina Sollo", "Karl Benn -REPRESENTS-> Mina Sollo"],
  },
  {
    name: "the other side: a lawyer for the accusers or the wife is not the defendant's",
    text: "Lee Park, who represents Oren Vale's accusers, said they were relieved. Ana Ruiz, a lawyer for Oren Vale's former wife, said she was too. Oren Vale's wife's lawyer, Karl Benn, agreed.",
    has: [],
    not: ["Lee Park -REPRESENTS-> Oren Vale", "Ana Ruiz -REPRESENTS-> Oren Vale", "Karl Benn -REPRESENTS-> Oren Vale"],
  },
  {
    name: "whose lawyer",
    text: "Oren Vale, whose lawyer Lee Park called the verdict a travesty, will appeal.",
    has: ["Lee Park -REPRESENTS-> Oren Vale"],
  },
  {
    name: "French press: a lawyer's colleague, Maître and Me before a name",
    text: "In his closing speech, Marc Dumas, one of Mina Sollo's two lawyers, told the judges the men had chosen. His colleague Claire Caron said no one rapes by accident. Maître Hélène Marot, for the defence, disagreed. \"He will appeal,\" said Me Luc Ferrand.",
    has: ["Claire Caron -HOLDS_ROLE-> lawyer", "Claire Caron -REPRESENTS-> Mina Sollo", "Hélène Marot -HOLDS_ROLE-> lawyer", "Luc Ferrand -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "traps: a nurse's colleague, a lawyer for the company's heir",
    text: "Mina Sollo, a nurse, was praised by the court. Her colleague Ana Ruiz wept. Lee Park, a lawyer for the Quillon Systems heir, voiced regret.",
    has: ["Lee Park -HOLDS_ROLE-> lawyer"],
    not: ["Ana Ruiz -HOLDS_ROLE-> nurse", "Lee Park -REPRESENTS-> Quillon Systems"],
  },
]);

table("family and accusers (RELATED_TO, ACCUSED)", [
  {
    name: "his wife, the wife of, son of, whose husband",
    text: "Nadia Bell, the wife of Oren Vale, declined to comment. Imtiaz Baig, son of former governor Rafiq Baig, was arrested on Tuesday. Pia Nolder, whose husband Karl Benn was jailed in 2019, wept.",
    has: ["Nadia Bell -RELATED_TO(wife)-> Oren Vale", "Imtiaz Baig -RELATED_TO(son)-> Rafiq Baig", "Rafiq Baig -HOLDS_ROLE-> governor", "Karl Benn -RELATED_TO(husband)-> Pia Nolder"],
  },
  {
    name: "a former wife, daughters in a list",
    text: "Oren Vale's former wife, Nadia Bell, testified against him. Oren Vale's daughters, Lina Vale and Ora Vale, testified for the defence.",
    has: ["Nadia Bell -RELATED_TO(wife)-> Oren Vale", "Lina Vale -RELATED_TO(daughter)-> Oren Vale", "Ora Vale -RELATED_TO(daughter)-> Oren Vale"],
  },
  {
    name: "accusers: accused of, an accuser in apposition; a denied accusation",
    text: "Mina Sollo, who has accused Oren Vale of rape, testified on Monday. Oren Vale's accuser, Pia Nolder, testified next. Dana Whitlow never accused Oren Vale of anything.",
    has: ["Mina Sollo -ACCUSED-> Oren Vale", "Pia Nolder -ACCUSED-> Oren Vale"],
    not: ["Dana Whitlow -ACCUSED-> Oren Vale"],
  },
]);

table("film credits", [
  {
    name: "trade press: a year and a genre before the title, the cast of, cast in",
    text: "Mina Sollo and Tomas Vrell starred in the 2004 thriller \"Harbour Lights\". The cast of the film \"Salt Roads\" included Dana Whitlow. Pia Nolder was cast in the series \"Cold Harbour\" in 2003.",
    has: ["Mina Sollo -ACTED_IN-> Harbour Lights", "Tomas Vrell -ACTED_IN-> Harbour Lights", "Dana Whitlow -ACTED_IN-> Salt Roads", "Pia Nolder -ACTED_IN-> Cold Harbour"],
  },
  {
    name: "directed and produced, in relative clauses and passives",
    text: "Mara Tresk, who directed \"Harbour Lights\" and \"Salt Roads\", testified on Monday. The film, \"Nine Winters\", was directed by Lina Odera and produced by Oren Vale.",
    has: ["Mara Tresk -DIRECTED-> Harbour Lights", "Mara Tresk -DIRECTED-> Salt Roads", "Lina Odera -DIRECTED-> Nine Winters", "Oren Vale -PRODUCED-> Nine Winters"],
  },
  {
    name: "crew on a set",
    text: "Lina Odera, who was the armourer on \"Salt Roads\", was charged. Pia Nolder was working as a camera assistant on the set of \"Salt Roads\" when the crane fell.",
    has: ["Lina Odera -WORKED_ON-> Salt Roads", "Pia Nolder -WORKED_ON-> Salt Roads", "Pia Nolder -HOLDS_ROLE-> camera assistant"],
  },
  {
    name: "a denied appearance is none",
    text: "Mina Sollo never appeared in the film \"Harbour Lights\".",
    has: [],
    not: ["Mina Sollo -ACTED_IN-> Harbour Lights"],
  },
]);

table("descriptions: the role or the age of the one person who has it", [
  {
    name: "tabloid: the former producer, the 73-year-old",
    text: "Oren Vale, 73, a former film producer, went on trial on Monday. The former producer is charged with rape. The 73-year-old denies the charge.",
    has: ["Oren Vale -HOLDS_ROLE-> producer", "Oren Vale -CHARGED_WITH-> rape", "Oren Vale -ENTERED_PLEA-> Oren Vale pleads not guilty"],
  },
  {
    name: "two judges: the judge is neither",
    text: "Judge Ana Ruiz and Judge Lee Park heard the appeal of Oren Vale. The judge is charged with contempt.",
    has: ["Ana Ruiz -HOLDS_ROLE-> judge", "Lee Park -HOLDS_ROLE-> judge"],
    not: ["Ana Ruiz -CHARGED_WITH-> contempt", "Lee Park -CHARGED_WITH-> contempt"],
  },
]);

table("role labels and the readings relate.ts refuses", [
  {
    name: "an award's category is no role; a number is no part of a role",
    text: "Mina Sollo was named best actress for \"Harbour Lights\". The two prosecutors, Ana Ruiz and Lee Park, rested their case.",
    has: ["Ana Ruiz -HOLDS_ROLE-> prosecutor", "Lee Park -HOLDS_ROLE-> prosecutor"],
    not: ["Mina Sollo -HOLDS_ROLE-> best actress", "Ana Ruiz -HOLDS_ROLE-> two prosecutor"],
  },
  {
    name: "a role with its complement, a title with a prefix of time",
    text: "Pia Nolder, who was then director of operations for the club, testified. The interview with then-Vice President Dana Whitlow aired in May.",
    has: ["Pia Nolder -HOLDS_ROLE-> director of operations", "Dana Whitlow -HOLDS_ROLE-> vice president"],
    not: ["Pia Nolder -HOLDS_ROLE-> director", "Dana Whitlow -HOLDS_ROLE-> president"],
  },
  {
    name: "a list of role and name pairs gives each name its own role",
    text: "The film's cinematographer, Tomas Vrell, its editor, Pia Nolder, and its composer, Karl Benn, also won awards.",
    has: ["Tomas Vrell -HOLDS_ROLE-> cinematographer", "Pia Nolder -HOLDS_ROLE-> editor", "Karl Benn -HOLDS_ROLE-> composer"],
    not: ["Tomas Vrell -HOLDS_ROLE-> editor", "Pia Nolder -HOLDS_ROLE-> composer"],
  },
  {
    name: "a name before a role word is not its holder; a role is not the lawyer's client",
    text: "Vale lawyer Lee Park said the verdict was wrong. Oren Vale nodded when Judge Karl Benn read the verdict and hugged his lawyer, Ana Ruiz.",
    has: ["Lee Park -HOLDS_ROLE-> lawyer", "Karl Benn -HOLDS_ROLE-> judge", "Ana Ruiz -REPRESENTS-> Oren Vale"],
    not: ["Vale -HOLDS_ROLE-> lawyer", "Oren Vale -HOLDS_ROLE-> lawyer", "Ana Ruiz -REPRESENTS-> Karl Benn"],
  },
  {
    name: "a name that only modifies a noun is not the client",
    text: "Lee Park, a lawyer for the Oren Vale estate, said the family was relieved.",
    has: ["Lee Park -HOLDS_ROLE-> lawyer"],
    not: ["Lee Park -REPRESENTS-> Oren Vale"],
  },
  {
    name: "a role in apposition holds under a negation elsewhere in the clause",
    text: "The jury found that Mina Sollo was not at fault for her collision with retired optometrist Terry Vance on a slope.",
    has: ["Terry Vance -HOLDS_ROLE-> optometrist"],
  },
]);

table("groups led by someone, benches, clients across an aside", [
  {
    name: "Pakistani press: a bench of a chief justice and a justice; a party's counsel",
    text: "A division bench comprising Chief Justice Amir Rauf and Justice Waqar Karam Khalil announced the order. Election Commission counsel Amjad Pervaiz opposed the plea.",
    has: ["Amir Rauf -HOLDS_ROLE-> chief justice", "Waqar Karam Khalil -HOLDS_ROLE-> judge", "Amjad Pervaiz -REPRESENTS-> Election Commission"],
    not: ["Waqar Karam Khalil -HOLDS_ROLE-> chief justice"],
  },
  {
    name: "wire: prosecutors led by one of them; an office led by its head",
    text: "Prosecutors from the attorney general's office, led by Uma Quarrie, argued that the fraud was deliberate. The county district attorney's office, now led by Dana Whitlow, had pushed for a retrial.",
    has: ["Uma Quarrie -HOLDS_ROLE-> prosecutor", "Uma Quarrie -WORKS_FOR-> attorney general's office", "Dana Whitlow -WORKS_FOR-> county district attorney's office"],
  },
  {
    name: "represented by, across an aside (a party named in a relative clause on the client too); not across another party",
    text: "Fiona Mabery, who lives in Leeds, is represented by the Chicago lawyer Richard Amos. Oren Vale, who sued Mina Sollo, is represented by Lee Park. Dana Whitlow sued Ivo Garnock, represented by Tom Reece.",
    has: ["Richard Amos -REPRESENTS-> Fiona Mabery", "Lee Park -REPRESENTS-> Oren Vale"],
    not: ["Lee Park -REPRESENTS-> Mina Sollo", "Tom Reece -REPRESENTS-> Dana Whitlow"],
  },
]);

table("film credits in entertainment-press phrasings", [
  {
    name: "played a character on a show; a comedy in which he starred alongside a castmate",
    text: "Tomas Vrell became famous playing Jamal Okoro on the Kestrel drama series \"Cold Harbour\". Kestrel Films dropped Tomas Vrell from the series \"Salt Flats,\" the comedy in which he starred alongside his former castmate Dana Whitlow.",
    has: ["Tomas Vrell -ACTED_IN-> Cold Harbour", "Tomas Vrell -ACTED_IN-> Salt Flats", "Dana Whitlow -ACTED_IN-> Salt Flats"],
  },
  {
    name: "awards night: a category names the credit, a comma inside the quotes",
    text: "Pia Nolder was named best actress for the film \"Glass Houses,\" directed by the Greek filmmaker Yorgos Kallas and released by Kestrel Pictures. Mara Tresk won best director for the film \"Nine Winters\". Ivo Garnock won an Oscar for the film \"Salt Roads\".",
    has: ["Pia Nolder -ACTED_IN-> Glass Houses", "Yorgos Kallas -DIRECTED-> Glass Houses", "Kestrel Pictures -PRODUCED-> Glass Houses", "Mara Tresk -DIRECTED-> Nine Winters"],
    not: ["Mara Tresk -ACTED_IN-> Nine Winters", "Ivo Garnock -ACTED_IN-> Salt Roads"],
  },
]);

table("British and American court reports: barristers, benches, boards", [
  {
    name: "BBC: a barrister's side between commas; a barrister with his letters after an apposition",
    text: "Opening the hearing, Nick Amos KC, prosecuting, told the court the defendant had refused to come up from the cells. Her barrister, Ben Rudge KC, said she had maintained her innocence.",
    has: ["Nick Amos -HOLDS_ROLE-> prosecutor", "Ben Rudge -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "wire: judges under a plural title; a board member; a lawyer who served as someone's lawyer",
    text: "Judges Susan Kerr and Richard Sollis joined the ruling. Among the witnesses was James Marr, the former defense secretary and a onetime Quillon board member. Bruce Cole, a former district attorney who this year served as one of Dana Whitlow's lawyers, said he had no regrets.",
    has: ["Susan Kerr -HOLDS_ROLE-> judge", "Richard Sollis -HOLDS_ROLE-> judge", "James Marr -HOLDS_ROLE-> board member", "Bruce Cole -REPRESENTS-> Dana Whitlow", "Bruce Cole -HOLDS_ROLE-> lawyer"],
  },
]);

table("the topic's varied names: a description no one else answers", [
  {
    name: "BBC: the entertainer is the man the story is about",
    text: "Rolf Amos has been jailed for six years. Amos, 84, was convicted of twelve counts of indecent assault. Amos denied the charges. Amos showed no emotion. The veteran entertainer was told he would serve half his term.",
    has: ["Rolf Amos -HOLDS_ROLE-> entertainer"],
  },
  {
    name: "a description after someone else was named is not the topic's; a judge never is",
    text: "Rolf Amos has been jailed for six years. Amos, 84, was convicted of twelve counts. Amos denied the charges. Amos showed no emotion. Amos was led away. Karl Benn, who was cast as a sailor in the show, said the actor had left. The judge said Amos had abused his fame.",
    has: [],
    not: ["Rolf Amos -HOLDS_ROLE-> actor", "Rolf Amos -HOLDS_ROLE-> judge"],
  },
]);

table("lists cut at a possessive", [
  {
    name: "Korean press: a founder, then his son-in-law's possessive",
    text: "Starlight Entertainment founder Lee Dong-wook, Kim's father-in-law, was not charged.",
    has: ["Lee Dong-wook -FOUNDED-> Starlight Entertainment", "Lee Dong-wook -HOLDS_ROLE-> founder"],
    not: ["Kim -FOUNDED-> Starlight Entertainment", "Kim -WORKS_FOR-> Starlight Entertainment"],
  },
]);

table("identity is no occupation", [
  {
    name: "the uphill skier, the world's largest maker",
    text: "Lawyers told jurors that Pia Nolder had been the uphill skier. Its flagship, Kestrel Systems, is the world's largest maker of chips. Tomas Vrell was a cellist.",
    has: ["Tomas Vrell -HOLDS_ROLE-> cellist"],
    not: ["Pia Nolder -HOLDS_ROLE-> uphill skier", "Pia Nolder -HOLDS_ROLE-> skier"],
  },
]);

table("sporting titles and a prosecution service's head", [
  {
    name: "South African: 'Former Paralympic champion X' holds the title, whatever else he is",
    text: "Former Paralympic champion Tumelo Dube was jailed for murder on Friday.",
    has: ["Tumelo Dube -HOLDS_ROLE-> champion", "Tumelo Dube -CHARGED_WITH-> murder"],
  },
  {
    name: "Australian: a state's Director of Public Prosecutions is no attorney general",
    text: "State Director of Public Prosecutions Sean Doyle said he would not appeal the acquittal of Ana Ruiz.",
    has: ["Sean Doyle -HOLDS_ROLE-> director of public prosecutions"],
    not: ["Sean Doyle -HOLDS_ROLE-> attorney general"],
  },
]);

table("words with a role's ending that are no one's role", [
  {
    name: "trade press on a film-set shooting: a gun and a 'willing participant' hold no role",
    text: "Armourer Hanna Scurlock loaded the revolver, a replica, before the scene. Scurlock was a willing participant in the safety briefing, Judge Ana Ruiz said.",
    has: ["Hanna Scurlock -HOLDS_ROLE-> armorer", "Ana Ruiz -HOLDS_ROLE-> judge"],
    not: ["Hanna Scurlock -HOLDS_ROLE-> willing participant"],
  },
]);
