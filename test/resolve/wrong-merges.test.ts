// Wrong merges a blind corpus showed: a described foreign court joined to the article's court, an acronym borne by
// bodies of two countries made one body, a parent company joined to its subsidiary. Invented articles.
import { describe, expect, it } from "vitest";
import { resolveAcrossArticles } from "../../src/resolve/across.ts";
import { extract } from "../extract/helpers.ts";

const labelsOf = (graph: ReturnType<typeof resolveAcrossArticles>, type: string) => graph.entities.filter((e) => e.type === type).map((e) => e.label).sort();

describe("wrong merges", () => {
  it("keeps 'Manhattan federal court' apart from the British Crown Court the story is about", () => {
    const story = extract("LONDON (Wire) — Oliver Crane, 52, was convicted of fraud at Kelmarsh Crown Court on Friday.\n\nCrane had earlier been sued in Manhattan federal court by investors. Judge Sarah Pike said the crown court had heard enough.\n", "news/crane.txt");
    const courts = resolveAcrossArticles([story]).entities.filter((e) => e.type === "Court");
    const crown = courts.find((c) => c.label === "Kelmarsh Crown Court")!;
    expect(crown.aliases).not.toContain("Manhattan federal court");
    expect(courts.map((c) => c.label)).toContain("Manhattan federal court");
  });

  it("keeps a Manila story's SEC apart from a New York story's SEC, and joins 'the SEC' to 'the U.S. Securities and Exchange Commission'", () => {
    const manila = extract("MANILA — The Philippine Securities Commission (SEC) on Tuesday revoked the registration of Goldleaf Holdings Inc., a firm run by former mayor Renato Bustamante. The SEC said the firm ran a scam.\n", "news/manila.txt");
    const ny = extract("NEW YORK (Metro Wire) — The U.S. Securities and Exchange Commission sued hedge fund manager Brandon Kell on Monday. The SEC said Kell had misled investors.\n", "news/ny.txt");
    const graph = resolveAcrossArticles([manila, ny]);
    const secs = graph.entities.filter((e) => e.type === "Organization" && e.aliases.includes("SEC"));
    expect(secs.map((e) => e.label).sort()).toEqual(["Philippine Securities Commission", "U.S. Securities and Exchange Commission"]);
  });

  it("keeps a parent named by its short name ('the film arm of Orbis') apart from its subsidiary", () => {
    const story = extract("Dana Vale sued Orbis Entertainment, the film arm of Orbis, on Monday in Los Angeles. Orbis declined to comment.\n", "news/orbis.txt");
    const graph = resolveAcrossArticles([story]);
    const sub = graph.entities.find((e) => e.label === "Orbis Entertainment")!;
    expect(sub.aliases).not.toContain("Orbis");
    expect([...labelsOf(graph, "Studio"), ...labelsOf(graph, "Organization")]).toContain("Orbis");
  });
});
