// Counsel for a side of a civil suit told by the side's word: "X KC, appearing for the defenders, said" (a Scottish
// action), "Y, counsel for the plaintiff, said", "Appearing for the claimants, Z told the court". With the article's one
// suit read (its plaintiffs and defendants tied to it by the case stage), the word names that side: the plaintiff's
// words ("plaintiff", "claimant", "pursuer", "petitioner", "applicant") its plaintiffs, the defendant's ("defendant",
// "defender", "respondent") its defendants; a singular word only a side of one. With two suits, or with a criminal
// case whose accused a defendant's word may mean as well, no one.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { EntityData, SentenceLayers } from "../layers.ts";

const PLAINTIFF_WORDS = /^(?:plaintiff|claimant|pursuer|petitioner|applicant)(s?)$/;
const DEFENDANT_WORDS = /^(?:defendant|defender|respondent)(s?)$/;
/** Words before "for the <side>" that make the name before or after them its counsel. */
const COUNSEL_WORDS = /^(?:appearing|appeared|appears|acting|acted|acts|counsel|lawyer|lawyers|barrister|solicitor|solicitors|advocate|attorney|attorneys)$/;
const POSTNOMINALS = /^(?:sc|kc|qc|bl|san)$/;
const SAYS = /^(?:said|says|told|argued|submitted|asked|urged|contended|added|insisted|conceded|accepted|described)$/;

type Side = { plaintiff: boolean; plural: boolean };

/** The lawyers a sentence ties to a side of a suit by its word. */
/** The person a mention names (no pronoun, group or description). (Not a closure made per sentence: each was renamed at its making.) */
function person(s: SentenceLayers["spans"][number]): Entity | undefined {
  return s.type === "Person" && !(s.data as EntityData).pronoun && !(s.data as EntityData).group && !(s.data as EntityData).description ? (s.data as EntityData).entity : undefined;
}

/** The first mention of a person ending at token `end`. (A function, not a closure over the loop over tokens: that made a context at every token.) */
function personEnding(spans: SentenceLayers["spans"], end: number): SentenceLayers["spans"][number] | undefined {
  for (const s of spans) if (s.end === end && person(s)) return s;
  return undefined;
}
/** The first mention of a person starting at a token from `a` to `b`. */
function personStarting(spans: SentenceLayers["spans"], a: number, b: number): SentenceLayers["spans"][number] | undefined {
  for (const s of spans) if (s.start >= a && s.start <= b && person(s)) return s;
  return undefined;
}

function sidesIn(l: SentenceLayers): { lawyer: Entity; side: Side }[] {
  const ts = l.tokens, out: { lawyer: Entity; side: Side }[] = [];
  for (let j = 2; j < ts.length; j++) {
    const w = ts[j]!.lower, p = PLAINTIFF_WORDS.exec(w), d = DEFENDANT_WORDS.exec(w);
    if ((!p && !d) || ts[j - 1]!.lower !== "the") continue;
    const side = { plaintiff: !!p, plural: !!(p ?? d)![1] };
    // "appearing for the defenders", "counsel for the plaintiff", "X, for the claimants,", "representing the pursuer"
    const k = j - 2;
    const cue = ts[k]!.lower === "representing" ? k : ts[k]!.lower !== "for" ? -1
      : COUNSEL_WORDS.test(ts[k - 1]?.lower ?? "") ? k - 1 : k === 0 || ts[k - 1]!.lower === "," ? k : -1;
    if (cue < 0) continue;
    const after = ts[j + 1]?.lower ?? ".";
    // "X KC, appearing for the defenders, said" / "X, who appeared for the defenders, told" (the name before)
    let b = cue - 1;
    if (/^(?:is|was)$/.test(ts[b]?.lower ?? "") && ts[b - 1]?.lower === "who") b -= 2;
    else if (ts[b]?.lower === "who") b--;
    if (ts[b]?.lower === "," && /^[,.;]$|^(?:said|told)$/.test(after)) {
      let e = b;
      if (POSTNOMINALS.test(ts[e - 1]?.lower ?? "")) e--;
      const span = personEnding(l.spans, e);
      if (span) { out.push({ lawyer: person(span)!, side }); continue; }
    }
    // "Appearing for the claimants, Z told the court", "Counsel for the plaintiff, Z, said" (the name after)
    if (cue === 0 && after === ",") {
      const span = personStarting(l.spans, j + 2, j + 3);
      if (!span) continue;
      let e = span.end;
      if (POSTNOMINALS.test(ts[e]?.lower ?? "")) e++;
      if (ts[e]?.lower === "," || SAYS.test(ts[e]?.lower ?? "")) out.push({ lawyer: person(span)!, side });
    }
  }
  return out;
}

export function civilCounsel(layers: readonly SentenceLayers[], facts: Facts): void {
  const found = layers.flatMap((l) => sidesIn(l).map((c) => ({ ...c, sentence: l.sentence.index })));
  if (!found.length) return;
  const suits = new Set(facts.relations.filter((r) => r.type === "PLAINTIFF_IN").map((r) => r.target));
  if (suits.size !== 1) return;
  const suit = [...suits][0]!;
  const byId = new Map(facts.entities.map((e) => [e.id, e]));
  const sideOf = (type: string) => [...new Set(facts.relations.filter((r) => r.type === type && r.target === suit).map((r) => r.source))].flatMap((id) => byId.get(id) ?? []);
  const plaintiffs = sideOf("PLAINTIFF_IN"), defendants = sideOf("DEFENDANT_IN");
  // (an accused of a criminal case beside the suit: "the defendant" may be theirs)
  const accused = facts.relations.some((r) => r.type === "DEFENDANT_IN" && r.target !== suit);
  for (const { lawyer, side, sentence } of found) {
    if (!side.plaintiff && accused) continue;
    const clients = side.plaintiff ? plaintiffs : defendants;
    if (!clients.length || (!side.plural && clients.length > 1) || clients.includes(lawyer)) continue;
    for (const c of clients) facts.relate("REPRESENTS", lawyer, c, sentence, 0.7, `counsel.for-the-${side.plaintiff ? "plaintiffs" : "defendants"}-side`);
  }
}
