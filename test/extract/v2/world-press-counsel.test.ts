// Who argued and what a plea led to, as Irish, Indian, Pakistani and Australian papers close their reports: the
// solicitor who instructs a barrister acts for the barrister's client; "Advocate X represented the accused" is the
// defence of the trial's accused; a community corrections order after a guilty plea is a sentence on that plea.
// Each story is invented, in a style of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish broadsheet: the senior counsel and the solicitor instructing him",
    text: "Limerick man found guilty of murdering his neighbour\n\nA jury at the Central Criminal Court has found Seamus Orrell, 61, guilty of murdering his neighbour, Patrick Hogarty.\n\nProsecuting counsel Aoife Keaney SC told the trial that Mr Orrell had struck his neighbour with a shovel.\n\nMr Orrell was represented by Brendan Drane SC, instructed by solicitor Niamh Tuohy.",
    facts: ["Brendan Drane -REPRESENTS-> Seamus Orrell", "Niamh Tuohy -REPRESENTS-> Seamus Orrell"],
    not: ["Aoife Keaney -REPRESENTS-> Seamus Orrell", "Niamh Tuohy -REPRESENTS-> Brendan Drane"],
  },
  {
    style: "Indian daily: the defence told last, as 'Advocate X represented the accused'",
    text: "Pune businessman gets life term for killing driver\n\nPUNE: A sessions court on Monday convicted Ramesh Vell of murder and sentenced him to life imprisonment.\n\nSpecial public prosecutor Ujjwala Pemberly examined 21 witnesses. Advocate Prakash Kittredge represented the accused.",
    facts: ["Prakash Kittredge -REPRESENTS-> Ramesh Vell"],
    not: ["Ujjwala Pemberly -REPRESENTS-> Ramesh Vell"],
  },
  {
    style: "Pakistani wire: the defence 'appeared for the accused, while' the prosecutor 'represented the state'",
    text: "Man sentenced to death for killing trader\n\nLAHORE: An anti-terrorism court on Saturday convicted Imran Ostrom of murder.\n\nNaveed Ardell appeared for the accused, while public prosecutor Sumbal Rusk represented the state.",
    facts: ["Naveed Ardell -REPRESENTS-> Imran Ostrom"],
    not: ["Sumbal Rusk -REPRESENTS-> Imran Ostrom"],
  },
  {
    style: "Australian wire: a co-accused 'placed on a community corrections order after pleading guilty'",
    text: "Former builder jailed over $2.1m fraud\n\nCraig Moorcroft, 56, pleaded guilty in the County Court to 31 charges of obtaining property by deception.\n\nHis wife, Leanne Moorcroft, 52, was placed on a two-year community corrections order after pleading guilty to one charge of dealing with the proceeds of crime.",
    facts: [
      "Leanne Moorcroft -ENTERED_PLEA-> Leanne Moorcroft pleads guilty",
      "Leanne Moorcroft: guilty -ON_CHARGE-> dealing with the proceeds of crime",
    ],
    not: ["Craig Moorcroft -CHARGED_WITH-> dealing with the proceeds of crime"],
  },
];

describeStories("counsel and pleas as world papers close their reports", ROWS);
