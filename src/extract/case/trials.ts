// Trials, verdicts and pleas of each defendant. A defendant's trial in the article is one held
// trial; a retrial to come is a planned one; a conviction an appeal court overturned belongs to
// an earlier trial when the article's trial is another (a retrial after the appeal), so that
// judge -> trial -> verdict never joins a judge to a conviction another court threw out.
import type { Entity } from "../../types.ts";
import type { Facts } from "../facts.ts";
import type { CaseEvent, ChargeRef } from "./events.ts";
import { isCivil } from "./event-passes.ts";
import { mainDefendant } from "./defendants.ts";
import type { ChargeNode } from "./charges.ts";
import type { CaseTrials, Phase } from "./trial-store.ts";
import { APPELLATE, TRIAL_HIGH_COURT, holdsTrials } from "./people.ts";
import { changedPleaCharges, hasOutcome, oneSetCounts, otherCaseOnly, remainingPleaCounts, scoped, settles, unnamedPleaCharges, wholeTrialCounts } from "./counts.ts";

const HELD_OUTCOMES = new Set(["guilty", "not_guilty", "mistrial", "hung_jury"]);

export interface TrialInput {
  events: readonly CaseEvent[];
  charges: { nodes: ChargeNode[]; of: Map<ChargeRef, ChargeNode[]> };
  facts: Facts;
  trials: CaseTrials;
  mention(e: Entity, event: CaseEvent): void;
}

/** Whether an event speaks of a trial now over, one to come, or a conviction an appeal ruled on. */
function phaseOf(e: CaseEvent): Phase | undefined {
  if (e.kind === "trial") return e.set.status === "planned" ? "planned" : e.set.trial === "earlier" ? "earlier" : "held";
  if (e.kind === "testify") return e.set.status === "planned" ? "planned" : "held";
  if (e.kind === "verdict" && HELD_OUTCOMES.has(e.set.outcome ?? "")) return e.set.trial === "earlier" ? "earlier" : "held";
  return undefined;
}

