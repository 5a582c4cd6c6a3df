// Counsel described by their town or their firm before the verb that names the client, as local papers write them: "X,
// a Talbridge attorney representing Y,", "X, the Brenmoor lawyer who represents Y,", "Solicitor X, of Renshaw & Co,
// representing Y, told the court". A federal or state prosecutor's title ("the United States attorney for the Southern
// District") names an office, no client.
import { describeStories } from "./helpers.ts";

describeStories("counsel named with their town or their firm", [
  {
    style: "US local paper, civil suit: 'X, a Talbridge attorney representing Y, said'",
    text: "Mother sues county over jail death\n\nMaelis Pilbeam, whose son died in the Wexcombe County jail in 2023, sued the county on Monday.\n\nAmara Keswin, a Talbridge attorney representing Pilbeam, said guards ignored her son's calls for help.\n\nSelwood Ulverholt, the Brenmoor lawyer who represents the county, said it would fight the claim.",
    facts: ["Amara Keswin -REPRESENTS-> Maelis Pilbeam", "Amara Keswin -HOLDS_ROLE-> lawyer", "Selwood Ulverholt -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "US wire, criminal case: 'X, the Brenmoor lawyer who represents Y,'",
    text: "Councilman pleads not guilty to bribery\n\nWexcombe councilman Dorrington Quimby pleaded not guilty Tuesday to accepting bribes from a developer.\n\n\"He will be vindicated,\" said Fairleigh Selwood, the Brenmoor lawyer who represents Quimby.",
    facts: ["Fairleigh Selwood -REPRESENTS-> Dorrington Quimby", "Fairleigh Selwood -HOLDS_ROLE-> lawyer"],
  },
  {
    style: "English magistrates' court report: 'Solicitor X, of Renshaw & Co, representing Y, told the court'",
    text: "Driver banned after crash\n\nDorrington Quimby, 44, of Talbridge, admitted dangerous driving at Wexcombe Magistrates' Court.\n\nAmara Keswin, of Renshaw & Co, representing Quimby, told the court he had been under great strain at work.",
    facts: ["Amara Keswin -REPRESENTS-> Dorrington Quimby", "Amara Keswin -WORKS_FOR-> Renshaw & Co"],
  },
  {
    style: "US wire: a United States attorney 'for the Southern District' speaks for an office, no client",
    text: "Trader convicted of fraud\n\nDorrington Quimby was convicted of securities fraud on Friday.\n\n\"Nobody is above the law,\" said Fairleigh Selwood, the United States attorney for the Southern District of Brenmoor.",
    facts: ["Dorrington Quimby -CHARGED_WITH-> securities fraud"],
    not: ["Fairleigh Selwood -REPRESENTS-> Dorrington Quimby"],
  },
]);
