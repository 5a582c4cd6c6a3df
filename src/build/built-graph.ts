// The graph a build makes, held as plain arrays: what the writers, the layout and the contract
// check read, without a graphology multigraph. graphology keeps, per node, dictionaries of its
// neighbours and, per edge, a linked record in those dictionaries; a build only ever appends nodes
// and edges and then reads them in order, so its graph is a list of nodes (with a map from key to
// attributes), a list of edges and the graph's own attributes. `toGraph` makes the graphology
// graph (the same attribute objects, in the same order) for the library's callers.
import Graph from "graphology";

export type Attributes = Record<string, unknown>;

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
  nodeEntries(): IterableIterator<{ node: string; attributes: Attributes }>;
  edgeEntries(): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }>;
}

/** A directed multigraph without self-loops that only grows: graphology's checks, none of its indexes. */
export class BuiltGraph implements ReadableGraph {
  readonly type = "directed";
  readonly multi = true;
  readonly allowSelfLoops = false;
  private attributes: Attributes = {};
  private readonly nodeKeys: string[] = [];
  private readonly nodeAttributes = new Map<string, Attributes>();
  private readonly edgeKeys: string[] = [];
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private readonly edgeAttributes: Attributes[] = [];
  /** Edge keys while the graph is built (graphology refuses a key twice); `seal` lets them go. */
  private seen: Set<string> | undefined = new Set();

  get order(): number { return this.nodeKeys.length; }
  get size(): number { return this.edgeKeys.length; }

  addNode(key: string, attributes: Attributes): void {
    if (this.nodeAttributes.has(key)) throw new Error(`BuiltGraph.addNode: the node "${key}" already exists`);
    this.nodeKeys.push(key);
    this.nodeAttributes.set(key, attributes);
  }

  addEdge(key: string, source: string, target: string, attributes: Attributes): void {
    if (!this.seen) throw new Error("BuiltGraph.addEdge: the graph is sealed");
    if (this.seen.has(key)) throw new Error(`BuiltGraph.addEdge: the edge "${key}" already exists`);
    if (!this.nodeAttributes.has(source)) throw new Error(`BuiltGraph.addEdge: source node "${source}" not found`);
    if (!this.nodeAttributes.has(target)) throw new Error(`BuiltGraph.addEdge: target node "${target}" not found`);
    if (source === target) throw new Error(`BuiltGraph.addEdge: the edge "${key}" is a self-loop`);
    this.seen.add(key);
    this.edgeKeys.push(key);
    this.sources.push(source);
    this.targets.push(target);
    this.edgeAttributes.push(attributes);
  }

  /** No more edges: the set of their keys is let go. */
  seal(): this { this.seen = undefined; return this; }

  getAttributes(): Attributes { return this.attributes; }
  getAttribute(name: string): unknown { return this.attributes[name]; }
  mergeAttributes(attributes: Attributes): void { Object.assign(this.attributes, attributes); }
  hasNode(key: string): boolean { return this.nodeAttributes.has(key); }
  getNodeAttributes(key: string): Attributes {
    const a = this.nodeAttributes.get(key);
    if (!a) throw new Error(`BuiltGraph.getNodeAttributes: the node "${key}" is not in the graph`);
    return a;
  }
  getNodeAttribute(key: string, name: string): unknown { return this.getNodeAttributes(key)[name]; }

  *nodeEntries(): IterableIterator<{ node: string; attributes: Attributes }> {
    for (const node of this.nodeKeys) yield { node, attributes: this.nodeAttributes.get(node)! };
  }
  *edgeEntries(): IterableIterator<{ edge: string; attributes: Attributes; source: string; target: string; undirected: boolean }> {
    for (let i = 0; i < this.edgeKeys.length; i++)
      yield { edge: this.edgeKeys[i]!, attributes: this.edgeAttributes[i]!, source: this.sources[i]!, target: this.targets[i]!, undirected: false };
  }

  /** The graphology graph with the same nodes, edges and attribute objects, in the same order. */
  toGraph(): Graph {
    const graph = new Graph({ type: this.type, multi: this.multi, allowSelfLoops: this.allowSelfLoops });
    graph.replaceAttributes(this.attributes);
    for (const node of this.nodeKeys) graph.addNode(node, this.nodeAttributes.get(node));
    for (let i = 0; i < this.edgeKeys.length; i++) graph.addDirectedEdgeWithKey(this.edgeKeys[i], this.sources[i], this.targets[i], this.edgeAttributes[i]);
    return graph;
  }
}