export function buildCriminalCases({ events, charges, facts, trials, mention }: TrialInput): void {
  const chargesOf = (e: CaseEvent, d: Entity) => e.charges.flatMap((c) => charges.of.get(c) ?? []).filter((n) => n.defendant === d);
  const allCharges = (d: Entity) => charges.nodes.filter((n) => n.defendant === d);
  // the first event that names each charge, found in one pass over the events (not a search of the events,
  // each making its list of charges, for every charge)
  const firstOf = new Map<ChargeNode, CaseEvent>();
  for (const e of events) for (const d of e.defendants) for (const n of chargesOf(e, d)) if (!firstOf.has(n)) firstOf.set(n, e);
  for (const n of charges.nodes) {
    const first = firstOf.get(n);
    if (first) facts.relate("CHARGED_WITH", n.defendant, n.entity, first.sentence, first.confidence, first.rule);
    if (n.victim && first) facts.relate("ALLEGED_VICTIM", n.entity, n.victim, first.sentence, first.confidence, first.rule);
  }
  for (const e of events) for (const d of e.defendants) for (const n of chargesOf(e, d)) {
    facts.relate("CHARGED_WITH", d, n.entity, e.sentence, e.confidence, e.rule);
    if (n.victim) facts.relate("ALLEGED_VICTIM", n.entity, n.victim, e.sentence, e.confidence, e.rule);
  }

  const defendants = [...new Set(events.filter((e) => !isCivil(e)).flatMap((e) => e.defendants))];
  // "A jury cleared all five", "they were tried together": people one verdict or trial names together stood one trial
  // (so did those one verdict of an earlier trial names: "Judge X had in 2019 convicted A, B and their firm of fraud")
  // (those told beside someone before, "It acquitted co-accused A, B and C", after them: two trials are never merged)
  // ("His co-accused, Y, was convicted at a separate trial": one tried apart is joined to no one)
  const apart = (d: Entity) => events.some((x) => x.separate && x.defendants.includes(d));
  const joinTold = (beside: boolean) => { for (const e of events) if (!isCivil(e) && !e.defendants.some(apart) && !!e.set.alongside === beside && (e.kind === "verdict" || e.kind === "trial") && (phaseOf(e) === "held" || phaseOf(e) === "earlier")) trials.join(e.defendants, phaseOf(e)!); };
  joinTold(false);
  // "X's co-accused, Y, was acquitted": co-accused who were both tried stood one trial
  // (and only where each verdict of theirs names its charges: in one trial, a verdict on no charge would say
  // nothing of whom it concerns)
  const tried = (d: Entity) => events.some((x) => x.defendants.includes(d) && phaseOf(x) === "held");
  const told = (d: Entity) => {
    const verdicts = events.filter((x) => x.kind === "verdict" && x.defendants.includes(d));
    return verdicts.every((x) => verdicts.some((y) => y.set.outcome === x.set.outcome && y.charges.length > 0));
  };
  // ("A fourth accused, Y, was acquitted": the sentence itself counts Y among those tried, whatever their verdicts name)
  const together = (ds: readonly Entity[], counted = false) => { if (ds.every((d) => tried(d) && !apart(d) && (counted || told(d)))) trials.join(ds, "held"); };
  // ("Magistrate X convicted Y of fraud. His co-accused, Z, ...": a co-accused's is a defendant's; where the pronoun was
  // read as no defendant, the one told just before is)
  const before = (e: CaseEvent) => events.filter((x) => x.sentence <= e.sentence && x.kind !== "joint" && x.defendants.length && !x.defendants.some((y) => e.defendants.includes(y))).at(-1)?.defendants.at(-1);
  // ("X was convicted of robbery. His co-accused, Y, was sentenced to four years": one only sentenced, who pleaded
  // to nothing and of whom nothing else is told, was convicted at the trial of the co-accused who was tried)
  const sentencedOnly = (d: Entity) => events.some((x) => x.kind === "sentence" && !x.otherCase && x.defendants.includes(d)) &&
    !events.some((x) => x.defendants.includes(d) && (x.kind === "plea" || x.kind === "verdict" || x.kind === "trial" || x.kind === "appeal" || x.separate));
  for (const e of events) {
    if (e.kind !== "joint") continue;
    const partner = e.defendants.length === 1 ? before(e) : undefined;
    const ds = partner ? [partner, ...e.defendants] : e.defendants;
    if (ds.length < 2) continue;
    const held = ds.filter((d) => tried(d) && !apart(d));
    if (held.length === 1 && ds.every((d) => held.includes(d) || sentencedOnly(d))) trials.join(ds, "held");
    else together(ds);
  }
  // ("All three had been charged with murder ... the jury convicted ...": people charged together, each of whom the
  // story says was tried and what of, stood one trial)
  for (const e of events) if (e.kind === "charge" && e.defendants.length > 1 && !isCivil(e)) together(e.defendants);
  // ("Y, who stood trial alongside him": beside the defendant last said to be tried before, the one the pronoun
  // is; "The jury acquitted Y": before the jury that gave the verdict told of before)
  for (const e of events) {
    if (!e.set.alongside || !e.defendants.length || phaseOf(e) !== "held") continue;
    const held = events.filter((x) => x.sentence < e.sentence && phaseOf(x) === "held" && !isCivil(x) && x.defendants.some((d) => !e.defendants.includes(d)));
    const last = held[held.length - 1];
    if (!last) continue;
    // ("The jury acquitted her" about one accused in her own right since that verdict, as the next item of a
    // round-up is: her own jury)
    if (e.set.alongside === "jury" && events.some((x) => x.sentence > last.sentence && x.sentence < e.sentence && e.defendants.some((d) => x.defendants.includes(d)))) continue;
    const before = last.defendants.filter((d) => !e.defendants.includes(d));
    together([before[before.length - 1]!, ...e.defendants], e.set.alongside === "more" || e.set.alongside === "before" || e.set.alongside === "co");
  }
  joinTold(true);
  // ("The Court of Appeals upheld the conviction of A and B": appellants one ruling names together, of whose trial the
  // article tells nothing else, were convicted at one trial)
  const untold = (d: Entity) => !events.some((x) => x.defendants.includes(d) && phaseOf(x) !== undefined);
  for (const e of events) if (e.kind === "appeal" && e.defendants.length > 1 && !isCivil(e) && e.defendants.every((d) => untold(d) && !apart(d))) trials.join(e.defendants, "held");
  // (an article that tells of anyone's trial may name that trial's court, not the one that took a plea)
  // (a judge's sentencing remarks, "Sentencing him at X Crown Court, Judge Y said", follow a plea as often as a trial)
  const anyTried = events.some((e) => !isCivil(e) && (e.kind === "trial" || (e.kind === "preside" && e.rule !== "preside.sentencing-remarks") || e.kind === "testify" || (e.kind === "verdict" && e.set.outcome !== "guilty")));
  const main = mainDefendant(events.filter((e) => !isCivil(e)));
  for (const d of defendants) {
    const mine = events.filter((e) => e.defendants.includes(d) && !isCivil(e));
    // (a trial court that "ordered a retrial" after a hung jury ruled on no appeal)
    // ("The council lost its appeal against a ruling that it must pay compensation": one sued, of whom the article
    // tells no criminal case, appealed a civil finding, and no conviction)
    const suedOnly = mine.every((e) => e.kind === "appeal") && events.some((e) => isCivil(e) && e.defendants.includes(d));
    const appeals = suedOnly ? [] : mine.filter((e) => e.kind === "appeal" && !(e.set.ordered === "retrial" && !(e.court && APPELLATE.test(e.court.label) && !TRIAL_HIGH_COURT.test(e.court.label))));
    const retrial = mine.some((e) => e.kind === "trial" && (e.set.status === "planned" || e.set.trial === "retrial") || e.kind === "verdict" && e.set.retrial === "held");
    // the conviction an appeal ruled on is an earlier trial's when the article tells of one ("had found him
    // guilty in 2020") or of a trial since (a retrial); else it is the conviction of the trial it reports
    const appealedEarlier = mine.some((e) => e.kind === "verdict" && e.set.trial === "earlier" && e.set.outcome === "guilty") || retrial;

    // "all counts" of a trial are never the counts of another one: a separate trial to come, an earlier case
    // (an earlier trial's "all counts" may be this case's: a first trial before the retrial reported)
    const ownPhase = (p: Phase) => {
      if (p !== "held") return allCharges(d);
      const here = new Set(mine.filter((x) => (phaseOf(x) ?? "held") === p).flatMap((x) => chargesOf(x, d)));
      // (a trial to come after a mistrial, or said to be a retrial, is this case again, on the same counts)
      const again = (x: CaseEvent) => phaseOf(x) === "planned" && (x.set.trial === "retrial" || hasOutcome(mine, "mistrial") || hasOutcome(mine, "hung_jury"));
      const elsewhere = new Set(mine.filter((x) => phaseOf(x) !== undefined && phaseOf(x) !== p && !again(x)).flatMap((x) => chargesOf(x, d)));
      // (nor those told only of a separate case: "also charged with assault in a separate case")
      const apart = (n: ChargeNode) => mine.filter((x) => chargesOf(x, d).includes(n)).every((x) => x.otherCase && x.kind === "charge");
      return allCharges(d).filter((n) => (here.has(n) || !elsewhere.has(n)) && !apart(n));
    };
    // (a penalty goes to the conviction it was for, wherever that is told: "A court sentenced X to ten years ... The
    // judge had convicted him of A and B", so sentences are read after the verdicts)
    for (const e of [...mine.filter((x) => x.kind !== "sentence"), ...mine.filter((x) => x.kind === "sentence")]) {
      const phase = phaseOf(e);
      // "the appeal court overturned the culpable homicide verdict and found him guilty of murder": the conviction
      // told after an appeal that overturns is that court's ruling, not the trial's (whose conviction it overturned;
      // not "had found him guilty, but an appeals court overturned that conviction", nor "reversed X's conviction")
      // (nor one told in a relative clause on the defendant: "quashed the conviction of X, who was convicted by a jury in 2022")
      // (nor one by another court the sentence names: "reversed the ruling of the trial court, which had convicted X")
      const onAppeal = e.kind === "verdict" && e.set.outcome === "guilty" && !/\.conviction-/.test(e.rule) && !e.relative ? appeals.find((a) => a.sentence === e.sentence && a.set.outcome === "overturned" && (a.at ?? Infinity) < (e.at ?? -Infinity) && !(e.court && a.court && e.court !== a.court)) : undefined;
      if (onAppeal) {
        const court = e.court ?? onAppeal.court;
        const v = facts.make("Verdict", `${d.label}: guilty on appeal`, { outcome: "guilty" }, { defendant: d.id, appeal: "guilty", ...(court && { court: court.id }) });
        mention(v, e);
        if (court) facts.relate("RULED", court, v, e.sentence, e.confidence, e.rule);
        // ("overturned the acquittal and convicted him": with no count named, the counts of the acquittal it overturned)
        const acquittal = chargesOf(e, d).length || onAppeal.set.of !== "not_guilty" ? undefined
          : (["held", "earlier"] as const).map((p) => trials.existing(d, p)).map((t) => t && trials.verdictsOf(t).get("not_guilty")).find(Boolean);
        for (const n of chargesOf(e, d)) facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
        for (const r of acquittal ? facts.relationsFrom(acquittal, "ON_CHARGE") : []) facts.relate("ON_CHARGE", v, facts.entity(r.target), e.sentence, e.confidence * 0.9, e.rule);
      } else if (e.kind === "verdict" && phase) {
        const t = trials.trial(d, phase, e);
        // (a jury that could not agree is the mistrial of its own trial, not of an earlier one that ended so)
        const v = trials.verdict(t, e.set.outcome === "hung_jury" && hasOutcome(mine.filter((x) => phaseOf(x) === phase), "mistrial") ? "mistrial" : e.set.outcome!, e);
        mention(v, e);
        // "acquitted him of the remaining counts": those no other verdict of the trial named
        const others = mine.filter((x) => x !== e && x.kind === "verdict" && phaseOf(x) === phase).flatMap((x) => chargesOf(x, d));
        // (nor those another event settled: a guilty plea, a sentence, any verdict: "pleaded guilty to theft ... cleared of the other charges")
        // (and only where the other outcomes name their counts: after "convicted him on 19 counts" the rest are any of them)
        const settled = e.set.scope === "remaining" ? [...others, ...mine.filter((x) => x !== e && settles(x)).flatMap((x) => chargesOf(x, d))] : others;
        const unknown = e.set.scope === "remaining" && (!settled.length || mine.some((x) => x !== e && x.kind === "verdict" && phaseOf(x) === phase && !chargesOf(x, d).length));
        // ("acquitted of all nine charges ... prosecutors had dropped a charge of X": a count dropped is none of "all")
        const dropped = new Set(mine.filter((x) => x !== e && x.kind === "verdict" && x.set.outcome === "dismissed").flatMap((x) => chargesOf(x, d)));
        // ("convicted him on both counts ... He was cleared of a third charge of theft": a count the trial's verdict of
        // another outcome names is none of "all")
        const contrary = new Set(mine.filter((x) => x !== e && x.kind === "verdict" && phaseOf(x) === phase && x.set.outcome !== e.set.outcome).flatMap((x) => chargesOf(x, d)));
        const on = unknown ? chargesOf(e, d) : scoped(e, chargesOf(e, d), ownPhase(phase).filter((n) => !dropped.has(n) && !contrary.has(n)), settled, true);
        for (const n of on) {
          facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
          facts.relate("TRIED_FOR", t, n.entity, e.sentence, e.confidence, e.rule);
        }
        if (!on.length && !e.set.scope) {
          const whole = wholeTrialCounts(e, d, mine, ownPhase(phase), chargesOf);
          const rule = whole.length ? "case.mistrial-on-the-charges" : "case.verdict-on-the-charges";
          for (const n of whole.length ? whole : oneSetCounts(e, d, mine, allCharges(d), chargesOf)) {
            facts.relate("ON_CHARGE", v, n.entity, e.sentence, 0.6, rule);
            facts.relate("TRIED_FOR", t, n.entity, e.sentence, 0.6, rule);
          }
        }
        if (e.penalty && e.set.outcome === "guilty") v.attrs.penalty ??= e.penalty;
      } else if (e.kind === "trial") {
        const t = trials.trial(d, phase!, e);
        mention(t, e);
        // a trial to come is for the charges named with it: "faces trial in Chicago, where he faces charges of X"
        // (one that names its own is for those alone: "ordered a new trial on two counts of X, but upheld his conviction for Y")
        const sameSentence = phase === "planned" && !chargesOf(e, d).length ? mine.filter((x) => x.kind === "charge" && x.sentence === e.sentence).flatMap((x) => chargesOf(x, d)) : [];
        const named = [...chargesOf(e, d), ...sameSentence];
        for (const n of named) facts.relate("TRIED_FOR", t, n.entity, e.sentence, e.confidence, e.rule);
        // "X was committed to stand trial. He has been charged with A and B": a first trial to come, of one
        // who has stood none and faces no other, is on the charges the article says X faces or denies
        // ("Both accused pleaded not guilty and claimed trial": a trial going on, of one told of nothing but charges and pleas, too)
        // (another telling of the same trial is no other event: "The trial of X heard ... She denies A. The trial continues.")
        const sameTrial = (x: CaseEvent) => x.kind === "trial" && x.set.status === e.set.status && x.set.trial === e.set.trial;
        if (!named.length && e.set.trial !== "retrial" && !mine.some((x) => x !== e && x.kind !== "charge" && x.kind !== "plea" && !sameTrial(x))) {
          for (const n of new Set(mine.filter((x) => x.kind === "charge" || x.kind === "plea" && x.set.plea === "not_guilty").flatMap((x) => chargesOf(x, d)))) facts.relate("TRIED_FOR", t, n.entity, e.sentence, 0.6, "case.trial-on-the-charges");
        }
      } else if (e.kind === "verdict" && e.set.outcome === "dismissed") {
        const t = trials.existing(d, "held");
        const v = t ? trials.verdict(t, "dismissed", e) : facts.make("Verdict", `${d.label}: dismissed`, { outcome: "dismissed" }, { defendant: d.id, outcome: "dismissed" });
        mention(v, e);
        // ("a judge dismissed the case against him": every count no verdict ended, a conviction or an acquittal)
        for (const n of scoped(e, chargesOf(e, d), allCharges(d).filter((n) => n.outcome !== "guilty" && n.outcome !== "not_guilty"))) facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
        if (e.court) facts.relate("RULED", e.court, v, e.sentence, e.confidence, e.rule);
      } else if (e.kind === "plea") {
        const plea = e.set.plea!;
        const p = pleaOf(facts, d, plea);
        mention(p, e);
        facts.relate("ENTERED_PLEA", d, p, e.sentence, e.confidence, e.rule);
        const named = chargesOf(e, d).filter((n) => !otherCaseOnly(n, e, d, mine, chargesOf));
        for (const n of named) facts.relate("ON_CHARGE", p, n.entity, e.sentence, e.confidence, e.rule);
        // "pleaded not guilty to all counts": every count this trial is on
        const every = named.length ? [] : e.set.scope === "all" ? ownPhase("held") : e.set.scope === "remaining" ? remainingPleaCounts(e, d, mine, ownPhase("held"), chargesOf) : [];
        for (const n of every) facts.relate("ON_CHARGE", p, n.entity, e.sentence, e.confidence, e.rule);
        // ("changed his plea to guilty": on the counts denied before)
        const unnamed = e.set.changed ? changedPleaCharges(e, d, mine, allCharges(d), chargesOf) : unnamedPleaCharges(mine, plea, d, allCharges(d), chargesOf);
        if (!named.length && !every.length && !e.lesser) for (const n of unnamed) facts.relate("ON_CHARGE", p, n.entity, e.sentence, 0.6, e.set.changed ? "case.changed-plea" : "case.plea-to-the-charges");
        // a guilty plea that ends the case is a conviction the court that took it rules (ONTOLOGY v2)
        // (or a round-up's one magistrates' court; or, where no one's trial is told of, the article's one court of
        // first instance named in the plea's sentence: "admitted wounding when he appeared at Caerwen Crown Court")
        const court = e.court ?? mine.find((x) => x.court && x.kind !== "appeal")?.court ?? roundUpCourt(facts) ?? (anyTried ? undefined : onlyTrialCourt(facts, e.sentence));
        // (a court the story does not name convicted too, when the plea is the story's main defendant's: "admitted
        // three counts of theft ... the magistrate jailed her"; not a cooperator's plea told in passing)
        if (plea === "guilty" && !trials.existing(d, "held") && (court || d === main)) {
          const v = pleaConviction(facts, d);
          mention(v, e);
          if (court) facts.relate("RULED", court, v, e.sentence, e.confidence, e.rule);
          for (const n of chargesOf(e, d)) facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
        }
      } else if (e.kind === "sentence" && (e.penalty || e.charges.length)) {
        // a penalty is the conviction's told beside it: the same sentence, or the conviction on the charges it names
        // (or, when the sentence speaks of no other conviction, the defendant's one conviction in the trial)
        const guilty = mine.filter((x) => x.kind === "verdict" && x.set.outcome === "guilty");
        const told = guilty.filter((x) => x.sentence === e.sentence || chargesOf(e, d).some((n) => chargesOf(x, d).includes(n)));
        const convictions = told.length ? told : guilty.length && !e.otherCase && new Set(guilty.map(phaseOf)).size === 1 ? guilty : [];
        const t = convictions.length ? trials.existing(d, phaseOf(convictions[0]!) ?? "held") : undefined;
        let v = t ? trials.verdictsOf(t).get("guilty") : undefined;
        // a sentence follows a conviction: where none is told, the held trial's (or a guilty plea's) conviction
        if (!v && !guilty.length && !e.otherCase) {
          // (one who pleaded guilty, even on the first day of a trial, was convicted by the plea)
          const held = trials.existing(d, "held"), pleaded = mine.some((x) => x.kind === "plea" && x.set.plea === "guilty");
          // (one joined to a co-accused's trial by being sentenced beside them is a defendant in it)
          if (held && !pleaded) v = trials.verdict(trials.trial(d, "held", e), "guilty", e);
          else if (pleaded) {
            v = pleaConviction(facts, d);
            if (e.court) facts.relate("RULED", e.court, v, e.sentence, e.confidence, e.rule);
            // (sentenced on the counts pleaded to, when it names none of its own)
            const pleaded = chargesOf(e, d).length ? [] : mine.filter((x) => x.kind === "plea" && x.set.plea === "guilty").flatMap((x) => chargesOf(x, d));
            for (const n of new Set(pleaded)) facts.relate("ON_CHARGE", v, n.entity, e.sentence, 0.7, "case.sentenced-on-the-plea");
          } else if (chargesOf(e, d).length && e.rule === "sentence.active" && (e.court ? holdsTrials(e.court) : e.bench)) {
            // "An accountability court in X on Thursday sentenced Y to ten years for corruption": a court of first
            // instance that sentences, with no plea told, convicted at the trial it held (and, as reports put it, ruled the conviction;
            // "A sessions court here sentenced Y": one unnamed held it too)
            const t = trials.trial(d, "held", e);
            v = trials.verdict(t, "guilty", e);
            facts.relate("RULED", e.court, v, e.sentence, e.confidence, e.rule);
            for (const n of chargesOf(e, d)) facts.relate("TRIED_FOR", t, n.entity, e.sentence, e.confidence, e.rule);
            for (const n of chargesOf(e, d)) facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
          } else if (chargesOf(e, d).length) {
            // "received two years for criminal conspiracy": a penalty for a charge is a conviction on it, whether
            // a jury's or a plea's the article does not say, so no trial is made for it
            v = sentencedVerdict(facts, d) ?? facts.make("Verdict", `${d.label}: guilty`, { outcome: "guilty" }, { defendant: d.id, outcome: "guilty", sentenced: "yes" });
            if (e.court) facts.relate("RULED", e.court, v, e.sentence, e.confidence, e.rule);
          } else v = sentencedVerdict(facts, d); // "jailed for manslaughter ... She was sentenced to nine years": that conviction's penalty
          if (v && (!held || pleaded)) for (const n of chargesOf(e, d)) facts.relate("ON_CHARGE", v, n.entity, e.sentence, e.confidence, e.rule);
        }
        if (v) { if (e.penalty) v.attrs.penalty ??= e.penalty; mention(v, e); }
      }
    }

    // the planned retrial is tried for the counts the jury could not decide, unless the text names others
    const planned = trials.existing(d, "planned");
    const heldTrial = trials.existing(d, "held");
    if (planned && heldTrial && !facts.relationsFrom(planned, "TRIED_FOR").length) {
      const undecided = trials.verdictsOf(heldTrial).get("mistrial");
      if (undecided) for (const r of facts.relationsFrom(undecided, "ON_CHARGE")) facts.relate("TRIED_FOR", planned, facts.entity(r.target), r.evidence, 0.6, "case.retrial-undecided-counts");
    }

    const trialCourts = new Set(mine.filter((x) => x.court && (x.kind === "trial" || x.kind === "verdict")).map((x) => x.court!));
    // ("X lost his appeal on Tuesday. The Court of Appeal upheld the judgment of the High Court, which convicted him": one
    // ruling told twice, in sentences close together, of one outcome and no two courts)
    const rulings: { at: number; outcome: string; court?: Entity; ruling: Entity }[] = [];
    for (const e of appeals) {
      const outcome = e.set.outcome!;
      // ("ordered a new trial on two counts, but upheld his conviction for Y": the court of the ruling told just before)
      // ("His case went to the Court of Appeal in Nairobi. On Friday the bench dismissed his appeal": the one appeal court named just before)
      // (not one the article told a trial or a verdict of the same defendant at: "found guilty by a Supreme Court jury in
      // 2022 ... Justices A, B and C quashed the conviction" names the Court of Appeal before it)
      const named = facts.entities.filter((c) => c.type === "Court" && APPELLATE.test(c.label) && !TRIAL_HIGH_COURT.test(c.label) && !trialCourts.has(c) && c.mentions.some((m) => m.sentence <= e.sentence && m.sentence >= e.sentence - 2));
      // ("The court dismissed an appeal by the DPP against the acquittal of his co-accused": the one court the
      // article's other appeal rulings name)
      const ruledBy = [...new Set(events.filter((x) => x.kind === "appeal" && x.court && x !== e).map((x) => x.court!))];
      // ("X lost his appeal on Tuesday. The Court of Appeal upheld the verdict.": the same ruling, its court told next)
      const court = e.court ?? appeals.find((x) => x.court && x.sentence <= e.sentence && x.sentence >= e.sentence - 1)?.court
        ?? appeals.find((x) => x.court && x.sentence === e.sentence + 1 && x.set.outcome === e.set.outcome)?.court ?? (named.length === 1 ? named[0] : undefined)
        ?? (ruledBy.length === 1 && e.rule === "appeal.prosecution-appeal-dismissed" ? ruledBy[0] : undefined);
      const told = rulings.find((r) => r.outcome === outcome && Math.abs(r.at - e.sentence) <= 2 && (!r.court || !court || sameCourt(r.court, court)));
      const ruling = told?.ruling ?? facts.make("Verdict", `${d.label}: appeal ${outcome}`, { outcome }, { defendant: d.id, appeal: outcome, ...(court && { court: court.id }) });
      // (the court the ruling was first told with keeps it: one court, not two, ruled)
      const by = told?.court ?? court;
      if (told) told.court = by;
      else rulings.push({ at: e.sentence, outcome, court, ruling });
      if (by) ruling.hints = { ...ruling.hints, court: by.id };
      mention(ruling, e);
      if (by) facts.relate("RULED", by, ruling, e.sentence, e.confidence, e.rule);
      // ("overturned the acquittal": the trial's not-guilty verdict, of whichever trial gave one)
      const of = e.set.of ?? "guilty";
      const acquitted = of === "not_guilty" ? (["held", "earlier"] as const).find((p) => { const t = trials.existing(d, p); return t && trials.verdictsOf(t).has(of); }) : undefined;
      // ("convicted in 2022 ... The appeals court quashed the conviction and ordered a retrial": with the retrial only to
      // come and no earlier trial told, the conviction is the held trial's)
      const held = trials.existing(d, "held");
      const retrialToCome = held && trials.verdictsOf(held).has("guilty") && !trials.existing(d, "earlier")
        && !mine.some((x) => x.set.trial === "earlier" || (x.kind === "trial" && x.set.status !== "planned" && x.set.trial === "retrial"));
      const phase: Phase = acquitted ?? (appealedEarlier && !retrialToCome ? "earlier" : "held");
      // ("jailed for life for murder ... The appeal court upheld his conviction": with no trial told, the conviction the penalty was for)
      const sentenced = trials.existing(d, phase) || of !== "guilty" ? undefined : sentencedVerdict(facts, d);
      // (a trial the appellants were joined in, made before any event of theirs told it, is theirs by this ruling)
      const joined = trials.existing(d, phase);
      const convictedTrial = sentenced ? undefined : joined && facts.relationsFrom(d, "DEFENDANT_IN").some((r) => r.target === joined.id) ? joined : trials.trial(d, phase, e);
      const conviction = sentenced ?? trials.verdictsOf(convictedTrial!).get(of) ?? trials.verdict(convictedTrial!, of, e);
      facts.relate("OVERTURNS", ruling, conviction, e.sentence, e.confidence, e.rule);
      for (const n of chargesOf(e, d)) {
        facts.relate("ON_CHARGE", conviction, n.entity, e.sentence, e.confidence, e.rule);
        if (convictedTrial) facts.relate("TRIED_FOR", convictedTrial, n.entity, e.sentence, e.confidence, e.rule);
      }
    }
  }
}

