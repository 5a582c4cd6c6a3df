// What the canvas and the panels call each node, and where the canvas draws labels. Pure: no browser.
import { describe, expect, it } from "vitest";
import Graph from "graphology";
import { distinctLabels } from "../../web/data/labels.ts";
import { placeLabels } from "../../web/render/labels.ts";

describe("nodes that share a label are told apart", () => {
  /** Two invented fraud cases: each defendant has a charge labelled "fraud". */
  function twoCases() {
    const g = new Graph({ multi: true });
    const node = (key: string, type: string, label: string, extra: Record<string, unknown> = {}) => g.addNode(key, { type, label, ...extra });
    node("article:a", "Article", "Baker cleared"); node("article:b", "Article", "Ferry owner convicted");
    node("article:a#0", "Sentence", "s", { article: "article:a" }); node("article:b#0", "Sentence", "s", { article: "article:b" });
    node("person:hrubin", "Person", "Tomas Hrubin"); node("person:rusk", "Person", "Ivo Rusk");
    node("charge:fraud", "Charge", "fraud"); node("charge:fraud-2", "Charge", "fraud");
    node("verdict:a", "Verdict", "Hrubin trial: not guilty", { outcome: "not_guilty" }); node("verdict:b", "Verdict", "Rusk trial: guilty", { outcome: "guilty" });
    g.addEdge("person:hrubin", "charge:fraud", { type: "CHARGED_WITH" });
    g.addEdge("person:rusk", "charge:fraud-2", { type: "CHARGED_WITH" });
    g.addEdge("verdict:a", "charge:fraud", { type: "ON_CHARGE" });
    g.addEdge("verdict:b", "charge:fraud-2", { type: "ON_CHARGE" });
    g.addEdge("charge:fraud", "article:a#0", { type: "MENTIONED_IN" });
    g.addEdge("charge:fraud-2", "article:b#0", { type: "MENTIONED_IN" });
    return g;
  }

  it("by their defendant, and leaves the other names alone", () => {
    const names = distinctLabels(twoCases());
    expect(Object.fromEntries(names)).toEqual({ "charge:fraud": "fraud (Tomas Hrubin)", "charge:fraud-2": "fraud (Ivo Rusk)" });
  });

  it("by a complainant before the defendant, when the charges have one", () => {
    const g = twoCases();
    g.addNode("person:a", { type: "Person", label: "Ada Moll" }); g.addNode("person:b", { type: "Person", label: "Bo Lisk" });
    g.addEdge("charge:fraud", "person:a", { type: "ALLEGED_VICTIM" }); g.addEdge("charge:fraud-2", "person:b", { type: "ALLEGED_VICTIM" });
    expect(distinctLabels(g).get("charge:fraud")).toBe("fraud (Ada Moll)");
  });

  it("by the outcomes of their verdicts when one defendant has both", () => {
    const g = twoCases();
    g.dropEdge(g.edges("person:rusk", "charge:fraud-2")[0]!);
    g.addEdge("person:hrubin", "charge:fraud-2", { type: "CHARGED_WITH" });
    expect(Object.fromEntries(distinctLabels(g))).toEqual({ "charge:fraud": "fraud (not guilty)", "charge:fraud-2": "fraud (guilty)" });
  });

  it("articles with one title by their file", () => {
    const g = twoCases();
    g.setNodeAttribute("article:a", "path", "saved/florist.html"); g.setNodeAttribute("article:b", "path", "saved/florist-2.pdf");
    g.setNodeAttribute("article:b", "label", "Baker cleared");
    expect(distinctLabels(g).get("article:b")).toBe("Baker cleared (saved/florist-2.pdf)");
  });

  it("by the article when nothing else differs, and by a number when not even that", () => {
    const g = twoCases();
    for (const e of g.filterEdges((_, a) => a.type === "CHARGED_WITH" || a.type === "ON_CHARGE")) g.dropEdge(e);
    expect(Object.fromEntries(distinctLabels(g))).toEqual({ "charge:fraud": "fraud (Baker cleared)", "charge:fraud-2": "fraud (Ferry owner convicted)" });
    for (const e of g.filterEdges((_, a) => a.type === "MENTIONED_IN")) g.dropEdge(e);
    expect(Object.fromEntries(distinctLabels(g))).toEqual({ "charge:fraud": "fraud (1)", "charge:fraud-2": "fraud (2)" });
  });
});

describe("the label layer", () => {
  const measure = (label: string) => label.length * 7;
  const label = (key: string, x: number, y: number, size = 5, forceLabel = false) => ({ key, label: key, x, y, size, color: "#000", forceLabel });
  const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it("never draws two labels over each other", () => {
    // a crowd of nodes in a small patch of the canvas
    const crowd = Array.from({ length: 40 }, (_, i) => label(`node number ${i}`, 200 + (i % 5) * 9, 200 + Math.floor(i / 5) * 7));
    const placed = placeLabels(crowd, measure, 13, 800, 600);
    expect(placed.length).toBeGreaterThan(3);
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.key} / ${b.key}`).toBe(false);
  });

  it("keeps labels inside the canvas: a node near the right edge is labelled on its left", () => {
    const [p] = placeLabels([label("District Attorney's office", 790, 300)], measure, 13, 800, 600);
    expect(p!.box.right).toBeLessThanOrEqual(800);
    expect(p!.box.right).toBeLessThan(790);
  });

  it("places forced labels (a path, a hover) first and always, and bigger nodes before smaller", () => {
    const placed = placeLabels([label("small", 100, 100, 3), label("big", 104, 100, 12), label("path node", 102, 101, 3, true)], measure, 13, 800, 600);
    expect(placed[0]!.key).toBe("path node");
    expect(placed.map((p) => p.key)).toContain("big");
    expect(placeLabels([label("a very long label for a path node", 795, 5, 3, true)], measure, 13, 200, 600)[0]!.box.left).toBeGreaterThanOrEqual(2);
  });
});
