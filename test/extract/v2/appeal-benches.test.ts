// A bench of judges that delivers its verdict on an appeal heard no trial: its judges sit on the appeal
// court (their ruling upholds or overturns the conviction), and none presided over the trial that
// convicted. Invented Bangladeshi and Indian stories.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "Bangladeshi daily: a two-judge bench delivers its verdict after hearing the appeal",
    text: "Court upholds conviction of ex-minister\n\nThe High Court Division yesterday upheld the conviction of former land minister Mofazzal Karim Chowdhury in a land-grabbing case.\n\n"
      + "A bench of Justice Shahriar Talukder and Justice Rokeya Hoque delivered the verdict after hearing an appeal filed by Chowdhury against a 2021 judgment of a special judge's court, which had sentenced him to seven years in jail.",
    facts: ["Shahriar Talukder -HOLDS_ROLE-> judge", "Rokeya Hoque -HOLDS_ROLE-> judge", "Mofazzal Karim Chowdhury -DEFENDANT_IN-> Chowdhury trial"],
    not: ["Rokeya Hoque -PRESIDED_OVER-> Chowdhury trial", "Shahriar Talukder -PRESIDED_OVER-> Chowdhury trial"],
  },
  {
    style: "Indian daily: a judge who delivers the verdict in a sentence telling no appeal tried the case",
    text: "Sessions judge clears trader\n\nThe trader, Anwara Mahbub, was acquitted of cheating on Monday. Additional Sessions Judge Deepak Venkatraman delivered the verdict after a two-year trial.",
    facts: ["Deepak Venkatraman -PRESIDED_OVER-> Mahbub trial"],
  },
  {
    style: "Australian broadsheet: the appeal judges named as the subject quash a conviction a Supreme Court jury returned",
    text: "Murder conviction quashed\n\nA man jailed for stabbing his housemate will face a new trial after the Court of Appeal found the trial judge misdirected the jury. "
      + "Declan Corlett, 33, was found guilty of murder by a Supreme Court jury in 2022. "
      + "On Friday, Justices Mara Quintrell, Ewan Dobbs and Lia Ferrant unanimously allowed his appeal, quashed the conviction and ordered a retrial.",
    facts: ["Corlett trial: guilty -ON_CHARGE-> murder", "Court of Appeal -RULED-> Declan Corlett: appeal overturned", "Declan Corlett: appeal overturned -OVERTURNS-> Corlett trial: guilty", "Ewan Dobbs -WORKS_FOR-> Court of Appeal"],
    not: ["Supreme Court -RULED-> Declan Corlett: appeal overturned"],
  },
];

describeStories("appeal benches preside over no trial", ROWS);
