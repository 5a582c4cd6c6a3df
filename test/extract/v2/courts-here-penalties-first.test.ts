// Court reports that tell the court by "here" (the dateline's city, as Indian and Pakistani wires do), a family
// tried together and listed by kinship, currencies written as letters ("Rs 5 lakh", "RM 300,000"), and a penalty told before the conviction
// it was for. Every story is invented.
import { stories } from "../stories.ts";

stories("courts told by 'here', families tried together, penalties told first", [
  {
    name: "Indian wire: 'A special court here on Tuesday convicted', a fine in rupees",
    text: `Ex-clerk gets 5 years for graft

LUCKNOW: A special court here on Tuesday convicted a former municipal clerk, Omkar Bhadauria, of taking a bribe and sentenced him to five years' rigorous imprisonment.

Bhadauria had demanded Rs 5 lakh from a contractor to clear his bills. Special Judge Vandana Sawhney also imposed a fine of Rs 25,000 on him.
`,
    expect: [
      { fact: "Omkar Bhadauria DEFENDANT_IN trial:held", says: /A special court here on Tuesday convicted/ },
      { outcome: "Omkar Bhadauria: guilty" },
      { penalty: /five years' rigorous imprisonment/, of: "Omkar Bhadauria" },
      { noEntity: "Organization: Rs" },
    ],
  },
  {
    name: "Pakistani daily: 'An anti-terrorism court here on Saturday sentenced'",
    text: `Life term for shopkeeper's killer

KARACHI: An anti-terrorism court here on Saturday sentenced Shahzeb Mengal to life imprisonment for the murder of a shopkeeper.
`,
    expect: [
      { fact: "Shahzeb Mengal CHARGED_WITH charge:murder", says: /court here on Saturday sentenced/ },
      { penalty: /life imprisonment/, of: "Shahzeb Mengal" },
    ],
  },
  {
    name: "Indian daily: 'His father, A, and mother, B, who were tried alongside him, were acquitted'",
    text: `Man convicted of cruelty to wife, parents acquitted

PUNE: Additional Sessions Judge Vandana Sawhney on Monday convicted Nikhil Pathare of cruelty to his wife. His father, Waman Pathare, and mother, Lata Pathare, who were tried alongside him, were acquitted of all charges.
`,
    expect: [
      { sameTrial: ["Nikhil Pathare", "Waman Pathare", "Lata Pathare"] },
      { outcome: "Nikhil Pathare: guilty" },
      { fact: "trial:held RESULTED_IN verdict:not_guilty", says: /who were tried alongside him, were acquitted/ },
      { not: "Lata Pathare CHARGED_WITH charge:cruelty" },
      { outcome: "Lata Pathare: guilty", not: "yes" },
    ],
  },
  {
    name: "Australian regional: the term in the first sentence, the jury's verdict told after",
    text: `Driver jailed over cyclist's death

Anselm Brockhurst was on Friday sentenced to six years' jail for dangerous driving causing death.

A District Court jury found Brockhurst guilty of dangerous driving causing death in March.
`,
    expect: [
      { penalty: /six years' jail/, of: "Anselm Brockhurst" },
      { fact: "verdict:guilty ON_CHARGE charge:dangerous driving causing death", says: /jury found Brockhurst guilty/ },
    ],
  },
  {
    name: "British regional: jailed in the lede, a guilty plea on the first day of the trial told after",
    text: `Former council leader jailed

Alaric Yarrow, the former council leader, has been jailed for eight months for misconduct in public office.

Yarrow, 58, pleaded guilty on the first day of his trial last month.
`,
    expect: [
      { penalty: /eight months/, of: "Alaric Yarrow" },
      { fact: "verdict:guilty ON_CHARGE charge:misconduct in public office", says: /jailed for eight months/ },
      { outcome: "Alaric Yarrow: guilty" },
    ],
  },
  {
    name: "Singapore daily: a dateline, then a lede's description with its employer and a relative clause, named next",
    text: `Former banker jailed for cheating clients

SINGAPORE - A former relationship manager at a private bank who cheated three elderly clients of more than $1.2 million was sentenced to 30 months' jail on Thursday.

Quek Wei Ming, 41, pleaded guilty to four counts of cheating.
`,
    expect: [
      { penalty: /30 months' jail/, of: "Quek Wei Ming" },
      { fact: "Quek Wei Ming CHARGED_WITH charge:cheating", says: /pleaded guilty to four counts of cheating/ },
    ],
  },
  {
    name: "Malaysian daily: ringgit written 'RM' after a name is no part of it",
    text: `Former council officer fined for graft

The Sessions Court fined former council officer Nordin Suhaimi RM 300,000 after he pleaded guilty to accepting bribes. He had taken RM 50,000 from a contractor, the court heard.
`,
    expect: [
      { entity: "Person: Nordin Suhaimi" },
      { noEntity: "Person: Nordin Suhaimi RM" },
      { fact: "Nordin Suhaimi CHARGED_WITH charge:accepting bribes", says: /pleaded guilty to accepting bribes/ },
    ],
  },
]);
