// The review filters beside the legend: a confidence slider and "contested only".
import { h } from "../panels/dom.ts";
import type { ViewContext } from "../panels/context.ts";
import type { Filters } from "../state/index.ts";

export function reviewFilters(ctx: ViewContext, f: Filters): HTMLElement {
  const { store, index } = ctx;
  const shown = h("output", { className: "value" }, f.minConfidence.toFixed(2));
  const slider = h("input", {
    type: "range", min: 0, max: 1, step: 0.05, value: f.minConfidence, "aria-label": "Minimum confidence",
    // the label follows the thumb; the view changes when it is let go (the panel is redrawn then)
    oninput: () => { shown.textContent = Number(slider.value).toFixed(2); },
    onchange: () => store.dispatch({ type: "setMinConfidence", value: Number(slider.value) }),
  });
  const contested = index.contestedNodes.size;
  return h("section", { className: "review-filters", "aria-label": "Review filters" }, h("h3", {}, "Review"),
    h("label", { className: "slider" }, "Confidence at least ", shown, slider),
    h("label", { className: "toggle", title: contested ? "Only what articles disagree on" : "The articles of this graph do not disagree" },
      h("input", { type: "checkbox", checked: f.contestedOnly, disabled: !contested && !f.contestedOnly, "aria-label": "Contested only",
        onchange: () => store.dispatch({ type: "setContestedOnly", value: !f.contestedOnly }) }),
      `Contested only (${contested} ${contested === 1 ? "entity" : "entities"})`),
  );
}
