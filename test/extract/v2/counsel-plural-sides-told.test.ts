// Counsel for a plural side whose members the article names in the everyday ways: in dashes or brackets ("Three
// broadcasters – A, B and C – were fined"), after "including", after a copula ("The retailers were A and B."); counsel
// named in a pair ("X SC and Y BL, appearing for the broadcasters"), after "Appearing for the farmers, lawyer X", by
// "representing", or by "for" alone ("Ms X KC, for the publishers, said"), which only a lawyer's name makes counsel.
import { describeStories } from "./helpers.ts";

describeStories("counsel for a plural side named in dashes, lists and copulas", [
  {
    style: "Irish broadsheet, High Court contempt: the broadcasters listed between dashes, senior and junior counsel together",
    text: "Broadcasters fined €90,000 over trial footage\n\nThree broadcasters – Tallowmere Holdings, Quorvane Group and Pellingrove Ltd – were fined a total of €90,000 at the High Court in Dublin on Tuesday for contempt after airing footage of a juror.\n\nMr Justice Carrowkeel said the material should never have been broadcast while the jury was deliberating.\n\nRoisin Heddlesworth SC and Aoibheann Lisburne BL, appearing for the broadcasters, said the footage had been aired in error and apologised to the court.",
    facts: ["Roisin Heddlesworth -REPRESENTS-> Tallowmere Holdings", "Roisin Heddlesworth -REPRESENTS-> Pellingrove Ltd", "Aoibheann Lisburne -REPRESENTS-> Quorvane Group"],
    not: ["Carrowkeel -REPRESENTS-> Tallowmere Holdings"],
  },
  {
    style: "Kenyan daily, land court award: 'Appearing for the farmers, lawyer X told the court'",
    text: "Kericho farmers win Sh12m pipeline case\n\nTwo tea farmers, Kiptanui Kipsang and Jemutai Chepkoech Nyarandu, have been awarded Sh12 million after the Environment and Land Court found that Mbeluka Energy laid a fuel pipeline across their land without consent.\n\nJustice Wanjiru Moraa said the company had trespassed for six years.\n\nAppearing for the farmers, lawyer Joan Venkatraman told the court her clients would now ask the company to remove the pipeline.",
    facts: ["Joan Venkatraman -REPRESENTS-> Kiptanui Kipsang", "Joan Venkatraman -REPRESENTS-> Jemutai Chepkoech Nyarandu"],
    not: ["Joan Venkatraman -REPRESENTS-> Mbeluka Energy"],
  },
  {
    style: "New Zealand wire, suppression breach: 'Publishers including A and B', counsel told by 'for' alone; a spokeswoman 'for the booksellers' is no counsel",
    text: "Publishers ordered to pull memoir\n\nPublishers including Quillan Press and Brannagh Books were ordered by the High Court in Wellington on Friday to withdraw a memoir that named a witness in a sexual offending trial. Two booksellers, Ivo Gethwyn and Mara Drumshanbo, had stocked it.\n\nMs Calloway KC, for the publishers, said they would comply with the order. Ngaio Tasker, for the booksellers, said shops had already removed the book.",
    facts: ["Calloway -REPRESENTS-> Quillan Press", "Calloway -REPRESENTS-> Brannagh Books"],
    not: ["Ngaio Tasker -REPRESENTS-> Ivo Gethwyn", "Ngaio Tasker -REPRESENTS-> Mara Drumshanbo"],
  },
  {
    style: "South African business page, tribunal fine: the retailers named after a copula, 'Advocate X, representing the retailers'",
    text: "Retailers fined R2m for price gouging\n\nThe Competition Tribunal on Wednesday fined two Durban retailers a combined R2 million for inflating the price of face masks during the pandemic. The retailers were Ridgeholt Stores and Kaimanawa Mart.\n\nAdvocate Gethwyn Stroud, representing the retailers, said both had since refunded customers.",
    facts: ["Gethwyn Stroud -REPRESENTS-> Ridgeholt Stores", "Gethwyn Stroud -REPRESENTS-> Kaimanawa Mart"],
  },
]);
