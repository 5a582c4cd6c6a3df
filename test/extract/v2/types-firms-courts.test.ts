// Capitalised names typed by what they are, not by the surname inside them: a barristers' chambers or a
// law firm, a court known by its short name, a prison, a courtroom's number, a statute named head first.
import { describeNameStories, type NameRow } from "./names-helpers.ts";

const ROWS: NameRow[] = [
  {
    style: "British broadsheet: chambers and a firm that bear a surname are organisations; the Old Bailey and 'the Bailey' are a court",
    text: "Bharat Iyer, 52, appeared at the Old Bailey on Monday charged with fraud. He is represented by Menon Law Chambers, and his co-accused, Tunde Adeyemi, by Okoye & Partners. The Chambers of Rohan Nambiar acted for the Crown.\n\nThe trial at the Bailey is expected to last six weeks. Iyer was held at HMP Wandsworth before his release on bail.",
    names: ["Person: Bharat Iyer", "Court: Old Bailey", "Organization: Menon Law Chambers", "Organization: Okoye & Partners", "Organization: Chambers of Rohan Nambiar", "Organization: HMP Wandsworth"],
    not: ["Person: Menon Law Chambers", "Place: Old Bailey", "Organization: Old Bailey", "Person: HMP Wandsworth", "Person: Rohan Nambiar", "Place: Bailey"],
  },
  {
    style: "Indian daily: a court complex known by its name alone, a firm of advocates and one of solicitors",
    text: "Rahul Mehta was sent to Tihar Jail after the hearing at Patiala House. He was represented by Bansal Advocates and by Dutta Solicitors.",
    names: ["Court: Patiala House", "Organization: Bansal Advocates", "Organization: Dutta Solicitors"],
    not: ["Person: Bansal Advocates", "Person: Dutta Solicitors", "Place: Patiala House"],
  },
  {
    style: "a surname that is a court's or a chambers' word stays a surname",
    text: "Owen Chambers, 41, of Leeds, was jailed. Ian Bailey was charged. Bailey denied the charge.",
    names: ["Person: Owen Chambers", "Person: Ian Bailey"],
    not: ["Court: Bailey", "Organization: Owen Chambers"],
  },
  {
    style: "London court report: a courtroom's number is no court",
    text: "Dara Halstow appeared at the Bailey on Friday. The case was heard in Court 2 at the Old Bailey.",
    names: ["Court: Old Bailey"],
    not: ["Court: Court"],
  },
  {
    style: "Korean English-language daily: a statute named head first is no one and no charge",
    text: "Kim Do-hyun was charged under the Act on the Aggravated Punishment of Specific Economic Crimes with fraud. Lawyers from Kim & Chang represented him.",
    names: ["Person: Kim Do-hyun", "Organization: Kim & Chang"],
    not: ["Person: Specific Economic Crimes", "Place: Act", "Place: Aggravated Punishment"],
  },
  {
    style: "British police report: a command, a constabulary and a guard are bodies; a sea and a common are places; a hospice is an organisation",
    text: "PC Dale Mepham, of the Parliamentary and Diplomatic Protection Command, and Sgt Ana Pike of the Civil Nuclear Constabulary gave evidence. Mepham's phone was thrown into the North Sea. The body was found near Clapham Common. The National Guard was deployed. Fenwick died at Willowmere Hospice.",
    names: ["Organization: Parliamentary and Diplomatic Protection Command", "Organization: Civil Nuclear Constabulary", "Organization: National Guard", "Organization: Willowmere Hospice"],
    not: ["Person: Diplomatic Protection Command", "Person: North Sea", "Person: Clapham Common", "Person: National Guard", "Place: Willowmere Hospice"],
  },
  {
    style: "Indian daily: 'Madras HC' is a high court",
    text: "The Madras HC granted bail to Ravi Kale on Thursday.",
    names: ["Court: Madras HC", "Person: Ravi Kale"],
    not: ["Person: Madras HC"],
  },
];

describeNameStories("firms, short-named courts, prisons and statutes", ROWS);
