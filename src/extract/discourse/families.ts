// Families by their surname: "the Okoye brothers testified", "the Kimber sisters", "the Mabery
// twins" stand for the people of the article who bear that surname, when it names at least two of
// them (and as many as a number says: "the two Okoye brothers"). A case rule that reads the group
// reads each of them; plain relations refuse a group (relate.ts). "The couple's daughter, X" is the
// child of each of the one couple named just before.
import type { Entity } from "../../types.ts";
import type { Span } from "../engine/match.ts";
import type { Facts } from "../facts.ts";
import { spanStarting, type EntityData, type SentenceLayers } from "../layers.ts";
import { numberOf, type Kinship } from "../../lexicon/index.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const LETTER = /\p{L}/u;

/** The nouns that make a surname a family's: "the Okoye brothers". */
const FAMILY_NOUNS = /^(?:brothers|sisters|siblings|twins)$/;

const surname = (label: string) => label.trim().split(/\s+/).pop()!.toLowerCase();

export function familyGroups(l: SentenceLayers, facts: Facts): Span[] {
  const ts = l.tokens;
  const out: Span[] = [];
  for (const s of l.spans) {
    const d = s.type === "Person" ? s.data as EntityData | undefined : undefined;
    if (!d?.mention || d.pronoun || d.description || d.group || !FAMILY_NOUNS.test(ts[s.end]?.lower ?? "")) continue;
    // the name is one surname alone ("Okoye", not "Tunde Okoye brothers")
    const words = ts.slice(s.start, s.end).filter((t) => LETTER.test(t.text));
    if (words.length !== 1) continue;
    const name = words[0]!.lower;
    const members = facts.entities.filter((e): e is Entity => e.type === "Person" && e.label.includes(" ") && surname(e.label) === name);
    if (members.length < 2) continue;
    // "the Okoye brothers", "the two Okoye brothers"
    let start = s.start;
    const size = numberOf(ts[start - 1]?.lower ?? "");
    if (size !== undefined) { if (size !== members.length) continue; start--; }
    if (ts[start - 1]?.lower === "the") start--;
    out.push({ type: "Person", start, end: s.end + 1, data: { entity: members[0]!, description: true, group: members } satisfies EntityData });
  }
  return out;
}

const SPOUSES = new Set(["wife", "husband", "partner"]);
/** The kin whose two parents "their" names: "their daughter", "their son". */
const CHILDREN = new Set(["son", "daughter", "child"]);
/** What may stand between "the couple's" and the kinship word: "the couple's eldest daughter". */
const KIN_MODIFIERS = /^(?:former|late|estranged|eldest|youngest|younger|older|elder|only|adopted|infant|baby|teenage|young|two|three|four)$/;

/** The people named (not by pronoun) in a sentence before token `before`. */
function named(l: SentenceLayers, before = Infinity): Entity[] {
  const out: Entity[] = [];
  for (const s of l.spans) {
    const d = s.type === "Person" ? s.data as EntityData | undefined : undefined;
    if (d?.entity && d.mention && !d.pronoun && !d.group && s.end <= before && !out.includes(d.entity)) out.push(d.entity);
  }
  return out;
}

/** The two people a sentence names (before token `before`), when it names no one else there and joins them by "and" ("A and B", "A, 44, and B"). */
function joined(l: SentenceLayers, before = Infinity): readonly Entity[] | undefined {
  const people = named(l, before);
  if (people.length !== 2) return undefined;
  const spans = l.spans.filter((s) => s.type === "Person" && (s.data as EntityData | undefined)?.mention && !(s.data as EntityData).pronoun);
  const [a, b] = [spans.find((s) => (s.data as EntityData).entity === people[0]), spans.find((s) => (s.data as EntityData).entity === people[1])];
  if (!a || !b || b.start <= a.end) return undefined;
  const between = l.tokens.slice(a.end, b.start).map((t) => t.lower);
  return between.length && between[between.length - 1] === "and" && between.slice(0, -1).every((w) => w === "," || /^\d{1,3}$/.test(w)) ? people : undefined;
}

/** A person's name or description (no pronoun, no group) starting at token `at` (no closure in the loop over tokens: layers.ts spanStarting). */
function personStarting(l: SentenceLayers, at: number) {
  for (const s of l.spans) if (s.type === "Person" && s.start === at && !(s.data as EntityData).pronoun && !(s.data as EntityData).group) return s;
  return undefined;
}

/** A person's name (no pronoun, group or description) ending at token `end`. */
function personEnding(l: SentenceLayers, end: number) {
  for (const s of l.spans) if (s.type === "Person" && s.end === end && !(s.data as EntityData).pronoun && !(s.data as EntityData).group && !(s.data as EntityData).description) return s;
  return undefined;
}

/**
 * "The couple's daughter, Ivy Roper": the child of each of the couple, the one pair of spouses
 * (a wife, husband or partner tie found by the rules) both named in this sentence or the three
 * before it. "Their father, X" just after a sentence that names two people tied to each other (and
 * no one else): the parent of each. Otherwise nothing.
 */
/** Two people named with one surname, each by a full name of their own ("Corin Vale" and "Ezinne Vale"). */
const sameSurname = (a: Entity, b: Entity) => {
  const [x, y] = [a, b].map((e) => e.label.split(/\s+/));
  return x!.length > 1 && y!.length > 1 && x!.at(-1) === y!.at(-1) && x![0] !== y![0];
};

