// zod schemas compiled to plain predicates, for checking a big graph one record at a time: the
// contract stays defined by its zod schemas (src/schema.ts), and a build asks zod only about the
// records the predicate does not accept, for zod's message. A predicate says true only when zod
// would surely accept the value: any construct or check it does not know makes it say false.
import type { z } from "zod";

export type Accepts = (value: unknown) => boolean;

const never: Accepts = () => false;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [k: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The predicate for a zod schema (objects, strings, numbers, booleans, literals, enums, arrays, optionals, discriminated unions). */
export function compile(schema: z.ZodType): Accepts {
  return compileDef(defOf(schema));
}

function compileDef(def: Def): Accepts {
  switch (def.type) {
    case "string": return withChecks(def, (v) => typeof v === "string");
    case "number": return withChecks(def, (v) => typeof v === "number" && Number.isFinite(v));
    case "boolean": return noChecks(def, (v) => typeof v === "boolean");
    case "literal": {
      const values = def.values as unknown[];
      return noChecks(def, (v) => values.includes(v));
    }
    case "enum": {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return noChecks(def, (v) => values.has(v));
    }
    case "optional": {
      const inner = compileDef(defOf(def.innerType));
      return noChecks(def, (v) => v === undefined || inner(v));
    }
    case "array": {
      const element = compileDef(defOf(def.element));
      return withChecks(def, (v) => {
        if (!Array.isArray(v)) return false;
        for (const x of v) if (!element(x)) return false;
        return true;
      });
    }
    case "object": return noChecks(def, compileObject(def));
    case "union": return noChecks(def, compileDiscriminated(def));
    default: return never;
  }
}

const noChecks = (def: Def, f: Accepts): Accepts => (def.checks?.length ? never : f);

/** Unknown keys pass (zod strips them, or a loose object keeps them); a catchall other than unknown is not compiled. */
function compileObject(def: Def): Accepts {
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  if (catchall !== undefined && catchall !== "unknown") return never;
  const fields = Object.entries(def.shape as Record<string, unknown>).map(([key, s]) => [key, compileDef(defOf(s))] as const);
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    for (const [key, accepts] of fields) if (!accepts(o[key])) return false;
    return true;
  };
}

/** A discriminated union whose options name their discriminator by literals: the option is found by it, then checked. */
function compileDiscriminated(def: Def): Accepts {
  const key = def.discriminator;
  if (typeof key !== "string") return never;
  const byValue = new Map<unknown, Accepts>();
  for (const option of def.options as unknown[]) {
    const o = defOf(option);
    if (o.type !== "object") return never;
    const d = defOf((o.shape as Record<string, unknown>)[key]);
    const values = d.type === "literal" ? (d.values as unknown[]) : d.type === "enum" ? Object.values(d.entries as Record<string, unknown>) : undefined;
    if (!values || d.checks?.length) return never;
    const accepts = compileObject(o);
    for (const value of values) byValue.set(value, byValue.has(value) ? never : accepts);
  }
  return (v) => {
    if (typeof v !== "object" || v === null) return false;
    const accepts = byValue.get((v as Record<string, unknown>)[key]);
    return accepts !== undefined && accepts(v);
  };
}

/** The checks zod's strings, numbers and arrays carry in this contract; any other makes the predicate refuse. */
function withChecks(def: Def, base: Accepts): Accepts {
  const tests: Accepts[] = [base];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    switch (c.check) {
      case "min_length": { const n = c.minimum as number; tests.push((v) => (v as { length: number }).length >= n); break; }
      case "max_length": { const n = c.maximum as number; tests.push((v) => (v as { length: number }).length <= n); break; }
      case "greater_than": { const n = c.value as number; tests.push(c.inclusive ? (v) => (v as number) >= n : (v) => (v as number) > n); break; }
      case "less_than": { const n = c.value as number; tests.push(c.inclusive ? (v) => (v as number) <= n : (v) => (v as number) < n); break; }
      case "number_format":
        if (c.format !== "safeint") return never;
        tests.push((v) => Number.isSafeInteger(v));
        break;
      case "string_format": {
        if (c.format !== "regex" || !(c.pattern instanceof RegExp)) return never;
        const pattern = c.pattern;
        tests.push((v) => { pattern.lastIndex = 0; return pattern.test(v as string); });
        break;
      }
      default: return never;
    }
  }
  return (v) => {
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}
