// "Harbour County District Attorney Ana Ruiz" and "the District Attorney's office" in one article:
// the holder of an office's title works for that office.
import type { Facts } from "../facts.ts";
import { normalizeForm } from "../spans/roles.ts";
import { roleInfo } from "../../lexicon/index.ts";

export function officeHolders(facts: Facts): void {
  const offices = facts.entities.filter((e) => e.type === "Organization" && /['’]s\s+office\b/i.test(e.label));
  if (!offices.length) return;
  for (const person of facts.entities.filter((e) => e.type === "Person")) {
    for (const r of facts.relationsFrom(person, "HOLDS_ROLE")) {
      const role = facts.entity(r.target)!;
      const forms = [role.label, ...role.aliases].map(normalizeForm);
      for (const office of offices) {
        const owner = normalizeForm(office.label.replace(/['’]s\s+office\b.*$/i, ""));
        // "district attorney" holds "the Manhattan District Attorney's office", "special counsel" the special counsel's
        // "district attorney" holds "the Manhattan District Attorney's office", "deputy district attorney" works there
        const legalProsecutor = roleInfo(role.label)?.legal === "prosecutor";
        const fits = (f: string) => owner === f || owner.endsWith(` ${f}`) && f.includes(" ") || legalProsecutor && f.endsWith(` ${owner}`);
        if (forms.some(fits)) facts.relate("WORKS_FOR", person, office, r.evidence, 0.7, "work.title-office");
      }
    }
  }
}
