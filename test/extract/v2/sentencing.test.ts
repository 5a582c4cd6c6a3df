// Sentencing told as wire and press-release reports tell it: the penalty goes to the defendant's
// conviction on the counts named, a deed given as the sentence's reason makes no charge of its own, and
// a lede's "A Dublin, Ohio, man" is the man named next. Every story here is invented.
import { stories } from "../stories.ts";

stories("sentencing in wire and press-release styles", [
  {
    name: "US Attorney's press release: a lede with a town and its state, 'sentenced in federal court today', a plea named after",
    text: `Ohio Man Sentenced to 87 Months for Pandemic Loan Fraud

COLUMBUS, Ohio – A Dublin, Ohio, man was sentenced in federal court today to 87 months in prison for defrauding pandemic relief programs.

According to court documents, Darnell Pike, 44, submitted false loan applications. Pike pleaded guilty in March to one count of wire fraud and one count of money laundering.
`,
    expect: [
      { penalty: /87 months/, of: "Darnell Pike" },
      { fact: "Darnell Pike CHARGED_WITH charge:wire fraud", says: /pleaded guilty/ },
      { noEntity: "Charge: defrauding pandemic relief programs" },
    ],
  },
  {
    name: "US wire: 'sentenced ... for defrauding' after a plea is the plea's conviction, and the deed no charge",
    text: `Lender jailed over relief fraud

Marla Tresk pleaded guilty in March to one count of wire fraud.

On Tuesday, Tresk was sentenced to six years in prison for defrauding pandemic relief programs.
`,
    expect: [
      { penalty: /six years/, of: "Marla Tresk" },
      { noEntity: "Charge: defrauding pandemic relief programs" },
    ],
  },
  {
    name: "Australian wire: a sentence for what the offender did, with no count named, stays a charge of its own",
    text: `Sydney man jailed for theft from employer

Kai Renner, 31, was sentenced in the District Court on Friday to six years in prison for stealing $400,000 from his employer.
`,
    expect: [
      { penalty: /six years/, of: "Kai Renner" },
      { fact: "Kai Renner CHARGED_WITH charge:stealing" },
    ],
  },
]);
