// A verdict that names no offence, told with what followed it ("The High Court found him guilty and sentenced him to
// death", "found him guilty as charged", "The jury found her not guilty and she walked free"): on the charges told
// before it. Invented stories in the manner of Kenyan, Nigerian, Indian and New Zealand court reports.
import { describeStories } from "./helpers.ts";

describeStories("a bare verdict joined to the sentence or the release that followed it", [
  {
    style: "Kenyan: the judge found him guilty and sentenced him",
    text: "Man to hang for killing wife\n\nKISUMU — Aurelio Okonye was charged with murdering his wife in 2021. On Tuesday Lady Justice Wynona Ferris found him guilty and sentenced him to death.",
    facts: ["Okonye trial: guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Nigerian: 'found him guilty as charged'",
    text: "Fraudster jailed\n\nLAGOS — Nilesh Tembisa was arraigned on a charge of obtaining by false pretences. Justice Edlyn Jorah found him guilty as charged and sentenced him to seven years.",
    facts: ["Tembisa trial: guilty -ON_CHARGE-> obtaining by false pretences"],
  },
  {
    style: "Indian: 'was convicted as charged'",
    text: "Clerk convicted\n\nNilesh Tembisa, a revenue clerk, was charged with criminal breach of trust. He was convicted as charged on Monday.",
    facts: ["Tembisa trial: guilty -ON_CHARGE-> criminal breach of trust"],
  },
  {
    style: "New Zealand: 'found her not guilty and she walked free'",
    text: "Woman cleared\n\nWynona Ferris, 44, was charged with manslaughter over the crash. A High Court jury found her not guilty and she walked free.",
    facts: ["Ferris trial: not guilty -ON_CHARGE-> manslaughter"],
    not: ["Ferris trial: guilty -ON_CHARGE-> manslaughter"],
  },
]);
