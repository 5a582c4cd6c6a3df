// Civil suits told the everyday ways (sued, filed a lawsuit against, is suing, brought a claim, ordered to pay, found
// liable, won damages from, settled a lawsuit brought by, an employment tribunal, "names X as defendants", taken legal
// action, begun legal proceedings), each with a person suing a company and a company suing a person; and what only
// threatens or weighs a suit, or denies one, makes none. Names are invented.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";

type Told = { id: string; text: (p: string, d: string, x: string) => string; facts: string[]; not?: string[] };
const TOLD: Told[] = [
  { id: "sued", text: (p, d) => `${p} sued ${d} in 2023 over the fire.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "filed a lawsuit against", text: (p, d) => `${p} has filed a lawsuit against ${d}, alleging negligence.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "is suing", text: (p, d) => `${p} is suing ${d} for $2 million.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "brought a claim", text: (p, d) => `${p} brought a claim against ${d} in the High Court.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "ordered to pay damages", text: (p, d) => `A judge ordered ${d} to pay ${p} $400,000 in damages.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT", "SUIT -RESULTED_IN-> Verdict(liable)"] },
  { id: "won damages from", text: (p, d) => `${p} won $400,000 in damages from ${d}.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "awarded after suing", text: (p, d) => `${p} was awarded $400,000 after suing ${d}.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "settled a lawsuit brought by", text: (p, d) => `${d} settled a lawsuit brought by ${p} for an undisclosed sum.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT", "SUIT -RESULTED_IN-> Verdict(settled)"] },
  { id: "claim dismissed", text: (p, d) => `A judge dismissed ${p}'s claim against ${d}.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "employment tribunal", text: (p, d) => `${p} won a claim for unfair dismissal against ${d} at an employment tribunal.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "the lawsuit names", text: (p, d, x) => `The lawsuit, filed by ${p} in federal court, names ${d} and ${x} as defendants.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT", "X -DEFENDANT_IN-> SUIT"] },
  { id: "sued, then a ruling", text: (p, d) => `${p} sued ${d} last year. On Friday a judge ruled in the case.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "is being sued by", text: (p, d) => `${d} is being sued by ${p} over the fire.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "a lawsuit filed against was dismissed", text: (p, d) => `A lawsuit ${p} filed against ${d} was dismissed in May.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "has taken legal action", text: (p, d) => `${p} has taken legal action against ${d} over the outage.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "began legal proceedings", text: (p, d) => `${p} began legal proceedings against ${d} in March.`, facts: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "trap: threatened to sue", text: (p, d) => `${p} threatened to sue ${d}.`, facts: [], not: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "trap: considering legal action", text: (p, d) => `${p} said it was considering legal action against ${d}.`, facts: [], not: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "trap: threatened legal action", text: (p, d) => `${p} has threatened legal action against ${d}.`, facts: [], not: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
  { id: "trap: has not sued", text: (p, d) => `${p} has not sued ${d}.`, facts: [], not: ["P -PLAINTIFF_IN-> SUIT", "D -DEFENDANT_IN-> SUIT"] },
];
const SIDES = [
  { id: "a person sues a company", p: "Marion Haskett", d: "Wexford Property Group", x: "Leonard Feeney" },
  { id: "a company sues a person", p: "Quorra Telecom Ltd", d: "Leonard Feeney", x: "Wexford Property Group" },
];

describe("civil suits told the everyday ways", () => {
  for (const side of SIDES) for (const t of TOLD) {
    const text = `Lawsuit report\n\n${t.text(side.p, side.d, side.x)}\n`;
    it(`${t.id} / ${side.id}`, () => {
      const s = story(text);
      const byId = new Map(s.entities.map((e) => [e.id, e]));
      const view = (id: string) => {
        const e = byId.get(id)!;
        if (e.type === "Verdict") return `Verdict(${e.attrs.outcome})`;
        if (e.type === "Trial") return "SUIT";
        return e.label === side.p ? "P" : e.label === side.d ? "D" : e.label === side.x ? "X" : e.label;
      };
      const lines = s.relations.map((r) => `${view(r.source)} -${r.type}-> ${view(r.target)}`);
      const shown = `${text}\n${lines.join("\n")}`;
      for (const f of t.facts) expect(lines, shown).toContain(f);
      for (const f of t.not ?? []) expect(lines, shown).not.toContain(f);
      // the sides are never swapped
      expect(lines, shown).not.toContain("D -PLAINTIFF_IN-> SUIT");
      expect(lines, shown).not.toContain("P -DEFENDANT_IN-> SUIT");
    });
  }
});
