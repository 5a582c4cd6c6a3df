// The graph a build makes, held as plain arrays: what the writers, the layout and the contract
// check read, without a graphology multigraph. graphology keeps, per node, dictionaries of its
// neighbours and, per edge, a linked record in those dictionaries; a build only ever appends nodes
// and edges and then reads them in order, so its graph is a list of nodes (with a map from key to
// number), a list of edges (their ends as node numbers) and the graph's own attributes. `toGraph` makes the graphology
// graph (the same attribute objects, in the same order) for the library's callers.
import Graph from "graphology";

export type Attributes = Record<string, unknown>;
/** The key of an edge added without one, made from its ends and attributes each time it is read. */
export type EdgeKeyOf = (source: string, target: string, attributes: Attributes) => string;

/** What the writers, the layout and the contract check read of a graph; graphology's Graph has it too. */
export interface ReadableGraph {
  readonly type: string;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  readonly order: number;
  readonly size: number;
  getAttributes(): Attributes;
  getAttribute(name: string): unknown;
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): Attributes;
  getNodeAttribute(key: string, name: string): unknown;
  /** A node's attributes or undefined, in one lookup (graphology's Graph does without it). */
  findNodeAttributes?(key: string): Attributes | undefined;
  nodeEntries(): IterableIterator<{ node: string; attributes: Attributes }>;
  edgeEntries(): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }>;
  /** edgeEntries of the edges whose type `keep` takes, without making the others' keys and attributes. */
  edgeEntriesOfType?(keep: (type: unknown) => boolean): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }>;
}

/** A directed multigraph without self-loops that only grows: graphology's checks, none of its indexes. */
export class BuiltGraph implements ReadableGraph {
  readonly type = "directed";
  readonly multi = true;
  readonly allowSelfLoops = false;
  private attributes: Attributes = {};
  private readonly nodeKeys: string[] = [];
  private readonly nodeAttributes: Attributes[] = [];
  private readonly nodeIndex = new Map<string, number>();
  /**
   * The keys of the few edges whose key is not `keyOf`'s, by edge number; the others' (every edge
   * added by addKeylessEdge, most relations) are made when they are read.
   */
  private readonly edgeKeys = new Map<number, string>();
  private edgeCount = 0;
  /** Each edge's ends as node numbers: no string per end (a mention's sentence key is made anew for each mention). */
  private sources = new Int32Array(1024);
  private targets = new Int32Array(1024);
  /** An edge's attributes, or for a mention added by addMention its number in the mention columns below. */
  private readonly edgeAttributes: (Attributes | number)[] = [];
  /**
   * Mentions (MENTIONED_IN edges, most of a build's edges) as columns rather than an attributes
   * object each: about 24 bytes a mention instead of 64. Their attributes objects are made when
   * they are read, the same keys in the same order.
   */
  private mentionStarts = new Int32Array(1024);
  private mentionEnds = new Int32Array(1024);
  private readonly mentionSurfaces: string[] = [];
  /** Edge keys while the graph is built (graphology refuses a key twice); `seal` lets them go. */
  private seen: Set<string> | undefined = new Set();

  /** `keyOf` makes the keys of the edges added by addKeylessEdge. */
  constructor(private readonly keyOf?: EdgeKeyOf) {}

  get order(): number { return this.nodeKeys.length; }
  get size(): number { return this.edgeCount; }

  addNode(key: string, attributes: Attributes): void {
    if (this.nodeIndex.has(key)) throw new Error(`BuiltGraph.addNode: the node "${key}" already exists`);
    this.nodeIndex.set(key, this.nodeKeys.length);
    this.nodeKeys.push(key);
    this.nodeAttributes.push(attributes);
  }

