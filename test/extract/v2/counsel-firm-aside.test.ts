// "X, of Dorn Law, representing Y, said" and "X of Dorn Law, representing Y,": the lawyer's firm in an aside after the name,
// a firm whose name the name finder reads as a person's ("Dorn Law"), is no party the client stands across.
import { describeStories } from "./helpers.ts";

const charged = "Man charged over pub assault\n\nTobiah Venn, 34, was charged with assault after a fight outside a pub.\n\n";

describeStories("a lawyer's firm in an aside before the client", [
  {
    style: "US local paper: 'X, of Dorn Law, representing Mr Y, said' (commas around the firm)",
    text: charged + "Rashmi Tandekar, of Drayfield Law, representing Mr Venn, said he was innocent.",
    facts: ["Rashmi Tandekar -REPRESENTS-> Tobiah Venn"],
    not: ["Rashmi Tandekar -REPRESENTS-> Drayfield Law"],
  },
  {
    style: "US wire: 'X of Dorn Law, representing Mr Y, said' (no comma before 'of')",
    text: charged + "Rashmi Tandekar of Drayfield Law, representing Mr Venn, said he was innocent.",
    facts: ["Rashmi Tandekar -REPRESENTS-> Tobiah Venn"],
    not: ["Rashmi Tandekar -REPRESENTS-> Drayfield Law"],
  },
]);
