// Who a case event is about when its sentence does not say: the article's main defendant, and the defendant an
// event takes from the events told before it (case/events.ts reads the events).
import type { Entity } from "../../types.ts";
import type { CaseEvent } from "./events.ts";
import { isCivil } from "./event-passes.ts";
import { newcomers } from "./fresh-subjects.ts";

/**
 * The defendant the article is about: the one most of its case events name, when they name them
 * at least twice as often as anyone else (a bystander's own case told in passing does not count).
 */
export function mainDefendant(events: readonly CaseEvent[]): Entity | undefined {
  const count = new Map<Entity, number>();
  // (an event that names several tells of each less: "A, B and C are charged ... They are to stand trial" is one story told twice)
  for (const e of events) for (const d of e.defendants) count.set(d, (count.get(d) ?? 0) + 1 / e.defendants.length + d.mentions.length / 100);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return undefined;
  // (not one the article names less often than another defendant: "X pleaded guilty ... [named four times] ... his
  // accomplice claimed trial and was convicted" is X's story, whatever the count of events)
  if (ranked.length > 1 && ranked.slice(1).some(([d]) => d.mentions.length > ranked[0]![0].mentions.length)) return undefined;
  return ranked.length === 1 || ranked[0]![1] >= 2 * ranked[1]![1] ? ranked[0]![0] : undefined;
}

/** Events that speak of a trial: one held, or a jury's outcome. */
const TRIED = /^(?:trial|testify|not_guilty|mistrial|hung_jury)$/;
/** Whether all a defendant's events are guilty pleas and charges: one who admitted them stood no trial. */
const pleadedOnly = (d: Entity, events: readonly CaseEvent[]) => {
  const own = events.filter((x) => x.defendants.includes(d));
  return own.some((x) => x.kind === "plea" && x.set.plea === "guilty") && own.every((x) => x.kind === "charge" || x.kind === "plea" && x.set.plea === "guilty" || x.kind === "sentence");
};

/** The person a sentence names first. */
function firstPerson(people: readonly Entity[], sentence: number): Entity | undefined {
  let first: { who: Entity; start: number } | undefined;
  for (const p of people) for (const m of p.mentions) if (m.sentence === sentence && (!first || m.start < first.start)) first = { who: p, start: m.start };
  return first?.who;
}

/** A trial told as still going on ("The trial continues"), and the verdicts that end one. */
const ONGOING = "trial.the-trial-continues";
const DECIDED = /^(?:guilty|not_guilty)$/;

/** Kinds of event whose defendant may go unsaid and be taken from the events before. */
const NEEDS_DEFENDANT = new Set(["verdict", "trial", "sentence", "appeal", "charge", "plea", "victim"]);
const REACH = 6;

/**
 * Fills the defendant an event leaves unsaid: the defendant of the nearest event before it in
 * the same sentence or up to six sentences back (of the same kind of case: criminal or civil),
 * else, when the article has one defendant of that kind, that one.
 */
