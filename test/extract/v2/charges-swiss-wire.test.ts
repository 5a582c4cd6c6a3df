// Charges in a long wire report from a jurisdiction unlike the corpora (a Swiss cantonal court, statutory offence
// names such as "disloyal management" and "forgery of documents"): a body the accused served told before their offence
// ("convicted three officials of a defunct pension administrator of fraud") is no part of the offence; "acquitted C of
// that count" after "convicted A and B of X" is an acquittal of X, not of another count told earlier; a plea changed to
// guilty is on the counts denied before; a witness whose charges were dropped, a plaintiff, a lawyer and a regulator
// are charged with nothing. Invented story.
import { describeStories, type StoryRow } from "./helpers.ts";

const SWISS = ""
    + "Three ex-officials of collapsed pension administrator jailed for fraud\n\n"
    + "Verdict closes a decade-long saga that cost 11,000 savers their retirement top-ups. Two further defendants were cleared.\n\n"
    + "AARWYL \u2013 A cantonal court on Friday convicted three officials of a defunct pension administrator of fraud, ending one of the longest white-collar trials the canton has seen.\n\n"
    + "The Cantonal Criminal Court of Aarwyl found that Rudolf Kessling, 66, the former managing director of Vorsorge Zberg AG, his deputy Beatrice Imhasly, 58, and the firm's former chief accountant, Lukas Tschanz, 61, had for seven years hidden losses on property loans from the foundation boards that hired the company to manage their members' savings.\n\n"
    + "Kessling was jailed for four years and eight months. Imhasly received three years, half of it suspended, and Tschanz was given a suspended sentence of 24 months.\n\n"
    + "The three had faced charges ranging from commercial fraud to forgery of documents and disloyal management, a count under the Swiss criminal code that covers managers who abuse the trust placed in them. The court convicted Kessling and Imhasly of disloyal management as well, but acquitted Tschanz of that count, saying an accountant who carried out instructions could not be held to the same duty as those who gave them.\n\n"
    + "Prosecutors had originally charged five people. Charges against the company's former head of compliance, Nora Pfammatter, were dropped in 2022 after she agreed to testify, and she appeared as a witness for the prosecution in the first week of the trial. A fifth accused, the property developer Anton Wyssbrod, was acquitted on Friday of aiding and abetting fraud. Presiding judge Claudia Fankhauser said there was no evidence that Wyssbrod had known the loans he received were being concealed.\n\n"
    + "Tschanz had pleaded not guilty to commercial fraud and forgery of documents when the trial opened in March. On the eleventh day of hearings he changed his plea to guilty, and his lawyer, Martin Odermatt, told the court his client wished to spare former colleagues and savers a longer ordeal. The court took that into account in suspending his sentence.\n\n"
    + "How the scheme worked\n\n"
    + "The pension administrator, founded in 1994, managed the savings of 38 small company pension funds. From 2009, prosecutors said, Kessling directed money from those funds into short-term loans to property developers, among them Wyssbrod's firm, at rates well above the market. When the developers began to default in 2013, the losses were never reported. Instead, the indictment said, the three rolled the bad loans into new ones and drew up quarterly statements showing the funds' assets at their original value.\n\n"
    + "One of those statements, sent to the board of a joinery firm's pension fund in 2016, valued its holdings at 14.2 million francs. An external audit two years later found they were worth less than six million.\n\n"
    + "The indictment ran to 412 pages and listed 27 counts, including 19 counts of forgery of documents. Prosecutor Hanspeter Gisler told the court in his closing argument that the case was \"not about bad investments but about lies told every quarter for five years\".\n\n"
    + "The savers\n\n"
    + "More than 11,000 members of the pension funds lost part of the top-up savings above the legal minimum. About 200 of them joined the proceedings as private plaintiffs, and several sat in the public gallery throughout the six-month trial.\n\n"
    + "Among them was Verena Baumwirth, 71, a retired bookbinder who lost about a third of her supplementary pension. \"I am glad they were convicted,\" she said outside the court. \"But I am not getting my money back from a prison sentence.\"\n\n"
    + "The court ordered Kessling and Imhasly to pay compensation of 3.4 million francs to the plaintiffs, far less than the losses, which the funds' liquidator has put at 61 million francs.\n\n"
    + "The defence\n\n"
    + "Kessling, who denied all charges throughout the trial, told the court in his final statement that he had acted in the belief that the property market would recover and that no saver would lose money. His lawyer, Regula Steiger, said her client had been made a scapegoat for the failures of regulators who had approved the administrator's reports every year.\n\n"
    + "Steiger said she would appeal the conviction to the cantonal high court. \"The judgment confuses optimism with deceit,\" she said.\n\n"
    + "Imhasly's lawyer declined to comment on whether his client would appeal.\n\n"
    + "The regulators\n\n"
    + "The verdict is likely to add to pressure on the cantonal supervisory authority for occupational pensions, which was criticised in a parliamentary report last year for failing to act on warnings from an auditor in 2015. The authority's director, Thomas H\u00fcrlimann, said in a statement that it had since doubled its inspection staff.\n\n"
    + "H\u00fcrlimann himself was never a suspect. A criminal complaint lodged against him by a group of plaintiffs in 2020 was not taken up by prosecutors.\n\n"
    + "Judge Fankhauser said the court had found no evidence that the supervisory authority was deceived on purpose rather than through negligence, and that any failings of the regulator did not lessen the guilt of the accused.\n\n"
    + "What comes next\n\n"
    + "The judgment can be appealed within ten days. If Kessling appeals, his sentence will not take effect until the high court rules, which lawyers said could take up to two years.\n\n"
    + "A separate civil case brought by the liquidator against the administrator's former auditors is pending before the commercial court. The liquidator's office said it expected the criminal verdict to strengthen that claim.\n\n"
    + "The collapse of Vorsorge Zberg prompted a change to federal rules on pension fund investments in 2021, limiting the share of a fund's assets that can be lent to a single borrower.";

