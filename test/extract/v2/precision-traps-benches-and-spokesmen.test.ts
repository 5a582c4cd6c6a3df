// Trap stories (a Welsh court report, a British council story): the judge who jailed someone "after he pleaded guilty"
// never pleads, and the official quoted after a lede's description is not the one it described. Each story is invented,
// and each trap has a close variant whose true reading must stay.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Welsh court report: 'Judge X jailed Y ... after he pleaded guilty' is Y's plea, never the judge's",
    text: "---\npublished: 2025-10-15\n---\nSentencing hearing\n\nAt a sentencing hearing at Cardiff Crown Court, Judge Huw Rees jailed Lee Pritchard, 29, for six years after he pleaded guilty to robbery.",
    facts: ["Huw Rees -HOLDS_ROLE-> judge", "Lee Pritchard -CHARGED_WITH-> robbery", "Lee Pritchard -ENTERED_PLEA-> Lee Pritchard pleads guilty"],
    not: ["Huw Rees -CHARGED_WITH-> robbery", "Huw Rees -ENTERED_PLEA-> Huw Rees pleads guilty"],
  },
  {
    style: "Welsh court report: the same with magistrates and 'after she admitted'",
    text: "---\npublished: 2025-10-15\n---\nShoplifter fined\n\nMagistrates in Newport fined Carys Bowden £300 after she admitted theft from a supermarket. District Judge Eleri Vaughan said she had shown remorse.",
    facts: ["Carys Bowden -CHARGED_WITH-> theft"],
    not: ["Eleri Vaughan -CHARGED_WITH-> theft"],
  },
  {
    style: "Welsh court report, variant: 'Y was jailed by Judge X after he pleaded guilty' stays Y's plea",
    text: "---\npublished: 2025-10-15\n---\nSentencing\n\nLee Pritchard was jailed by Judge Huw Rees for six years after he pleaded guilty to robbery.",
    facts: ["Lee Pritchard -CHARGED_WITH-> robbery", "Lee Pritchard -ENTERED_PLEA-> Lee Pritchard pleads guilty"],
    not: ["Huw Rees -CHARGED_WITH-> robbery"],
  },
  {
    style: "council story: the chief executive quoted after 'A council worker has been charged' is not the worker",
    text: "---\npublished: 2025-08-21\n---\nCouncil worker charged\n\nA council worker has been charged with misconduct. The council's chief executive, Martin Ebdon, said Sylvia Crane had been suspended.",
    facts: ["Martin Ebdon -HOLDS_ROLE-> chief executive"],
    not: ["Martin Ebdon -HOLDS_ROLE-> council worker"],
  },
  {
    style: "council story, variant: the worker named next, by her own post and no speech, is the one described",
    text: "---\npublished: 2025-08-21\n---\nCouncil worker charged\n\nA council worker has been charged with misconduct in public office. Sylvia Crane, 41, will appear at Leeds Magistrates' Court on Monday.",
    facts: ["Sylvia Crane -HOLDS_ROLE-> council worker"],
  },
];

describeStories("traps: a bench never pleads, a spokesman is not the one described", ROWS);

const WITNESS_ASIDE: StoryRow[] = [
  {
    style: "British trial report: 'Dr X, a psychiatrist called by the defence, told the jury that Y, 30, who denies murdering' is Y's plea",
    text: "---\npublished: 2025-06-04\n---\nWitness for the defence\n\nDr Helen Marsh, a psychiatrist called by the defence, told the jury that Sunil Ranade, 30, who denies murdering his father, was suffering from psychosis. Prosecutor James Ormsby said Ranade knew what he was doing.",
    facts: ["Sunil Ranade -CHARGED_WITH-> murder", "Sunil Ranade -DEFENDANT_IN-> Ranade trial", "Helen Marsh -TESTIFIED_IN-> Ranade trial"],
    not: ["Helen Marsh -CHARGED_WITH-> murder", "Helen Marsh -DEFENDANT_IN-> Marsh trial"],
  },
  {
    style: "British trial report, variant: an aside of the accused's own ('X, 30, a father of two, denies murder') stays his",
    text: "---\npublished: 2025-06-04\n---\nTrial\n\nSunil Ranade, 30, a father of two from Leicester, denies murdering his father.",
    facts: ["Sunil Ranade -CHARGED_WITH-> murder"],
  },
];

describeStories("traps: a witness's 'told the jury that' is no aside of hers", WITNESS_ASIDE);