/**
 * "Court results - X Magistrates' Court", "The following cases were heard at X Magistrates' Court": a
 * round-up's one magistrates' court, named in its headline or first sentence, took every plea it lists.
 */
function roundUpCourt(facts: Facts): Entity | undefined {
  const courts = facts.entities.filter((c) => c.type === "Court" && /\bmagistrates['’]? court\b/i.test(c.label) && c.mentions.some((m) => m.sentence <= 1));
  return courts.length === 1 ? courts[0] : undefined;
}

/** The conviction a defendant's guilty plea is (ONTOLOGY v2), one per defendant. */
function pleaConviction(facts: Facts, d: Entity): Entity {
  return facts.entities.find((x) => x.type === "Verdict" && x.hints?.defendant === d.id && x.hints?.plea === "guilty")
    ?? facts.make("Verdict", `${d.label}: guilty`, { outcome: "guilty" }, { defendant: d.id, outcome: "guilty", plea: "guilty" });
}

function pleaOf(facts: Facts, d: Entity, plea: string): Entity {
  const existing = facts.entities.find((e) => e.type === "Plea" && e.hints?.defendant === d.id && e.attrs.plea === plea);
  if (existing) return existing;
  const words = { guilty: "pleads guilty", not_guilty: "pleads not guilty", no_contest: "pleads no contest" }[plea] ?? plea;
  return facts.make("Plea", `${d.label} ${words}`, { plea }, { defendant: d.id, plea });
}

/**
 * The one court of first instance the article names, if it names only one, and names it in the plea's
 * sentence ("He had earlier been jailed at X Crown Court for theft" is another case's court).
 */
function onlyTrialCourt(facts: Facts, sentence: number): Entity | undefined {
  const courts = facts.entities.filter((x) => x.type === "Court");
  const one = courts.length === 1 ? courts[0]! : undefined;
  return one && !APPELLATE.test(one.label) && one.mentions.some((m) => m.sentence === sentence) ? one : undefined;
}

/** The conviction a penalty for a charge made, with no trial or plea told ("received two years for conspiracy"). */
function sentencedVerdict(facts: Facts, d: Entity): Entity | undefined {
  return facts.entities.find((x) => x.type === "Verdict" && x.hints?.defendant === d.id && x.hints?.sentenced === "yes");
}

/** One court named twice, once with its seat: "the Court of Appeal", "the Court of Appeal in London". */
function sameCourt(a: Entity, b: Entity): boolean {
  const [x, y] = [a.label.toLowerCase(), b.label.toLowerCase()];
  return a === b || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}
