// The reader's pieces that need no browser: markdown marks it skips, dates it writes, and what the
// camera frames after a change of view.
import { describe, expect, it } from "vitest";
import { markupRanges, visibleText } from "../../web/panels/markup.ts";
import { formatDate } from "../../web/panels/article-panel.ts";
import { framingTarget } from "../../web/render/camera.ts";
import { frontMatter } from "../../src/ingest/front-matter.ts";
import { INITIAL_STATE, update, type ViewState } from "../../web/state/index.ts";

const shown = (text: string, from = 0) => visibleText(text, from, text.length, markupRanges(text, from));

describe("markdown marks the reader leaves out", () => {
  it.for([
    ["# Baker cleared of fraud", "Baker cleared of fraud"],
    ["## Verdict ##", "Verdict"],
    ["The baker **Tomas Hrubin** was __cleared__.", "The baker Tomas Hrubin was cleared."],
    ["An *unusual* verdict, said _the_ clerk.", "An unusual verdict, said the clerk."],
    ["His lawyer, [Petra Solc](https://example.com/solc), spoke.", "His lawyer, Petra Solc, spoke."],
    ["> \"I trusted the jury,\" he said.", "\"I trusted the jury,\" he said."],
    ["- first count\n- second count", "first count\nsecond count"],
    ["Before\n\n---\n\nAfter", "Before\n\n\n\nAfter"],
    ["A photo: ![the court](court.jpg) here.", "A photo:  here."],
    ["Line<br>break and `code`.", "Line<br>break and code."],
    ["window.__pwned = (window.__pwned || 0) + 1", "window.__pwned = (window.__pwned || 0) + 1"],
  ] as [string, string][])("%j", ([text, expected]) => {
    expect(shown(text)).toBe(expected);
  });

  it("keeps what only looks like markup: snake_case, 2 * 3, a lone hash", () => {
    expect(shown("The file_name_here, 2 * 3 = 6, and #MeToo.")).toBe("The file_name_here, 2 * 3 = 6, and #MeToo.");
  });

  it("starts where the body starts: front matter before it is never looked at", () => {
    const text = "---\ntitle: **x**\n---\nBody *text*.";
    expect(shown(text, frontMatter(text).end)).toBe("Body text.");
  });
});

describe("dates as the reader writes them", () => {
  it.for([
    ["2031-06-12T16:40:00+02:00", "12 June 2031"],
    ["2031-03-05", "5 March 2031"],
    ["Tue, 04 Mar 2031 23:30:00 GMT", "4 March 2031"],
    ["spring 2031", "spring 2031"],
  ] as [string, string][])("%s", ([published, expected]) => {
    expect(formatDate(published)).toBe(expected);
  });
});

describe("what the camera frames", () => {
  const visibility = (hidden: string[] = []) => ({ hiddenNodes: new Set(hidden), hiddenEdges: new Set<string>() });
  const drawn = () => ["a", "b", "c", "d"];
  const results = [{ nodes: ["a", "b"], hops: [{ edges: [{ key: "e1" }] }] }, { nodes: ["c", "b"], hops: [{ edges: [{ key: "e2" }] }] }];
  const asked = update(INITIAL_STATE, { type: "setQuery", query: { kind: "pattern", text: "judge->trial" } });

  it("the nodes of every result after a question, of the one chosen after a click on it", () => {
    expect(framingTarget(INITIAL_STATE, asked, results, visibility(), drawn)).toEqual(["a", "b", "c"]);
    expect(framingTarget(asked, update(asked, { type: "setActiveResult", index: 1 }), results, visibility(), drawn)).toEqual(["c", "b"]);
  });

  it("the visible nodes after a filter, and after the question is cleared", () => {
    const filtered = update(INITIAL_STATE, { type: "toggleNodeType", nodeType: "Person" });
    expect(framingTarget(INITIAL_STATE, filtered, [], visibility(["a", "d"]), drawn)).toEqual(["b", "c"]);
    expect(framingTarget(asked, update(asked, { type: "setQuery", query: null }), [], visibility(), drawn)).toEqual(["a", "b", "c", "d"]);
  });

  it("the case an address opens alone, and otherwise nothing on the first view", () => {
    const opened: ViewState = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, caseKey: "trial:a" } };
    expect(framingTarget(null, opened, [], visibility(["d"]), drawn)).toEqual(["a", "b", "c"]);
    expect(framingTarget(null, INITIAL_STATE, [], visibility(["d"]), drawn)).toBeNull();
  });

  it("nothing when only the selection or the hover changes, or a question finds nothing", () => {
    const selected: ViewState = update(INITIAL_STATE, { type: "select", selection: { kind: "node", key: "a" } });
    expect(framingTarget(INITIAL_STATE, selected, [], visibility(), drawn)).toBeNull();
    expect(framingTarget(INITIAL_STATE, update(INITIAL_STATE, { type: "hover", node: "a" }), [], visibility(), drawn)).toBeNull();
    expect(framingTarget(INITIAL_STATE, asked, [], visibility(), drawn)).toBeNull();
  });
});
