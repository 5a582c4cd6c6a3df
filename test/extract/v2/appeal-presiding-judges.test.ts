// The judge who presides over an appeal is not the judge of the trial it reviews. Each story is invented, in a style
// of its own; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Irish broadcaster: the appeal court's presiding judge says the trial judge erred",
    text: "Court of Appeal quashes murder conviction, orders retrial\n\nThe Court of Appeal has quashed the murder conviction of a Limerick man who was jailed for life in 2022.\n\nConal Brannagh, 31, was found guilty by a jury at the Central Criminal Court of murdering Tadhg Ruane, 17, at a house party in March 2020.\n\nPresiding judge Ms Justice Ailbhe Costigan said the trial judge, Mr Justice Ruairc Trevaskis, had erred in refusing to let the jury consider manslaughter.",
    facts: ["Ruairc Trevaskis -PRESIDED_OVER-> Brannagh trial", "Conal Brannagh -DEFENDANT_IN-> Brannagh trial"],
    not: ["Ailbhe Costigan -PRESIDED_OVER-> Brannagh trial"],
  },
  {
    style: "Australian broadcaster: an appeal dismissed years after the trial (a trial of its own, earlier than the parole year told), its trial judge named only in the appeal's argument",
    text: "Former rowing coach loses appeal against abuse convictions\n\nA former rowing coach jailed for abusing two boys in the 1990s has lost his bid to overturn his convictions.\n\nDarcy Scobie, 68, was found guilty by a District Court jury in 2022 of nine counts of indecent assault and sentenced to seven years' jail.\n\nOn Friday, the Court of Appeal dismissed his appeal.\n\nScobie's barrister, Kirrily Merrin SC, had argued the trial judge, Judge Ross Callister, erred in allowing evidence from a third man.\n\nScobie will be eligible for parole in 2029.",
    facts: ["Ross Callister -PRESIDED_OVER-> Scobie trial (earlier)", "Darcy Scobie -DEFENDANT_IN-> Scobie trial (earlier)"],
    not: ["Ross Callister -PRESIDED_OVER-> Scobie trial", "Darcy Scobie -DEFENDANT_IN-> Scobie trial"],
  },
];

describeStories("judges of an appeal and of the trial it reviews", ROWS);
