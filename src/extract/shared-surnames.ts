// Given names that share one surname: "brothers Abel and Tomas Varga", "the couple, Ines and Karl
// Garnock" name two people, the first by a given name alone. That name takes the surname after it,
// unless the article gives the word as someone's surname elsewhere ("Vale and Ana Ruiz" after
// "Oren Vale" names Vale and Ruiz).
import type { NameMention } from "../types.ts";
import type { Doc } from "./document.ts";

export function shareSurnames(doc: Doc, names: readonly NameMention[]): NameMention[] {
  const words = (m: NameMention) => m.name.split(/\s+/);
  const surnames = new Set(names.filter((m) => m.type === "Person" && words(m).length > 1).map((m) => words(m).pop()!.toLowerCase()));
  return names.map((m) => {
    if (m.type !== "Person" || m.last !== m.first + 1 || m.title || m.lead !== undefined || surnames.has(m.name.toLowerCase())) return m;
    const ts = doc.sentences[m.sentence]!.tokens;
    if (ts[m.last]?.lower !== "and") return m;
    const next = names.find((n) => n.sentence === m.sentence && n.first === m.last + 1 && n.type === "Person" && !n.title && n.lead === undefined);
    if (!next || next.last !== next.first + 2 || words(next).length !== 2) return m;
    return { ...m, name: `${m.name} ${words(next)[1]}`, evidence: next.evidence };
  });
}
