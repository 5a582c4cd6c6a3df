// Every rule's example sentences are its tests: on each, the rule fires and emits exactly the
// frames written beside it, or, for "none", does not fire.
import { describe, expect, it } from "vitest";
import { loadRules } from "../../../src/extract/engine/rules.ts";
import { frameView, story } from "./helpers.ts";

const normal = (x: Record<string, string | string[]>) =>
  JSON.stringify(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]).sort(([a], [b]) => (a! < b! ? -1 : 1))));

for (const rule of loadRules()) {
  describe(`${rule.file}: ${rule.id}`, () => {
    for (const ex of rule.examples) {
      it(ex.text, () => {
        const s = story(ex.text);
        const mine = s.frames.filter((f) => f.rule === rule.id).map((f) => normal(frameView(s.doc, f)));
        const want = ex.expect === "none" ? [] : (Array.isArray(ex.expect) ? ex.expect : [ex.expect]).map(normal);
        expect(mine.sort().join("\n")).toBe(want.sort().join("\n"));
      });
    }
  });
}
