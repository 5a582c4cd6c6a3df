// Who holds the role a role frame states: a pronoun only as the subject it is said of, a
// singular role only the nearest of a list of names, a name with a title of its own that title;
// an identity ("he was the uphill skier") or a title written after a name is no one's role.
import type { Entity } from "../types.ts";
import type { Frame } from "./engine/rules.ts";
import type { Span } from "./engine/match.ts";
import type { Facts } from "./facts.ts";
import type { EntityData, SentenceLayers } from "./layers.ts";
import type { RoleData } from "./spans/roles.ts";
import { KINSHIP, ORG_DESCRIPTIONS, ORG_HEADS, POSTNOMINALS, roleInfo } from "../lexicon/index.ts";

/** Pronouns that can hold a role: "he, a nurse", "she was a nurse"; never "her lawyer". */
const SUBJECT_PRONOUNS = new Set(["he", "she", "i", "we", "they"]);

/** Singular nouns for a group of people: "the defense team — A, B and C —" is each one's; so is "Counsel for the Crown: A and B". */
export const COLLECTIVE = new Set(["team", "duo", "trio", "pair", "panel", "crew", "counsel"]);

const COPULAS = new Set(["is", "was", "were", "are", "be", "been", "became", "becomes", "remains", "remained"]);

/** A lower-case word for a kind of body that employs people: "bank", "club", "council" (never a work: "the film's"). */
function bodyWord(w: string): boolean {
  const kinds = ORG_DESCRIPTIONS.get(w);
  return !!kinds && !kinds.has("*film") || /^[a-z]+$/.test(w) && ORG_HEADS.has(w[0]!.toUpperCase() + w.slice(1));
}

/** A role no vocabulary lists, after a copula and "the" (or "the world's"): an identity, not an occupation. */
function identity(l: SentenceLayers, r: Span): boolean {
  const ts = l.tokens;
  if (roleInfo((r.data as RoleData).label)) return false;
  // ("He had been the site foreman at Kestle Quarries": a post at a named employer is an occupation)
  if (/^(?:at|of|for|with)$/.test(ts[r.end]?.lower ?? "")) {
    const k = ts[r.end + 1]?.lower === "the" ? r.end + 2 : r.end + 1;
    if ((l.spansAt.get(k) ?? []).some((x) => /^(?:Organization|Studio|Court)$/.test(x.type))) return false;
  }
  let k = r.start - 1;
  if (ts[k]?.lower === "'s") {
    // ("he was the bank's chief risk officer", "the club's treasurer": a post in a body the article names by its kind)
    if (bodyWord(ts[k - 1]?.lower ?? "")) return false;
    k -= 2;
  }
  return ts[k]?.lower === "the" && COPULAS.has(ts[k - 1]?.lower ?? "");
}

/**
 * "Detective Inspector Ana Ruiz ... Inspector Ruiz said": a later title that is the head of a role
 * the person already holds is that role said short, not a second one.
 */
export function shortTitle(f: Frame, t: Span, person: Entity, facts: Facts): boolean {
  if (!f.rule.startsWith("role.prefix") || t.type !== "Role") return false;
  const label = (t.data as RoleData).label;
  // ("Inspector X" after "Detective Inspector X", a detective: the role's other names count too)
  return facts.relationsFrom(person, "HOLDS_ROLE").some((r) => [facts.entity(r.target)!.label, ...facts.entity(r.target)!.aliases].some((n) => n.endsWith(` ${label}`)));
}

