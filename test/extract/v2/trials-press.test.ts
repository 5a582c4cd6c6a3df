// How wire services and foreign English-language papers tell of a trial: "went on trial in <city>
// accused of", "the presiding judge, X", a high court that convicts (it holds the trial), and
// co-accused tried together.
import { table } from "./helpers.ts";

table("a trial told by the wires and the foreign press", [
  {
    name: "French wire: on trial in a city, accused of an offence; the presiding judge and the prosecutor",
    text: "Actor on trial\n\nPARIS (AFP) - Actor Remy Fauchet went on trial in Lyon on Monday accused of sexual assault, a charge he denies.\n\nFauchet, 71, appeared before the Lyon criminal court.\n\n\"I have never hurt anyone,\" Fauchet told the presiding judge, Ines Garnier. Prosecutor Laure Vidal is expected to request a sentence on Wednesday.",
    has: ["Remy Fauchet -DEFENDANT_IN-> Fauchet trial", "Fauchet trial -TRIED_FOR-> sexual assault", "Ines Garnier -PRESIDED_OVER-> Fauchet trial", "Fauchet trial -HELD_AT-> Lyon criminal court"],
    not: ["Ines Garnier -DEFENDANT_IN-> Fauchet trial"],
  },
  {
    name: "one who never stood trial has no trial",
    text: "Remy Fauchet has never stood trial. Prosecutors in Lyon dropped the case in 2019.",
    not: ["Remy Fauchet -DEFENDANT_IN-> Fauchet trial"],
  },
  {
    name: "South African: the high court that convicts holds the trial; the co-accused acquitted stood the same trial",
    text: "Taxi owner guilty\n\nThe Eastvale High Court on Tuesday convicted taxi owner Sipho Ndaba of murder for ordering the killing of a rival.\n\nNdaba's co-accused, Lwazi Mkhize, was acquitted on all charges.",
    has: ["Ndaba trial -HELD_AT-> Eastvale High Court", "Sipho Ndaba -DEFENDANT_IN-> Ndaba trial", "Lwazi Mkhize -DEFENDANT_IN-> Ndaba trial", "Ndaba trial -RESULTED_IN-> Ndaba trial: not guilty"],
    not: ["Lwazi Mkhize -DEFENDANT_IN-> Mkhize trial"],
  },
  {
    name: "a supreme court that convicts may be ruling on an appeal: no trial held there",
    text: "The Eastvale Supreme Court on Tuesday convicted Sipho Ndaba of murder.",
    not: ["Ndaba trial -HELD_AT-> Eastvale Supreme Court"],
  },
  {
    name: "Scottish: the sister 'who stood trial alongside him' was tried with him, and the victim is no defendant",
    text: "Joiner convicted\n\nA jury at the High Court in Dunmore convicted Ewan Baird, 41, of assaulting Kyle Moss.\n\nMr Moss, 29, needed surgery.\n\nBaird's sister, Isla Crane, 37, who stood trial alongside him, was found not guilty of attempting to pervert the course of justice.",
    has: ["Isla Crane -DEFENDANT_IN-> Baird trial", "Ewan Baird -DEFENDANT_IN-> Baird trial"],
    not: ["Kyle Moss -DEFENDANT_IN-> Baird trial", "Isla Crane -DEFENDANT_IN-> Crane trial"],
  },
]);
