// A civil suit told beside a criminal case: the judge, the court and the witnesses told where the suit's hearing is
// ("The civil trial opened at the High Court before Mrs Justice X. Y testified that ...", "In a civil suit heard at X,
// Justice Y found him liable") are the suit's, not the criminal trial's; a witness told after a suit was only filed,
// at "the trial", is the criminal trial's still. Each story is invented, in a style of its own.
import { describeStories, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "British broadsheet: a surgeon cleared of manslaughter, then the widower's civil trial",
    text: "Surgeon who was cleared of manslaughter faces widower's lawsuit\n\nA surgeon acquitted last year of manslaughter over a patient's death is now being sued by the dead woman's husband.\n\nDr Keith Ilsworth, 58, was cleared by a jury at Manchester Crown Court in 2024 of gross negligence manslaughter over the death of Jean Rowntree during routine surgery.\n\nHer husband, Peter Rowntree, has since sued Dr Ilsworth and Ashgrove Private Hospital for negligence. The civil trial opened at the High Court in London on Monday before Mrs Justice Veltmann.\n\nMr Rowntree told the court that his wife had been \"treated like a number\". An anaesthetist, Dr Maura Keverne, testified that she had raised concerns about the surgeon's workload.",
    facts: [
      "Veltmann -PRESIDED_OVER-> Peter Rowntree v. Keith Ilsworth",
      "Peter Rowntree v. Keith Ilsworth -HELD_AT-> High Court in London",
      "Maura Keverne -TESTIFIED_IN-> Peter Rowntree v. Keith Ilsworth",
      "Ilsworth trial -HELD_AT-> Manchester Crown Court",
    ],
    not: ["Veltmann -PRESIDED_OVER-> Ilsworth trial", "Maura Keverne -TESTIFIED_IN-> Ilsworth trial"],
  },
  {
    style: "Nigerian daily: a landlord convicted, and a separate civil suit's judge finds him liable",
    text: "Landlord jailed for fire death; tenants win damages\n\nA landlord whose unsafe wiring caused a fatal fire has been jailed, and a separate court has ordered him to compensate the survivors.\n\nChief Chidi Dunleavy was convicted of manslaughter by the Federal High Court in Abuja on Tuesday and sentenced to seven years.\n\nIn a civil suit heard at the Lagos State High Court, Justice Tunde Kirwood found Dunleavy liable and ordered him to pay N40 million to the tenants, led by Mrs Kelechi Wexcombe.",
    facts: ["Tunde Kirwood -PRESIDED_OVER-> Kelechi Wexcombe v. Chidi Dunleavy"],
    not: ["Tunde Kirwood -PRESIDED_OVER-> Dunleavy trial"],
  },
  {
    style: "US local paper: a suit only filed, then testimony at the criminal trial",
    text: "Driver convicted in crash that killed cyclist\n\nA jury convicted Femi Garside of vehicular manslaughter on Friday in Harlow County Superior Court. The cyclist's parents have filed a civil suit against Garside. During the trial, Detective Obinna Treharne testified that Garside had been texting.",
    facts: ["Obinna Treharne -TESTIFIED_IN-> Garside trial"],
  },
];

describeStories("a civil suit's hearing told beside a criminal case", ROWS);
