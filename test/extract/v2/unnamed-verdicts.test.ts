// Verdicts that name no charge ("convicted him on five of the six counts", "ended with a hung jury")
// on invented stories in several presses' manners: they are on the defendant's one charge.
import { table } from "./helpers.ts";

table("a verdict without its charge", [
  {
    name: "US wire: 'convicted him on four of the seven counts' is the indictment's one offence",
    text: "A grand jury indicted Corin Rudge on seven counts of mail fraud in 2021. Rudge pleaded not guilty. On Friday, jurors convicted him on four of the seven counts.",
    has: ["Rudge trial: guilty -ON_CHARGE-> mail fraud", "Rudge trial -TRIED_FOR-> mail fraud"],
  },
  {
    name: "Australian: a trial that ended with a hung jury was on the accused's one charge",
    text: "Brisbane man Dale Purvis, 44, was charged with the murder of his neighbour in 2022. His trial in the Supreme Court ended with a hung jury on Thursday, and prosecutors will seek a retrial.",
    has: ["Purvis trial: mistrial -ON_CHARGE-> murder"],
  },
  {
    name: "Trade press: two offences charged together, a verdict naming neither is on that one set",
    text: "Studio executive Mara Felsted was charged with embezzlement and with tax evasion. A jury convicted her on Tuesday.",
    has: ["Felsted trial: guilty -ON_CHARGE-> embezzlement", "Felsted trial: guilty -ON_CHARGE-> tax evasion"],
  },
  {
    name: "Trade press: offences charged in two tellings, a verdict naming none is on none",
    text: "Studio executive Mara Felsted was charged with embezzlement in May. In July she was also charged with tax evasion. A jury convicted her on Tuesday.",
    has: ["Mara Felsted -CHARGED_WITH-> tax evasion"],
    not: ["Felsted trial: guilty -ON_CHARGE-> embezzlement", "Felsted trial: guilty -ON_CHARGE-> tax evasion"],
  },
]);

table("a jury that could not agree at a retrial", [
  {
    name: "US wire: a count the retrial's jury could not agree on is a hung jury, though the first trial ended in a mistrial",
    text: "Oren Vale was convicted on Friday of two counts of rape at his retrial. His first trial ended in a mistrial in 2022. The jury could not agree on a third count of rape, which involved a third woman, Lena Mabery.",
    has: ["Vale trial -RESULTED_IN-> Vale trial: hung jury", "Vale trial (earlier) -RESULTED_IN-> Vale trial (earlier): mistrial"],
    not: ["Vale trial -RESULTED_IN-> Vale trial: mistrial"],
  },
  {
    name: "Australian: jurors unable to agree on one charge at the second trial, after a first trial that collapsed",
    text: "Brisbane man Dale Purvis was found guilty of manslaughter at his retrial on Thursday. His first trial ended in a mistrial last year. The jury was unable to agree on a charge of dangerous driving.",
    has: ["Purvis trial: hung jury -ON_CHARGE-> dangerous driving"],
    not: ["Purvis trial: mistrial -ON_CHARGE-> dangerous driving"],
  },
]);
