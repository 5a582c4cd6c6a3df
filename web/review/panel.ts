// The Review tab: what to check, worst first (the same items as `casegraph review`), each with its
// sentences side by side and one click to accept, reject, merge, split or retype. Decisions wait in
// a pending list until they are saved to the input folder (npm start) or downloaded (static site).
import { ENTITY_TYPES, type CorrectionsReport, type EntityType } from "../../src/schema.ts";
import { reviewItems, type ReviewItem, type ReviewSide } from "../../src/review/items.ts";
import { h, fill } from "../panels/dom.ts";
import { entityLink, sentenceBlock } from "../panels/evidence.ts";
import { labelOf, typeOf, type ViewContext } from "../panels/context.ts";
import { acceptSide, confirmFact, merge, rejectFact, retype, splitArticle } from "./decisions.ts";
import { createPending, type Decision } from "./pending.ts";
import { downloadCorrections, probeEndpoint, saveToFolder, type Endpoint } from "./save.ts";

const PAGE = 40;
const NAMED: readonly string[] = ["Person", "Role", "Court", "Studio", "Film", "Organization", "Place", "Charge"];
const KIND_NAME = { contradiction: "Contradiction", over_merged: "Over-merged?", duplicate: "Duplicate?", fact: "Thin fact" } as const;

export interface ReviewOptions {
  /** Fetches the rebuilt graph and shows it (after a save to the folder), the message in its Review tab. */
  reload?: (message?: string) => Promise<void>;
  /** Shown first: why this graph was loaded (corrections saved and applied). */
  notice?: string;
}

