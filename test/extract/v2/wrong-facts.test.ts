// Wrong facts v2 once stated on invented stories: a role, a part in the trial or a court given to
// the wrong person. Each story states what must not be read (and what the fix reads instead).
import { table } from "./helpers.ts";

table("a lede's description is not the next person whose name carries another role, whom it skips", [
  {
    name: "Australian: 'A plumber has been found guilty'; a forensic accountant named first below",
    text: "A plumber has been found guilty of defrauding elderly customers on the Gold Coast.\n\nForensic accountant Lena Hartigan, who audited the invoices, told the court the charges were inflated. Darcy Flint, 38, of Southport, had pleaded not guilty.",
    has: ["Darcy Flint -HOLDS_ROLE-> plumber"],
    not: ["Lena Hartigan -HOLDS_ROLE-> plumber", "Lena Hartigan -DEFENDANT_IN-> Hartigan trial", "Lena Hartigan -CHARGED_WITH-> defrauding elderly customers"],
  },
]);

table("a description named in an aside is not the article's topic", [
  {
    name: "British regional: 'The teaching assistant, named in court only as ...' is not the teacher in the dock",
    text: "Teacher jailed for assaulting teaching assistant\n\nA secondary school teacher was jailed for two years at Truro Crown Court yesterday for assaulting a teaching assistant in a storeroom. Gideon Pellow, 51, had denied the charge. Pellow, who taught at the school for 20 years, was described as a bully. Pellow wept in the dock. The teaching assistant, named in court only as Kerensa Roe, told the jury Pellow pinned her against a shelf. Pellow will appeal.",
    has: ["Kerensa Roe -TESTIFIED_IN-> Pellow trial"],
    not: ["Gideon Pellow -HOLDS_ROLE-> teaching assistant", "Gideon Pellow -TESTIFIED_IN-> Pellow trial"],
  },
]);

table("a panel judge after two appeal courts' rulings", [
  {
    name: "Indian English: 'Writing for the bench' after a high court upheld and the Supreme Court set aside",
    text: "Supreme Court sets aside contractor's cheating conviction\n\nNEW DELHI \u2014 The Supreme Court on Monday set aside the conviction of a Pune contractor found guilty of cheating, holding that the trial court had misread the evidence.\n\nAnil Bramridge, 58, was convicted of cheating in 2018 by a sessions court. The Bombay High Court upheld the conviction in 2020.\n\nWriting for the bench, Justice Kavita Gowda said the prosecution had not proved dishonest intent.",
    has: ["Kavita Gowda -HOLDS_ROLE-> judge"],
    not: ["Kavita Gowda -WORKS_FOR-> Bombay High Court", "Kavita Gowda -PRESIDED_OVER-> Bramridge trial"],
  },
]);

table("a magistrate is a magistrate, not a judge", [
  {
    name: "Kenyan daily: a chief magistrate before the name",
    text: "The three accused pleaded not guilty before Chief Magistrate Wanjiru Kamau yesterday. Ms Kamau released them on bond.",
    has: ["Wanjiru Kamau -HOLDS_ROLE-> magistrate"],
    not: ["Wanjiru Kamau -HOLDS_ROLE-> judge"],
  },
  {
    name: "Indian wire: a judicial magistrate first class commits the accused",
    text: "Ravi Ulmere, 44, was committed to the sessions court by Judicial Magistrate First Class S K Bhave on Monday.",
    has: ["S K Bhave -HOLDS_ROLE-> magistrate"],
    not: ["S K Bhave -HOLDS_ROLE-> judge", "First Class S K Bhave -HOLDS_ROLE-> magistrate"],
  },
  {
    name: "British weekly: the presiding magistrate of a lay bench",
    text: "The bench, chaired by presiding magistrate Hilary Dunmore, fined Kyle Brent £300 for drink-driving.",
    has: ["Hilary Dunmore -HOLDS_ROLE-> magistrate"],
    not: ["Hilary Dunmore -HOLDS_ROLE-> judge"],
  },
]);

