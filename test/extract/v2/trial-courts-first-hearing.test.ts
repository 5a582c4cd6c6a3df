// A trial court named beside a court of first hearing: "appeared before Y Magistrates' Court ... pleaded not guilty at Z
// Crown Court", "first appeared at Y Magistrates' Court ... his case was heard at Z Crown Court". The trial told with no
// court was held at the court that tries cases, not at the one where the accused first appeared. Each story is invented.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British local paper: remanded by magistrates, the plea at the crown court, the verdict told bare",
    text: "Dunmarren father guilty of baby's manslaughter\n\nA father has been found guilty of the manslaughter of his seven-week-old son.\n\nCorwin Holtby, 27, of Dunmarren, appeared before Dunmarren Magistrates' Court last April and was remanded in custody.\n\nIn September he pleaded not guilty to murder at Kilbarrow Crown Court.\n\nOn Wednesday a jury cleared him of murder but convicted him of manslaughter after deliberating for 11 hours.",
    facts: ["Holtby trial -HELD_AT-> Kilbarrow Crown Court"],
    not: ["Holtby trial -HELD_AT-> Dunmarren Magistrates' Court"],
  },
  {
    style: "Regional daily: the magistrates told after the crown court appearance",
    text: "Man guilty of killing cyclist while drunk\n\nA driver who killed a cyclist while nearly three times over the drink-drive limit has been convicted.\n\nAlistair Feltwell, 44, denied causing death by careless driving while over the limit when he appeared at Brackwell Crown Court in January.\n\nHe had earlier appeared at Ostley Magistrates' Court, where he was granted bail.\n\nFollowing a four-day trial, a jury found him guilty.",
    facts: ["Feltwell trial -HELD_AT-> Brackwell Crown Court"],
    not: ["Feltwell trial -HELD_AT-> Ostley Magistrates' Court"],
  },
  {
    style: "Weekly paper: 'his case was heard at', and the first appearance told after",
    text: "Teacher convicted of indecent assault on pupils\n\nA former primary school teacher has been convicted of indecently assaulting three pupils in the 1990s.\n\nRalph Dimmock, 68, was charged last year and his case was heard at Sandiford Crown Court.\n\nHe had appeared at Bramlow Magistrates' Court in June 2024.\n\nJurors found him guilty of six counts of indecent assault on Friday.",
    facts: ["Dimmock trial -HELD_AT-> Sandiford Crown Court"],
  },
  {
    style: "Council-beat report: sent to the crown court, where a jury cleared him",
    text: "Former councillor cleared of fraud\n\nA former councillor accused of pocketing grant money has been acquitted by a jury.\n\nGervase Halvering, 62, was charged in 2023 and appeared before Ostley Magistrates' Court in January last year.\n\nThe case was sent to Carrowdale Crown Court, where a jury cleared him of two counts of fraud on Thursday.",
    facts: ["Halvering trial -HELD_AT-> Carrowdale Crown Court"],
  },
];

describeStories("a trial court named beside a court of first hearing", ROWS);
