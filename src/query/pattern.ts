// Path patterns: `Person[role=judge] -PRESIDED_OVER-> Trial -RESULTED_IN-> Verdict[outcome=mistrial]`.
//
//   pattern := node (edge node)*
//   node    := Type | "*"                        followed by an optional [test, test, ...]
//   test    := name ("=" | "!=" | "~") value     value bare or in "double" / 'single' quotes
//   edge    := -R->  |  <-R-  |  -R-             R is RELATION, A|B, or *; "→" and "←" work as "->", "<-"
//              ->   |  <-    |  --              any relation edge, in that direction
//
// Type and relation names are case-insensitive. A named query ("judge→trial→verdict") expands to
// its pattern. Every problem is a QueryError that says what is valid.
import { QueryError } from "../errors.ts";
import {
  EDGE_TYPES, NODE_TYPES, OUTCOMES, PLEAS, RELATION_ENDS, RELATION_TYPES, TRIAL_KINDS, TRIAL_STATUSES,
  type EdgeType, type NodeType, type RelationType,
} from "../schema.ts";
import { NAMED_QUERIES, namedQuery } from "./named.ts";
import { closest } from "./text.ts";
import type { AttributeTest, EdgeStep, NodeStep, Pattern } from "./types.ts";

const NODE_TYPE_BY_LOWER = new Map<string, NodeType>(NODE_TYPES.map((t) => [t.toLowerCase(), t]));
const EDGE_TYPE_BY_LOWER = new Map<string, EdgeType>(EDGE_TYPES.map((t) => [t.toLowerCase(), t]));
/** Attribute values that must come from a closed list, per node type. */
const CLOSED_VALUES: Record<string, Record<string, readonly string[]>> = {
  Verdict: { outcome: OUTCOMES },
  Trial: { status: TRIAL_STATUSES, kind: TRIAL_KINDS },
  Plea: { plea: PLEAS },
};

export function parsePattern(text: string): Pattern {
  if (typeof text !== "string" || text.trim() === "")
    throw new QueryError(`casegraph/query: the pattern is empty; write e.g. "Person -PRESIDED_OVER-> Trial" or a named query (${Object.keys(NAMED_QUERIES).slice(0, 3).join(", ")}, ...)`);
  const named = namedQuery(text);
  if (named) return { ...new Parser(named.pattern).parse(), text: named.pattern };
  return new Parser(text).parse();
}

class Parser {
  private readonly src: string;
  private pos = 0;
  constructor(private readonly original: string) {
    this.src = original;
  }

  parse(): Pattern {
    const nodes: NodeStep[] = [this.node()];
    const edges: EdgeStep[] = [];
    for (this.space(); this.pos < this.src.length; this.space()) {
      edges.push(this.edge());
      this.space();
      nodes.push(this.node());
    }
    const pattern = { text: this.original.trim(), nodes, edges };
    checkEnds(pattern);
    return pattern;
  }

  private fail(message: string, at = this.pos): never {
    throw new QueryError(`casegraph/query: in "${this.original.trim()}" at column ${at + 1}: ${message}`);
  }
  private space() {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }
  private peek(s: string) {
    return this.src.startsWith(s, this.pos);
  }
  private word(): string {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos));
    if (!m) return "";
    this.pos += m[0].length;
    return m[0];
  }

  private node(): NodeStep {
    this.space();
    const at = this.pos;
    let type: NodeType | "*";
    if (this.peek("*")) { this.pos++; type = "*"; }
    else {
      const word = this.word();
      if (!word) this.fail(this.pos >= this.src.length ? "the pattern ends where a node type should be" : `expected a node type, found "${this.src[this.pos]}"`);
      const found = NODE_TYPE_BY_LOWER.get(word.toLowerCase());
      if (!found) {
        const hint = closest(word, NODE_TYPES);
        const named = namedQuery(this.original) ? "" : `; named queries: ${Object.keys(NAMED_QUERIES).join(", ")}`;
        this.fail(`unknown node type "${word}"${hint ? ` (did you mean ${hint}?)` : ""}; valid types: ${NODE_TYPES.join(", ")}, or * for any${named}`, at);
      }
      type = found;
    }
    const tests = this.peek("[") ? this.tests(type) : [];
    return { type, tests };
  }

  private tests(type: NodeType | "*"): AttributeTest[] {
    this.pos++; // [
    const tests: AttributeTest[] = [];
    for (;;) {
      this.space();
      const at = this.pos;
      const name = this.word();
      if (!name) this.fail("expected an attribute name such as outcome or role");
      this.space();
      const op = this.peek("!=") ? "!=" : this.peek("=") ? "=" : this.peek("~") ? "~" : undefined;
      if (!op) this.fail(`expected =, != or ~ after "${name}"`);
      this.pos += op.length;
      this.space();
      const value = this.value();
      checkTest(type, { name, op, value }, (m) => this.fail(m, at));
      tests.push({ name, op, value });
      this.space();
      if (this.peek(",")) { this.pos++; continue; }
      if (this.peek("]")) { this.pos++; return tests; }
      this.fail(this.pos >= this.src.length ? "missing ] after the attribute tests" : `expected , or ] in the attribute tests`);
    }
  }

  private value(): string {
    const quote = this.src[this.pos];
    if (quote === '"' || quote === "'") {
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail(`unclosed ${quote}`);
      const value = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
      return value;
    }
    const m = /^[^,\]]*/.exec(this.src.slice(this.pos))!;
    this.pos += m[0].length;
    const value = m[0].trim();
    if (!value) this.fail("expected a value");
    return value;
  }

  /** Length of an arrow at the cursor: "->" or "→" pointing out, "<-" or "←" pointing in. */
  private arrow(way: "out" | "in"): number {
    if (this.peek(way === "out" ? "->" : "<-")) return 2;
    return this.peek(way === "out" ? "→" : "←") ? 1 : 0;
  }

  private edge(): EdgeStep {
    const at = this.pos;
    let n: number;
    if ((n = this.arrow("out"))) { this.pos += n; return { types: "*", direction: "out" }; }
    if (this.peek("--")) { this.pos += 2; return { types: "*", direction: "both" }; }
    let incoming = false;
    if ((n = this.arrow("in"))) {
      this.pos += n;
      if (this.pos >= this.src.length || /\s/.test(this.src[this.pos]!)) return { types: "*", direction: "in" };
      incoming = true;
    } else if (this.peek("-")) this.pos++;
    else this.fail(`expected an edge such as -PRESIDED_OVER-> or <-RESULTED_IN-, found "${this.src[this.pos]}"`);

    const types = this.edgeTypes();
    if (incoming) {
      if (this.arrow("out")) this.fail("an edge cannot point both ways; write <-R- or -R->", at);
      if (!this.peek("-")) this.fail("expected - to close the edge");
      this.pos++;
      return { types, direction: "in" };
    }
    if ((n = this.arrow("out"))) { this.pos += n; return { types, direction: "out" }; }
    if (this.peek("-")) { this.pos++; return { types, direction: "both" }; }
    return this.fail("expected -> or - to close the edge");
  }

  private edgeTypes(): EdgeType[] | "*" {
    const bracket = this.peek("[");
    if (bracket) this.pos++;
    if (this.peek(":")) this.pos++;
    let types: EdgeType[] | "*";
    if (this.peek("*")) { this.pos++; types = "*"; }
    else {
      types = [];
      do {
        if (this.peek("|")) this.pos++;
        const at = this.pos;
        const word = this.word();
        if (!word) this.fail(`expected a relation type such as PRESIDED_OVER, or *`);
        const found = EDGE_TYPE_BY_LOWER.get(word.toLowerCase());
        if (!found) {
          const hint = closest(word, EDGE_TYPES);
          this.fail(`unknown relation "${word}"${hint ? ` (did you mean ${hint}?)` : ""}; valid relations: ${RELATION_TYPES.join(", ")}, provenance: MENTIONED_IN, IN_ARTICLE, or * for any relation`, at);
        }
        types.push(found);
      } while (this.peek("|"));
    }
    if (bracket) {
      if (!this.peek("]")) this.fail("missing ] after the relation");
      this.pos++;
    }
    return types;
  }
}

