// Splits a JSON object arriving in chunks of UTF-8 into its top-level members, and the members
// that are lists (graph.json's "nodes" and "edges") into their items, each parsed on its own by
// JSON.parse. Only the object's own punctuation is read here; every other
// byte passes through JSON.parse, so malformed JSON is still found.
//
// Why not a streaming JSON library: @streamparser/json and stream-json build every value token by
// token in JavaScript, about 10 MB/s; graph.json files of several hundred megabytes then take a
// minute to open. Cutting the text into items and parsing each natively runs at hundreds of MB/s.

export interface SplitHandlers {
  /** A top-level member that is not split: its key and its parsed value. */
  member(key: string, value: unknown): void;
  /** One item of a split list, parsed. */
  item(list: string, value: unknown): void;
  /** A split list was seen (perhaps empty). */
  list(key: string): void;
}

export class SplitError extends Error {}
export const NOT_AN_OBJECT = "it is not a JSON object";

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d, OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d;
const BOM = [0xef, 0xbb, 0xbf];
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

type State =
  | "start" | "first-key" | "key-next" | "key" | "colon" | "value-start" | "value" | "after-value"
  | "first-item" | "item-next" | "item" | "after-item" | "done";

export class JsonObjectSplitter {
  private state: State = "start";
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  /** Bytes of the key, member value or item being read, from earlier chunks. */
  private parts: Uint8Array[] = [];
  private key = "";
  /** Nesting inside the value being read. */
  private depth = 0;
  /** Inside a string of the value being read. */
  private inString = false;
  /** The next byte is escaped by a backslash that ended the last chunk. */
  private escaped = false;
  /** Bytes of a byte-order mark read so far. */
  private bom = 0;

  /** `lists`: the keys whose list values are split into items. */
  constructor(private readonly lists: ReadonlySet<string>, private readonly on: SplitHandlers) {}

  write(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    let from = -1; // where the text being captured starts in this chunk
    const take = (end: number): string => {
      const piece = chunk.subarray(from < 0 ? 0 : from, end);
      from = -1;
      const bytes = this.parts.length === 0 ? piece : concat([...this.parts, piece]);
      this.parts = [];
      return this.decoder.decode(bytes);
    };
    while (i < n) {
      const b = chunk[i]!;
      if (isSpace(b) && this.state !== "key" && this.state !== "value" && this.state !== "item") { i++; continue; }
      switch (this.state) {
        case "start":
          // a byte-order mark, perhaps cut across chunks
          if (this.bom < 3 && b === BOM[this.bom]) { this.bom++; i++; break; }
          if (b !== OPEN_BRACE) throw new SplitError(NOT_AN_OBJECT);
          this.state = "first-key"; i++;
          break;
        case "first-key":
        case "key-next":
          if (b === CLOSE_BRACE && this.state === "first-key") { this.state = "done"; i++; break; }
          if (b !== QUOTE) throw new SplitError(this.state === "first-key" ? "expected a key" : "expected a key after a comma");
          from = i; this.state = "key"; i++;
          break;
        case "key": {
          const end = this.stringEnd(chunk, i);
          if (end < 0) { i = n; break; }
          i = end + 1;
          const key = parseJSON(take(i));
          this.key = typeof key === "string" ? key : "";
          this.state = "colon";
          break;
        }
        case "colon":
          if (b !== COLON) throw new SplitError(`expected ":" after the key "${this.key}"`);
          this.state = "value-start"; i++;
          break;
        case "value-start":
          if (b === OPEN_BRACKET && this.lists.has(this.key)) { this.on.list(this.key); this.state = "first-item"; i++; break; }
          from = i; this.state = "value"; this.depth = 0;
          break;
        case "first-item":
        case "item-next":
          if (b === CLOSE_BRACKET && this.state === "first-item") { this.state = "after-value"; i++; break; }
          from = i; this.state = "item"; this.depth = 0;
          break;
        case "value":
        case "item": {
          const end = this.valueEnd(chunk, i);
          if (end < 0) { i = n; break; }
          const text = take(end);
          if (this.state === "value") { this.on.member(this.key, parseJSON(text, this.key)); this.state = "after-value"; }
          else { this.on.item(this.key, parseJSON(text, this.key)); this.state = "after-item"; }
          i = end;
          break;
        }
        case "after-value":
          if (b === COMMA) { this.state = "key-next"; i++; break; }
          if (b === CLOSE_BRACE) { this.state = "done"; i++; break; }
          throw new SplitError(`unexpected text after the value of "${this.key}"`);
        case "after-item":
          if (b === COMMA) { this.state = "item-next"; i++; break; }
          if (b === CLOSE_BRACKET) { this.state = "after-value"; i++; break; }
          throw new SplitError(`unexpected text in the list "${this.key}"`);
        case "done":
          throw new SplitError("there is more text after the graph ends");
      }
    }
    // The unfinished key, value or item waits for the next chunk: a copy, as the caller may reuse its buffer.
    if (this.state === "key" || this.state === "value" || this.state === "item") this.parts.push(chunk.slice(from < 0 ? 0 : from));
  }

  /** At the end of the input. */
  end(): void {
    if (this.state !== "done") throw new SplitError("it ends before the JSON does (is the file cut short?)");
  }

  /** Index of the quote that closes the string being read from `at`, or -1 if it is not in this chunk. */
  private stringEnd(chunk: Uint8Array, at: number): number {
    if (this.escaped) { this.escaped = false; at++; }
    for (;;) {
      const q = chunk.indexOf(QUOTE, at);
      if (q < 0) {
        this.escaped = backslashesBefore(chunk, chunk.length, at) % 2 === 1;
        return -1;
      }
      if (backslashesBefore(chunk, q, at) % 2 === 0) return q;
      at = q + 1;
    }
  }

  /**
   * Index of the comma, bracket or brace that ends the value being read at its own level, or -1
   * if it does not end in this chunk.
   */
  private valueEnd(chunk: Uint8Array, i: number): number {
    let at = i;
    while (at < chunk.length) {
      if (this.inString) {
        const q = this.stringEnd(chunk, at);
        if (q < 0) return -1;
        this.inString = false;
        at = q + 1;
        continue;
      }
      const b = chunk[at]!;
      if (b === QUOTE) this.inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (this.depth === 0) return at;
        this.depth--;
      } else if (b === COMMA && this.depth === 0) return at;
      at++;
    }
    return -1;
  }
}

/** How many backslashes come just before `end`, not looking before `from`. */
function backslashesBefore(chunk: Uint8Array, end: number, from: number): number {
  let k = end - 1;
  while (k >= from && chunk[k] === BACKSLASH) k--;
  return end - 1 - k;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function parseJSON(text: string, where?: string): unknown {
  try { return JSON.parse(text); }
  catch (err) { throw new SplitError(`${where ? `in "${where}": ` : ""}${(err as Error).message}`); }
}