export function fillDefendants(events: CaseEvent[], people: readonly Entity[] = [], lede = 1): void {
  const said = events.filter((e) => e.defendants.length);
  const strangers = new Set<CaseEvent>();
  // ("... framed charges against a moneylender, X. His trial will begin in April": a trial to come told right after
  // one no event names is that one's, not the defendant of an event further back)
  const inEvents = new Set(events.flatMap((e) => [...e.defendants, ...e.people, ...e.victims, ...e.plaintiffs, ...(e.judge ? [e.judge] : [])]));
  const strangerBefore = (e: CaseEvent) => !said.some((x) => x.sentence >= e.sentence - 2 && x.sentence <= e.sentence)
    && people.some((p) => !inEvents.has(p) && p.mentions.some((m) => m.sentence === e.sentence - 1));
  const decided = (d: Entity, e: CaseEvent) => said.some((x) => x.kind === "verdict" && x.sentence <= e.sentence && DECIDED.test(x.set.outcome ?? "") && x.defendants.includes(d));
  for (const civil of [false, true]) {
    const kind = said.filter((e) => isCivil(e) === civil);
    const main = mainDefendant(kind);
    const all = new Set(main ? [main] : []);
    for (const e of events) {
      if (e.defendants.length || isCivil(e) !== civil || !NEEDS_DEFENDANT.has(e.kind)) continue;
      // (an unnamed newcomer after events of others: the one named next, for the first time, or no one)
      if (e.fresh && kind.some((x) => x.sentence < e.sentence)) { e.defendants = newcomers(e, kind); e.inferred = e.defendants.length > 0; continue; }
      // ("A jury at the High Court heard that witness X had himself been convicted of assault in 2014": an earlier case's
      // defendant is no defendant of the trial told now; an appeal or a sentence may still be of that case)
      // ("His wife, Y, was cleared last year. The trial continues.": a trial still going on is of no one whose verdict
      // the events before already told, but of the one still on trial)
      const sameCase = (x: CaseEvent) => (e.kind !== "trial" || e.set.trial === "earlier" || x.set.trial !== "earlier") && !(e.rule === ONGOING && x.defendants.every((d) => decided(d, e)));
      const before = kind.filter((x) => x.sentence <= e.sentence && x.sentence >= e.sentence - REACH && x !== e && sameCase(x) && (x.sentence < e.sentence || events.indexOf(x) < events.indexOf(e)));
      // ("could not reach a verdict on a further charge of fraud against X": another frame of the sentence names them)
      // (one of its own kind first: "His co-defendant, Y, was found not guilty of murder but guilty of manslaughter" is Y's
      // verdict on each count, not that of both the co-accused the sentence also tells of)
      const inSentence = kind.filter((x) => x !== e && x.sentence === e.sentence && !x.inferred && sameCase(x));
      const nearest = inSentence.find((x) => x.kind === e.kind) ?? inSentence[0] ?? before[before.length - 1];
      const untried = (ds: readonly Entity[]) => TRIED.test(e.kind === "verdict" ? e.set.outcome ?? "" : e.kind) && ds.every((d) => pleadedOnly(d, kind));
      // (a fact box set under the headline counts as told where it begins, and reaches past its last line)
      const [from, to] = e.box ?? [e.sentence, e.sentence];
      if (e.kind === "trial" && e.set.status === "planned" && strangerBefore(e)) { strangers.add(e); continue; }
      // ("X was convicted ... The mine's former supervisor, Y, was also charged and is due to face trial next year": a
      // trial to come told of the sentence's first person, not the defendant of the events before it, is that person's
      // when they are a defendant of the article)
      // (or of the article's main defendant, when no event near it names anyone)
      const subject = e.kind === "trial" && e.set.status === "planned" && (!nearest || nearest.sentence < e.sentence) ? firstPerson(people, e.sentence) : undefined;
      if (subject && !(nearest?.defendants ?? [...all]).includes(subject) && kind.some((x) => x.defendants.includes(subject))) {
        e.defendants = [subject];
        e.inferred = true;
        continue;
      }
      // (one the verdict describes, "the Oakland man", is none of a pair told before: which one is unsaid)
      if (nearest && e.set.described === "one" && nearest.defendants.length > 1) continue;
      if (nearest && !untried(nearest.defendants)) e.defendants = [...nearest.defendants];
      // the article's one defendant, if the article has named them before this event (or, in the lede,
      // names them within the next two sentences: "A divided panel overturned the conviction of a rancher ...")
      // (not a jury's outcome or a trial to those who only pleaded guilty: "The jury could not reach a verdict"
      // is of another's trial, one the rules did not read, not of the witness who admitted paying the bribes)
      else if (!nearest && all.size === 1 && [...all][0]!.mentions.some((m) => m.sentence <= e.sentence || (from < lede + 2 && m.sentence <= to + 2)) && !untried([...all])) e.defendants = [...all];
      // (with no one defendant, a lede's appeal is of the conviction told next, within two sentences: "An appeals
      // court threw out the murder conviction of a man ... X, 34, was found guilty by a jury in 2021 of murder")
      else if (!nearest && e.kind === "appeal" && from < lede + 2) {
        const next = kind.find((x) => x.sentence > e.sentence && x.sentence <= to + 2 && !x.inferred);
        if (next?.kind === "verdict" && next.set.outcome === "guilty" && !next.otherCase) e.defendants = [...next.defendants];
      }
      e.inferred = e.defendants.length > 0;
    }
  }
  for (let k = events.length - 1; k >= 0; k--) if (strangers.has(events[k]!)) events.splice(k, 1);
}
