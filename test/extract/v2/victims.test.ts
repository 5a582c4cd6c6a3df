// Whom a charge is about when the text names them apart from the charge verb: a death told in a
// sentence of its own, "the victims, A and B", "among them A", victims in brackets after the counts,
// "defrauded investors including A", "A's death", "the complainant, A"; each defendant charged over
// one death has that victim on his own charge. Precision traps: the defendant, his lawyer or a
// witness is never the victim; a denial names a victim only where a charge is told; nothing from
// "was not harmed". Invented stories in several presses' styles.
import { describe, expect, it } from "vitest";
import { describeStories, relationLines, story, type StoryRow } from "./helpers.ts";

const ROWS: StoryRow[] = [
  {
    style: "US wire: the one who died told after the charge, in a sentence of its own",
    text: "Ronan Tully, 40, has been charged with second-degree murder. Lisa Ferro, 34, died at the scene after being stabbed outside a bar in Dayton on Saturday, police said.",
    facts: ["Ronan Tully -CHARGED_WITH-> second-degree murder", "second-degree murder -ALLEGED_VICTIM-> Lisa Ferro"],
    not: ["second-degree murder -ALLEGED_VICTIM-> Ronan Tully"],
  },
  {
    style: "BBC: the fatal stabbing first, the charge after",
    text: "Grace Vunde was fatally stabbed outside her home in Croydon on Friday night. Tomas Reyk, 22, of no fixed address, is charged with murder and will appear at Croydon Magistrates' Court on Monday.",
    facts: ["Tomas Reyk -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Grace Vunde"],
  },
  {
    style: "British tabloid: 'the victims, A and B' after two counts",
    text: "Boy racer Carl Mendel, 27, admitted two counts of causing death by dangerous driving. The victims, Pia Lorne and Max Orrin, were students at Hillcrest College.",
    facts: ["causing death by dangerous driving -ALLEGED_VICTIM-> Pia Lorne", "causing death by dangerous driving -ALLEGED_VICTIM-> Max Orrin"],
    not: ["causing death by dangerous driving -ALLEGED_VICTIM-> Carl Mendel"],
  },
  {
    style: "court listing: the victims in brackets after the counts",
    text: "Carl Mendel, 27, of Mabery Lane, Hull, admitted two counts of causing death by dangerous driving (Pia Lorne and Max Orrin).",
    facts: ["causing death by dangerous driving -ALLEGED_VICTIM-> Pia Lorne", "causing death by dangerous driving -ALLEGED_VICTIM-> Max Orrin"],
  },
  {
    style: "Australian (ABC): 'among them A' in the sentence of the deaths",
    text: "Three people were killed when a van mounted the footpath in Geelong, among them Lara Tresk, 17. Dev Kapoor, 30, has been charged with dangerous driving causing death.",
    facts: ["dangerous driving causing death -ALLEGED_VICTIM-> Lara Tresk"],
  },
  {
    style: "Indian (PTI): investors defrauded, named after 'including'",
    text: "Arjun Bramridge, 45, was arrested and charged with cheating after he allegedly defrauded investors including Kavita Gowda and Sunil Mehra of Rs 3 crore, police said.",
    facts: ["cheating -ALLEGED_VICTIM-> Kavita Gowda", "cheating -ALLEGED_VICTIM-> Sunil Mehra"],
  },
  {
    style: "Indian (PTI): a charge 'in connection with' someone's death",
    text: "Ravi Velan, 35, was charged with murder in connection with Sunita Saxena's death, the police said on Sunday.",
    facts: ["Ravi Velan -CHARGED_WITH-> murder", "murder -ALLEGED_VICTIM-> Sunita Saxena"],
  },
  {
    style: "BBC: the complainant named in apposition a sentence after the charge",
    text: "Bram Kessel, 30, is charged with rape. The complainant, Ella Nuttall, told the jury she had known him for years.",
    facts: ["rape -ALLEGED_VICTIM-> Ella Nuttall"],
  },
  {
    style: "Australian: the deaths of two, each on his count",
    text: "Hugo Tarrant was found guilty of two counts of manslaughter over the deaths of Amy Nolder and Joel Fenn.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Amy Nolder", "manslaughter -ALLEGED_VICTIM-> Joel Fenn"],
  },
  {
    style: "British regional: the assault told by what he did to whom",
    text: "Jordan Blyth, 19, admitted assault after he punched Owen Price outside a kebab shop in Swansea.",
    facts: ["assault -ALLEGED_VICTIM-> Owen Price"],
    not: ["assault -ALLEGED_VICTIM-> Jordan Blyth"],
  },
  {
    style: "trade press: a denial names the victim of the charge told before",
    text: "Site manager Kessel Garnock is charged with manslaughter. He denied killing Ella Nuttall, a scaffolder, at the site in 2023.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Ella Nuttall"],
  },
  {
    style: "wire: the victim's killing named as the subject after the charge",
    text: "Dale Mabery, 19, was charged with murder on Monday. The killing of Shona Tait, 52, shocked the village.",
    facts: ["murder -ALLEGED_VICTIM-> Shona Tait"],
  },
  {
    style: "British regional: two who died in a crush, each with an age, named after what they were",
    text: "Ann Dalby and Roy Frome were charged with the manslaughter of concert-goers Kyle Rand, 19, and Tia Loveday, 22, who died in a crush at the gates.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Kyle Rand", "manslaughter -ALLEGED_VICTIM-> Tia Loveday"],
    not: ["Kyle Rand -HOLDS_ROLE-> concert-goer", "Tia Loveday -HOLDS_ROLE-> concert-goer"],
  },
  {
    style: "Indian (PTI): 'among those killed were' before the charge",
    text: "Among those killed were brothers Ramesh Kol, 24, and Suresh Kol, 21. The builder, Anil Gowda, was charged with culpable homicide not amounting to murder.",
    facts: ["culpable homicide not amounting to murder -ALLEGED_VICTIM-> Ramesh Kol", "culpable homicide not amounting to murder -ALLEGED_VICTIM-> Suresh Kol"],
  },
  {
    style: "BBC: two drowned, the skipper convicted",
    text: "Deckhands Tomas Rell and Jory Ratsey drowned when the trawler capsized. Skipper Alan Nuttall, 58, was found guilty of two counts of gross negligence manslaughter.",
    facts: ["gross negligence manslaughter -ALLEGED_VICTIM-> Tomas Rell", "gross negligence manslaughter -ALLEGED_VICTIM-> Jory Ratsey"],
  },
  {
    style: "British tabloid: 'one victim, widow X, lost'",
    text: "Conman Barry Egridge, 61, was convicted of fraud. One victim, widow Maureen Vey, lost £180,000.",
    facts: ["fraud -ALLEGED_VICTIM-> Maureen Vey"],
  },
  {
    style: "US wire (AP): 'among them 88-year-old X' after the patients targeted",
    text: "A jury found Della Ash guilty of three counts of aggravated murder. Prosecutors said the former nurse targeted patients at the hospice between 2021 and 2023, among them 88-year-old Harold Venn.",
    facts: ["aggravated murder -ALLEGED_VICTIM-> Harold Venn"],
  },
  {
    style: "trade press: the battery told by what he is accused of doing",
    text: "Actor Ben Cole was charged with misdemeanor battery. He is accused of shoving production assistant Lena Ode on the film's set in May.",
    facts: ["misdemeanor battery -ALLEGED_VICTIM-> Lena Ode"],
  },
  {
    style: "Australian: the death of an 87-year-old resident",
    text: "Fiona Carr, 45, had pleaded not guilty to manslaughter over the death of 87-year-old resident Albert Teague in July 2023.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Albert Teague"],
  },
  // precision traps
  {
    style: "US wire (AP): two offences told just before 'among them X': no count is guessed",
    text: "A jury found Della Ash guilty of three counts of aggravated murder. She was acquitted of a fourth count of attempted murder involving a patient who survived. Ash showed no emotion. Prosecutors said the former nurse targeted patients at the hospice, among them 88-year-old Harold Venn.",
    facts: [],
    not: ["attempted murder -ALLEGED_VICTIM-> Harold Venn"],
  },
  {
    style: "wire: one who nearly drowned is no victim of a death",
    text: "Tomas Rell nearly drowned but was pulled from the water. Skipper Alan Nuttall was charged with manslaughter over the death of Jory Ratsey.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Jory Ratsey"],
    not: ["manslaughter -ALLEGED_VICTIM-> Tomas Rell"],
  },
  {
    style: "wire: the lawyer and the witness are no victims",
    text: "Dorian Pellow was charged with murder. His lawyer, Ivan Stroud, said Pellow would plead not guilty. A witness, Jo Baird, said she saw Pellow with a knife.",
    facts: ["Dorian Pellow -CHARGED_WITH-> murder"],
    not: ["murder -ALLEGED_VICTIM-> Ivan Stroud", "murder -ALLEGED_VICTIM-> Jo Baird", "murder -ALLEGED_VICTIM-> Dorian Pellow"],
  },
  {
    style: "tabloid: the one who died is the victim, her husband charged is not",
    text: "Lisa Ferro, 34, died at the scene. Her husband, Mark Ferro, 36, was charged with murder.",
    facts: ["murder -ALLEGED_VICTIM-> Lisa Ferro", "Mark Ferro -RELATED_TO(husband)-> Lisa Ferro"],
    not: ["murder -ALLEGED_VICTIM-> Mark Ferro"],
  },
  {
    style: "wire: one unharmed is no victim",
    text: "Police said Kim Adler, who was in the car, was not harmed. Dev Kapoor was charged with dangerous driving.",
    facts: ["Dev Kapoor -CHARGED_WITH-> dangerous driving"],
    not: ["dangerous driving -ALLEGED_VICTIM-> Kim Adler"],
  },
  {
    style: "BBC: a denial with no charge told names no victim",
    text: "Dorian Pellow denied killing Nina Hask. Police said inquiries were continuing.",
    facts: [],
    not: ["murder -ALLEGED_VICTIM-> Nina Hask"],
  },
  {
    style: "British: a natural death in the family is no homicide's victim",
    text: "Mara Kimber's father, Tomas Kimber, died of cancer in 2019. She was convicted of manslaughter in 2024 over a crash near Leeds.",
    facts: [],
    not: ["manslaughter -ALLEGED_VICTIM-> Tomas Kimber"],
  },
  {
    style: "tabloid: the victim's mother is no victim",
    text: "Carl Mendel admitted causing death by dangerous driving. The victim's mother, Rosa Quill, said she would never forgive him.",
    facts: [],
    not: ["causing death by dangerous driving -ALLEGED_VICTIM-> Rosa Quill"],
  },
  {
    style: "New Zealand daily: the dead named in a clause of what the crash did (', killing passengers A and B')",
    text: "Ferry skipper guilty\n\nA ferry skipper was found guilty of two counts of manslaughter. Teodor Vashti, 58, was at the wheel when the ferry overturned in a southerly swell, killing passengers Ruiha Tane and Callum Brisk.",
    facts: ["manslaughter -ALLEGED_VICTIM-> Ruiha Tane", "manslaughter -ALLEGED_VICTIM-> Callum Brisk", "Teodor Vashti -CHARGED_WITH-> manslaughter"],
    not: ["Ruiha Tane -CHARGED_WITH-> manslaughter"],
  },
];

