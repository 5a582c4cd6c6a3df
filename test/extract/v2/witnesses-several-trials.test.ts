// Witnesses in reports of several trials: a co-accused convicted "at a separate trial" who then testified against the
// defendant (a British regional daily), and a contractor who pleaded guilty and testified many paragraphs after the
// two officials' trials were told (a Kenyan daily). One tried apart is never joined to the trial reported, and the
// evidence he gives is given at the trial of the one it is against, or of the one told of.
import { table } from "./helpers.ts";

const REGIONAL = `Second man convicted over Haskett warehouse robbery

A second man has been found guilty of taking part in the armed robbery of a warehouse in Leeds in 2023.

Halvard Malvery, 41, was convicted of robbery and possession of a firearm by a jury at Leeds Crown Court on Friday after a three-week trial.

His co-accused, Imre Tresco, 36, was convicted of robbery at a separate trial in March and was jailed for nine years.

During Malvery's trial, Tresco testified against him, telling the jury that Malvery had planned the raid.

Tresco said he had agreed to give evidence after he was convicted. He told jurors Malvery had carried the gun.

A warehouse manager, Ulrike Colebrook, also gave evidence. She testified that two masked men had tied her up.

Malvery, who denied the charges, gave evidence in his own defence and told the jury he had been at home.

Judge Anwen Lumsden will sentence Malvery next month.`;

const KENYAN = `Two officials convicted in Sh400 million county tender fraud as accomplice turns witness

NAIROBI - Two former county officials were on Thursday convicted in separate trials over the theft of Sh400 million meant for a water project, in a case that has gripped the region.

Former procurement chief Daniel Nyamweya was found guilty of abuse of office by the Milimani Anti-Corruption Court in the morning after a trial that lasted two years.

Hours later, the same court convicted former finance officer Wanza Onsongo of money laundering at a separate trial.

The water project, meant to serve 40,000 households, was abandoned in 2021 after the money disappeared.

Residents of the area still walk up to ten kilometres to fetch water, and several wells dug by the contractor have run dry.

The Ethics and Anti-Corruption Commission began investigating in 2021 after an audit found that payments had been made for work never done.

Investigators traced the money through a network of shell companies and bank accounts held by relatives of the officials.

Peter Langat, a contractor who was also charged in the case, pleaded guilty to fraud in 2023 and was fined Sh2 million.

The county government has since cancelled all contracts awarded to his firm.

Auditors said the county had paid his company in full within a week of the tender being awarded.

Langat testified that he had paid Onsongo and other officials to award him the tender. He said he had delivered cash in envelopes to the county offices.

Magistrate Auma Kirui will sentence the two officials on March 3.`;

table("witnesses where an article tells of several trials", [
  {
    name: "British regional daily: a co-accused convicted at a separate trial testified against the defendant; a manager gave evidence too",
    text: REGIONAL,
    has: [
      "Halvard Malvery -DEFENDANT_IN-> Malvery trial",
      "Imre Tresco -DEFENDANT_IN-> Tresco trial",
      "Imre Tresco -TESTIFIED_IN-> Malvery trial",
      "Ulrike Colebrook -TESTIFIED_IN-> Malvery trial",
      "Halvard Malvery -TESTIFIED_IN-> Malvery trial",
    ],
    not: ["Imre Tresco -DEFENDANT_IN-> Malvery trial", "Imre Tresco -TESTIFIED_IN-> Tresco trial", "Ulrike Colebrook -TESTIFIED_IN-> Tresco trial"],
  },
  {
    name: "Kenyan daily: an accomplice who pleaded guilty testifies long after two trials were told",
    text: KENYAN,
    has: ["Daniel Nyamweya -DEFENDANT_IN-> Nyamweya trial", "Wanza Onsongo -DEFENDANT_IN-> Onsongo trial", "Peter Langat -TESTIFIED_IN-> Onsongo trial"],
    not: ["Peter Langat -DEFENDANT_IN-> Onsongo trial", "Peter Langat -DEFENDANT_IN-> Nyamweya trial"],
  },
]);
