// The victim's family: "the victim's mother, Joanne Blake,", "the dead man's father, Paul Mensah,", "the sister
// of the deceased, Ada Okon," name a relative of the one person the article says was wronged, once the case
// rules have said who that is (ALLEGED_VICTIM). An article with two victims or none gives no one this tie.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { Frame } from "../engine/rules.ts";
import { spanStarting, type EntityData, type SentenceLayers } from "../layers.ts";
import type { Kinship } from "../../lexicon/index.ts";

/** Words that name the victim in a description: "the victim", "the dead man", "the murdered teenager". */
const VICTIM_HEADS = /^(?:victim|deceased)$/;
const VICTIM_MODIFIERS = /^(?:dead|murdered|slain|late)$/;
const VICTIM_NOUNS = /^(?:man|woman|boy|girl|teenager|teen|child|baby|toddler|pensioner|student|youth)$/;
const KIN_MODIFIERS = /^(?:former|late|estranged|eldest|youngest|younger|older|elder|only|adopted|grieving|heartbroken|devastated)$/;

/** Where a description of the victim that starts at token `i` ("the") ends, else -1; `bare` also reads a noun that may
 * describe anyone ("the teenager", "the boy"), which names the victim only for a relative of the victim's surname. */
function victimDescriptionEnd(ts: SentenceLayers["tokens"], i: number, bare = false): number {
  if (ts[i]?.lower !== "the") return -1;
  if (VICTIM_HEADS.test(ts[i + 1]?.lower ?? "")) return i + 2;
  if (VICTIM_MODIFIERS.test(ts[i + 1]?.lower ?? "") && VICTIM_NOUNS.test(ts[i + 2]?.lower ?? "")) return i + 3;
  if (bare && VICTIM_NOUNS.test(ts[i + 1]?.lower ?? "")) return i + 2;
  return -1;
}

const surnameOf = (e: Entity) => (e.label.includes(" ") ? e.label.split(" ").at(-1)!.toLowerCase() : undefined);

export function victimsKin(layers: readonly SentenceLayers[], facts: Facts, frames: readonly Frame[]): void {
  const ties = layers.flatMap((l) => tiesIn(l));
  if (!ties.length) return;
  const victims = new Set(facts.relations.filter((r) => r.type === "ALLEGED_VICTIM").map((r) => r.target));
  // (and every person a rule read as a victim, though no charge took them: "murdering A and B" names two; not the
  // relative a tie names: "the father of the victim, X" is no victim)
  for (const f of frames) for (const s of f.slots.get("victim") ?? []) {
    const e = (s.data as EntityData | undefined)?.entity;
    if (e && s.type === "Person" && !ties.some((t) => t.person === e)) victims.add(e.id);
  }
  if (victims.size !== 1) return;
  const victim = facts.entity([...victims][0]!);
  if (!victim || victim.type !== "Person") return;
  // ("The teenager's father, X": a bare noun names the victim only for one of the victim's surname, which no one the
  // case accuses bears)
  const name = surnameOf(victim);
  const accused = new Set(facts.relations.filter((r) => r.type === "DEFENDANT_IN" || r.type === "CHARGED_WITH").map((r) => r.source));
  const theirs = (p: Entity) => !!name && surnameOf(p) === name && !facts.entities.some((e) => accused.has(e.id) && surnameOf(e) === name);
  for (const t of ties) if (t.person !== victim && (!t.bare || theirs(t.person))) facts.relate("RELATED_TO", t.person, victim, t.sentence, 0.7, "kin.victims-family", t.relation);
}

/** A named person (no pronoun, no description) ending at token `end` (no closure in the loop over tokens: layers.ts spanStarting). */
function namedEndingAt(l: SentenceLayers, end: number) {
  for (const x of l.spans) if (x.type === "Person" && x.end === end && !(x.data as EntityData).pronoun && !(x.data as EntityData).description) return x;
  return undefined;
}

/** The relatives of "the victim" a sentence names, with their tie. */
function tiesIn(l: SentenceLayers): { person: Entity; relation: string; sentence: number; bare: boolean }[] {
  const ts = l.tokens;
  const out: { person: Entity; relation: string; sentence: number; bare: boolean }[] = [];
  let bare = false;
  // (never a name that owns what follows: "the victim's mother, A, and Abara's lawyer")
  const nameAt = (at: number) => l.spans.find((x) => x.type === "Person" && x.start === at && !(x.data as EntityData).pronoun && !(x.data as EntityData).group && !(x.data as EntityData).description && !/^(?:'s|')$/.test(ts[x.end]?.lower ?? ""));
  // the name after the tie, and each after it in a list: "the victim's parents, A and B," ("A, 54, and B")
  const peopleAt = (at: number): Entity[] => {
    const found: Entity[] = [];
    for (let s = nameAt(at); s; ) {
      found.push((s.data as EntityData).entity);
      let k = s.end;
      if (ts[k]?.lower === "," && /^\d{1,3}$/.test(ts[k + 1]?.text ?? "")) k += 2;
      if (ts[k]?.lower === ",") k++;
      if (ts[k]?.lower === "and") k++;
      s = k > s.end && (ts[k - 1]?.lower === "and" || ts[k - 1]?.lower === ",") ? nameAt(k) : undefined;
    }
    return found;
  };
  const tie = (kinStart: number, at: number) => {
    const kin = l.spans.find((s) => s.type === "Kin" && s.start === kinStart);
    const relation = (kin?.data as Kinship | undefined)?.relation;
    if (!kin || !relation) return;
    const people = peopleAt(at < 0 ? (ts[kin.end]?.lower === "," ? kin.end + 1 : kin.end) : at);
    for (const person of people) out.push({ person, relation, sentence: l.sentence.index, bare });
  };
  for (let i = 0; i < ts.length; i++) {
    // "the victim's mother, X", "the dead man's father X", "the teenager's father, X" (bare)
    const end = victimDescriptionEnd(ts, i, true);
    if (end > 0 && /^(?:'s|')$/.test(ts[end]?.lower ?? "")) {
      bare = victimDescriptionEnd(ts, i) < 0;
      let k = end + 1;
      while (KIN_MODIFIERS.test(ts[k]?.lower ?? "")) k++;
      // ("X, the victim's father, said": the name before, in whose apposition the tie stands)
      const kin = spanStarting(l, "Kin", k);
      const before = ts[i - 1]?.lower === "," && kin && /^[,.;]$/.test(ts[kin.end]?.text ?? ".") ? namedEndingAt(l, i - 1) : undefined;
      tie(k, before ? before.start : -1);
      continue;
    }
    bare = false;
    // "the mother of the victim, X,"
    if (ts[i]!.lower !== "the") continue;
    let k = i + 1;
    while (KIN_MODIFIERS.test(ts[k]?.lower ?? "")) k++;
    const kin = spanStarting(l, "Kin", k);
    if (!kin || ts[kin.end]?.lower !== "of") continue;
    const described = victimDescriptionEnd(ts, kin.end + 1);
    if (described < 0) continue;
    // "Ada Okon, the widow of the deceased, wept": the name before, in whose apposition the tie stands
    const before = ts[i - 1]?.lower === "," && /^[,.;]$/.test(ts[described]?.text ?? ".") ? namedEndingAt(l, i - 1) : undefined;
    if (before) tie(k, before.start);
    else if (ts[described]?.lower === ",") tie(k, described + 1);
  }
  return out;
}