describeStories("victims named apart from the charge", ROWS);

describe("a charge per defendant over one death", () => {
  it("each of two defendants charged over one fatal stabbing has the victim on his own charge", () => {
    const s = story("Grace Vunde was fatally stabbed outside her home in Croydon on Friday night. Tomas Reyk, 22, and Aiden Lowry, 24, are each charged with murder.");
    const lines = relationLines(s);
    expect(lines, lines.join("\n")).toContain("Tomas Reyk -CHARGED_WITH-> murder");
    expect(lines, lines.join("\n")).toContain("Aiden Lowry -CHARGED_WITH-> murder");
    expect(lines.filter((l) => l === "murder -ALLEGED_VICTIM-> Grace Vunde"), lines.join("\n")).toHaveLength(2);
  });
  it("two defendants charged over a death named with the charge: both charges have the victim", () => {
    const lines = relationLines(story("Tomas Reyk and Aiden Lowry were charged with murder over the death of Grace Vunde."));
    expect(lines.filter((l) => l === "murder -ALLEGED_VICTIM-> Grace Vunde"), lines.join("\n")).toHaveLength(2);
  });
  it("'raping and murdering X' (Yorkshire broadsheet): both offences have the one complainant", () => {
    const lines = relationLines(story("Darren Hulme, 41, was found guilty at Kestleford Crown Court of raping and murdering Chloe Pask, 22."));
    expect(lines, lines.join("\n")).toContain("rape -ALLEGED_VICTIM-> Chloe Pask");
    expect(lines, lines.join("\n")).toContain("murder -ALLEGED_VICTIM-> Chloe Pask");
    expect(lines, lines.join("\n")).not.toContain("rape -ALLEGED_VICTIM-> Darren Hulme");
  });
});

describe("a victim named after an age or a description", () => {
  it("'convicted of the murder of 17-year-old X' (Manchester evening paper): one murder charge, X its victim", () => {
    const lines = relationLines(story("Ferdinand Hollings, 22, was convicted by a jury at Minshull Street Crown Court on Friday of the murder of 17-year-old Tyler Ashgrove."));
    expect(lines, lines.join("\n")).toContain("murder -ALLEGED_VICTIM-> Tyler Ashgrove");
    expect(lines.filter((l) => /-CHARGED_WITH->/.test(l)), lines.join("\n")).toEqual(["Ferdinand Hollings -CHARGED_WITH-> murder"]);
  });
});
