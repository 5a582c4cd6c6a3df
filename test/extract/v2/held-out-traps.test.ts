// Wrong edges of the kinds a held-out set of real reports showed, each in an invented story of another style:
// a county in an address taken for the police force named after it, a client who speaks "through her
// lawyer" taken for the lawyer, a victim taken for the judge by a pronoun, a description of someone else
// in a sentence that already names the article's topic given to the topic.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British wire: the county of an address is no police force, and no one charged",
    text: "A Hoxley constable has been jailed for life for the murder of a shop worker.\n\nSussex Police said the officer had been suspended.\n\nDale Pym was arrested at his flat in Marden, Sussex, on 2 May and first appeared at Wexwell Magistrates' Court two days later, charged with kidnap and murder.\n\nThe victim was driven to Sussex, where Pym strangled her.\n\nAnna Frey KC, defending, said Pym was ashamed.",
    facts: ["Anna Frey -REPRESENTS-> Dale Pym"],
    not: ["Sussex Police -CHARGED_WITH-> murder", "Sussex Police -CHARGED_WITH-> kidnap", "Anna Frey -REPRESENTS-> Sussex Police"],
  },
  {
    style: "Canadian broadsheet: one who speaks 'through her lawyer' is the client, not the lawyer",
    text: "A Halifax broadcaster was acquitted on Thursday of four counts of sexual assault.\n\nMoira Wetherall was one of the complainants. The broadcaster's sister, Dana Pike, sat behind him as the verdict was read.\n\nIn a statement released through her lawyer, Wetherall said she did not regret coming forward.",
    facts: [],
    not: ["Moira Wetherall -REPRESENTS-> Dana Pike", "Moira Wetherall -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "South African weekly: 'She sentenced him' is the judge, never the woman he killed",
    text: "Kobus Venter, who shot his girlfriend Lindiwe Wexby through a bedroom door, has been released on parole.\n\nWexby, a 31-year-old nurse, died at the scene. Her mother said Wexby had wanted to leave him. She said her daughter had been afraid.\n\nAt the end of a trial that was broadcast live, Judge Naledi Khumalo of the Western Cape High Court acquitted Venter of murder in May 2016, finding instead that he was guilty of culpable homicide. She sentenced him to six years in prison.",
    facts: [],
    not: ["Lindiwe Wexby -PRESIDED_OVER-> Venter trial"],
  },
  {
    style: "Trade press: a description of another party in a sentence that names the topic is not the topic",
    text: "Radio host Colm Dwyer has been cleared of harassment.\n\nDwyer, who fronted the station's breakfast show for a decade, was fired by the public broadcaster in October 2021 after the Evening Post reported complaints from several women.\n\nDwyer said he would return to work.",
    facts: [],
    not: ["Colm Dwyer -HOLDS_ROLE-> public broadcaster"],
  },
  {
    style: "US tabloid: 'the skier' in a sentence about what the topic said is the other skier",
    text: "Film star Nadia Hensby won her ski-crash trial on Thursday.\n\nHensby's daughter said she did not see the crash but heard her mother shouting, while a friend recalled Hensby telling her that the skier 'slammed into my back.'\n\nHensby was awarded $1.",
    facts: [],
    not: ["Nadia Hensby -HOLDS_ROLE-> skier"],
  },
  {
    style: "British tabloid: a surname alone is the principal's even where only a sister's given name shows a gender",
    text: "---\ntitle: Socialite Ondine Crake jailed for 12 years\npublished: 2024-05-02\n---\nSocialite Ondine Crake jailed for 12 years\n\nOndine Crake, the heiress who ran a modelling agency, was jailed on Tuesday for 12 years for trafficking young women.\n\nJudge Roy Pellow imposed the sentence after Crake, 58, told the court she hoped the women could find peace.\n\nA jury convicted Crake in March. Her brother Lewis Crake and sister Mary Crake have supported her throughout the case.",
    facts: [],
    not: ["Mary Crake -TESTIFIED_IN-> Crake trial"],
  },
  {
    style: "US wire: 'illegal sex acts' ends in its plural noun, which the tagger takes for a verb",
    text: "Jurors found Dana Larkbey guilty of transporting a minor and acquitted her of one count of enticing a minor to travel to engage in illegal sex acts.",
    facts: ["Dana Larkbey -CHARGED_WITH-> enticing a minor to travel to engage in illegal sex acts"],
    not: ["Dana Larkbey -CHARGED_WITH-> enticing a minor to travel to engage in illegal sex"],
  },
  {
    style: "Australian ABC: a state or territory before an office is where it serves, no employer",
    text: "A former adviser has lost his defamation case against a television network.\n\nHis criminal trial in the ACT Supreme Court in 2022 was aborted after a juror brought research material into the jury room.\n\nACT Director of Public Prosecutions Colin Brack later dropped the charge, citing concerns for the complainant's health.",
    facts: [],
    not: ["Colin Brack -WORKS_FOR-> ACT"],
  },
  {
    style: "South African broadsheet: the conviction an appeal court substitutes is its ruling, not the trial's",
    text: "---\ntitle: Appeal court finds former athlete guilty of murder\npublished: 2016-12-03\n---\nAppeal court finds former athlete guilty of murder\n\nIn 2015, Judge Ruth Mbeki of the High Court in Durban convicted Lwazi Ndlela of culpable homicide for shooting his wife, Zanele Ndlela.\n\nOn Thursday the Supreme Court of Appeal overturned the culpable homicide verdict and found him guilty of murder.",
    facts: ["Supreme Court of Appeal -RULED-> Lwazi Ndlela: guilty on appeal", "Lwazi Ndlela: guilty on appeal -ON_CHARGE-> murder", "Lwazi Ndlela: appeal overturned -OVERTURNS-> Ndlela trial: guilty"],
    not: ["Ndlela trial: guilty -ON_CHARGE-> murder", "Ndlela trial -TRIED_FOR-> murder"],
  },
  {
    style: "Yorkshire daily: 'A fourth accused' was tried with the three before, not alone",
    text: "---\ntitle: Three men convicted of killing shopkeeper\npublished: 2024-02-10\n---\nThree men convicted of killing shopkeeper\n\nThree men have been found guilty of murdering a shopkeeper during a robbery in Leeds.\n\nKyle Barr, 24, Dean Oxlade, 22, and Liam Frost, 25, were convicted at Kestleford Crown Court on Friday after a six-week trial.\n\nA fourth accused, Tom Kerr, 19, was acquitted of murder but convicted of robbery.\n\nJudge Ann Wray will sentence the men next month.\n",
    facts: ["Tom Kerr -DEFENDANT_IN-> Barr trial"],
    not: ["Tom Kerr -DEFENDANT_IN-> Kerr trial"],
  },
  {
    style: "British broadsheet: one who 'did not give evidence' and wrote to the court testified not",
    text: "Dean Rudd was convicted of fraud at Kestleford Crown Court on Friday after a two-week trial.\n\nJudge Amy Lorne said he had lied to investors.\n\nPia Kell, his former assistant, who did not give evidence at the trial because of ill health, told the court in a written statement that her phone had been lost at sea.",
    facts: [],
    not: ["Pia Kell -TESTIFIED_IN-> Rudd trial"],
  },
];

describeStories("held-out traps: wrong edges a real report set showed", ROWS);
