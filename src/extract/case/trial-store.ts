// The trials and verdicts of a case, one trial per defendant and phase (an earlier trial, the one held, one to
// come), each named after its defendant ("Vale trial (earlier)"), and one verdict per trial and outcome.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseEvent } from "./events.ts";
// (regexes with \p{...}, which tsx's esbuild writes as `new RegExp(...)` made at every use, are made once here)
const DOUBLE_BARRELLED_FAMILY = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

export type Phase = "earlier" | "held" | "planned";

export interface CaseTrials {
  trial(defendant: Entity, phase: Phase, event?: CaseEvent): Entity;
  existing(defendant: Entity, phase: Phase): Entity | undefined;
  /** Makes the defendants' trials of a phase one (a joint trial), unless two of them have trials of that phase already. */
  join(defendants: readonly Entity[], phase: Phase): void;
  /** The verdict of a trial with one outcome. */
  verdict(trial: Entity, outcome: string, event: CaseEvent): Entity;
  verdictsOf(trial: Entity): Map<string, Entity>;
}

/**
 * What the article calls the person alone: a one-word name of theirs inside their full name ("Kwan" of "Miriam Kwan
 * Suk-ling"), else the first word where the article calls them by it and never by the last ("Zhuo" of "Zhuo Wei ...
 * Mr Zhuo said", "Ling" of "Ling Jia Hui": a family name written first, found from the article, not from a list), else
 * the last word ("Hartley" of "David Hartley").
 */
const surname = (e: Entity) => {
  const words = e.label.split(/\s+/).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  const alone = new Set(e.mentions.map((m) => m.surface));
  const last = words[words.length - 1];
  if (words.length < 2 || !last) return last ?? e.label;
  // (the first word only where the last is never used alone, or before an East Asian given name, "Min-jun":
  // elsewhere a first word alone is a given name)
  const familyFirst = DOUBLE_BARRELLED_FAMILY.test(last) || !alone.has(last);
  return words.slice(0, -1).find((x, i) => alone.has(x) && (i > 0 || familyFirst)) ?? last;
};
/** "Vale trial (earlier)": the defendant's surname, then what follows it. */
const trialLabel = (d: Entity, rest: string) => `${surname(d)}${rest}`;

export function caseTrials(facts: Facts, mention: (e: Entity, event: CaseEvent) => void): CaseTrials {
  const trials = new Map<string, Entity>();
  const verdicts = new Map<Entity, Map<string, Entity>>();
  const api: CaseTrials = {
    existing: (d, phase) => trials.get(`${d.id}|${phase}`),
    join(ds, phase) {
      // (one of them already in a joint trial: the others join it; two trials already are never merged)
      const had = [...new Set(ds.map((d) => trials.get(`${d.id}|${phase}`)).filter((t): t is Entity => !!t))];
      if (ds.length < 2 || had.length > 1) return;
      const t = had[0] ?? api.trial(ds[0]!, phase);
      // (a joint trial is named after the first of them the text told of: "X was convicted ... The court also
      // convicted Y and Z" is X's trial, whoever's was made first)
      if (had[0] && !trials.has(`${ds[0]!.id}|${phase}`) && t.hints?.defendant !== ds[0]!.id) {
        t.label = trialLabel(ds[0]!, t.label.slice(t.label.indexOf(" ")));
        t.hints = { ...t.hints, defendant: ds[0]!.id };
      }
      for (const d of ds) if (!trials.has(`${d.id}|${phase}`)) trials.set(`${d.id}|${phase}`, t);
    },
    trial(d, phase, event) {
      const key = `${d.id}|${phase}`;
      let t = trials.get(key);
      if (!t) {
        // a trial to come is a retrial only after one held (or where the text says so): "due to stand trial in May" is a first
        const again = phase === "planned" && (trials.has(`${d.id}|held`) || event?.set.trial === "retrial");
        const label = trialLabel(d, ` ${again ? "retrial" : "trial"}${phase === "earlier" ? " (earlier)" : phase === "planned" && !again ? " (to come)" : ""}`);
        t = facts.make("Trial", label, { status: phase === "planned" ? "planned" : "held" }, { defendant: d.id, phase });
        trials.set(key, t);
      }
      if (event) {
        facts.relate("DEFENDANT_IN", d, t, event.sentence, event.confidence, event.rule);
        mention(t, event);
      }
      return t;
    },
    verdict(t, outcome, event) {
      const byOutcome = verdicts.get(t) ?? new Map<string, Entity>();
      verdicts.set(t, byOutcome);
      let v = byOutcome.get(outcome);
      if (!v) {
        v = facts.make("Verdict", `${t.label}: ${outcome.replace("_", " ")}`, { outcome }, { trial: t.id, outcome });
        byOutcome.set(outcome, v);
      }
      facts.relate("RESULTED_IN", t, v, event.sentence, event.confidence, event.rule);
      mention(v, event);
      return v;
    },
    verdictsOf: (t) => verdicts.get(t) ?? new Map(),
  };
  return api;
}
