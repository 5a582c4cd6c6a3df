// Wrong edges of the kinds a blind corpus showed (roles read off the wrong word, charges cut or split,
// lawyers and kin given to the wrong person, pleas and verdicts given to the wrong party). Each story is
// invented, in a style unlike the corpora; each row names what a reader takes from it and what it must not yield.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROLES: StoryRow[] = [
  {
    style: "British politics desk: 'the Liberal Democrat MP for X' names a party and a seat, no person",
    text: "Jenna Morrow, the Liberal Democrat MP for Eastwick, said she was appalled by the sentence. Alan Pryce was convicted of fraud at Southwark Crown Court.",
    facts: ["Jenna Morrow -HOLDS_ROLE-> legislator", "Alan Pryce -CHARGED_WITH-> fraud"],
    not: ["Liberal Democrat -HOLDS_ROLE-> legislator"],
  },
  {
    style: "British politics desk: a relative clause after a name is about that name, not the speaker of the sentence",
    text: "The Labour MP for Dunmore, Sian Hughes, said the Green Party MP was wrong about Neil Crane, who was convicted of theft.",
    facts: ["Neil Crane -CHARGED_WITH-> theft"],
    not: ["Sian Hughes -CHARGED_WITH-> theft", "Sian Hughes -DEFENDANT_IN-> Hughes trial"],
  },
  {
    style: "Nigerian law report: 'appellant' and 'respondent' are the parties of an appeal, no one's occupation",
    text: "In the appeal, the appellant, Okonkwo Adeyemi, challenged his conviction for murder. The respondent, the State of Lagos, was represented by Funmi Bello.",
    facts: ["Okonkwo Adeyemi -CHARGED_WITH-> murder"],
    not: ["Okonkwo Adeyemi -HOLDS_ROLE-> appellant"],
  },
  {
    style: "Indian court brief: a party label opening the sentence is no part of the name",
    text: "Defendant Ravi Nair, a schoolteacher, denied the charge of fraud. Appellant Joe Bright lost his appeal against his conviction for murder.",
    facts: ["Ravi Nair -CHARGED_WITH-> fraud", "Ravi Nair -HOLDS_ROLE-> teacher"],
    not: ["Defendant Ravi Nair -CHARGED_WITH-> fraud", "Appellant Joe Bright -CHARGED_WITH-> murder"],
  },
];

describeStories("wrong edges: roles", ROLES);
