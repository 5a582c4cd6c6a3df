// A lede that describes the one convicted ("A jury convicted a Brisbane man of murder") before it names them: the
// description stands for the first person the next sentences introduce, but not for a witness they bring on ("The jury
// heard from X", "evidence from X", "testimony from X, ... and from Y"), even one whose own case the article tells more
// often than the defendant's. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Australian wire: the jury heard from a witness once charged with the killing, then convicted the man named next",
    text: "Jury convicts man of killing rival\n\nA jury on Friday convicted a Brisbane man of murdering a rival drug dealer in 2022.\n\nThe jury heard from Trent Gatterley, who had been charged with the killing before the charge was withdrawn, and from the victim's sister, Kylie Brackley. Jurors convicted Aaron Yelverton, 29, of murder after two days of deliberations.\n\nJustice Helen Corrigal will sentence Yelverton on Monday. Gatterley, who gave evidence under an immunity deal, was earlier convicted of drug supply.",
    facts: ["Aaron Yelverton -CHARGED_WITH-> murder", "Aaron Yelverton -DEFENDANT_IN-> Yelverton trial"],
    not: ["Trent Gatterley -CHARGED_WITH-> murder", "Trent Gatterley -DEFENDANT_IN-> Yelverton trial", "Kylie Brackley -DEFENDANT_IN-> Brackley trial"],
  },
  {
    style: "British local paper: 'the court heard evidence from' an accomplice already jailed",
    text: "Shopkeeper guilty of arson at rival's store\n\nA shopkeeper has been found guilty of setting fire to a rival's store in Luton.\n\nThe court heard evidence from Dravick Pellenor, who admitted buying the petrol and was jailed for arson last year. Fintan Quennell, 44, was convicted of arson with intent to endanger life after a six-day trial at Luton Crown Court.\n\nPellenor told jurors Quennell had offered him £2,000. Quennell will be sentenced in May.",
    facts: ["Fintan Quennell -CHARGED_WITH-> arson with intent to endanger life"],
    not: ["Dravick Pellenor -CHARGED_WITH-> setting fire to a rival's store", "Dravick Pellenor -DEFENDANT_IN-> Pellenor trial"],
  },
  {
    style: "US wire: 'jurors heard testimony from' a fellow officer who pleaded guilty",
    text: "Former deputy sheriff convicted of civil rights violations\n\nA federal jury convicted a former deputy sheriff of using excessive force against an inmate, prosecutors said Thursday.\n\nJurors heard testimony from Brenna Larkwood, a fellow deputy who pleaded guilty to obstruction of justice in the case, and from the inmate. The jury found Rooksby Aldreth, 38, guilty of deprivation of rights under color of law.\n\nLarkwood, who is awaiting sentencing, said Aldreth struck the man repeatedly.",
    facts: ["Rooksby Aldreth -CHARGED_WITH-> deprivation of rights", "Rooksby Aldreth -DEFENDANT_IN-> Aldreth trial"],
    not: ["Brenna Larkwood -CHARGED_WITH-> using excessive force", "Brenna Larkwood -DEFENDANT_IN-> Larkwood trial"],
  },
];

describeStories("a lede's described defendant is not a witness named next", ROWS);