  addEdge(key: string, source: string, target: string, attributes: Attributes): void {
    if (!this.seen) throw new Error("BuiltGraph.addEdge: the graph is sealed");
    if (this.seen.has(key)) throw new Error(`BuiltGraph.addEdge: the edge "${key}" already exists`);
    const s = this.nodeIndex.get(source), t = this.nodeIndex.get(target);
    if (s === undefined) throw new Error(`BuiltGraph.addEdge: source node "${source}" not found`);
    if (t === undefined) throw new Error(`BuiltGraph.addEdge: target node "${target}" not found`);
    if (s === t) throw new Error(`BuiltGraph.addEdge: the edge "${key}" is a self-loop`);
    this.seen.add(key);
    // a key `keyOf` makes again when it is read is not held (a relation's, some 70 characters)
    if (this.keyOf?.(source, target, attributes) !== key) this.edgeKeys.set(this.edgeCount, key);
    this.pushEdge(s, t, attributes);
  }

  private pushEdge(s: number, t: number, attributes: Attributes | number): void {
    const i = this.edgeCount++;
    if (i === this.sources.length) {
      this.sources = grow(this.sources);
      this.targets = grow(this.targets);
    }
    this.sources[i] = s;
    this.targets[i] = t;
    this.edgeAttributes.push(attributes);
  }

  /**
   * An edge whose key is `keyOf(source, target, attributes)`, never held: a build's mentions are
   * most of its edges, and their keys (each a string of some 60 characters) most of its strings.
   * Such keys are unique by construction (the caller's word), so none is checked against the others.
   */
  addKeylessEdge(source: string, target: string, attributes: Attributes): void {
    if (!this.seen || !this.keyOf) throw new Error("BuiltGraph.addKeylessEdge: the graph is sealed or has no keyOf");
    const s = this.nodeIndex.get(source), t = this.nodeIndex.get(target);
    if (s === undefined) throw new Error(`BuiltGraph.addEdge: source node "${source}" not found`);
    if (t === undefined) throw new Error(`BuiltGraph.addEdge: target node "${target}" not found`);
    this.addKeylessAt(s, t, attributes);
  }

  /** addKeylessEdge between nodes given by number (nodeNumber), without looking their keys up. */
  private addKeylessAt(s: number, t: number, attributes: Attributes): void {
    if (!this.seen || !this.keyOf) throw new Error("BuiltGraph.addKeylessEdge: the graph is sealed or has no keyOf");
    if (s === t) throw new Error(`BuiltGraph.addEdge: the edge "${this.keyOf(this.nodeKeys[s]!, this.nodeKeys[t]!, attributes)}" is a self-loop`);
    this.pushEdge(s, t, attributes);
  }

  /**
   * A MENTIONED_IN edge with attributes `{ type: "MENTIONED_IN", start, end, surface }`, its key
   * `keyOf`'s as for addKeylessEdge (offsets that are not 32-bit whole numbers keep their object).
   */
  addMention(source: string, target: string, start: number, end: number, surface: string): void {
    if (!this.seen || !this.keyOf) throw new Error("BuiltGraph.addKeylessEdge: the graph is sealed or has no keyOf");
    const s = this.nodeIndex.get(source), t = this.nodeIndex.get(target);
    if (s === undefined) throw new Error(`BuiltGraph.addEdge: source node "${source}" not found`);
    if (t === undefined) throw new Error(`BuiltGraph.addEdge: target node "${target}" not found`);
    this.addMentionAt(s, t, start, end, surface);
  }

  /**
   * addMention between nodes given by number (nodeNumber): assembly knows each sentence's number,
   * so no sentence key is made and hashed per mention.
   */
  addMentionAt(s: number, t: number, start: number, end: number, surface: string): void {
    if ((start | 0) !== start || (end | 0) !== end) { this.addKeylessAt(s, t, { type: "MENTIONED_IN", start, end, surface }); return; }
    const m = this.mentionSurfaces.length;
    if (m === this.mentionStarts.length) {
      this.mentionStarts = grow(this.mentionStarts);
      this.mentionEnds = grow(this.mentionEnds);
    }
    const at = this.edgeAttributes.length;
    this.addKeylessAt(s, t, { type: "MENTIONED_IN", start, end, surface });
    this.mentionStarts[m] = start;
    this.mentionEnds[m] = end;
    this.mentionSurfaces.push(surface);
    this.edgeAttributes[at] = m;
  }

