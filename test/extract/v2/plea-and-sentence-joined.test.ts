// A guilty plea and its sentence told in one clause ("pleaded guilty to fraud over $5,000 and was sentenced to two
// years less a day"): the sentence is the plea's conviction's, and the Canadian term keeps its "less a day".
import { describeStories, relationLines, story } from "./helpers.ts";

/** The relation lines, and each verdict's penalty ("Verdict X: guilty penalty two years"). */
const withPenalties = (text: string) => {
  const s = story(text);
  return [...relationLines(s), ...s.entities.filter((e) => e.type === "Verdict" && e.attrs.penalty).map((e) => `Verdict ${e.label} penalty ${e.attrs.penalty}`)];
};

describeStories("a plea and its sentence in one clause", [
  {
    style: "Canadian public broadcaster, provincial court sentencing after a guilty plea",
    text: "Former Miramichi daycare worker sentenced for fraud, theft from parents\n\nA former daycare worker from Miramichi who took more than $60,000 from parents and a provincial subsidy program has been sentenced to a term in jail.\n\nJos\u00e9e Doiron, 46, pleaded guilty to fraud over $5,000 and was sentenced to two years less a day in provincial court in Miramichi on Thursday. She must also repay the money.\n\nDoiron had originally been charged with fraud over $5,000, theft over $5,000 and using a forged document. The Crown withdrew the other two charges when she entered her plea in April.\n\nThe court heard that between 2019 and 2022, Doiron, who managed the billing for a small daycare centre, collected fees from parents in cash and kept them, while also filing claims with the province for children who no longer attended.\n\nJudge R\u00e9jean Ouellette called the fraud \"a calculated and sustained breach of trust\" against families who could least afford it.\n\n\"These were parents who worked shifts at the mill and at the hospital and trusted you with their children and their money,\" the judge told Doiron.\n\nCrown prosecutor Ghislain Boudreau had asked for a sentence of three years in a federal penitentiary, pointing to the length of the scheme and the number of victims. Defence lawyer Sylvain Gaudet argued for a conditional sentence to be served in the community, noting that Doiron has no criminal record and has begun repaying the money.\n\nThe judge said a sentence served at home would not reflect the seriousness of the offence. He ordered Doiron to serve two years of probation after her release.\n\nThe centre's owner, Yvon Lapointe, said in a victim impact statement that the fraud nearly forced him to close. Lapointe was not charged and has co-operated with the RCMP from the start, the court heard.\n\nIn a separate case heard the same day, a Bathurst man was fined $2,500 for impaired driving. Mathis Boudreau-LeBlanc, 29, was also banned from driving for one year.\n",
    facts: [
      "Josée Doiron -CHARGED_WITH-> fraud",
      "Josée Doiron pleads guilty -ON_CHARGE-> fraud",
      "Josée Doiron: guilty -ON_CHARGE-> fraud",
      "Verdict Josée Doiron: guilty penalty two years less a day",
    ],
    not: [
      "Yvon Lapointe -CHARGED_WITH-> fraud",
      "Josée Doiron: guilty -ON_CHARGE-> using a forged document",
      "Ghislain Boudreau -CHARGED_WITH-> fraud",
    ],
  },
], withPenalties);
