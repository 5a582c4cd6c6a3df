// The case panel: one case read as a reporter reads it. Who judged, tried, defended and testified;
// each charge with its plea and its outcome per count; penalties, damages and appeals; the dates;
// and the articles that report it, with their outlets. The graph shows the case alone meanwhile.
import { h } from "../panels/dom.ts";
import { entityLink } from "../panels/evidence.ts";
import { labelOf, type ViewContext } from "../panels/context.ts";
import { caseMembers } from "./members.ts";

const words = (v: unknown) => String(v ?? "").replace(/_/g, " ");
const str = (v: unknown) => (typeof v === "string" ? v : "");

export function casePanel(ctx: ViewContext, key: string): HTMLElement {
  const { graph, store } = ctx;
  const c = caseMembers(graph, key);
  const close = h("button", { type: "button", className: "link-button", onclick: () => store.dispatch({ type: "openCase", key: null }) }, "Close the case view");
  if (!c) return h("article", { className: "panel case-panel" }, h("p", { className: "error" }, `${labelOf(ctx, key)} is not a trial or a defendant.`), close);
  const a = (k: string) => graph.getNodeAttributes(k);
  const people = (title: string, keys: string[]) => keys.length ? h("div", { className: "case-row", "data-role": title }, h("dt", {}, title), h("dd", {}, keys.map((k) => entityLink(ctx, k)))) : null;
  const dateOf = (k: string) => [str(a(k).date), Array.isArray(a(k).dates) ? "(sources disagree)" : ""].filter(Boolean).join(" ");
  const on = (v: string) => graph.outEdges(v).filter((e) => graph.getEdgeAttribute(e, "type") === "ON_CHARGE").map((e) => graph.target(e));
  const defendantsOf = (charge: string) => graph.inEdges(charge).filter((e) => graph.getEdgeAttribute(e, "type") === "CHARGED_WITH").map((e) => graph.source(e));
  const appeals = c.verdicts.filter((v) => graph.outEdges(v).some((e) => graph.getEdgeAttribute(e, "type") === "OVERTURNS"));
  const outcomes = c.verdicts.filter((v) => !appeals.includes(v));

  const charges = c.charges.map((charge) => {
    const verdicts = outcomes.filter((v) => on(v).includes(charge));
    const pleas = c.pleas.filter((p) => on(p).includes(charge));
    return h("tr", { "data-charge": charge },
      h("td", {}, entityLink(ctx, charge), a(charge).date ? h("div", { className: "muted small" }, `offence ${dateOf(charge)}`) : null),
      h("td", {}, defendantsOf(charge).map((d) => labelOf(ctx, d)).join(", ")),
      h("td", {}, pleas.map((p) => h("div", {}, entityLink(ctx, p), ` ${words(a(p).plea)}`))),
      h("td", { className: "outcome" }, verdicts.length ? verdicts.map((v) => h("div", { "data-outcome": str(a(v).outcome) },
        h("strong", {}, words(a(v).outcome)), a(v).date ? ` · ${dateOf(v)}` : "", a(v).penalty ? ` · ${a(v).penalty}` : "", a(v).damages ? ` · ${a(v).damages}` : "")) : h("span", { className: "muted" }, "no outcome reported")));
  });
  const verdictLine = (v: string) => h("li", { "data-node": v }, entityLink(ctx, v), ` ${words(a(v).outcome)}`,
    a(v).date ? ` · ${dateOf(v)}` : "", a(v).penalty ? ` · ${a(v).penalty}` : "", a(v).damages ? ` · damages ${a(v).damages}` : "");
  const dated = [...c.trials, ...c.charges, ...c.pleas, ...c.verdicts].filter((k) => typeof a(k).date === "string")
    .sort((x, y) => (str(a(x).date) < str(a(y).date) ? -1 : 1));
  const title = a(key).type === "Trial" ? labelOf(ctx, key) : `The case of ${labelOf(ctx, key)}`;

  return h("article", { className: "panel case-panel", "data-case": key },
    h("header", {}, h("span", { className: "badge case" }, "Case"), h("h2", {}, title),
      h("p", { className: "muted" }, c.trials.map((t) => `${labelOf(ctx, t)}: ${words(a(t).kind ?? "criminal")}${a(t).status ? `, ${a(t).status}` : ""}`).join(" · ")), close),
    h("section", {}, h("h3", {}, "People and courts"), h("dl", { className: "case-people" },
      people("Trials", c.trials), people("Courts", c.courts), people("Judges", c.judges), people("Defendants", c.defendants), people("Plaintiffs", c.plaintiffs),
      people("Prosecutors", c.prosecutors), people("Witnesses", c.witnesses), people("Complainants", c.complainants),
      c.lawyers.length ? h("div", { className: "case-row", "data-role": "Lawyers" }, h("dt", {}, "Lawyers"), h("dd", {}, c.lawyers.map(([l, client]) => h("span", {}, entityLink(ctx, l), ` for ${labelOf(ctx, client)}`)))) : null)),
    c.charges.length ? h("section", {}, h("h3", {}, "Charges, pleas and outcomes"), h("table", { className: "case-charges" },
      h("thead", {}, h("tr", {}, h("th", {}, "Charge"), h("th", {}, "Defendant"), h("th", {}, "Plea"), h("th", {}, "Outcome"))), h("tbody", {}, charges))) : null,
    outcomes.length ? h("section", {}, h("h3", {}, "Verdicts and rulings"), h("ul", { className: "case-list" }, outcomes.map(verdictLine))) : null,
    appeals.length ? h("section", {}, h("h3", {}, "Appeals"), h("ul", { className: "case-list" }, appeals.map((v) => h("li", { "data-node": v }, entityLink(ctx, v), ` ${words(a(v).outcome)}`,
      a(v).date ? ` · ${dateOf(v)}` : "", " — on ", graph.outEdges(v).filter((e) => graph.getEdgeAttribute(e, "type") === "OVERTURNS").map((e) => labelOf(ctx, graph.target(e))).join(", "))))) : null,
    dated.length ? h("section", {}, h("h3", {}, "Dates"), h("ol", { className: "case-dates" }, dated.map((k) => h("li", {}, h("time", {}, dateOf(k)), " ", entityLink(ctx, k))))) : null,
    h("section", {}, h("h3", {}, `Articles (${c.articles.length})`), h("ul", { className: "case-list" }, c.articles.map((art) => h("li", { "data-article": art },
      h("button", { type: "button", className: "link-button", onclick: () => store.dispatch({ type: "select", selection: { kind: "sentence", key: ctx.index.sentencesOf.get(art)?.[0] ?? art } }) }, labelOf(ctx, art)),
      h("span", { className: "muted" }, [str(a(art).source), str(a(art).published)].filter(Boolean).map((x) => ` · ${x}`).join("")))))),
  );
}

/** Whether a node opens a case: a trial, or a party with a trial or charges. */
export const opensCase = (ctx: ViewContext, key: string) => caseMembers(ctx.graph, key) !== null;