  private attributesOfEdge(i: number): Attributes {
    const a = this.edgeAttributes[i]!;
    if (typeof a !== "number") return a;
    return { type: "MENTIONED_IN", start: this.mentionStarts[a], end: this.mentionEnds[a], surface: this.mentionSurfaces[a] };
  }

  private edgeKey(i: number, attributes = this.attributesOfEdge(i)): string {
    return this.edgeKeys.get(i) ?? this.keyOf!(this.nodeKeys[this.sources[i]!]!, this.nodeKeys[this.targets[i]!]!, attributes);
  }

  /** No more edges: the set of their keys is let go. */
  seal(): this { this.seen = undefined; return this; }

  getAttributes(): Attributes { return this.attributes; }
  getAttribute(name: string): unknown { return this.attributes[name]; }
  mergeAttributes(attributes: Attributes): void { Object.assign(this.attributes, attributes); }
  hasNode(key: string): boolean { return this.nodeIndex.has(key); }
  /** A node's number: the order it was added in (for addMentionAt). */
  nodeNumber(key: string): number | undefined { return this.nodeIndex.get(key); }
  getNodeAttributes(key: string): Attributes {
    const n = this.nodeIndex.get(key);
    if (n === undefined) throw new Error(`BuiltGraph.getNodeAttributes: the node "${key}" is not in the graph`);
    return this.nodeAttributes[n]!;
  }
  getNodeAttribute(key: string, name: string): unknown { return this.getNodeAttributes(key)[name]; }
  /** The graph's own copy of a node's key (for holders of equal strings to share it), or undefined. */
  heldKey(key: string): string | undefined {
    const n = this.nodeIndex.get(key);
    return n === undefined ? undefined : this.nodeKeys[n];
  }
  /** A node's attributes, or undefined when there is no such node: one lookup where hasNode and getNodeAttributes take two. */
  findNodeAttributes(key: string): Attributes | undefined {
    const n = this.nodeIndex.get(key);
    return n === undefined ? undefined : this.nodeAttributes[n];
  }

  *nodeEntries(): IterableIterator<{ node: string; attributes: Attributes }> {
    for (let i = 0; i < this.nodeKeys.length; i++) yield { node: this.nodeKeys[i]!, attributes: this.nodeAttributes[i]! };
  }
  *edgeEntries(): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }> {
    for (let i = 0; i < this.edgeCount; i++) {
      const attributes = this.attributesOfEdge(i);
      yield { edge: this.edgeKey(i, attributes), attributes, source: this.nodeKeys[this.sources[i]!]!, target: this.nodeKeys[this.targets[i]!]!, undirected: false };
    }
  }

  *edgeEntriesOfType(keep: (type: unknown) => boolean): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }> {
    const mentions = keep("MENTIONED_IN");
    for (let i = 0; i < this.edgeCount; i++) {
      const held = this.edgeAttributes[i]!;
      if (typeof held === "number" ? !mentions : !keep(held.type)) continue;
      const attributes = this.attributesOfEdge(i);
      yield { edge: this.edgeKey(i, attributes), attributes, source: this.nodeKeys[this.sources[i]!]!, target: this.nodeKeys[this.targets[i]!]!, undirected: false };
    }
  }

  /** Each edge's type, in order, without its key or attributes being made (counts by type). */
  *edgeTypes(): IterableIterator<unknown> {
    for (const held of this.edgeAttributes) yield typeof held === "number" ? "MENTIONED_IN" : held.type;
  }

  /** The graphology graph with the same nodes, edges and attribute objects, in the same order. */
  toGraph(): Graph {
    const graph = new Graph({ type: this.type, multi: this.multi, allowSelfLoops: this.allowSelfLoops });
    graph.replaceAttributes(this.attributes);
    for (let i = 0; i < this.nodeKeys.length; i++) graph.addNode(this.nodeKeys[i], this.nodeAttributes[i]);
    for (let i = 0; i < this.edgeCount; i++) {
      const attributes = this.attributesOfEdge(i);
      graph.addDirectedEdgeWithKey(this.edgeKey(i, attributes), this.nodeKeys[this.sources[i]!], this.nodeKeys[this.targets[i]!], attributes);
    }
    return graph;
  }
}

/** A column twice as long, the same numbers first. */
const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
