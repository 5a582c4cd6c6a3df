// "The accused was charged with fraud", "the defendant denies murder", "appearing for the petitioner", "the defendant's sister": Indian, Nigerian,
// Kenyan and British court reports call the article's one defendant by the party's name. It stands for the article's topic (the person named
// most) where the topic is the last person named before it; it gives no one a role (no HOLDS_ROLE).
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import { personOverlapping, type EntityData, type SentenceLayers } from "../layers.ts";
import { KINSHIP, roleInfo } from "../../lexicon/index.ts";
import { lastPersonBefore, topicOf } from "./descriptions.ts";

const PARTY = /^(?:accused|defendant|petitioner|applicant|appellant|convict)$/;
/** "appearing for the accused", "counsel for the petitioner", "represented the defendant": the party a lawyer acts for. */
const COUNSEL_BEFORE_FOR = /^(?:appearing|appeared|appears|acting|acted|counsel|lawyer|lawyers|advocate|attorney|barrister|solicitor)$/;
const COUNSEL_VERB = /^(?:represented|representing|represents|defended|defending)$/;
/** A word before "the accused" that makes it an object, not a subject: "against the accused", "told the defendant". */
const OBJECT_BEFORE = /^(?:of|for|against|by|to|with|on|from|told|asked|named|called|sentenced|convicted|acquitted)$/;

export function theAccused(l: SentenceLayers, facts: Facts, layers: readonly SentenceLayers[]): Span[] {
  const ts = l.tokens, out: Span[] = [];
  for (let i = 0; i + 2 < ts.length; i++) {
    if (ts[i]!.lower === "the" && CO_ACCUSED.test(ts[i + 1]!.lower)) { out.push(...coAccused(l, i, layers)); continue; }
    if (ts[i]!.lower !== "the" || !PARTY.test(ts[i + 1]!.lower)) continue;
    // the subject of a verb ("The accused was charged"), never a name's description ("the accused, Ravi Menon,") or an object
    const next = ts[i + 2]!;
    // (or the client of a lawyer's verb: "Advocate X appeared for the accused")
    // ("appearing on behalf of the accused")
    // (or set off after the lawyer's name: "Senior advocate X, for the accused, said")
    const client = (ts[i - 1]?.lower === "for" && (COUNSEL_BEFORE_FOR.test(ts[i - 2]?.lower ?? "") || ts[i - 2]?.lower === "," && next.lower === "," && personEndingAt(l, i - 2))) || COUNSEL_VERB.test(ts[i - 1]?.lower ?? "") ||
      (ts[i - 1]?.lower === "of" && ts[i - 2]?.lower === "behalf" && ts[i - 3]?.lower === "on" && COUNSEL_BEFORE_FOR.test(ts[i - 4]?.lower ?? ""));
    // (or an owner: "Mia Pratt, the defendant's sister,", "the accused's lawyer, X,")
    // (or a kinship's: "Ada Eze, the wife of the accused,")
    const owner = next.lower === "'s" || next.lower === "'" || (ts[i - 1]?.lower === "of" && KINSHIP.has(ts[i - 2]?.lower ?? "") && /^[,.;]$/.test(next.text));
    if (!client && !owner && (!/^(?:AUX|VERB)$/.test(next.pos) || OBJECT_BEFORE.test(ts[i - 1]?.lower ?? ""))) continue;
    if (personOverlapping(l, i, i + 2)) continue;
    const topic = topicOf(layers, 1.2);
    const legal = (e: Entity) => facts.rolesOf(e).some((r) => roleInfo(r)?.legal);
    if (!topic || topic.first > l.sentence.index || legal(topic.entity)) continue;
    // (an owner's apposition names its own head first: "Mia Lowe, the defendant's sister,": the sentences before say who)
    // (and so does a lawyer's verb, whose subject is the lawyer, named in its sentence: "X, who appeared for the accused,")
    const before = owner || client ? lastPersonBefore(layers, l.sentence.index - 1, Infinity, legal, 5) : lastPersonBefore(layers, l.sentence.index, i, legal, 5);
    if (before !== topic.entity) continue;
    // (an owner's span leaves its article out, as a named owner has none: "the defendant's sister" reads as "Pratt's sister")
    out.push({ type: "Person", start: owner ? i + 1 : i, end: i + 2, data: { entity: topic.entity, description: true } satisfies EntityData });
  }
  return out;
}

/** Whether a named person's span (the lawyer's) ends at token `end`, with a barrister's letters after it or not. */
const personEndingAt = (l: SentenceLayers, end: number) => l.spans.some((s) => s.type === "Person" && (s.end === end || s.end === end - 1 && /^(?:sc|kc|qc|san|bl)$/.test(l.tokens[end - 1]!.lower)));

const CO_ACCUSED = /^(?:co-accused|co-defendant|codefendant)$/;

/**
 * "X and his co-accused, Y, were arrested ... The co-accused was convicted": "the co-accused" as a verb's subject (or
 * after "acquitted", "convicted") stands for the one person the article has named right after that word ("his co-accused,
 * Y", "co-accused Y"); two so named, or none, and it is no one.
 */
function coAccused(l: SentenceLayers, i: number, layers: readonly SentenceLayers[]): Span[] {
  const next = l.tokens[i + 2];
  if (!next || !(/^(?:AUX|VERB)$/.test(next.pos) || /^(?:acquitted|convicted|cleared|jailed|sentenced)$/.test(l.tokens[i - 1]?.lower ?? ""))) return [];
  if (l.spans.some((s) => s.type === "Person" && s.start <= i + 1 && i < s.end)) return [];
  const named = new Set<Entity>();
  for (const x of layers.slice(0, l.sentence.index + 1)) {
    for (let k = 0; k < x.tokens.length && (x !== l || k < i); k++) {
      if (!CO_ACCUSED.test(x.tokens[k]!.lower) || x.tokens[k - 1]?.lower === "the") continue;
      const at = x.tokens[k + 1]?.lower === "," ? k + 2 : k + 1;
      const who = x.spans.find((s) => s.type === "Person" && s.start === at && !(s.data as EntityData).pronoun && !(s.data as EntityData).description);
      if (who) named.add((who.data as EntityData).entity);
    }
  }
  const [one] = named;
  return named.size === 1 ? [{ type: "Person", start: i, end: i + 2, data: { entity: one!, description: true } satisfies EntityData }] : [];
}
