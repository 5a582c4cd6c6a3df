// The facts table: every relation as rows (one per evidence sentence) with its outlet, date and
// sentence, sortable by any column, filtered by text and relation, by default to what the graph
// shows. A row selects its relation; "Download CSV" saves the rows the table holds, in the columns
// of `casegraph export --format facts-csv`.
import { FACT_COLUMNS, csvLine, factFields, factRows, type FactRow } from "../../src/export/facts.ts";
import { download } from "../export/index.ts";
import { h, fill } from "../panels/dom.ts";
import type { ViewContext } from "../panels/context.ts";
import type { Visibility } from "../state/index.ts";

/** Rows drawn at once; the rest are counted and reached by filtering. */
const SHOWN = 300;

type Key = keyof FactRow;
const COLUMNS: [Key, string][] = [["subject", "Subject"], ["relation", "Relation"], ["object", "Object"], ["confidence", "Conf."], ["support", "Support"],
  ["date", "Date"], ["outlet", "Outlet"], ["published", "Published"], ["sentence", "Sentence"]];

export interface FactsTable { element: HTMLElement; render(visibility: Visibility): void; rows(): FactRow[] }

export function factsTable(ctx: ViewContext): FactsTable {
  let all: FactRow[] | null = null;
  const rowsOf = () => (all ??= factRows(ctx.graph));
  let sortKey: Key = "date", ascending = true, query = "", relation = "", onlyVisible = true;
  let visibility: Visibility | null = null;
  let current: FactRow[] = [];

  const search = h("input", { type: "search", placeholder: "Filter facts…", "aria-label": "Filter facts", spellcheck: "false" });
  search.addEventListener("input", () => { query = search.value.trim().toLowerCase(); draw(); });
  const relations = h("select", { "aria-label": "Relation" });
  relations.addEventListener("change", () => { relation = relations.value; draw(); });
  const visibleOnly = h("input", { type: "checkbox", checked: true, "aria-label": "Only facts the graph shows" });
  visibleOnly.addEventListener("change", () => { onlyVisible = visibleOnly.checked; draw(); });
  const count = h("span", { className: "muted count" });
  const body = h("div", { className: "facts-body" });
  const element = h("div", { className: "facts" },
    h("div", { className: "facts-tools" }, search, relations, h("label", {}, visibleOnly, "only what the graph shows"), count,
      h("button", { type: "button", title: "Download these rows as CSV (the columns of casegraph export --format facts-csv)", onclick: () => saveCsv() }, "Download CSV")),
    body);

  const saveCsv = () => download(new Blob([csvLine([...FACT_COLUMNS]), ...current.map((r) => csvLine(factFields(r)))], { type: "text/csv" }), "facts.csv");

  function filtered(): FactRow[] {
    const q = query;
    const rows = rowsOf().filter((r) => (!onlyVisible || !visibility?.hiddenEdges.has(r.edge))
      && (!relation || r.relation.split(" ")[0] === relation)
      && (!q || [r.subject, r.relation, r.object, r.date, r.outlet, r.published, r.sentence, r.support, r.article].some((v) => v.toLowerCase().includes(q))));
    const value = (r: FactRow) => r[sortKey] ?? "";
    const undated = (r: FactRow) => sortKey === "date" && !r.date;
    return rows.sort((a, b) => {
      if (undated(a) !== undated(b)) return undated(a) ? 1 : -1; // undated facts last, either way
      const x = value(a), y = value(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return ascending ? c : -c;
    });
  }

  function draw() {
    current = filtered();
    const types = [...new Set(rowsOf().map((r) => r.relation.split(" ")[0]!))].sort();
    if (relations.options.length !== types.length + 1) fill(relations, h("option", { value: "" }, "every relation"), types.map((t) => h("option", { value: t }, t)));
    relations.value = relation;
    const support = rowsOf().some((r) => r.support);
    const columns = COLUMNS.filter(([k]) => k !== "support" || support);
    count.textContent = `${current.length} row${current.length === 1 ? "" : "s"}${current.length > SHOWN ? `, first ${SHOWN} shown` : ""}`;
    const head = h("tr", {}, columns.map(([k, label]) => h("th", { scope: "col", "aria-sort": k === sortKey ? (ascending ? "ascending" : "descending") : "none" },
      h("button", { type: "button", className: "sort", "data-column": k, onclick: () => { ascending = k === sortKey ? !ascending : true; sortKey = k; draw(); } },
        label, k === sortKey ? (ascending ? " ▲" : " ▼") : ""))));
    const rows = current.slice(0, SHOWN).map((r) => h("tr", { "data-edge": r.edge, "data-sentence": r.sentenceKey, tabindex: 0, title: "Select this relation",
      onclick: () => ctx.store.dispatch({ type: "select", selection: { kind: "edge", key: r.edge } }) },
    columns.map(([k]) => {
      if (k === "outlet" && r.url && /^https?:\/\//i.test(r.url)) return h("td", {}, h("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, r.outlet || "source"));
      if (k === "subject" || k === "object") return h("td", { className: `type-${k === "subject" ? r.subjectType : r.objectType}` }, h("span", { className: "dot" }), " ", r[k]);
      if (k === "confidence") return h("td", { className: "num" }, r.confidence === undefined ? "" : r.confidence.toFixed(2));
      return h("td", { className: k === "sentence" ? "sentence" : "" }, String(r[k] ?? ""));
    })));
    fill(body, current.length ? h("table", {}, h("thead", {}, head), h("tbody", {}, rows)) : h("p", { className: "hint" }, "No facts match."));
  }

  return {
    element,
    render(v) { visibility = v; draw(); },
    rows: () => current,
  };
}
