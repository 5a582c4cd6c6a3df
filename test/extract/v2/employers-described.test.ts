// An employer told by the kind of body the article first called it ("Kestrel Ltd, the Perth-based miner, ... The miner's
// former chief executive, X,"; "lender Quorvane Holdings ... the lender's chief risk officer"), as wire services write
// it; "of lender Y" before the name is the employer's description, no part of the role; with two bodies of that kind
// the description names neither, and a kind set beside a body's name describes no person.
import { describeStories } from "./helpers.ts";

describeStories("employers told by the kind of body the article called them", [
  {
    style: "Australian wire: the miner named with its kind in apposition, its former chief executive later by 'the miner's'",
    text: "Australian miner fined A$3m over tailings spill\n\nPERTH, June 4 (Wire) - Kestrelford Ltd, the Perth-based iron ore miner, was fined A$3 million on Tuesday for a tailings spill that poisoned a creek in the Pilbara in 2022.\n\nThe miner's former chief executive, Amara Tennant, was charged separately with failing to report the spill and will appear in court next month.",
    facts: ["Amara Tennant -HOLDS_ROLE-> chief executive", "Amara Tennant -WORKS_FOR-> Kestrelford Ltd"],
  },
  {
    style: "London wire: 'lender X' in the lede, 'who was the lender's chief risk officer' after",
    text: "Former risk chief charged over loan book\n\nLONDON (Wire) - Pendrith Wallerby, 51, was charged on Thursday with fraud by false representation over loans worth 40 million pounds made by lender Quorvane Holdings.\n\nWallerby, who was the lender's chief risk officer until 2022, was remanded on bail by Westminster Magistrates' Court.",
    facts: ["Pendrith Wallerby -WORKS_FOR-> Quorvane Holdings", "Pendrith Wallerby -HOLDS_ROLE-> chief risk officer"],
  },
  {
    style: "British business page: 'The former chief risk officer of lender X, Y,' (the kind before the name is no complement of the role)",
    text: "Risk chief remanded\n\nThe former chief risk officer of lender Quorvane Holdings, Pendrith Wallerby, was remanded on bail on Thursday after being charged with fraud.",
    facts: ["Pendrith Wallerby -HOLDS_ROLE-> chief risk officer", "Pendrith Wallerby -WORKS_FOR-> Quorvane Holdings"],
    not: ["Pendrith Wallerby -HOLDS_ROLE-> chief risk officer of lender"],
  },
  {
    style: "Local paper: two retailers each called a retailer; 'the retailer's chief executive' names neither, and is no retailer herself",
    text: "Two shops fined for selling knives to children\n\nYarrowdale Ltd, a Dunmore retailer, and Pellingrove Ltd, another retailer, were each fined £80,000 for selling knives to children.\n\nThe retailer's chief executive, Ngaio Oskarsson, said staff had been retrained.",
    facts: ["Ngaio Oskarsson -HOLDS_ROLE-> chief executive"],
    not: ["Ngaio Oskarsson -WORKS_FOR-> Yarrowdale Ltd", "Ngaio Oskarsson -WORKS_FOR-> Pellingrove Ltd", "Ngaio Oskarsson -HOLDS_ROLE-> retailer"],
  },
]);
