// The splitter that lets the graph reader stream: whatever the chunks, the same members and items,
// and malformed JSON is still found.
import { describe, expect, it } from "vitest";
import { JsonObjectSplitter, SplitError } from "../../src/graphfile/split.ts";

const enc = new TextEncoder();
function split(chunks: Uint8Array[]) {
  const got: unknown[] = [];
  const s = new JsonObjectSplitter(new Set(["nodes", "edges"]), {
    member: (key, value) => got.push(["member", key, value]),
    item: (list, value) => got.push([list, value]),
    list: (key) => got.push(["list", key]),
  });
  for (const c of chunks) s.write(c);
  s.end();
  return got;
}

const DOC = `\ufeff { "options" : {"a":[1,2,{"b":"]},"}]} , "nodes":[ {"key":"x\\"]\\\\","attributes":{"t":"{[,\\u00e9]}"}} , "é😀", 3, null, [[]] ] ,
 "edges":[], "attributes": {"k": "v\\\\"}, "extra": "\\\\\\"" }  \n`;

describe("JsonObjectSplitter", () => {
  const whole = split([enc.encode(DOC)]);

  it("hands on members and items as JSON.parse reads them", () => {
    const data = JSON.parse(DOC.replace(/^\ufeff/, ""));
    expect(whole).toEqual([
      ["member", "options", data.options], ["list", "nodes"], ...data.nodes.map((n: unknown) => ["nodes", n]), ["list", "edges"],
      ["member", "attributes", data.attributes], ["member", "extra", data.extra],
    ]);
  });

  it("gives the same at every place the input can be cut in two, and byte by byte", () => {
    const bytes = enc.encode(DOC);
    for (let cut = 0; cut <= bytes.length; cut++) expect(split([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(whole);
    expect(split([...bytes].map((b) => Uint8Array.of(b)))).toEqual(whole);
  });

  const bad: [string, string, RegExp][] = [
    ["a root that is not an object", "[]", /not a JSON object/],
    ["a cut-short file", '{"nodes":[{"key":"a"}', /ends before the JSON does/],
    ["a trailing comma in a list", '{"nodes":[1,]}', /JSON|Unexpected/],
    ["a trailing comma in the object", '{"nodes":[],}', /expected a key after a comma/],
    ["two values in one item", '{"nodes":[1 2]}', /in "nodes"/],
    ["text after the object", '{"nodes":[]} x', /more text after/],
    ["a missing colon", '{"nodes" []}', /expected ":"/],
    ["bytes that are not UTF-8", '{"nodes":["\u00e9"]}'.replace("é", "\udc00"), /./],
  ];
  it.for(bad)("finds %s", ([, text, message]) => {
    const bytes = text.includes("\udc00") ? Uint8Array.from([...enc.encode('{"nodes":["'), 0xe9, ...enc.encode('"]}')]) : enc.encode(text);
    expect(() => split([bytes])).toThrow(message);
    let thrown: unknown;
    try { split([bytes]); } catch (err) { thrown = err; }
    expect(thrown instanceof SplitError || thrown instanceof TypeError).toBe(true);
  });
});
