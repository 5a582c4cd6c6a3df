// Civil suits with several defendants, as business desks, an Australian broadcaster and a Canadian daily tell
// them: "sued A, its chief executive B and former finance director C", "The lawsuit, which also names X", "Also
// named in the suit are X and Y", "X was also named as a defendant in the lawsuit", a plaintiff told by a noun
// ("The group sued ..."), a settlement told by what the one sued agreed to pay; and a regulator's civil case that
// "went to trial", which is no criminal trial.
import { table } from "./helpers.ts";

const WIRE = `Pension fund sues Talbridge Capital and executives over hidden losses

LONDON, May 12 (Reuters) - Skelbrook Pension Trust sued Talbridge Capital, its chief executive Orwin Pellwright and former finance director Cosima Ingleby in the High Court on Monday, alleging they hid trading losses from investors for three years.

The lawsuit, which also names the auditor Drossart Partners, seeks 40 million pounds in damages. Talbridge said in a statement it would defend the claim vigorously.

Skelbrook, which manages the retirement savings of 60,000 former factory workers, lost about a fifth of its holdings when Talbridge's flagship fund collapsed in 2023.

Also named in the suit are Morvane Holdings, which bought a stake in the fund weeks before it failed, and its chairman, Florian Hembury.

Pellwright, 58, did not respond to a request for comment. A lawyer for Ingleby said she had been "misled by her colleagues" and would show that she raised concerns internally.

Separately, the Securities and Exchange Commission's civil case against Yevgenia Vasquell, a former Talbridge trader, went to trial in March in federal court in Manhattan. The regulator accuses her of inflating the value of the fund's holdings.`;

const ABC = `Brightstowe Mining pays out to families as former manager faces trial over tailings dam collapse

By court reporter

Brightstowe Mining has agreed to pay the Abernant Families Group $18 million to settle the lawsuit brought after the 2022 tailings dam collapse that killed four workers near Kalgoorlie.

The group sued Brightstowe Mining and its former site manager, Orwin Talvis, in the Federal Court in 2023.

The settlement, announced in the Federal Court in Perth on Tuesday, does not include any admission of liability.

Mr Talvis is due to stand trial in the District Court of Western Australia in August on four counts of industrial manslaughter. He has pleaded not guilty.

In a separate defamation case, the Federal Court found in favour of the company's former safety officer, Giselle Colebrook, who sued the West Coast Courier over a 2023 article. The newspaper was ordered to pay damages to Ms Colebrook.

Ms Colebrook told the ABC she was relieved. "It has been a long three years," she said.`;

const CANADIAN = `Ketteridge family settles suit over fatal condo fire; landlord's criminal trial set for fall

HALIFAX — The family of a woman who died in a 2021 condominium fire has settled its lawsuit against the building's owner, the Harbour Division Superior Court heard Thursday.

Hanneke Ketteridge sued Lacasse Property Group and its president, Odalys Lacasse, in 2022, claiming the company ignored repeated warnings about faulty smoke alarms. Nayyar Alarm Services was also named as a defendant in the lawsuit.

Lacasse Property Group agreed to pay Ketteridge $2.4 million to settle the lawsuit, court documents show. The terms were approved by Justice Saskia Venkat.

The company and Ms. Lacasse still face a criminal trial in the fall. They have been charged with criminal negligence causing death.

Ketteridge, who lost her mother in the fire, said the money would never make up for the loss. "Nothing brings her back," she told reporters outside the courthouse.`;

const SKELBROOK = "Skelbrook Pension Trust v. Talbridge Capital";
const KETTERIDGE = "Hanneke Ketteridge v. Lacasse Property Group";