function checkTest(type: NodeType | "*", test: AttributeTest, fail: (message: string) => never) {
  if (test.name === "role" && type !== "Person" && type !== "*")
    fail(`[role=...] tests a Person's HOLDS_ROLE edges; ${type} nodes hold no roles`);
  const closed = type === "*" ? undefined : CLOSED_VALUES[type]?.[test.name];
  if (closed && test.op !== "~" && !closed.includes(test.value.toLowerCase()))
    fail(`${type} ${test.name} "${test.value}" is not one of ${closed.join(", ")}`);
}

/** Sources and targets each edge type can join, for the "can never match" check. */
function ends(type: EdgeType): readonly [readonly string[], readonly string[]] {
  if (type === "MENTIONED_IN") return [NODE_TYPES.filter((t) => t !== "Article" && t !== "Sentence"), ["Sentence"]];
  if (type === "IN_ARTICLE") return [["Sentence"], ["Article"]];
  return RELATION_ENDS[type as RelationType];
}

/** An edge step between two typed node steps that no edge of the contract could satisfy is a mistake. */
function checkEnds(pattern: Pattern) {
  pattern.edges.forEach((edge, i) => {
    const a = pattern.nodes[i]!.type, b = pattern.nodes[i + 1]!.type;
    if (edge.types === "*" || a === "*" || b === "*") return;
    const fits = (t: EdgeType) => {
      const [from, to] = ends(t);
      const out = from.includes(a) && to.includes(b), back = from.includes(b) && to.includes(a);
      return edge.direction === "out" ? out : edge.direction === "in" ? back : out || back;
    };
    if (edge.types.some(fits)) return;
    const described = edge.types.map((t) => `${t} goes ${ends(t)[0].join("/")} → ${ends(t)[1].join("/")}`).join("; ");
    const flipped: EdgeStep = { ...edge, direction: edge.direction === "out" ? "in" : "out" };
    const hint = edge.direction !== "both" && edge.types.some((t) => { const [f, to] = ends(t); return f.includes(flipped.direction === "out" ? a : b) && to.includes(flipped.direction === "out" ? b : a); })
      ? `; turn the edge round: ${a} ${arrow(flipped)} ${b}` : "";
    throw new QueryError(`casegraph/query: ${a} ${arrow(edge)} ${b} can never match: ${described}${hint}`);
  });
}

function arrow(edge: EdgeStep): string {
  const t = edge.types === "*" ? "*" : edge.types.join("|");
  return edge.direction === "out" ? `-${t}->` : edge.direction === "in" ? `<-${t}-` : `-${t}-`;
}

/** The pattern written back as text, in the parser's own syntax. */
export function formatPattern(pattern: Pattern): string {
  const node = (n: NodeStep) =>
    n.type + (n.tests.length ? `[${n.tests.map((t) => `${t.name}${t.op}${quote(t.value)}`).join(", ")}]` : "");
  return pattern.nodes.map((n, i) => (i === 0 ? "" : ` ${arrow(pattern.edges[i - 1]!)} `) + node(n)).join("");
}

function quote(value: string): string {
  if (!/[,\]'"]/.test(value) && value.trim() === value) return value;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}
