// Counsel told by the side they speak for: "Appearing for the State, X told the court" (the trial's prosecutor, whose
// words to the court are no evidence), "X, who is leading the prosecution team", "X, appearing for the accused persons"
// (every defendant of the joint trial, never the prosecutor nor the family).
import { describeStories } from "./helpers.ts";

describeStories("counsel told by their side in reports of joint trials", [
  {
    style: "Nigerian daily, a joint fraud trial: a fronted 'Appearing for the State', 'appearing for the accused persons', 'who is leading the prosecution team'",
    text: "Court jails three bank officials for N1.2bn pension fraud\n\nBy our Correspondent, Abuja\n\nA Federal High Court sitting in Abuja on Thursday convicted three officials of a defunct pension administrator of fraud and sentenced each of them to seven years in prison.\n\nThe convicts, Ebikabowei Soroh, Dapo Orimoloye and Tarila Ugwuoke, were found guilty on all eleven counts of conspiracy, stealing and money laundering brought against them by the Economic and Financial Crimes Commission.\n\nJustice Bamgbose Adeoti held that the prosecution had proved beyond reasonable doubt that the three men diverted N1.2 billion belonging to retired civil servants into companies they controlled.\n\nAppearing for the State, Mr. Ayodele Fashanu told the court that the money had been moved through 14 accounts in four banks over a period of three years.\n\n\"The defendants treated the savings of pensioners as their own,\" Fashanu said. \"Some of those pensioners died waiting for money that had already been spent.\"\n\nMrs. Sekinat Olayiwola, appearing for the accused persons, urged the court to temper justice with mercy, noting that the convicts were first offenders with families to support.\n\nEbere Nnadozie, who is leading the prosecution team for the commission, said after the judgment that the agency would move to recover the assets traced to the men.\n\nThe judge rejected the plea for leniency, saying the court had a duty to send a message to public officers who handle pension funds.\n\nSoroh was the managing director of the pension firm, Orimoloye its chief finance officer, and Ugwuoke the head of its investment unit. The firm's licence was revoked by the National Pension Commission in 2021.\n\nOutside the courtroom, Soroh's wife, Ireti Soroh, wept as her husband was led away by prison officials. His brother, Tamunoemi Soroh, said the family would study the judgment before deciding whether to appeal.\n\nThe case was first filed in 2022. The men had pleaded not guilty when they were arraigned in March that year and had been on bail since then.\n\nEFCC spokesman Wilson Ekpenyong said the commission had so far recovered N300 million of the stolen funds.",
    facts: ["Sekinat Olayiwola -REPRESENTS-> Ebikabowei Soroh", "Sekinat Olayiwola -REPRESENTS-> Dapo Orimoloye", "Sekinat Olayiwola -REPRESENTS-> Tarila Ugwuoke", "Ayodele Fashanu -PROSECUTED-> Soroh trial", "Ebere Nnadozie -PROSECUTED-> Soroh trial"],
    not: ["Ayodele Fashanu -TESTIFIED_IN-> Soroh trial", "Sekinat Olayiwola -REPRESENTS-> Ireti Soroh", "Ayodele Fashanu -REPRESENTS-> Ebikabowei Soroh", "Sekinat Olayiwola -PROSECUTED-> Soroh trial"],
  },
]);

describeStories("counsel of a company told in a relative clause", [
  {
    style: "NZ Herald: the company, 'which was represented by' its own barrister, beside the director's lawyer",
    text: "Kahu Tamatea, the managing director of Harcourt Aggregates Ltd, stood trial for manslaughter. Defence lawyer Grant Tiller told the jury his client had not known the machine was unsafe. The company, which was represented by Wellington barrister Anna Vossberg, was fined $420,000.",
    facts: ["Anna Vossberg -REPRESENTS-> Harcourt Aggregates Ltd", "Grant Tiller -REPRESENTS-> Kahu Tamatea"],
    not: ["Anna Vossberg -REPRESENTS-> Kahu Tamatea", "Grant Tiller -REPRESENTS-> Harcourt Aggregates Ltd"],
  },
]);

describeStories("a tabloid's word for a barrister", [
  {
    style: "British tabloid: 'Gorringe's brief, Paul Ruddock, said'",
    text: "Darren Gorringe, 43, admitted fraud at Leeds Crown Court. Gorringe's brief, Paul Ruddock, said his client had a gambling addiction.",
    facts: ["Paul Ruddock -REPRESENTS-> Darren Gorringe"],
  },
]);
