// The rule files as read and checked are cached between runs (engine/rule-cache.ts): an edited rule
// file must be read again, never served from the cache of its earlier text, and a file that fails
// its checks must fail every time, not only before a cache entry exists.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRules, RuleError } from "../../../src/extract/engine/rules.ts";

const dir = mkdtempSync(join(tmpdir(), "casegraph-rule-cache-")), cache = join(dir, "cache");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ruleFile = (confidence: number) => `stage: events
rules:
  - id: plea.cache-test
    pattern: "@defendant:Person ^pleaded guilty"
    frame: plea
    set: { plea: guilty }
    confidence: ${confidence}
    examples:
      - text: "Ana Ruiz pleaded guilty."
        expect: { defendant: Ana Ruiz, plea: guilty }
`;

describe("the rules cache", () => {
  it("reads an edited rule file again", () => {
    writeFileSync(join(dir, "macros.yaml"), "macros:\n  X: \"x\"\n");
    writeFileSync(join(dir, "pleas.yaml"), ruleFile(0.8));
    expect(loadRules(dir, cache)[0]!.confidence).toBe(0.8);
    expect(loadRules(dir, cache)[0]!.confidence).toBe(0.8); // (from the cache)
    writeFileSync(join(dir, "pleas.yaml"), ruleFile(0.7));
    expect(loadRules(dir, cache)[0]!.confidence).toBe(0.7);
    expect(readdirSync(cache)).toHaveLength(1); // (the entry of the earlier text is gone)
  });

  it("refuses a bad file every time", () => {
    writeFileSync(join(dir, "pleas.yaml"), ruleFile(0.8).replace("frame: plea", "frame: pleas"));
    expect(() => loadRules(dir, cache)).toThrow(RuleError);
    expect(() => loadRules(dir, cache)).toThrow(RuleError);
  });

  it("gives the rules the YAML gives", () => {
    const first = loadRules(), again = loadRules();
    expect(again.map((r) => [r.id, r.pattern, r.compiled.source, r.confidence, r.priority, r.modality, r.set, r.examples])).toEqual(first.map((r) => [r.id, r.pattern, r.compiled.source, r.confidence, r.priority, r.modality, r.set, r.examples]));
  });
});