const ROWS: StoryRow[] = [
  {
    style: "Swiss English-language wire: five accused, counts ranging, a changed plea, a count acquitted by anaphor",
    text: SWISS,
    facts: [
      "Lukas Tschanz -CHARGED_WITH-> disloyal management", "Kessling trial: not guilty -ON_CHARGE-> disloyal management",
      "Lukas Tschanz pleads guilty -ON_CHARGE-> commercial fraud", "Lukas Tschanz pleads guilty -ON_CHARGE-> forgery of documents",
      "Anton Wyssbrod -CHARGED_WITH-> aiding and abetting fraud", "Rudolf Kessling -CHARGED_WITH-> disloyal management",
    ],
    not: [
      "Kessling trial: not guilty -ON_CHARGE-> forgery of documents",
      "Nora Pfammatter -CHARGED_WITH-> commercial fraud", "Thomas Hürlimann -CHARGED_WITH-> commercial fraud",
      "Verena Baumwirth -CHARGED_WITH-> commercial fraud", "Regula Steiger -CHARGED_WITH-> commercial fraud",
      "Martin Odermatt -CHARGED_WITH-> commercial fraud", "Hanspeter Gisler -CHARGED_WITH-> commercial fraud",
    ],
  },
  {
    style: "European wire: the employer of three officials named between them and their offence",
    text: "Officials convicted\n\nA court in Vellmar on Friday convicted three officials of a defunct pension administrator of fraud. "
      + "The three, Anton Bessemer, Carla Ruhnke and Pavel Kälin, were each jailed for four years.",
    facts: ["Anton Bessemer -CHARGED_WITH-> fraud", "Pavel Kälin -CHARGED_WITH-> fraud"],
    not: ["Anton Bessemer -CHARGED_WITH-> defunct pension administrator of fraud"],
  },
];

describeStories("charges in a Swiss cantonal fraud report", ROWS);
