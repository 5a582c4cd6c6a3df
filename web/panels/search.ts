// A search box with suggestions over labels and aliases (a combobox with a listbox, keyboard included).
import { suggest, type GraphIndex, type SearchEntry } from "../data/index.ts";
import { h } from "./dom.ts";

export interface SearchBoxOptions {
  placeholder: string;
  label: string;
  onChoose(entry: SearchEntry): void;
  /** Which entries may be suggested. */
  allow?: (entry: SearchEntry) => boolean;
  /** Keep the chosen label in the box (for path endpoints) instead of clearing it. */
  keep?: boolean;
}

let ids = 0;

export function searchBox(index: GraphIndex, options: SearchBoxOptions): HTMLElement & { setValue(text: string): void } {
  const listId = `suggestions-${++ids}`;
  const input = h("input", { type: "search", placeholder: options.placeholder, "aria-label": options.label, role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": listId, autocomplete: "off", spellcheck: "false" });
  const list = h("ul", { id: listId, role: "listbox", className: "suggestions", hidden: true });
  let entries: SearchEntry[] = [];
  let active = -1;

  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const choose = (entry: SearchEntry) => {
    input.value = options.keep ? entry.label : "";
    close();
    options.onChoose(entry);
  };
  const render = () => {
    entries = suggest(index, input.value, 8, options.allow);
    list.replaceChildren(...entries.map((entry, i) => h("li", {
      role: "option", id: `${listId}-${i}`, "aria-selected": String(i === active), className: i === active ? "active" : "",
      onmousedown: (e: Event) => { e.preventDefault(); choose(entry); },
    }, h("span", { className: `dot type-${entry.type}` }), h("span", { className: "label" }, entry.label),
    entry.alias ? h("span", { className: "alias" }, `“${entry.alias}”`) : null,
    h("span", { className: "type" }, entry.type))));
    list.hidden = entries.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`); else input.removeAttribute("aria-activedescendant");
  };
  input.addEventListener("input", () => { active = -1; render(); });
  input.addEventListener("focus", () => { if (input.value) render(); });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!entries.length) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + entries.length) % entries.length;
      render();
    } else if (e.key === "Enter") {
      const entry = entries[active >= 0 ? active : 0];
      if (entry) { e.preventDefault(); choose(entry); }
    } else if (e.key === "Escape") close();
  });
  const box = Object.assign(h("div", { className: "search" }, input, list), { setValue: (text: string) => { input.value = text; } });
  return box;
}
