// Verdicts of several accused told in one clause with the verb said once ("X was convicted of culpable homicide, and
// his co-accused, Y, of assault to severe injury"; "X was jailed for seven years for attempted murder, and Y for three
// years for assault to injury"), a headline's two verdicts joined by a comma ("X guilty of culpable homicide, cleared of
// murder"), and "He was found guilty of ..." after a sentence whose subject's relative clause named another accused: each
// verdict is on its own accused's offence only.
import { describeStories } from "./helpers.ts";

describeStories("verdicts of several accused, the verb said once", [
  {
    style: "Scottish daily, a High Court culpable homicide verdict with a co-accused and a separate sentencing",
    text: "Strachan guilty of culpable homicide, cleared of murder\n\nA man who killed a delivery driver during a row over a parking space in Kilmarnock has been found guilty of culpable homicide at the High Court in Glasgow.\n\nMurdo Strachan, 41, was convicted of culpable homicide, and his co-accused, Innes Cruickshank, 38, of assault to severe injury. A jury of eight women and seven men took just under five hours to reach its verdicts on the ninth day of the trial.\n\nStrachan had been charged with murdering Greig Menzies, 29, by repeatedly punching and kicking him on the head and body in Portland Street on the evening of 14 October 2023. The jury deleted the word murder and returned a verdict of guilty of the lesser charge by majority.\n\nCruickshank, who the court heard had held Mr Menzies down while Strachan struck him, was cleared of murder. He was found guilty of assault to severe injury.\n\nA third man, Struan Ogilvie, 24, had been charged with attempting to defeat the ends of justice by hiding Strachan's bloodstained clothing at a flat in Onthank. The Crown withdrew that charge on the sixth day of the trial after a key witness failed to attend, and Lady Rennie formally acquitted him.\n\nThe court heard that Mr Menzies, a father of two, had stopped his van outside a bookmaker's to deliver a parcel when Strachan, who had been drinking in a nearby pub, complained that the vehicle was blocking his car.\n\nWitnesses told the jury that the argument became heated and that Strachan punched Mr Menzies to the ground before kicking him repeatedly. Cruickshank arrived moments later and joined in, the court heard.\n\nParamedics found Mr Menzies unconscious. He died in the Queen Elizabeth University Hospital two days later from a bleed on the brain.\n\nGiving evidence in his own defence, Strachan told the jury he had \"lost the plot\" and had never meant to kill anyone. \"I will have to live with what I did for the rest of my life,\" he said.\n\nAdvocate depute Elspeth Mackie, prosecuting, told the jury in her closing speech that the attack was \"sustained and merciless\" and that Strachan had shown \"a wicked recklessness\" as to whether Mr Menzies lived or died.\n\nDefence counsel for Strachan said his client had not intended to cause lasting harm and had tried to help Mr Menzies after he fell.\n\nLady Rennie deferred sentence until next month for background reports and remanded both men in custody.\n\nOutside court, Mr Menzies' sister said the family was disappointed that the jury had not returned a murder verdict. \"Greig was a gentle man who went to work and never came home. Nothing that happens in that courtroom will bring him back,\" she said.\n\nA spokesman for Police Scotland said officers had worked tirelessly to bring those responsible to justice.\n\nIn a separate case at the same court last week, two brothers from Irvine were sentenced for a knife attack outside a takeaway in 2022. Lennox Imrie and Pitcairn Imrie had admitted the attack at an earlier hearing. Lennox Imrie was jailed for seven years for attempted murder, and Pitcairn Imrie for three years for assault to injury.\n",
    facts: [
      "Murdo Strachan -CHARGED_WITH-> culpable homicide",
      "Innes Cruickshank -CHARGED_WITH-> assault to severe injury",
      "Strachan trial: not guilty -ON_CHARGE-> murder",
      "Pitcairn Imrie -CHARGED_WITH-> assault to injury",
      "Pitcairn Imrie: guilty -ON_CHARGE-> assault to injury",
      "Lennox Imrie: guilty -ON_CHARGE-> attempted murder",
      "Struan Ogilvie -CHARGED_WITH-> attempting to defeat the ends of justice",
    ],
    not: [
      "Murdo Strachan -CHARGED_WITH-> assault to severe injury",
      "Murdo Strachan -CHARGED_WITH-> charge by majority",
      "Lennox Imrie -CHARGED_WITH-> assault to injury",
      "Pitcairn Imrie -CHARGED_WITH-> attempted murder",
      "Greig Menzies -CHARGED_WITH-> assault to severe injury",
      "Elspeth Mackie -CHARGED_WITH-> culpable homicide",
    ],
  },
]);
