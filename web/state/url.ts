// The shareable part of the view state in the address: selection, filters and the path query.
// Lists are repeated parameters (`art=a&art=b`) so keys may hold any character.
import { DEFAULT_FILTERS, INITIAL_STATE } from "./reducer.ts";
import type { PathQuery, Selection, ViewState } from "./types.ts";

const SELECTION_PREFIX = { node: "n", edge: "e", sentence: "s" } as const;
/** Parameters the view owns; anything else in the address (such as `graph`) is kept as it is. */
const VIEW_PARAMS = ["sel", "hide", "show", "ehide", "art", "out", "kind", "t0", "t1", "case", "conf", "contested", "q", "from", "to", "r"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an address holds any view state (a selection, filters or a query), or just the default view. */
export const describesView = (params: URLSearchParams) => VIEW_PARAMS.some((p) => params.has(p));

export function stateToParams(state: ViewState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const p of VIEW_PARAMS) params.delete(p);
  const { selection, filters, query, activeResult } = state;
  if (selection) params.set("sel", `${SELECTION_PREFIX[selection.kind]}:${selection.key}`);
  // Node types are written as a difference from the default, so a plain address stays plain.
  for (const t of filters.hiddenNodeTypes) if (!DEFAULT_FILTERS.hiddenNodeTypes.includes(t)) params.append("hide", t);
  for (const t of DEFAULT_FILTERS.hiddenNodeTypes) if (!filters.hiddenNodeTypes.includes(t)) params.append("show", t);
  for (const t of filters.hiddenEdgeTypes) params.append("ehide", t);
  for (const a of filters.articles) params.append("art", a);
  for (const o of filters.outcomes) params.append("out", o);
  for (const k of filters.kinds) params.append("kind", k);
  if (filters.timeWindow) { params.set("t0", filters.timeWindow.from); params.set("t1", filters.timeWindow.to); }
  if (filters.caseKey) params.set("case", filters.caseKey);
  if (filters.minConfidence > 0) params.set("conf", String(filters.minConfidence));
  if (filters.contestedOnly) params.set("contested", "1");
  if (query?.kind === "pattern") params.set("q", query.text);
  if (query?.kind === "shortest") { params.set("from", query.from); params.set("to", query.to); }
  if (query && activeResult !== null) params.set("r", String(activeResult));
  return params;
}

const confidence = (raw: string | null) => {
  const n = Number(raw);
  return raw && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
};

export function paramsToState(params: URLSearchParams): ViewState {
  const sel = params.get("sel");
  let selection: Selection | null = null;
  if (sel) {
    const colon = sel.indexOf(":");
    const prefix = sel.slice(0, colon), key = sel.slice(colon + 1);
    const kind = (Object.keys(SELECTION_PREFIX) as Selection["kind"][]).find((k) => SELECTION_PREFIX[k] === prefix);
    if (kind && key) selection = { kind, key };
  }
  const show = params.getAll("show");
  const hiddenNodeTypes = [...new Set([...DEFAULT_FILTERS.hiddenNodeTypes.filter((t) => !show.includes(t)), ...params.getAll("hide")])].sort();
  let query: PathQuery | null = null;
  const q = params.get("q"), from = params.get("from"), to = params.get("to");
  if (q) query = { kind: "pattern", text: q };
  else if (from && to) query = { kind: "shortest", from, to };
  const r = Number.parseInt(params.get("r") ?? "", 10);
  const t0 = params.get("t0") ?? "", t1 = params.get("t1") ?? "";
  return {
    ...INITIAL_STATE,
    selection,
    filters: {
      hiddenNodeTypes,
      hiddenEdgeTypes: [...new Set(params.getAll("ehide"))].sort(),
      articles: [...new Set(params.getAll("art"))].sort(),
      outcomes: [...new Set(params.getAll("out"))].sort(),
      kinds: [...new Set(params.getAll("kind"))].sort(),
      timeWindow: ISO_DAY.test(t0) && ISO_DAY.test(t1) && t0 <= t1 ? { from: t0, to: t1 } : null,
      caseKey: params.get("case") || null,
      minConfidence: confidence(params.get("conf")),
      contestedOnly: params.get("contested") === "1",
    },
    query,
    activeResult: query && Number.isInteger(r) && r >= 0 ? r : null,
  };
}