export function reviewPanel(ctx: ViewContext, options: ReviewOptions = {}): { element: HTMLElement; render(): void; tools(node: string): HTMLElement | null } {
  const { graph } = ctx;
  const element = h("div", { className: "review-panel" });
  const pending = createPending();
  let items: ReviewItem[] | null = null; // computed when the tab is first shown
  let shown = PAGE;
  let endpoint: Endpoint | null | undefined; // undefined: not asked yet
  let status = options.notice ?? "";
  const report = graph.getAttribute("corrections") as CorrectionsReport | undefined;

  const decide = (item: ReviewItem | undefined, summary: string, corrections: Decision["corrections"]) =>
    pending.add({ ...(item && { item: item.id }), summary, corrections });
  const decided = (item: ReviewItem) => pending.list().find((d) => d.item === item.id);

  const button = (label: string, title: string, onclick: () => void, disabled = false) =>
    h("button", { type: "button", className: "review-action", title, onclick, disabled }, label);

  const retypeSelect = (node: string, disabled: boolean) => {
    const current = typeOf(ctx, node);
    const select = h("select", { "aria-label": `Retype ${labelOf(ctx, node)}`, disabled },
      h("option", { value: "" }, `Retype ${labelOf(ctx, node)} as…`),
      ENTITY_TYPES.filter((t) => t !== current && NAMED.includes(t)).map((t) => h("option", { value: t }, t)));
    select.addEventListener("change", () => {
      if (select.value) decide(undefined, `Retyped “${labelOf(ctx, node)}” as ${select.value}`, [retype(graph, node, select.value as EntityType)]);
    });
    return select;
  };

  const sideView = (item: ReviewItem, side: ReviewSide, index: number, done: boolean) => {
    const actions: HTMLElement[] = [];
    if (item.kind === "contradiction")
      actions.push(button("Accept this side", "Confirm this side and reject the others", () => decide(item, `Accepted “${side.label}”`, acceptSide(graph, item, index)), done));
    if (item.kind === "duplicate" && side.node) {
      const other = item.nodes.find((n) => n !== side.node)!;
      actions.push(button(`Merge the other into “${labelOf(ctx, side.node)}”`, "These are one entity: keep this one's name", () => decide(item, `Merged “${labelOf(ctx, other)}” into “${labelOf(ctx, side.node!)}”`, [merge(graph, side.node!, other)]), done));
    }
    if (item.kind === "over_merged" && side.node) {
      for (const path of [...new Set(side.evidence.map((e) => e.path))])
        actions.push(button(`Split off its mentions in ${path}`, "Those mentions are someone else", () => decide(item, `Split “${labelOf(ctx, side.node!)}” in ${path}`, [splitArticle(graph, side.node!, path)]), done));
    }
    return h("div", { className: "side", "data-side": index },
      h("div", { className: "side-head" }, h("strong", {}, side.label), side.node && graph.hasNode(side.node) && item.kind !== "over_merged" ? entityLink(ctx, side.node) : null),
      side.evidence.map((ev) => h("div", { className: "quote" }, h("span", { className: "outlet" }, ev.outlet), sentenceBlock(ctx, ev.sentence, item.nodes))),
      side.evidence.length === 0 ? h("p", { className: "muted" }, "no sentence") : null,
      actions.length ? h("div", { className: "actions" }, actions) : null);
  };

  const itemView = (item: ReviewItem) => {
    const done = decided(item);
    const edge = item.kind === "fact" ? item.sides[0]?.edges?.[0] : undefined;
    const entities = [...new Set(item.nodes)].filter((n) => graph.hasNode(n) && NAMED.includes(typeOf(ctx, n)));
    return h("li", { className: `review-item kind-${item.kind}${done ? " decided" : ""}`, "data-item": item.id },
      h("h4", {}, h("span", { className: `badge review-${item.kind}` }, KIND_NAME[item.kind]), " ", item.title),
      h("div", { className: "sides", style: `--sides:${Math.min(item.sides.length, 3)}` }, item.sides.map((s, i) => sideView(item, s, i, !!done))),
      h("div", { className: "actions" },
        edge ? [button("Accept", "The fact is right", () => decide(item, "Accepted", [confirmFact(graph, edge)]), !!done),
          button("Reject", "The fact is wrong", () => decide(item, "Rejected", [rejectFact(graph, edge)]), !!done)] : null,
        entities.map((n) => retypeSelect(n, !!done))),
      done ? h("p", { className: "decision" }, `${done.summary}: not saved yet`) : null);
  };

  const pendingView = () => {
    const list = pending.list();
    if (list.length === 0 && !status) return null;
    const save = endpoint
      ? button("Save and rebuild", `Add to ${endpoint.folder}/${endpoint.file} and build again`, () => void saveNow())
      : button("Download corrections file", "casegraph.corrections.json: put it in the input folder and build again", () => {
        downloadCorrections(report?.corrections ?? [], pending.corrections());
        status = `Downloaded casegraph.corrections.json with ${pending.corrections().length} new correction(s): put it in the input folder and run casegraph build.`;
        pending.clear();
      });
    return h("section", { className: "pending", "aria-label": "Pending corrections" },
      list.length ? [h("h3", {}, `${list.length} decision${list.length === 1 ? "" : "s"} not saved`),
        h("ol", {}, list.map((d, i) => h("li", {}, d.summary, " ", h("button", { type: "button", className: "link-button small", title: "Undo", onclick: () => pending.undo(i) }, "undo")))),
        h("div", { className: "actions" }, endpoint === undefined ? h("span", { className: "muted" }, "…") : save,
          button("Discard", "Forget these decisions", () => pending.clear()))] : null,
      status ? h("p", { className: "status", role: "status" }, status) : null);
  };

  async function saveNow() {
    status = "Saving and rebuilding…";
    render();
    const result = await saveToFolder(pending.corrections());
    if (!result.ok) { status = `Not saved: ${result.message}`; return render(); }
    pending.clear();
    status = `Saved to ${result.file}; the graph was rebuilt with it.${result.stale.length ? ` Not applied: ${result.stale.join("; ")}` : ""}`;
    render();
    await options.reload?.(status);
  }

  const reportView = () => {
    if (!report) return null;
    const stale = report.status.filter((s) => s.state === "stale");
    const applied = report.status.filter((s) => s.state === "applied").length;
    return h("section", { className: "corrections-report" },
      h("p", { className: "muted" }, `${report.file}: ${applied} applied${stale.length ? `, ${stale.length} not applied` : ""}`),
      stale.length ? h("ul", { className: "stale" }, stale.map((s) => h("li", {}, `correction ${s.index + 1}: ${s.message}`))) : null);
  };

  function render() {
    items ??= reviewItems(graph);
    const list = items.slice(0, shown);
    fill(element,
      pendingView(),
      reportView(),
      h("p", { className: "muted" }, items.length ? `${items.length} thing${items.length === 1 ? "" : "s"} to check, worst first` : "Nothing to check: no contradictions, suspect entities or thin facts."),
      h("ol", { className: "review-list" }, list.map(itemView)),
      items.length > shown ? h("button", { type: "button", onclick: () => { shown += PAGE; render(); } }, `Show ${Math.min(PAGE, items.length - shown)} more`) : null);
  }
  pending.subscribe(() => { if (pending.list().length) status = ""; render(); });
  void probeEndpoint().then((found) => { endpoint = found; if (items) render(); });
  /** Corrections for one entity, under its panel in the Details tab. */
  const tools = (node: string) => (graph.hasNode(node) && NAMED.includes(typeOf(ctx, node))
    ? h("section", { className: "correct-tools", "aria-label": "Correct" }, h("h3", {}, "Correct"), retypeSelect(node, false),
      h("p", { className: "muted" }, "Decisions wait in the Review tab until they are saved."))
    : null);
  return { element, render, tools };
}
