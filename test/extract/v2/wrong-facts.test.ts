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
    text: "Supreme Court sets aside contractor's cheating conviction\n\nNEW DELHI \u2014 The Supreme Court on Monday set aside the conviction of a Pune contractor found guilty of cheating, holding that the trial court had misread the evidence.\n\nAnil Deshpande, 58, was convicted of cheating in 2018 by a sessions court. The Bombay High Court upheld the conviction in 2020.\n\nWriting for the bench, Justice Kavita Rao said the prosecution had not proved dishonest intent.",
    has: ["Kavita Rao -HOLDS_ROLE-> judge"],
    not: ["Kavita Rao -WORKS_FOR-> Bombay High Court", "Kavita Rao -PRESIDED_OVER-> Deshpande trial"],
  },
]);
