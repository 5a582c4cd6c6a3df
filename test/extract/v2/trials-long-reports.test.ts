// Trials told the way long published reports tell them: an appeal ruling that looks back on the trial it
// quashed (its court, its witnesses), a trial told by "was tried for" alone, a bench that quashes with no
// court named in its sentence.
import { describeStories } from "./helpers.ts";

const KENYAN_APPEAL = `Court of Appeal orders fresh trial for Kericho farmer in land row killing

A Kericho farmer who was sentenced to death for killing his neighbour in a land dispute will be tried afresh after the Court of Appeal found that his first trial was riddled with irregularities.

Kipngeno Tanui had been convicted of murder by the High Court in Kericho in February 2022 and sentenced to death, which was later commuted to life imprisonment. On Friday, a three-judge bench sitting in Nyahururu quashed the conviction and set aside the sentence.

The judges said the trial court had relied on the evidence of a single identifying witness, and that Tanui had not been represented by an advocate for most of the hearing.

During the trial, the State called nine witnesses. Among them was Jepkemoi Chelimo, a neighbour, who told the court she saw the accused standing over the dead man holding a torch. Under cross-examination, she conceded that she had been about 30 metres away and that it was raining.

They ordered that Tanui be retried before a different judge of the High Court. He will remain in custody pending the retrial.`;

describeStories("trials told in long reports", [
  {
    style: "Kenyan daily: an appeal ruling looks back on the trial it quashed",
    text: KENYAN_APPEAL,
    facts: [
      "Tanui trial (earlier) -HELD_AT-> High Court in Kericho",
      "Jepkemoi Chelimo -TESTIFIED_IN-> Tanui trial (earlier)",
      "Kipngeno Tanui: appeal overturned -OVERTURNS-> Tanui trial (earlier): guilty",
    ],
    not: ["Jepkemoi Chelimo -TESTIFIED_IN-> Tanui retrial", "Tanui retrial -HELD_AT-> High Court in Kericho", "Jepkemoi Chelimo -DEFENDANT_IN-> Tanui trial (earlier)"],
  },
  {
    style: "Kenyan daily: 'had been convicted by the High Court in X' names the earlier trial's court",
    text: "Farmer freed\n\nKipngeno Tanui had been convicted of murder by the High Court in Kericho in February 2022. The Court of Appeal quashed the conviction on Friday.",
    facts: ["Tanui trial (earlier) -HELD_AT-> High Court in Kericho"],
    not: ["Tanui trial (earlier) -HELD_AT-> Court of Appeal"],
  },
  {
    style: "appeal report: the appeal judges quash a conviction, the court named before",
    text: "Conviction quashed\n\nKipngeno Tanui was convicted of murder at the High Court in Kericho in 2022. He appealed to the Court of Appeal. On Friday, the appeal judges quashed his conviction.",
    facts: ["Kipngeno Tanui: appeal overturned -OVERTURNS-> Tanui trial: guilty"],
    not: ["Kipngeno Tanui: appeal upheld -OVERTURNS-> Tanui trial: guilty"],
  },
  {
    style: "UK broadsheet: 'was tried for' with no court and no verdict in the article",
    text: "Developer's past\n\nCrispin Yelland, 58, was tried for fraud in 2019. He now runs a bakery in the town.",
    facts: ["Crispin Yelland -DEFENDANT_IN-> Yelland trial", "Yelland trial -TRIED_FOR-> fraud"],
  },
  {
    style: "trap: a trial denied or only possible",
    text: "Developer's fate\n\nCrispin Yelland was never tried for fraud. Marisa Trengrouse could be tried for fraud next year.",
    facts: [],
    not: ["Crispin Yelland -DEFENDANT_IN-> Yelland trial", "Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial", "Marisa Trengrouse -DEFENDANT_IN-> Trengrouse trial (to come)"],
  },
]);

const WIRE_APPEAL = `Appeals court tosses murder conviction of Ohio man, citing withheld evidence

COLUMBUS, Ohio (AP) — A state appeals court on Tuesday threw out the murder conviction of a man who has spent four years in prison for the shooting death of a store clerk, ruling that prosecutors withheld evidence.

Garrick Vantreese, 34, was found guilty by a Franklin County jury in March 2021 of murder and aggravated robbery. He was sentenced to 23 years to life.

A three-judge panel of the 10th District Court of Appeals said the county prosecutor's office failed to turn over a detective's notes. "The suppressed evidence goes to the heart of the state's case," Judge Evadne Okonjo-Rudge wrote for the panel. The court ordered a new trial.

Common Pleas Judge Alton Brisbois, who presided over the 2021 trial, had denied a defense motion for a new trial in 2023.

Vantreese's co-defendant, Royce Gorham, pleaded guilty to robbery in 2020 and testified against him. He was released last year.

In January, the appeals court reversed the conviction of another Franklin County man, Radomir Oakridge, who had been convicted in 2018 of killing his landlord. Prosecutors later dismissed that case.`;

describeStories("appeals told in long wire reports", [
  {
    style: "AP wire: a lede's appeal of 'a man' named in the next paragraph, beside a co-defendant and another case",
    text: WIRE_APPEAL,
    facts: [
      "Garrick Vantreese: appeal overturned -OVERTURNS-> Vantreese trial: guilty",
      "Alton Brisbois -PRESIDED_OVER-> Vantreese trial",
      "Royce Gorham -TESTIFIED_IN-> Vantreese trial",
    ],
    not: ["Evadne Okonjo-Rudge -PRESIDED_OVER-> Vantreese trial", "Royce Gorham -DEFENDANT_IN-> Vantreese trial", "Royce Gorham: appeal overturned -OVERTURNS-> Royce Gorham: guilty"],
  },
  {
    style: "US metro daily: the judge 'who presided over the 2021 trial'",
    text: "Judge's ruling stands\n\nGarrick Vantreese was convicted of murder in 2021. Common Pleas Judge Alton Brisbois, who presided over the 2021 trial, denied a defense motion for a new trial. Judge Hepzibah Quarles will hear his bond motion next week.",
    facts: ["Alton Brisbois -PRESIDED_OVER-> Vantreese trial"],
    not: ["Hepzibah Quarles -PRESIDED_OVER-> Vantreese trial"],
  },
  {
    style: "appeal report: the judge who wrote for the panel presided over no trial",
    text: "Conviction tossed\n\nGarrick Vantreese, 34, was found guilty by a jury in March 2021 of murder. A three-judge panel of the 10th District Court of Appeals said prosecutors withheld notes. \"The suppressed evidence goes to the heart of the state's case,\" Judge Evadne Okonjo-Rudge wrote for the panel. The court ordered a new trial.",
    facts: ["Garrick Vantreese -DEFENDANT_IN-> Vantreese trial"],
    not: ["Evadne Okonjo-Rudge -PRESIDED_OVER-> Vantreese trial"],
  },
]);