export function coupleKin(layers: readonly SentenceLayers[], facts: Facts): void {
  const ties = facts.relations.filter((r) => r.type === "RELATED_TO");
  const byId = new Map(facts.entities.map((e) => [e.id, e]));
  const tied = (a: Entity, b: Entity) => ties.some((r) => r.source === a.id && r.target === b.id || r.source === b.id && r.target === a.id);
  for (const l of layers) {
    const ts = l.tokens;
    for (let i = 0; i + 2 < ts.length; i++) {
      // ("the victims' son": the couple, as victims)
      const couple = ts[i]!.lower === "the" && /^(?:couple|pair|victims)$/.test(ts[i + 1]!.lower) && /^(?:'s|')$/.test(ts[i + 2]!.lower);
      if (!couple && ts[i]!.lower !== "their") continue;
      let k = couple ? i + 3 : i + 1;
      while (KIN_MODIFIERS.test(ts[k]?.lower ?? "")) k++;
      const kin = spanStarting(l, "Kin", k);
      const relation = (kin?.data as Kinship | undefined)?.relation;
      if (!kin || !relation || SPOUSES.has(relation)) continue;
      const at = ts[kin.end]?.lower === "," ? kin.end + 1 : kin.end;
      // ("X, their son, had been starved", "X, the couple's daughter,": the name set before it in apposition)
      const apposed = ts[i - 1]?.lower === "," && /^(?:,|\.|;|who|had|has|was|is)$/.test(ts[kin.end]?.lower ?? ".") ? personEnding(l, i - 1) : undefined;
      const person = personStarting(l, at) ?? apposed;
      const child = (person?.data as EntityData | undefined)?.entity;
      if (!child) continue;
      let parents: readonly Entity[] | undefined;
      // ("A and his wife, B, were found dead. The couple had lived there for years. Their daughter, X, ...": with no one named since, "their" is the couple's)
      const before = couple ? [] : [...new Set([...(layers[l.sentence.index - 1] ? named(layers[l.sentence.index - 1]!) : []), ...named(l, person === apposed ? person!.start : i)])];
      if (couple || !before.length) {
        const near = (e: Entity | undefined) => !!e && e.mentions.some((m) => m.sentence <= l.sentence.index && m.sentence >= l.sentence.index - 3);
        const spouses = ties.filter((r) => SPOUSES.has(r.relation ?? "")).map((r) => [byId.get(r.source)!, byId.get(r.target)!] as const).filter(([a, b]) => a !== child && b !== child);
        // (both named in the last three sentences; else the article's one pair of spouses, one of them named there:
        // "Mr Wyvern's widow, Marnie Wyvern ... [three sentences of her evidence] ... The couple's son, X")
        const both = spouses.filter(([a, b]) => near(a) && near(b));
        const pairs = both.length || new Set(spouses.map(([a, b]) => [a.id, b.id].sort().join("|"))).size !== 1 ? both : spouses.filter(([a, b]) => near(a) || near(b));
        if (new Set(pairs.map(([a, b]) => [a.id, b.id].sort().join("|"))).size === 1) parents = pairs[0];
        // ("Grace and Samuel Tenbury were found dead. The couple's daughter, X": with no spouses tied, the two people
        // the sentence before names, and no one else, joined by "and")
        else if (couple && !pairs.length && layers[l.sentence.index - 1] && !named(l, i).length) parents = joined(layers[l.sentence.index - 1]!);
      } else {
        // ("Among those killed were brothers A and B. Their father, X, ..."; "A Vale, 41, and B Vale, 39, were jailed. Their son X
        // gave evidence": two of one surname named together are a family, whoever each is to the other)
        // ("A, 31, and B, 29, were jailed over the death of their daughter, X": two joined by "and" whose child it is are her
        // parents, whatever their surnames)
        const pair = (p: readonly Entity[] | undefined) => !!p && before.every((e) => p.includes(e));
        const parentsOfChild = CHILDREN.has(relation) && (pair(joined(l, i)) || !named(l, i).length && !!layers[l.sentence.index - 1] && pair(joined(layers[l.sentence.index - 1]!)));
        if (before.length === 2 && !before.includes(child) && (tied(before[0]!, before[1]!) || sameSurname(before[0]!, before[1]!) || parentsOfChild)) parents = before;
      }
      // ("The pair's children, Owen and Ada,": each of a list after a plural kinship word)
      const children = [child];
      for (let s = person!; /(?:s|ren)$/.test(ts[kin.end - 1]!.lower) && person !== apposed;) {
        const j = ts[s.end]?.lower === "," && ts[s.end + 1]?.lower === "and" ? s.end + 2 : /^(?:,|and)$/.test(ts[s.end]?.lower ?? "") ? s.end + 1 : -1;
        const next = j > 0 ? personStarting(l, j) : undefined;
        const e = (next?.data as EntityData | undefined)?.entity;
        if (!next || !e) break;
        children.push(e);
        s = next;
      }
      for (const c of children) for (const parent of parents ?? []) if (c !== parent) facts.relate("RELATED_TO", c, parent, l.sentence.index, 0.75, "kin.the-couples", relation);
    }
  }
}
