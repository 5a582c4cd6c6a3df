// What a long-lived process (build --watch) keeps of one build's tail for the next: each article's
// part of the graph (its Article and Sentence nodes and IN_ARTICLE edges, a function of the
// article alone), the JSON text those parts were written as, and which of them the contract check
// has passed. Keyed by the objects themselves (the kept maps' documents, the parts' attribute
// objects), so what a build no longer uses is collected with it. Only the nodes' x and y change
// from build to build (the layout's spread grows with the graph); they are written anew each time.
import type { Attributes } from "./built-graph.ts";

export interface DocumentPart {
  article: { key: string; attributes: Attributes };
  sentences: { key: string; attributes: Attributes; edge: Attributes }[];
}

export interface TailMemo {
  /** Each document's part of the graph, by the document object (ArticleMap.document). */
  parts: WeakMap<object, DocumentPart>;
  /**
   * The JSON text of a part's node without its x and y (its record up to them) or of a part's edge
   * (the whole record), by its attributes object: valid while the object changes in x and y alone.
   */
  json: WeakMap<Attributes, string>;
  /** Attributes objects of parts that passed the contract check (x and y aside). */
  checked: WeakSet<Attributes>;
}

export const newTailMemo = (): TailMemo => ({ parts: new WeakMap(), json: new WeakMap(), checked: new WeakSet() });
