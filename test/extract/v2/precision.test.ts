// Facts a reporter's traps must not yield: the people of an earlier case told for comparison, a
// "not guilty verdict" read as a guilty one, a role phrase cut short. Each story is invented, in a
// style unlike the corpora; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "English regional court round-up: each item's lede is the person its next sentence names, each item's jury its own, a verdict's court the one its trial was at",
    text: "COURT ROUND-UP\n\nA Middlesbrough man who stabbed a neighbour during a row over parking has been convicted of wounding with intent.\n\nDarren Foyle, 38, denied the charge but was found guilty after a four-day trial at Teesside Crown Court. The jury took less than two hours to reach its verdict. He will be sentenced next month.\n\nA Stockton woman has been cleared of causing death by dangerous driving.\n\nLeanne Mabery, 29, had been accused of killing a cyclist on the A66 in 2024. The jury acquitted her after hearing that the cyclist had no lights.\n\nIn a separate case, a Hartlepool pensioner was convicted of fraud. Neville Crane, 71, was found guilty of fraud by abuse of position after a trial in which the jury heard he had taken \u00a360,000 from his sister.",
    facts: ["Leanne Mabery -CHARGED_WITH-> causing death by dangerous driving", "Leanne Mabery -DEFENDANT_IN-> Mabery trial", "Foyle trial -HELD_AT-> Teesside Crown Court", "Neville Crane -DEFENDANT_IN-> Crane trial"],
    not: ["Leanne Mabery -DEFENDANT_IN-> Foyle trial", "Leanne Mabery -CHARGED_WITH-> killing", "Mabery trial -HELD_AT-> Teesside Crown Court", "Crane trial -HELD_AT-> Teesside Crown Court"],
  },
  {
    style: "Canadian wire: the article's judge and lawyers are not those of an earlier case told for comparison",
    text: "A Winnipeg man who killed his roommate has been found not criminally responsible, a judge ruled Wednesday.\n\nOren Tash, 26, was charged with second-degree murder in the death of Kel Egwell.\n\nJustice Ada Pruitt accepted the opinions of two psychiatrists. Crown attorney Ravi Grewal did not oppose the finding. Defence lawyer Mira Kovac said her client was remorseful.\n\nOren Tash had never been charged with a crime before.\n\nThe ruling follows a 2019 case in which a Brandon woman, Lia Stone, was convicted of manslaughter in a similar killing.",
    facts: ["Oren Tash -CHARGED_WITH-> second-degree murder", "Lia Stone -DEFENDANT_IN-> Stone trial"],
    not: ["Ada Pruitt -PRESIDED_OVER-> Stone trial", "Ravi Grewal -PROSECUTED-> Stone trial", "Mira Kovac -REPRESENTS-> Lia Stone"],
  },
  {
    style: "US broadsheet trial preview: the judge who will preside is not the judge of a conviction told of in passing",
    text: "Jury selection began on Monday in the corruption trial of Rolf Danner, the former mayor of a small city.\n\nMr. Danner, 63, has pleaded not guilty to charges of bribery and extortion.\n\nJudge Tomas Ferro of Federal District Court in Bridgeport will preside. The lead prosecutor, Assistant United States Attorney Karen Obi, declined to comment.\n\nIn March, a former state senator, Frank Lucan, was convicted of taking bribes from a towing company and sentenced to four years.",
    facts: ["Rolf Danner -CHARGED_WITH-> bribery", "Frank Lucan -DEFENDANT_IN-> Lucan trial"],
    not: ["Tomas Ferro -PRESIDED_OVER-> Lucan trial", "Karen Obi -PROSECUTED-> Lucan trial"],
  },
  {
    style: "Scottish sheriff court: adjectives joined before one noun are one offence, not the first adjective alone",
    text: "Callum Reid, 23, pleaded guilty at Dundee Sheriff Court to culpable and reckless conduct.",
    facts: [],
    not: ["Callum Reid -CHARGED_WITH-> culpable"],
  },
  {
    style: "London live blog: a gerund cut from its object ('taking £80,000') is no offence",
    text: "Former councillor Neil Harlow, 61, denies two counts of bribery. Harlow is accused of taking £80,000 from a developer in return for backing a planning application.",
    facts: ["Neil Harlow -CHARGED_WITH-> bribery"],
    not: ["Neil Harlow -CHARGED_WITH-> taking"],
  },
  {
    style: "Indian wire (PTI): sections of a penal code are no offence",
    text: "Anil Batra, director of a realty firm, was booked under sections of the Indian Penal Code relating to cheating and criminal conspiracy.",
    facts: [],
    not: ["Anil Batra -CHARGED_WITH-> sections of the Indian Penal Code"],
  },
  {
    style: "English court listings: harassing is harassment, not stalking",
    text: "HARASSMENT: Owen Tapp, 52, of Bishops Cleeve, was accused of harassing his former partner, Gail Sutt. Prosecutors offered no evidence and the charge was dismissed.",
    facts: ["Owen Tapp -CHARGED_WITH-> harassment"],
    not: ["Owen Tapp -CHARGED_WITH-> stalking"],
  },
  {
    style: "English court listings: 'his former partner, X' is a tie to him, not her occupation",
    text: "HARASSMENT: Owen Tapp, 52, of Bishops Cleeve, was accused of harassing his former partner, Gail Sutt.",
    facts: ["Gail Sutt -RELATED_TO(partner)-> Owen Tapp"],
    not: ["Gail Sutt -HOLDS_ROLE-> partner"],
  },
  {
    style: "US broadsheet: a successor is no occupation",
    text: "Mr. Danner's successor, Mayor Donna Whit, said the city had overhauled its procurement rules.",
    facts: ["Donna Whit -HOLDS_ROLE-> mayor"],
    not: ["Donna Whit -HOLDS_ROLE-> successor"],
  },
  {
    style: "Australian ABC lede: 'a former junior football coach' is a coach, not a junior",
    text: "A former junior football coach has been found guilty of indecently dealing with a boy in the 1990s.\n\nGraham Colt, 67, pleaded not guilty in the District Court to four counts of indecent treatment of a child under 16.",
    facts: ["Graham Colt -HOLDS_ROLE-> junior football coach"],
    not: ["Graham Colt -HOLDS_ROLE-> junior"],
  },
  {
    style: "UK tabloid: 'his mum' after the victim's sentence is the victim's mother, as her surname shows",
    text: "Brawny Kieran Doyle, 34, stabbed plumber Jason Pett, 29, six times outside a pub.\n\nDoyle was convicted of attempted murder at Manchester Crown Court last month.\n\nJason, who was attacked by Doyle as he left the pub, spent three weeks in intensive care.\n\nSpeaking after the hearing, his mum Sharon Pett, 58, said: \"He'll never be the same.\"",
    facts: ["Sharon Pett -RELATED_TO(mother)-> Jason Pett"],
    not: ["Sharon Pett -RELATED_TO(mother)-> Brawny Kieran Doyle", "Sharon Pett -RELATED_TO(mother)-> Kieran Doyle"],
  },
  {
    style: "Dublin broadsheet: 'his sister' reading a victim impact statement is the victim's sister",
    text: "Kevin Elcock (29), of Tallaght, had been charged with the murder of Gavin Reill (31) but pleaded guilty to manslaughter at the Kestleford Crown Court.\n\nMs Justice Aileen Tobb said the attack was senseless but accepted that Elcock had not intended to kill his friend.\n\nIn a victim impact statement read by his sister, Dervla Reill, the family said: \"Gavin was the life of every party.\"",
    facts: ["Dervla Reill -RELATED_TO(sister)-> Gavin Reill"],
    not: ["Dervla Reill -RELATED_TO(sister)-> Kevin Elcock"],
  },
  {
    style: "NZ Herald: the judge of a son's judge-alone acquittal did not preside over his father's trial",
    text: "Graham Pohat, 55, was convicted in the Auckland District Court in June of assault after he attacked tenant Rawiri Nik at a Mangere property.\n\nPohat's lawyer, Miriama Lin, said her client was disappointed.\n\nPohat's son, Jordan Pohat, 24, who was present during the attack, was charged with assault but was acquitted at a judge-alone trial in April. Judge Sarah Kin found there was insufficient evidence that he had struck Nik.",
    facts: ["Graham Pohat -DEFENDANT_IN-> Pohat trial"],
    not: ["Sarah Kin -PRESIDED_OVER-> Pohat trial"],
  },
  {
    style: "London live blog: a housebuilder named 'X Homes' is a company, not a developer by trade",
    text: "Harlow is accused of taking money from developer Clifton Homes in return for backing a planning application. Clifton Homes' former chairman, Roger Stam, has admitted offering a bribe.",
    facts: ["Roger Stam -WORKS_FOR-> Clifton Homes"],
    not: ["Clifton Homes -HOLDS_ROLE-> developer"],
  },
  {
    style: "US local TV: a judge, a prosecutor and a witness named before a comparison case at the end are not that case's",
    text: "A Harris County man accused of killing his neighbor during an argument over a parking space will stand trial, a judge ruled Thursday.\n\nMarcus Dell, 45, appeared in the 180th District Court for a preliminary hearing. Judge Renee Cast found there was enough evidence to send the case to a jury.\n\nAnother neighbor, Walter Amis, who witnessed the shooting, testified at the hearing.\n\nHarris County District Attorney Sean Tear said his office would not seek the death penalty. If convicted, Dell could face life in prison.\n\nThe case has drawn comparisons to the 2021 killing of Jeremy Ovwick in Katy, whose killer, Roy Sandys, was acquitted after claiming self-defense.",
    facts: ["Roy Sandys -DEFENDANT_IN-> Sandys trial"],
    not: ["Renee Cast -PRESIDED_OVER-> Sandys trial", "Sean Tear -PROSECUTED-> Sandys trial", "Walter Amis -TESTIFIED_IN-> Sandys trial", "Sandys trial -HELD_AT-> 180th District Court"],
  },
  {
    style: "Sky News: an unnamed youth's trial; a co-accused who only admitted an offence has no trial for its people",
    text: "A 17-year-old boy has been found guilty of murdering a 15-year-old in a park in south London.\n\nThe jury at the Old Bailey deliberated for 11 hours.\n\nJudge Mark Lucas KC said he would sentence the teenager next month.\n\nThe prosecutor, Tom Littel KC, told the court the killing was revenge for an earlier fight. A third boy, Dylan Fost, 18, admitted perverting the course of justice by hiding the knife.\n\nKai's friend, Joel Adey, who was with him when he was attacked, gave evidence from behind a screen.",
    facts: ["Dylan Fost -ENTERED_PLEA-> Dylan Fost pleads guilty"],
    not: ["Joel Adey -TESTIFIED_IN-> Fost trial", "Dylan Fost -DEFENDANT_IN-> Fost trial", "Mark Lucas -PRESIDED_OVER-> Fost trial", "Tom Littel -PROSECUTED-> Fost trial"],
  },
  {
    style: "Times of India: 'her father' is not a man of her maiden name named only later",
    text: "The deceased, Pooja Mishr, 26, was found hanging at her in-laws' home in 2019. Her father, Rajendra Tiwar, had lodged a complaint alleging that she had been harassed for dowry.\n\nPooja's brother, Amit Tiwar, said the family would challenge the verdict.",
    facts: ["Rajendra Tiwar -RELATED_TO(father)-> Pooja Mishr"],
    not: ["Rajendra Tiwar -RELATED_TO(father)-> Amit Tiwar"],
  },
  {
    style: "Hollywood trade press: a co-worker's plea told first does not make the article's trial a side case (its judge and defence stay)",
    text: "Actor Leon Marchi testified for the prosecution in the involuntary manslaughter trial of the production's armorer, Kayla Brant.\n\nThe film's assistant director, Ray Holm, pleaded no contest last year to negligent use of a deadly weapon.\n\nBrant, 27, has pleaded not guilty.\n\nUnder cross-examination by defense attorney Nicole Ferra, Marchi acknowledged he had not read the safety memos.\n\nSpecial prosecutor Elaine Strode told jurors that Brant treated the job like a side gig.\n\nJudge Franklin Orton is presiding.",
    facts: ["Franklin Orton -PRESIDED_OVER-> Brant trial", "Nicole Ferra -REPRESENTS-> Kayla Brant"],
  },
  {
    style: "English magistrates' round-up: 'she pleaded not guilty' is never the solicitor's plea",
    text: "DRINK-DRIVER BANNED\n\nA care worker who was found asleep at the wheel of her car has been banned from driving for 20 months.\n\nAdaeze Okoro-Clarke, 31, of Mill Lane, pleaded guilty to driving with excess alcohol.\n\nCrown prosecutor Harjit Sand said police found her car stopped in a lay-by.\n\nHer solicitor, Tomasz Wisnia, said she had been driving home after a double shift.\n\nWOMAN DENIES ASSAULTING OFFICER\n\nA woman has admitted stealing from a supermarket but denied assaulting the police officer who arrested her.\n\nKerry-Ann Pollet, 44, of Orchard Walk, pleaded guilty to theft of £212 of meat from a supermarket.\n\nShe pleaded not guilty to assaulting an emergency worker, PC Dan Oke, by kicking him in the leg.",
    facts: ["Kerry-Ann Pollet -CHARGED_WITH-> theft"],
    not: ["Tomasz Wisnia -ENTERED_PLEA-> Tomasz Wisnia pleads not guilty", "Tomasz Wisnia -CHARGED_WITH-> assault"],
  },
  {
    style: "Australian broadsheet: 'his lawyer' of an unnamed complainant, or of a father in the sentence before, is not the defendant's",
    text: "The High Court has quashed the convictions of former archbishop Colm Tierney, who walked free on Tuesday.\n\nTierney, 78, had been found guilty by a County Court jury in 2024.\n\nThe complainant, now in his 30s, said in a statement released through his lawyer, Viv Tallis, that he respected the decision.\n\nThe father of a second choirboy, who died in 2019, had planned to sue the church. His lawyer, Lisa Dunmore, said the man was devastated.\n\nTierney's barrister, Bret Walden SC, had argued the jury could not have been satisfied.",
    facts: ["Bret Walden -REPRESENTS-> Colm Tierney"],
    not: ["Viv Tallis -REPRESENTS-> Colm Tierney", "Lisa Dunmore -REPRESENTS-> Colm Tierney"],
  },
  {
    style: "Bollywood trade press: 'The actor, who ...' is the star the story is about, and 'his father' is his",
    text: "A sessions court acquitted actor Veer Malhotra of culpable homicide on Friday.\n\nThe actor, who has starred in two of the year's biggest hits, did not speak to the media. His father, the screenwriter Ravi Malhotra, was not in court.",
    facts: ["Ravi Malhotra -RELATED_TO(father)-> Veer Malhotra"],
  },
  {
    style: "Indian wire: a surname such as 'Das' is no 'DAs', and 'the four — A, B, C and D —' are each convicted",
    text: "NEW DELHI: The Supreme Court on Friday upheld the death sentences of four men.\n\nA fast-track court had in 2023 convicted the four — Mohan Deshmukh, Vinay Gowda, Pawan Das and Arvind Tulsiani — of gang-rape, murder and kidnapping.\n\nThe four had pleaded not guilty.",
    facts: ["Mohan Deshmukh -CHARGED_WITH-> murder", "Pawan Das -CHARGED_WITH-> kidnapping", "Arvind Tulsiani -ENTERED_PLEA-> Arvind Tulsiani pleads not guilty"],
    not: ["Mohan Deshmukh -HOLDS_ROLE-> district attorney", "Vinay Gowda -HOLDS_ROLE-> district attorney"],
  },
  {
    style: "Indian daily: 'the accused, X of Town' names where he lives, not an employer, when the town is its police's place",
    text: "The Principal Sessions Court convicted the accused, R. Sundaravel of Madhavaram, of murder on Monday. His brother had lodged the complaint with the Madhavaram police.",
    facts: ["R. Sundaravel -CHARGED_WITH-> murder"],
    not: ["R. Sundaravel -WORKS_FOR-> Madhavaram"],
  },
  {
    style: "business wire: the company in 'the former finance chief of collapsed lender X pleaded guilty' is not who pleaded",
    text: "LONDON, May 2 (Wire) - The former finance director of collapsed lender Ostermark Credit pleaded guilty on Friday to fraud and false accounting.\n\nNadia Quill, 51, entered the plea at Kelmarsh Crown Court.",
    facts: [],
    not: ["Ostermark Credit -CHARGED_WITH-> fraud", "Ostermark Credit -ENTERED_PLEA-> Ostermark Credit pleads guilty"],
  },
  {
    style: "British tabloid: a victim's mother who 'told the court' at the sentencing gave no evidence at the trial",
    text: "A man who stabbed a stranger outside a takeaway has been jailed for life.\n\nJoel Harker, 26, had denied murdering Liam Rowsell but was convicted by a jury at Preston Crown Court last month.\n\nLiam's mother, Donna Rowsell, told the court her son was 'a gentle giant'.",
    facts: ["Joel Harker -CHARGED_WITH-> murder", "Harker trial: guilty -ON_CHARGE-> murder"],
    not: ["Donna Rowsell -TESTIFIED_IN-> Harker trial"],
  },
  {
    style: "Hollywood trade press: 'cleared of personal liability' is a civil finding, not an acquittal; 'the film's' is the story's film, not one named in passing",
    text: "Harbourlight Pictures, the studio behind the thriller Salt Lantern, must pay $2 million to a stuntman hurt on its set.\n\nJurors found Harbourlight Pictures negligent but cleared its co-founder, producer Ivo Mabery, of personal liability. Judge Lena Obi presided.\n\nThe stuntman, Rafe Elcock, had doubled for stars in more than 30 films including Copper Sky, according to the suit.\n\nThe film's director, Tomas Delahunt, testified that he had not seen the safety report. Salt Lantern grossed $40 million.",
    facts: ["Lena Obi -PRESIDED_OVER-> Harbourlight Pictures"],
    not: ["Ivo Mabery -CHARGED_WITH-> personal liability", "Tomas Delahunt -DIRECTED-> Copper Sky"],
  },
  {
    style: "Manila broadsheet: a 'Justice Minister' is a minister, no judge to preside over the trial",
    text: "A Quezon City court convicted the broadcaster Lito Abad of cyber libel on Monday.\n\nJustice Minister Carmela Sy said the government respected the ruling.",
    facts: ["Carmela Sy -HOLDS_ROLE-> justice minister"],
    not: ["Carmela Sy -HOLDS_ROLE-> judge", "Carmela Sy -PRESIDED_OVER-> Abad trial"],
  },
  {
    style: "Pakistani daily: brothers whose names differ only in the middle are two people, and the acquittal is the brother's",
    text: "KARACHI: An accountability court on Wednesday sentenced former provincial minister Sardar Imdad Lashari to seven years in prison.\n\nThe court acquitted his brother, Sardar Nawaz Lashari, for lack of evidence.",
    facts: ["Sardar Nawaz Lashari -RELATED_TO(brother)-> Sardar Imdad Lashari"],
    not: ["Sardar Imdad Lashari -DEFENDANT_IN-> Lashari trial"],
  },
  {
    style: "Singapore daily: the prosecutor who sought a sentence for the man who pleaded guilty did not prosecute his accomplice's trial",
    text: "SINGAPORE - A former bank manager who cheated elderly clients was sentenced to four years' jail on Jan 22.\n\nQuah Kah Wai, 41, pleaded guilty in December to three counts of cheating.\n\nHis accomplice, Seah Li Ping, 39, claimed trial and was convicted in November of abetting cheating.\n\nDeputy Public Prosecutor Clement Yeo had sought five years' jail for Quah. Quah's lawyer said Quah had repaid $800,000.",
    facts: ["Seah Li Ping -CHARGED_WITH-> abetting cheating"],
    not: ["Clement Yeo -PROSECUTED-> Ping trial", "Clement Yeo -PROSECUTED-> Seah trial"],
  },
  {
    style: "Australian broadsheet: 'accused of killing' names no manslaughter or murder the text does not name",
    text: "Hugo Vance, who is accused of killing his flatmate in Newtown last year, pleaded not guilty on Friday.\n\nA man accused of stabbing a bouncer, Lee Tran, was refused bail.",
    facts: ["Hugo Vance -CHARGED_WITH-> killing"],
    not: ["Hugo Vance -CHARGED_WITH-> manslaughter", "Hugo Vance -CHARGED_WITH-> murder"],
  },
  {
    style: "Sydney daily round-up: after 'Separately,' the magistrate and the death told before belong to the other case",
    text: "A 17-year-old accused of killing a cyclist in a hit-and-run has been refused bail.\n\nThe boy, who cannot be named, is charged with dangerous driving occasioning death.\n\nCyclist Brendan Yeo, 44, died at the scene on July 12.\n\nMagistrate Joanne Price said the risk of reoffending was too high.\n\nSeparately, Hugo Vance, 23, was found not guilty of murder but guilty of manslaughter by a jury in the NSW Supreme Court on Friday.",
    facts: ["Hugo Vance -DEFENDANT_IN-> Vance trial", "Vance trial -HELD_AT-> NSW Supreme Court"],
    not: ["Joanne Price -PRESIDED_OVER-> Vance trial", "Joanne Price -WORKS_FOR-> NSW Supreme Court", "murder -ALLEGED_VICTIM-> Brendan Yeo", "manslaughter -ALLEGED_VICTIM-> Brendan Yeo"],
  },
  {
    style: "Hong Kong trade press: the studio in 'The founder of X, Y, was found guilty' is not convicted beside its founder",
    text: "The founder of Bluewave Pictures, Tam Ka-ming, was found guilty of fraud on Tuesday.\n\nThe chairman of Orchid Holdings, Chua Boon Keat, has pleaded guilty to cheating.",
    facts: ["Tam Ka-ming -CHARGED_WITH-> fraud", "Chua Boon Keat -CHARGED_WITH-> cheating"],
    not: ["Bluewave Pictures -CHARGED_WITH-> fraud", "Orchid Holdings -CHARGED_WITH-> cheating"],
  },
  {
    style: "South African Sunday paper: 'and his trial continues' after a list of counts is no charge",
    text: "Her husband, attorney Lwazi Ndlela, 51, has pleaded not guilty to 14 counts of fraud and his trial continues.",
    facts: ["Lwazi Ndlela -CHARGED_WITH-> fraud", "Lwazi Ndlela pleads not guilty -ON_CHARGE-> fraud"],
    not: ["Lwazi Ndlela -CHARGED_WITH-> trial continues", "Lwazi Ndlela -CHARGED_WITH-> his trial continues"],
  },
  {
    style: "Texas TV station: 'accused of killing X' is the one homicide count the story names, with X its complainant",
    text: "A Garland man pleaded not guilty Wednesday to capital murder in the shooting death of a store clerk.\n\nTerrell Dixon, 24, is accused of killing Amir Patel during a robbery in January.",
    facts: ["Terrell Dixon -CHARGED_WITH-> capital murder", "capital murder -ALLEGED_VICTIM-> Amir Patel"],
    not: ["Terrell Dixon -CHARGED_WITH-> killing", "Terrell Dixon -CHARGED_WITH-> manslaughter"],
  },
];

describeStories("precision: traps in unseen styles", ROWS);
