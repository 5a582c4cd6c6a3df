// The corrections file's JSON Schema (for editors) is generated from its zod schema and kept current.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { correctionsJSONSchema } from "../../src/review/corrections-file.ts";

const FILE = new URL("../../schema/corrections.schema.json", import.meta.url);

describe("schema/corrections.schema.json", () => {
  it("is what z.toJSONSchema makes of the zod schema (regenerate: npm run schema)", () => {
    expect(JSON.parse(readFileSync(FILE, "utf8"))).toEqual(correctionsJSONSchema());
  });
  it("names every action a correction can take", () => {
    const text = readFileSync(FILE, "utf8");
    for (const action of ["merge", "split", "retype", "relabel", "reject", "confirm", "add"]) expect(text).toContain(`"const": "${action}"`);
  });
});