table("a civil suit's several defendants", [
  {
    name: "wire: a fund sues a firm, its chief executive and its former finance director; the suit also names an auditor, and others are named in it",
    text: WIRE,
    has: [
      `Skelbrook Pension Trust -PLAINTIFF_IN-> ${SKELBROOK}`,
      `Talbridge Capital -DEFENDANT_IN-> ${SKELBROOK}`,
      `Orwin Pellwright -DEFENDANT_IN-> ${SKELBROOK}`,
      `Cosima Ingleby -DEFENDANT_IN-> ${SKELBROOK}`,
      `Drossart Partners -DEFENDANT_IN-> ${SKELBROOK}`,
      `Morvane Holdings -DEFENDANT_IN-> ${SKELBROOK}`,
      `${SKELBROOK} -HELD_AT-> High Court`,
    ],
    not: [
      `Orwin Pellwright -PLAINTIFF_IN-> ${SKELBROOK}`,
      `Drossart Partners -PLAINTIFF_IN-> ${SKELBROOK}`,
      // (the regulator's civil case went to trial: a suit, never a criminal trial of hers)
      "Yevgenia Vasquell -DEFENDANT_IN-> Vasquell trial",
      `Yevgenia Vasquell -DEFENDANT_IN-> ${SKELBROOK}`,
    ],
  },
  {
    name: "Australian broadcaster: 'The group sued' a miner and its former site manager, who also faces a criminal trial; the miner paid to settle",
    text: ABC,
    // (the settlement names the group, so the suit is labelled by both sides)
    has: [
      "Brightstowe Mining -DEFENDANT_IN-> Abernant Families Group v. Brightstowe Mining",
      "Orwin Talvis -DEFENDANT_IN-> Abernant Families Group v. Brightstowe Mining",
      "Abernant Families Group -PLAINTIFF_IN-> Abernant Families Group v. Brightstowe Mining",
      "Abernant Families Group v. Brightstowe Mining -RESULTED_IN-> Abernant Families Group v. Brightstowe Mining: settled",
      "Orwin Talvis -DEFENDANT_IN-> Talvis trial (to come)",
    ],
    not: [
      "Brightstowe Mining -PLAINTIFF_IN-> Abernant Families Group v. Brightstowe Mining",
      "Abernant Families Group -DEFENDANT_IN-> Abernant Families Group v. Brightstowe Mining",
      "Brightstowe Mining -DEFENDANT_IN-> Talvis trial (to come)",
      "Giselle Colebrook -DEFENDANT_IN-> Abernant Families Group v. Brightstowe Mining",
    ],
  },
  {
    name: "Canadian daily: a company 'was also named as a defendant in the lawsuit'; the one sued agreed to pay the plaintiff to settle",
    text: CANADIAN,
    has: [
      `Hanneke Ketteridge -PLAINTIFF_IN-> ${KETTERIDGE}`,
      `Lacasse Property Group -DEFENDANT_IN-> ${KETTERIDGE}`,
      `Odalys Lacasse -DEFENDANT_IN-> ${KETTERIDGE}`,
      `Nayyar Alarm Services -DEFENDANT_IN-> ${KETTERIDGE}`,
      `${KETTERIDGE} -RESULTED_IN-> ${KETTERIDGE}: settled`,
    ],
    not: [`Lacasse Property Group -PLAINTIFF_IN-> ${KETTERIDGE}`, `Hanneke Ketteridge -DEFENDANT_IN-> ${KETTERIDGE}`],
  },
  {
    name: "a criminal complaint that names someone makes no civil defendant",
    text: "Headline here\n\nHanneke Ketteridge sued Lacasse Property Group in 2022. The criminal complaint also names Odalys Lacasse.",
    not: [`Odalys Lacasse -DEFENDANT_IN-> ${KETTERIDGE}`],
  },
  {
    name: "a suit that does not name someone",
    text: "Headline here\n\nHanneke Ketteridge sued Lacasse Property Group in 2022. Nayyar Alarm Services was not named in the lawsuit.",
    not: [`Nayyar Alarm Services -DEFENDANT_IN-> ${KETTERIDGE}`],
  },
  {
    name: "'also names' with two suits told: the one told last",
    text: "Headline here\n\nHanneke Ketteridge sued Lacasse Property Group in 2022. In a separate case, Skelbrook Pension Trust sued Talbridge Capital in 2023. The lawsuit, which also names Drossart Partners, seeks damages.",
    has: [`Drossart Partners -DEFENDANT_IN-> ${SKELBROOK}`],
    not: [`Drossart Partners -DEFENDANT_IN-> ${KETTERIDGE}`],
  },
]);
