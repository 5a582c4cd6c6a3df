// Counsel named in shapes the rules missed: a legal team whose members stand between dashes ("X's legal team - A
// and B - said"), and a client named after a kinship word ("B, who also represents X's husband, Y,": Y is the
// client, and X, who owns the word, stands between the lawyer and Y without refusing the tie).
import { describeStories } from "./helpers.ts";

describeStories("counsel teams between dashes and clients named after a kinship word", [
  {
    style: "Canadian tabloid: a couple charged, 'X's legal team - A and B - said', then 'who also represents X's husband, Y,'",
    text: "Daycare owner charged with fraud\n\nWenhaston Tresillian, who ran three daycares in Mississauga, was charged with fraud on Monday over $1.4 million in subsidies.\n\nTresillian's legal team - Mornay Lanyon and Thackwray Quennell - said she would plead not guilty.\n\nLanyon, who also represents Tresillian's husband, Castellane Pellingham, said the couple had done nothing wrong.",
    facts: ["Mornay Lanyon -REPRESENTS-> Wenhaston Tresillian", "Thackwray Quennell -REPRESENTS-> Wenhaston Tresillian", "Mornay Lanyon -REPRESENTS-> Castellane Pellingham"],
  },
]);