/** The [person, role] pairs a role frame states. */
export function rolePairs(l: SentenceLayers, people: readonly Span[], allRoles: readonly Span[]): [Span, Span][] {
  const ts = l.tokens;
  // "his former partner, X": a word of kinship is a tie to him, not an occupation ("her business partner" is one)
  const roles = allRoles.filter((r) => !(KINSHIP.get((r.data as RoleData).label) && /^(?:his|her|their|'s|')$/.test(ts[r.start - 1]?.lower ?? "") && l.spans.some((k) => k.type === "Kin" && k.start <= (r.data as RoleData).head && (r.data as RoleData).head < k.end)));
  if (!roles.length) return [];
  const all = (list: readonly Span[]) => list.flatMap((p) => roles.map((r) => [p, r] as [Span, Span]));
  // a pronoun holds a role said of it ("he, a nurse"), never one that stands before it ("told the judge he ...")
  const kept = people.filter((p) => !(p.data as EntityData).pronoun || (SUBJECT_PRONOUNS.has(ts[p.start]!.lower) && !roles.some((r) => r.end === p.start)));
  // a role right after a name is a title written after it ("Ana Ruiz KC") or no one's ("R&B singer")
  if (roles.some((r) => kept.some((p) => r.start === p.end) && !POSTNOMINALS.has(ts[r.start]!.text))) return [];
  // "The film's cinematographer, A, its editor, B": a role owned like the one before it opens the next apposition
  if (roles.some((r) => kept.some((p) => r.start > p.end) && /^(?:its|his|her|their)$/.test(ts[r.start - 1]?.lower ?? "") && ts[r.end]?.lower === "," && (l.spansAt.get(r.end + 1) ?? []).some((x) => x.type === "Person"))) return [];
  // "Sollo had been the uphill skier", "X is the world's largest maker": a definite open-class noun after
  // a copula says which one, not what one does for a living
  if (roles.some((r) => identity(l, r))) return [];
  // "told reporters Ana Ruiz": a plural role before one name is not hers; nor one right after her name's comma with no
  // word before it ("before Judge Ana Ruiz, jurors cleared ..."): that opens the next clause
  if (kept.length === 1 && roles.some((r) => (r.data as RoleData).plural && r.end === kept[0]!.start)) return [];
  if (kept.length === 1 && roles.every((r) => (r.data as RoleData).plural && ts[kept[0]!.end]?.text === "," && r.start === kept[0]!.end + 1)) return [];
  // "the two prosecutors from the X Office, Deputy District Attorneys A and B": named with titles of their own, they hold those
  const titled = (p: Span) => !!(p.data as EntityData).mention?.title;
  if (kept.length && titled(kept[0]!) && roles.every((r) => (r.data as RoleData).plural && r.end < kept[0]!.start)) return [];
  if (kept.length < 2 || roles.some((r) => (r.data as RoleData).plural || COLLECTIVE.has(ts[(r.data as RoleData).head]!.lower))) return all(kept);
  // "actor Mina Sollo and Tomas Vrell", "Mina Sollo and Tomas Vrell, a nurse": a singular role is the nearest one's;
  // a name in the list with a title of its own holds that title ("Chief Justice A and Justice B")
  const role = roles[0]!;
  const near = role.start >= kept[kept.length - 1]!.end ? kept[kept.length - 1]! : kept[0]!;
  const pairs = all([near]);
  // ("bus driver A and players B, C and D": a role of their own right before a later name is theirs, and a plural
  // one is the names' after it too)
  let before: Span | undefined;
  for (const p of [...kept].sort((a, b) => a.start - b.start)) {
    const m = (p.data as EntityData).mention;
    const own = m?.title && p.start === m.lead && (l.spansAt.get(p.start) ?? []).find((x) => x.type === "Role" && (x.data as RoleData).title);
    const prefixed = p === near ? undefined : l.spans.find((x) => x.type === "Role" && x.end === p.start && !roles.includes(x) && !(x.data as RoleData).title && x.start > kept[0]!.end);
    if (prefixed || p === near) before = prefixed && (prefixed.data as RoleData).plural ? prefixed : undefined;
    if (p === near) continue;
    if (own) pairs.push([p, own]);
    else if (prefixed ?? before) pairs.push([p, (prefixed ?? before)!]);
  }
  return pairs;
}
