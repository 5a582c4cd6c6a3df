// Letters that name a thing, not a body: checks, tests, documents, qualifications and kit ("KYC checks", "a BAC test",
// "an ASBO", "her GCSEs", "PPE contracts"), letters in the plural ("traded NFTs"); a regulator's or a police force's
// letters stay a body ("banned by the FCA", "The PSNI said", "the FBI had helped"). Each story is invented.
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: NameRow[] = [
  {
    style: "British regional paper: first aid, a scan and an order",
    text: "Paramedics performed CPR but he died at the scene. An MRI scan showed bleeding on the brain. Liam Tovey, who had been given an ASBO in 2009, was charged with manslaughter.",
    names: ["Person: Liam Tovey"],
    not: ["Organization: CPR", "Organization: MRI", "Organization: ASBO"],
  },
  {
    style: "US local paper: a breath test",
    text: "Liam Tovey was arrested on suspicion of drink-driving after failing a BAC test.",
    names: ["Person: Liam Tovey"],
    not: ["Organization: BAC"],
  },
  {
    style: "Business page: contracts, checks and tokens",
    text: "The PPE contracts were worth £80m. Ana Vickery used a SIM card to avoid KYC checks and traded NFTs, prosecutors said.",
    names: ["Person: Ana Vickery"],
    not: ["Organization: PPE", "Organization: KYC", "Organization: NFTs"],
  },
  {
    style: "British tabloid: exams in the plural",
    text: "She was studying for her GCSEs when the abuse began, the court heard. Dean Pullar was jailed.",
    names: ["Person: Dean Pullar"],
    not: ["Organization: GCSEs"],
  },
  {
    style: "Wire: regulators and a police force stay bodies",
    text: "Ana Vickery was banned by the FCA and fined by HMRC. The PSNI said the FBI had helped.",
    names: ["Organization: FCA", "Organization: HMRC", "Organization: PSNI", "Organization: FBI"],
  },
];
describeNameStories("letters that name things", ROWS);
