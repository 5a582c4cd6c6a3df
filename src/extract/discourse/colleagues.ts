// "Ana Ruiz, one of Oren Vale's lawyers, told the court ... Her colleague Lee Park said ...": a
// lawyer's colleague, named with a possessive pronoun that stands for the lawyer, is a lawyer of
// the same clients; a prosecutor's colleague is a prosecutor. Nothing for anyone else's colleague
// (a nurse's colleague is no nurse we can name), nor for a pronoun that stands for no lawyer.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";
import { roleInfo } from "../../lexicon/index.ts";

const PROFESSIONS = /^(?:lawyer|attorney|barrister|counsel|advocate|solicitor|prosecutor)$/;
// (made once: a regular expression literal is a new object each time it is evaluated, here for every token)
const HIS_HER = /^(?:his|her)$/;

/** The token after "his colleague", "her co-counsel", "his fellow lawyer" (and a comma), or -1. */
function afterColleague(l: SentenceLayers, k: number): number {
  const w = l.tokens[k]?.lower;
  if (w === "colleague" || w === "co-counsel") k++;
  else if (w === "fellow" && PROFESSIONS.test(l.tokens[k + 1]?.lower ?? "")) k += 2;
  else return -1;
  return l.tokens[k]?.lower === "," ? k + 1 : k;
}

/** The lawyer or prosecutor role a person holds, if any. */
function legalRole(facts: Facts, person: Entity) {
  return facts.relationsFrom(person, "HOLDS_ROLE").find((r) => {
    const part = roleInfo(facts.entity(r.target)!.label)?.legal;
    return part === "lawyer" || part === "prosecutor";
  });
}

/**
 * Whose colleague "his colleague" is: the pronoun's person when a lawyer or a prosecutor, else the
 * one lawyer or prosecutor named in the sentence before it or the one before that ("colleague" asks
 * for someone with a profession; the pronoun may have gone to the article's topic).
 */
function ownerOf(layers: readonly SentenceLayers[], l: SentenceLayers, k: number, facts: Facts): Entity | undefined {
  const pronoun = (l.spansAt.get(k) ?? []).find((s) => s.type === "Person" && (s.data as EntityData).pronoun);
  const own = pronoun && (pronoun.data as EntityData).entity;
  if (own && legalRole(facts, own)) return own;
  const seen = new Set<Entity>();
  const named = (x: SentenceLayers | undefined, before = Infinity) => {
    for (const s of x?.spans ?? []) {
      const d = s.data as EntityData | undefined;
      if (s.type === "Person" && d?.entity && !d.pronoun && s.end <= before) seen.add(d.entity);
    }
  };
  named(l, k);
  named(layers[l.sentence.index - 1]);
  const legal = [...seen].filter((e) => legalRole(facts, e));
  return legal.length === 1 ? legal[0] : undefined;
}

export function legalColleagues(layers: readonly SentenceLayers[], facts: Facts): void {
  for (const l of layers) {
    for (let p = 0; p < l.tokens.length; p++) {
      if (!HIS_HER.test(l.tokens[p]!.lower)) continue;
      const k = afterColleague(l, p + 1);
      if (k < 0) continue;
      const named = (l.spansAt.get(k) ?? []).find((s) => s.type === "Person" && !(s.data as EntityData).pronoun && !(s.data as EntityData).description);
      const owner = named && ownerOf(layers, l, p, facts);
      if (!named || !owner) continue;
      const colleague = (named.data as EntityData).entity;
      if (colleague === owner) continue;
      const sentence = l.sentence.index;
      const legal = legalRole(facts, owner)!;
      // a colleague who holds a legal role of their own already says which (one this reading gave in an
      // earlier stage's pass is read again: the owner may have gained clients since)
      if (facts.relationsFrom(colleague, "HOLDS_ROLE").some((r) => roleInfo(facts.entity(r.target)!.label)?.legal && !r.rule.includes("represent.colleague"))) continue;
      facts.relate("HOLDS_ROLE", colleague, facts.entity(legal.target), [...legal.evidence, sentence], 0.7, "represent.colleague");
      if (roleInfo(facts.entity(legal.target)!.label)?.legal !== "lawyer") continue;
      for (const r of facts.relationsFrom(owner, "REPRESENTS")) facts.relate("REPRESENTS", colleague, facts.entity(r.target), [...r.evidence, sentence], 0.7, "represent.colleague");
    }
  }
}
