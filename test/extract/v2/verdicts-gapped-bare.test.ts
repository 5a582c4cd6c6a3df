// Two defendants' outcomes told in one sentence, the offence said once: "found A guilty of arson but B not guilty",
// "convicted A of murder and acquitted B", "A was cleared of X, as was B", "could not reach verdicts on his co-accused,
// B and C". The second outcome is on the first's offence (and the first on the second's, "acquitted A but convicted B of
// X"), never where the second names an offence of their own or the sentence is negated. Every story is invented.
import { describeStories } from "./helpers.ts";

describeStories("an outcome told beside another's in one sentence takes the offence said once", [
  {
    style: "British regional: 'found A guilty of arson but B not guilty'",
    text: "Arson verdicts\n\nA jury at Stanmore Crown Court found Carys Trevanion guilty of arson but Emrys Morcombe not guilty.\n",
    facts: ["Trevanion trial: guilty -ON_CHARGE-> arson", "Morcombe trial: not guilty -ON_CHARGE-> arson", "Emrys Morcombe -CHARGED_WITH-> arson"],
    not: ["Morcombe trial: guilty -ON_CHARGE-> arson", "Trevanion trial: not guilty -ON_CHARGE-> arson"],
  },
  {
    style: "Australian: both denied the offence, then 'found A not guilty but B guilty'",
    text: "Verdicts\n\nCarys Trevanion, 34, and Emrys Morcombe, 29, pleaded not guilty to intentionally causing serious injury. A County Court jury found Trevanion not guilty but Morcombe guilty.\n",
    facts: ["Trevanion trial: not guilty -ON_CHARGE-> intentionally causing serious injury", "Morcombe trial: guilty -ON_CHARGE-> intentionally causing serious injury"],
    not: ["Trevanion trial: guilty -ON_CHARGE-> intentionally causing serious injury", "Morcombe trial: not guilty -ON_CHARGE-> intentionally causing serious injury"],
  },
  {
    style: "Indian wire: 'convicted A of murder and acquitted B' clears B alone (court-reports.test.ts)",
    text: "Verdict in killing\n\nA sessions court on Monday convicted Harish Varkala of murder and acquitted Dinesh Kottayil.\n",
    facts: ["Varkala trial: guilty -ON_CHARGE-> murder", "Kottayil trial -RESULTED_IN-> Kottayil trial: not guilty"],
    not: ["Kottayil trial: guilty -ON_CHARGE-> murder", "Kottayil trial: not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "Indian daily: 'acquitted A but convicted B of criminal conspiracy'",
    text: "Verdict\n\nThe special court acquitted Harish Varkala but convicted Dinesh Kottayil of criminal conspiracy.\n",
    facts: ["Varkala trial -RESULTED_IN-> Varkala trial: not guilty", "Kottayil trial: guilty -ON_CHARGE-> criminal conspiracy"],
    not: ["Varkala trial: guilty -ON_CHARGE-> criminal conspiracy", "Varkala trial: not guilty -ON_CHARGE-> criminal conspiracy"],
  },
  {
    style: "Irish local: 'A was cleared of X, as was his passenger, B'",
    text: "Pair cleared\n\nSenan Ruddock was cleared of dangerous driving, as was his passenger, Saoirse Brannigan.\n",
    facts: ["Brannigan trial: not guilty -ON_CHARGE-> dangerous driving", "Saoirse Brannigan -CHARGED_WITH-> dangerous driving", "Ruddock trial: not guilty -ON_CHARGE-> dangerous driving"],
  },
  {
    style: "New Zealand: 'as were his two co-accused, B and C'",
    text: "Robbers guilty\n\nHohepa Tanekaha was convicted of aggravated robbery on Thursday, as were his two co-accused, Tipene Hemi and Tama Kereama.\n",
    facts: ["Tipene Hemi -CHARGED_WITH-> aggravated robbery", "Tama Kereama -CHARGED_WITH-> aggravated robbery", "Hemi trial: guilty -ON_CHARGE-> aggravated robbery"],
  },
  {
    style: "Scottish: 'could not reach verdicts on his co-accused, B and C'",
    text: "Jury split\n\nThe jury convicted Dermot Mulvaney of manslaughter but could not reach verdicts on his co-accused, Lorcan Hazelgrove and Niall Prenderby.\n",
    facts: ["Mulvaney trial: guilty -ON_CHARGE-> manslaughter", "Lorcan Hazelgrove -CHARGED_WITH-> manslaughter", "Niall Prenderby -CHARGED_WITH-> manslaughter", "Hazelgrove trial: hung jury -ON_CHARGE-> manslaughter"],
    not: ["Hazelgrove trial: guilty -ON_CHARGE-> manslaughter", "Mulvaney trial: hung jury -ON_CHARGE-> manslaughter"],
  },
  {
    style: "second defendant with an offence of their own keeps it",
    text: "Verdicts\n\nThe jury found Carys Trevanion guilty of arson and Emrys Morcombe not guilty of burglary.\n",
    facts: ["Trevanion trial: guilty -ON_CHARGE-> arson"],
    not: ["Emrys Morcombe -CHARGED_WITH-> arson", "Morcombe trial: not guilty -ON_CHARGE-> arson"],
  },
  {
    style: "an offence of the second defendant's told apart, in words no rule reads as a plea, keeps theirs from the first's",
    text: "Verdicts\n\nAmy Rookwood denied perverting the course of justice. The jury convicted Dale Rookwood of murder but acquitted Amy Rookwood.\n",
    facts: ["Rookwood trial: guilty -ON_CHARGE-> murder"],
    not: ["Amy Rookwood -CHARGED_WITH-> murder", "Rookwood trial: not guilty -ON_CHARGE-> murder"],
  },
  {
    style: "a negated finding makes no verdict",
    text: "Verdicts\n\nCarys Trevanion and Emrys Morcombe were charged with arson. The jury did not find Carys Trevanion guilty and Emrys Morcombe not guilty.\n",
    facts: ["Emrys Morcombe -CHARGED_WITH-> arson"],
    not: ["Morcombe trial: not guilty -ON_CHARGE-> arson", "Trevanion trial: guilty -ON_CHARGE-> arson"],
  },
  {
    style: "one defendant acquitted of one count and convicted of another keeps each",
    text: "Verdict\n\nA sessions court convicted Harish Varkala of murder and acquitted him of rioting.\n",
    facts: ["Varkala trial: guilty -ON_CHARGE-> murder", "Varkala trial: not guilty -ON_CHARGE-> rioting"],
    not: ["Varkala trial: not guilty -ON_CHARGE-> murder", "Varkala trial: guilty -ON_CHARGE-> rioting"],
  },
]);
