// Capitalised spans that long published reports carry around the case itself, in styles no corpus was tuned
// on: a minister's portfolio, a statute with a body's word in it, a related story's link after a bar, a
// law firm or a utility named like a person, a federal agent's title "in Charge", a body's unit cut at
// "and", a sniffer dog, a product before its noun. Each story says what each span is, and what it is not.
import { describeStories, relationLines, story } from "./helpers.ts";

const read = (text: string) => {
  const s = story(text);
  return [...s.entities.map((e) => `${e.type} ${e.label}`), ...relationLines(s)];
};

describeStories("entities in long reports of untuned styles", [
  {
    style: "Nigerian daily: a minister's portfolio of two parts over 'and', and a statute whose name holds a body's word",
    text: "EFCC arraigns ex-ports chief\n\nThe Minister of Marine and Blue Economy, Gbolahan Okonrin, had directed a forensic audit of the authority's accounts.\n\nThe defendant, Musa Wanjohi, pleaded not guilty to six counts under the Prevention of Corruption Act and the Protection of Children Act.",
    facts: ["Person Gbolahan Okonrin", "Person Musa Wanjohi"],
    not: ["Person Marine Economy", "Person Blue Economy", "Person Marine", "Organization Corruption Act", "Organization Protection of Children Act"],
  },
  {
    style: "Australian wire: a portfolio after 'Minister for', a law firm ending in 'Lawyers', a water utility named like a person",
    text: "Builder jailed over tower fraud\n\nThe NSW Minister for Better Regulation, Ishbel Tamsett, said new laws were in force.\n\nThe owners' lawyer, Ruth Zelwyn of Drabble Lawyers, said residents were still paying mortgages. Residents rely on tankers supplied by Ravensmoor Water, the commission said.",
    facts: ["Person Ishbel Tamsett", "Organization Drabble Lawyers", "Organization Ravensmoor Water"],
    not: ["Person Better Regulation", "Person Drabble Lawyers", "Person Ravensmoor Water"],
  },
  {
    style: "Indian daily: related stories after 'Also Read |' at the foot are no part of the story",
    text: "CBI court frames charges against ex-bank chairman\n\nA special court framed charges against Suresh Eldrick, a former bank chairman, on Monday.\n\nAlso Read | Court grants bail to businessman Tavish Meridia in GST case\n\nAlso Read | Top court seeks reply on plea against summons",
    facts: ["Person Suresh Eldrick"],
    not: ["Person Read", "Person Tavish Meridia"],
  },
  {
    style: "US attorney's press release: agents 'in Charge', a department's section, a product before its noun",
    text: "Former Hospital Pharmacy Director Sentenced\n\nBOSTON – A former pharmacy director was sentenced today for stealing fentanyl from the hospital's Lanfranc MedStation machines.\n\nSpecial Agent in Charge Noor Velmor of the Drug Enforcement Administration and Dana Ulvik, Inspector in Charge of the U.S. Postal Inspection Service, made the announcement. The case was led by the Criminal Division's Fraud Section.",
    facts: ["Person Noor Velmor", "Noor Velmor -HOLDS_ROLE-> special agent in charge", "Person Dana Ulvik", "Organization U.S. Postal Inspection Service", "Organization Fraud Section"],
    not: ["Person Charge Noor Velmor", "Organization Charge of the U.S. Postal Inspection Service", "Person Fraud Section", "Person Lanfranc MedStation", "Person Special Agent", "Noor Velmor -HOLDS_ROLE-> charge"],
  },
  {
    style: "Irish court report: a garda bureau cut at 'and', a ferry company before its noun, a sniffer dog",
    text: "Courier jailed over cocaine seizure at port\n\nDetective Garda Orla Mbeyu said the Garda National Drugs and Organised Crime Bureau had helped. The lorry came off the Glenmara Line ferry at the port.\n\nA sniffer dog named Skipjack found the drugs.",
    facts: ["Person Orla Mbeyu"],
    not: ["Person National Drugs", "Person Glenmara Line", "Person Skipjack"],
  },
  {
    style: "Kenyan daily: a prosecutor's long title that holds a body's word, and a university of two fields",
    text: "Ex-county official charged with fraud\n\nSenior Principal Prosecution Counsel Akinyi Chelangat told the court the State would call 35 witnesses.\n\nThe accused, Benson Kipsang, was a lecturer at Stalbridge University of Science and Technology.",
    facts: ["Person Akinyi Chelangat", "Organization Stalbridge University of Science and Technology"],
    not: ["Organization Senior Principal Prosecution", "Organization Technology"],
  },
  {
    style: "Nigerian daily: a national body's name opens with its people's adjective, and a post before 'of' is no part of a body's name",
    text: "Court adjourns trial\n\nThe Nigerian Bar Association (NBA) urged the court to expedite the trial. Justice Ngozi Ezeani previously presided over the trial of a former Director-General of the National Inland Waterways Authority.",
    facts: ["Organization Nigerian Bar Association", "Organization National Inland Waterways Authority"],
    not: ["Organization Bar Association", "Organization Director-General of the National Inland Waterways Authority"],
  },
  {
    style: "Indian daily: a bank and its depositors' association are two bodies",
    text: "Court frames charges\n\nSuresh Umkhanyo, former chairman of the Keppel Cooperative Bank, was charged with cheating. The Keppel Cooperative Bank Depositors' Association welcomed the order. Its president, Mbali Ntim, said depositors were still waiting.",
    facts: ["Suresh Umkhanyo -WORKS_FOR-> Keppel Cooperative Bank", "Mbali Ntim -WORKS_FOR-> Keppel Cooperative Bank Depositors' Association"],
    not: ["Suresh Umkhanyo -WORKS_FOR-> Keppel Cooperative Bank Depositors' Association"],
  },
  {
    style: "South African news site: a spokesperson after a body and its bracketed letters, a union's secretary-general, a local municipality",
    text: "Municipal manager convicted\n\nNational Revenue Authority (NRA) spokesperson Zanele Okwudili said the State had proved its case. The Tarn Doctors Union said the theft had cost lives. Its secretary-general, Dr Sipho Zondo, said doctors had suffered.\n\nKagiso Sunderji, a former municipal manager of the Umkhanyo Local Municipality, was convicted of fraud.",
    facts: ["Zanele Okwudili -WORKS_FOR-> National Revenue Authority", "Sipho Zondo -HOLDS_ROLE-> secretary-general", "Sipho Zondo -WORKS_FOR-> Tarn Doctors Union", "Organization Umkhanyo Local Municipality"],
  },
  {
    style: "Singaporean daily: a company's legal suffix ends its name before 'of' and its town; a port authority named over 'and'",
    text: "Director jailed for bribes\n\nIts parent company, Pelangi Freight Sdn Bhd of Johor Bahru, said it had cooperated. The Maritime and Port Authority of Singapore (MPA) said it was reviewing the contracts.",
    facts: ["Organization Pelangi Freight Sdn Bhd", "Organization Maritime and Port Authority of Singapore"],
    not: ["Organization Pelangi Freight Sdn Bhd of Johor Bahru", "Organization Maritime", "Organization Port Authority of Singapore"],
  },
  {
    style: "British tabloid: bodies known by names with no body's word, told by an apposition or by 'which', and a township told by its residents",
    text: "Conman caged\n\nVictims reported the calls to Scamwatchline, the national reporting centre. Lendwell Trade, which represents lenders, urged caution. He later worked for Harbourmede Kitchen as a chef.\n\nThe residents of Ngcayi Drift were evacuated. Tellvane Health System said it had cooperated.",
    facts: ["Organization Scamwatchline", "Organization Lendwell Trade", "Organization Tellvane Health System", "Place Ngcayi Drift"],
    not: ["Person Lendwell Trade", "Person Ngcayi Drift", "Person Tellvane Health System", "Lendwell Trade -WORKS_FOR-> Harbourmede Kitchen"],
  },
  {
    style: "Indian film pages: shows named before the service they stream on, an 'OTT' series, and the sources credited at the foot",
    text: "Producer arrested in cheating case\n\nPolice said producer Zarina Bhatnagar took money promising returns from the web series Gharonda Nights for Lumenhall Video and the OTT series Veerana Ki Raat on SealightPlay.\n\n(With inputs from Mid-day and Hollowmere Hungama)",
    facts: ["Person Zarina Bhatnagar", "Film Gharonda Nights", "Film Veerana Ki Raat"],
    not: ["Film Gharonda Nights for Lumenhall Video", "Film Veerana Ki Raat on SealightPlay", "Organization OTT", "Person Hollowmere Hungama"],
  },
  {
    style: "entertainment trade press: a union's hyphened letters, a television banner, a management company listed with an agency",
    text: "Director sues studio\n\nThe deal was negotiated by her reps at UTA and Silent Harvest. She is also developing a series with Sealight Television. MPU-ARTSA said it was monitoring the situation.",
    facts: ["Organization Silent Harvest", "Organization MPU-ARTSA"],
    not: ["Person Silent Harvest", "Person Sealight Television", "Person MPU-ARTSA"],
  },
  {
    style: "entertainment trade press: a law firm's two names joined by a plus is one firm, her employer",
    text: "Director sues studio\n\nThe director is represented by Ysolde Delaray of Sorby + Kettlewick, who filed the complaint on Tuesday.",
    facts: ["Organization Sorby + Kettlewick", "Ysolde Delaray -WORKS_FOR-> Sorby + Kettlewick"],
    not: ["Person Sorby", "Person Kettlewick"],
  },
], read);
