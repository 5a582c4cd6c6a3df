// Names that tell nodes apart: where several entities of one type share a label ("rape" twice), each
// gets a qualifier from what it is joined to, the first that differs between them: a charge by its
// complainant, its defendant, or the outcomes of its verdicts; a trial by its defendant, then its
// court; a person by a role; else by the article that mentions it. When no one of these tells them
// apart, those that differ are joined ("rape (Jane Doe · mistrial)"). The data graph is not changed:
// the view shows these names.

type Attrs = Record<string, unknown>;
export interface LabelSource {
  forEachNode(visit: (key: string, attributes: Attrs) => void): void;
  forEachEdge(visit: (key: string, attributes: Attrs, source: string, target: string) => void): void;
}

/** For each type, the relations whose other end (its label, or the attribute named) can qualify a node, in the order tried. */
const QUALIFIERS: Record<string, [relation: string, direction: "out" | "in", attribute?: string][]> = {
  Charge: [["ALLEGED_VICTIM", "out"], ["CHARGED_WITH", "in"], ["ON_CHARGE", "in", "outcome"], ["TRIED_FOR", "in"]],
  Trial: [["DEFENDANT_IN", "in"], ["HELD_AT", "out"], ["PRESIDED_OVER", "in"]],
  Verdict: [["ON_CHARGE", "out"], ["RESULTED_IN", "in"], ["RULED", "in"]],
  Plea: [["ON_CHARGE", "out"], ["ENTERED_PLEA", "in"]],
  Person: [["HOLDS_ROLE", "out"], ["WORKS_FOR", "out"]],
  Role: [["HOLDS_ROLE", "in"]],
  Court: [["HELD_AT", "in"]],
  Film: [["PRODUCED", "in"], ["DIRECTED", "in"]],
};
const MAX_NAMES = 3;

const norm = (s: string) => s.trim().toLowerCase();

/** The shown name of every node whose label another node of its type shares; the others keep their label. */
export function distinctLabels(graph: LabelSource): Map<string, string> {
  const label = new Map<string, string>(), type = new Map<string, string>(), article = new Map<string, string>(), outcome = new Map<string, string>(), path = new Map<string, string>();
  const groups = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const t = String(a.type);
    label.set(key, String(a.label ?? key));
    type.set(key, t);
    if (typeof a.outcome === "string") outcome.set(key, a.outcome.replace(/_/g, " "));
    if (t === "Sentence") { article.set(key, String(a.article)); return; }
    if (t === "Article") path.set(key, String(a.path ?? key)); // two saves of one story: told apart by file
    const g = `${t}\u0000${norm(String(a.label ?? key))}`;
    groups.set(g, [...(groups.get(g) ?? []), key]);
  });
  const shared = [...groups.values()].filter((g) => g.length > 1);
  const out = new Map<string, string>();
  if (!shared.length) return out;
  const inGroup = new Set(shared.flat());
  // the neighbours that may qualify each node in a shared group, by relation and direction
  const near = new Map<string, Map<string, string[]>>();
  const note = (node: string, how: string, other: string) => {
    const m = near.get(node) ?? new Map<string, string[]>();
    near.set(node, m);
    m.set(how, [...(m.get(how) ?? []), other]);
  };
  graph.forEachEdge((_, a, source, target) => {
    const t = String(a.type);
    if (t === "MENTIONED_IN") { if (inGroup.has(source)) note(source, "article", target); return; }
    if (inGroup.has(source)) note(source, `${t}:out`, target);
    if (inGroup.has(target)) note(target, `${t}:in`, source);
  });
  const articleLabel = (sentence: string) => { const a = article.get(sentence); return a ? label.get(a) ?? a : undefined; };
  const attribute = (node: string, name: string | undefined) => (name === "outcome" ? outcome.get(node) : label.get(node));
  for (const group of shared) {
    const ways = [...(QUALIFIERS[type.get(group[0]!)!] ?? []).map(([r, d, at]) => ({ how: `${r}:${d}`, at })), { how: "article", at: undefined }];
    const qualifier = (node: string, { how, at }: { how: string; at?: string }): string | undefined => {
      const others = near.get(node)?.get(how) ?? [];
      const names = [...new Set(others.map((o) => (how === "article" ? articleLabel(o) : attribute(o, at))).filter((n): n is string => !!n))].sort();
      if (!names.length) return undefined;
      const shown = names.slice(0, MAX_NAMES).map((n) => (n.length > 40 ? `${n.slice(0, 38)}…` : n));
      return names.length > MAX_NAMES ? `${shown.join(", ")} +${names.length - MAX_NAMES}` : shown.join(", ");
    };
    const table = ways.map((w) => group.map((n) => qualifier(n, w)));
    const distinct = (q: (string | undefined)[]) => q.every(Boolean) && new Set(q).size === group.length;
    // one way that tells them all apart; else the ways that differ at all, joined
    let names = (type.get(group[0]!) === "Article" ? group.map((n) => path.get(n)!) : table.find(distinct)) as string[] | undefined;
    if (!names) {
      const useful = table.filter((q) => new Set(q).size > 1);
      names = group.map((_, i) => useful.map((q) => q[i]).filter(Boolean).join(" · ") || `${i + 1}`);
    }
    const seen = new Map<string, number>();
    group.forEach((node, i) => {
      let q = names![i]!;
      const n = (seen.get(q) ?? 0) + 1;
      seen.set(q, n);
      if (n > 1) q = `${q} ${n}`;
      out.set(node, `${label.get(node)} (${q})`);
    });
  }
  return out;
}