table("a prosecutor's or a detective's title gives that role, not lawyer or police officer", [
  {
    name: "South African daily: a state advocate argues for the State",
    text: "State advocate Lerato Zungu argued that the killing had been planned. Defence advocate Pieter Visser said his client was innocent.",
    has: ["Lerato Zungu -HOLDS_ROLE-> prosecutor", "Pieter Visser -HOLDS_ROLE-> lawyer"],
    not: ["Lerato Zungu -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "US local paper: a deputy city attorney prosecutes a misdemeanour",
    text: "Deputy City Attorney Rosa Zavala told Judge Ken Lowell that the victim had a broken wrist.",
    has: ["Rosa Zavala -HOLDS_ROLE-> prosecutor"],
    not: ["Rosa Zavala -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "Arizona TV: a deputy county attorney is the prosecutor who declined to comment after an acquittal",
    text: "Driver acquitted in hit-and-run\n\nDefense attorney Paul Renner said his client never wavered. Deputy County Attorney Kim Alvarez declined to comment.",
    has: ["Kim Alvarez -HOLDS_ROLE-> prosecutor", "Paul Renner -HOLDS_ROLE-> lawyer"],
    not: ["Kim Alvarez -HOLDS_ROLE-> lawyer"],
  },
  {
    name: "Irish broadsheet: 'Det Garda' is a detective's rank",
    text: "Det Garda Dervla Coyle told Ross Quinlan SC, prosecuting, that the men had been drinking together.",
    has: ["Dervla Coyle -HOLDS_ROLE-> detective"],
    not: ["Dervla Coyle -HOLDS_ROLE-> police officer"],
  },
]);

table("'His lawyer' after a quotation is the speaker's lawyer, not a person named before", [
  {
    name: "British regional: a son's barrister after his quoted words about his mother",
    text: "A High Court jury has ordered a haulage firm to pay £2.1 million to the family of a pedestrian killed by one of its lorries in Leeds.\n\nThe jury found that Castlegate Haulage Ltd was liable for the death of 61-year-old Grace Okoro, a teacher at Brampton Academy, and that the firm had failed to check the hours worked by its driver, Dale Birtles.\n\nThe jury cleared Birtles himself of negligence.\n\nOkoro's son, Femi Okoro, brought the claim on behalf of the family.\n\n\"Nothing brings Grace back, but today the jury said her life mattered,\" Femi Okoro said outside court.\n\nHis barrister, Clare Anstey, told the jury that the firm had sent Birtles out after a 16-hour shift.",
    has: ["Clare Anstey -REPRESENTS-> Femi Okoro"],
    not: ["Clare Anstey -REPRESENTS-> Dale Birtles"],
  },
]);

table("'Ms X' where a brother and a sister share the surname is the sister", [
  {
    name: "Scottish weekly: the acquitted sister leaves court with her husband",
    text: "A fisherman was jailed yesterday for assaulting a harbour master on the quay at Stornoway.\n\nTorcuil Macrae, 44, from Tong, was convicted of assault to severe injury after a four-day trial.\n\nMacrae's sister, Seonag Macrae, 39, who stood trial alongside him, was found not guilty of attempting to pervert the course of justice.\n\nSheriff Ewan Laing told Macrae he would be jailed for 18 months.\n\nMs Macrae left court with her husband, Alasdair Morrison, and declined to comment.",
    has: ["Alasdair Morrison -RELATED_TO(husband)-> Seonag Macrae"],
    not: ["Alasdair Morrison -RELATED_TO(husband)-> Torcuil Macrae"],
  },
]);

table("a court named for a first appearance did not hold the trial told in a high court", [
  {
    name: "Scottish daily: a jury at the High Court; a sheriff court refused bail months before",
    text: "A labourer accused of trying to kill his employer walked free from the most serious charge after a jury at the High Court in Inverness found it not proven.\n\nRuaridh Fraser, 36, was however convicted of assault to severe injury.\n\nFraser first appeared on petition at Dingwall Sheriff Court in May, where Sheriff Anna Lyall refused him bail.\n\nTrial judge Lord Strathcona deferred sentence for reports.",
    not: ["Fraser trial -HELD_AT-> Dingwall Sheriff Court", "Strathcona -WORKS_FOR-> Dingwall Sheriff Court"],
  },
]);

table("'the X' after 'from an X' is that other party, not the article's topic", [
  {
    name: "British regional: bribes 'from a contractor'; later 'does not name the contractor'",
    text: "A council planning officer was charged on Monday with taking bribes worth £60,000 from a contractor seeking permission for 40 homes, the Crown Prosecution Service said.\n\nHannah Rowsell-Whitley, 52, is charged with two counts of bribery. She pleaded not guilty before District Judge Owen Tate, who released her on bail.\n\nIf convicted, Rowsell-Whitley could face up to ten years in prison.\n\nThe charge sheet does not name the contractor, describing it only as \"Company B.\" Prosecutors declined to say whether the firm is under investigation.",
    has: ["Hannah Rowsell-Whitley -HOLDS_ROLE-> council planning officer"],
    not: ["Hannah Rowsell-Whitley -HOLDS_ROLE-> contractor"],
  },
]);
