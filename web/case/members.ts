// What one case is: a Trial, or a person in the dock with all their trials, and everything the
// contract joins to it. Pure, over the data graph; the case panel and the focused graph read it.
import type { DataGraph } from "../data/index.ts";

export interface CaseMembers {
  /** The node the case was opened from. */
  key: string;
  trials: string[];
  defendants: string[];
  plaintiffs: string[];
  judges: string[];
  prosecutors: string[];
  witnesses: string[];
  /** [lawyer, client] pairs. */
  lawyers: [string, string][];
  courts: string[];
  charges: string[];
  /** Verdicts of the trials, rulings on the charges (dismissals, appeals) and what overturns or upholds them. */
  verdicts: string[];
  pleas: string[];
  /** Complainants of the charges. */
  complainants: string[];
  /** Every node of the case: the above, the roles its people hold. */
  nodes: Set<string>;
  /** Articles that mention any of it. */
  articles: string[];
}

const sorted = (s: Set<string>) => [...s].sort();

/** The case of a Trial, or of a party (a person or a company) who is DEFENDANT_IN a trial or charged; null for anything else. */
export function caseMembers(graph: DataGraph, key: string): CaseMembers | null {
  if (!graph.hasNode(key)) return null;
  const type = graph.getNodeAttribute(key, "type");
  const out = (n: string, t: string) => graph.outEdges(n).filter((e) => graph.getEdgeAttribute(e, "type") === t).map((e) => graph.target(e));
  const inn = (n: string, t: string) => graph.inEdges(n).filter((e) => graph.getEdgeAttribute(e, "type") === t).map((e) => graph.source(e));
  // (a company too: one charged that pleaded guilty has a case and no trial)
  const party = type === "Person" || type === "Organization" || type === "Studio";
  const trials = new Set<string>(type === "Trial" ? [key] : party ? [...out(key, "DEFENDANT_IN"), ...out(key, "PLAINTIFF_IN")] : []);
  if (trials.size === 0 && !(party && (out(key, "CHARGED_WITH").length || out(key, "ENTERED_PLEA").length))) return null;
  const defendants = new Set<string>(), plaintiffs = new Set<string>(), judges = new Set<string>(), prosecutors = new Set<string>();
  const witnesses = new Set<string>(), courts = new Set<string>(), charges = new Set<string>(), verdicts = new Set<string>(), pleas = new Set<string>();
  const complainants = new Set<string>();
  if (type !== "Trial" && out(key, "DEFENDANT_IN").length + out(key, "CHARGED_WITH").length > 0) defendants.add(key);
  for (const t of trials) {
    for (const p of inn(t, "DEFENDANT_IN")) defendants.add(p);
    for (const p of inn(t, "PLAINTIFF_IN")) plaintiffs.add(p);
    for (const p of inn(t, "PRESIDED_OVER")) judges.add(p);
    for (const p of inn(t, "PROSECUTED")) prosecutors.add(p);
    for (const p of inn(t, "TESTIFIED_IN")) witnesses.add(p);
    for (const c of out(t, "HELD_AT")) courts.add(c);
    for (const c of out(t, "TRIED_FOR")) charges.add(c);
    for (const v of out(t, "RESULTED_IN")) verdicts.add(v);
  }
  // A person's case also holds their charges and pleas outside any trial (a plea deal, a dismissal).
  if (type !== "Trial") for (const c of out(key, "CHARGED_WITH")) charges.add(c);
  for (const d of defendants) for (const p of out(d, "ENTERED_PLEA")) pleas.add(p);
  for (const c of charges) {
    for (const v of inn(c, "ON_CHARGE")) (graph.getNodeAttribute(v, "type") === "Plea" ? pleas : verdicts).add(v);
    for (const p of out(c, "ALLEGED_VICTIM")) complainants.add(p);
  }
  // Appeals: rulings that overturn or uphold a verdict of the case, and what they rule on, to any depth.
  for (let grew = true; grew;) {
    grew = false;
    for (const v of [...verdicts]) for (const w of [...inn(v, "OVERTURNS"), ...out(v, "OVERTURNS")]) if (!verdicts.has(w)) { verdicts.add(w); grew = true; }
  }
  for (const v of verdicts) for (const c of inn(v, "RULED")) courts.add(c);
  const lawyers: [string, string][] = [];
  for (const client of [...defendants, ...plaintiffs]) for (const l of inn(client, "REPRESENTS")) lawyers.push([l, client]);
  const people = new Set([...defendants, ...plaintiffs, ...judges, ...prosecutors, ...witnesses, ...lawyers.map(([l]) => l), ...complainants]);
  const nodes = new Set<string>([key, ...trials, ...people, ...courts, ...charges, ...verdicts, ...pleas]);
  for (const p of people) for (const r of out(p, "HOLDS_ROLE")) nodes.add(r);
  const articles = new Set<string>();
  for (const n of nodes) graph.forEachOutEdge(n, (_e, a, _s, t) => {
    if (a.type === "MENTIONED_IN") { const art = graph.getNodeAttribute(t, "article"); if (typeof art === "string") articles.add(art); }
  });
  return {
    key, trials: sorted(trials), defendants: sorted(defendants), plaintiffs: sorted(plaintiffs), judges: sorted(judges), prosecutors: sorted(prosecutors),
    witnesses: sorted(witnesses), lawyers: lawyers.sort(), courts: sorted(courts), charges: sorted(charges), verdicts: sorted(verdicts), pleas: sorted(pleas),
    complainants: sorted(complainants), nodes, articles: sorted(articles),
  };
}
