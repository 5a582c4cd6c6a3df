// Quality gates: extraction scored against the gold-annotated corpora in ../shared/eval.
// A user's clone has no ../shared, so the gates skip there and say so; CI sets
// CASEGRAPH_REQUIRE_SHARED=1 and they must run.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const shared = resolve(root, "../shared/eval");
const available = existsSync(join(shared, "score.mjs"));
const required = process.env.CASEGRAPH_REQUIRE_SHARED === "1";

// Issue 8's figures: seeds 0.95, dev 0.93, dev2 0.85. (dev's gate stood at 0.935 for the first
// extractor, tuned on it phrase by phrase; the token-pattern extractor that replaced it went below
// it for a while, being better on every corpus nobody tuned it on.)
const GATES = [
  { corpus: "seeds", minF1: 0.95 },
  { corpus: "dev", minF1: 0.93 },
  { corpus: "dev2", minF1: 0.881 },
  // invented reports kept in this repository, tuned on since: dev3 (twelve; 61.1 before anyone read
  // them), dev4 (nine, in styles unlike the others; 65.6 before)
  { corpus: "dev3", minF1: 0.937, dir: join(root, "test/fixtures/eval/dev3") },
  { corpus: "dev4", minF1: 0.968, dir: join(root, "test/fixtures/eval/dev4") },
  // dev5 (ten, 72.0 before any fix) is held out from tuning on its misses: a floor, so that nothing
  // loses on it what it reads of unseen text today
  { corpus: "dev5", minF1: 0.888, dir: join(root, "test/fixtures/eval/dev5") },
  // dev6 (ten long reports of real, widely reported cases in real outlets' house styles, with
  // bylines, captions, "Read more" lines and corrections; 70.0 when first scored, 71.1 with its
  // gold complete, 74.6 after fixes found on invented stories of its kinds of miss; a helper has since
  // read its wrong edges and fixed their causes on invented stories, so it is tuned on now)
  { corpus: "dev6", minF1: 0.895, dir: join(root, "test/fixtures/eval/dev6") },
  // dev7 (ten more long reports of real cases in real outlets' styles, none of dev6's; 57.7 when first
  // scored, 58.5 with its gold complete): its articles are unread here, but fixes were made on invented
  // stories of the kinds of miss its writer summarised, so it is no longer blind; then a helper read its
  // misses and fixed their structural causes (63.4 -> 81.6, with dev5, dev8 and dev9 unmoved): a tuned corpus now
  { corpus: "dev7", minF1: 0.891, dir: join(root, "test/fixtures/eval/dev7") },
  // dev8 (twelve: six real cases retold, six invented, in twelve outlets' styles; 60.1 blind, 62.8
  // with its gold complete, 66.8 after fixes made on invented stories of the kinds of miss its writer
  // summarised): written while dev7 had stopped being blind; since dev11 was written (71.2 then) its
  // articles and misses are read and tuned on, as dev7's are
  { corpus: "dev8", minF1: 0.891, dir: join(root, "test/fixtures/eval/dev8") },
  // dev9 (twelve more: six real cases retold, six invented, in outlets dev8 did not use; 64.4 blind,
  // 64.7 with its gold complete): its articles are unread here; its writer's summary of kinds of miss
  // is known; since stop 44 the tools that count its misses also print their sentences' masked shapes (function words
  // and court verbs only, no names or content words), so it is less blind than it was (74.9 -> 76.2 that stop); 76.3 in stop 45, counts only again (barristers' letters before the verb); 77.5 in stop 48 (a judge named after 'sentenced ... by', courts of first hearing)
  { corpus: "dev9", minF1: 0.774, dir: join(root, "test/fixtures/eval/dev9") },
  // dev10 (twelve more: six real cases retold, six invented, in outlets neither dev8 nor dev9 used; 68.5
  // blind, 69.1 with its gold complete; 70.4 at the start of the session that found courts known by a name
  // alone, the co-accused they clear and a press release's letterhead above its lede, 72.0 at its end; 72.4 once
  // civil suits told by a family or an estate were read and a lede after a dateline kept its complement): its
  // articles and misses are unread here; its writer reported counts by type only; since stop 44 masked sentence
  // shapes of its misses have been printed, as for dev9 (74.1 -> 75.6 that stop); 77.3 in stop 45, counts only again
  // (barristers' letters before "represented" or "appearing for", firms named like people read through work words)
  { corpus: "dev10", minF1: 0.786, dir: join(root, "test/fixtures/eval/dev10") },
  // dev11 (twelve more: six real cases retold, six invented, in outlets dev8..dev10 did not use; 71.0
  // blind, 72.0 with its gold complete; 71.9 at the end of the session that added it, one PROSECUTED edge lost
  // to a precision fix; 74.0 once a co-accused after "His" joined the trial told before and a verdict told "X guilty
  // of Y" without its verb was read; 74.3 once present-perfect verdicts took the published date and high courts in articles
  // that tell no appeal held their trials; 74.6 with lawyer lists and employers after a role's noun; 77.6 once a list of charges went on past a tail its items are told with, found by counting how false charge labels differ from the gold names missed; 78.0 once witnesses and courts far from their defendant joined the trial told of, found by counting where missed trial relations are lost; 79.6 once charges told by letters or as "the same" counts were read; 81.5 in stop 44, with masked sentence shapes of its misses printed, as for dev9; 82.2 in stop 45, counts only again: quoted film titles with no cue, media companies that make no film; 83.3 in stop 48: offices of prosecutors only, firms told by their stores and deliveries, a company said short before a job): its articles and misses are unread here; its writer reported counts by type only
  { corpus: "dev11", minF1: 0.832, dir: join(root, "test/fixtures/eval/dev11") },
];

interface Score {
  combinedF1: number;
  entity: { f1: number };
  relation: { f1: number };
  facts: { recall: number };
  provenance: { entities: number; relations: number; sentences: number };
}

function score(corpus: string, dir = join(shared, "corpus", corpus)): Score {
  const out = mkdtempSync(join(tmpdir(), `casegraph-${corpus}-`));
  try {
    execFileSync("node", [join(root, "src/bin.js"), "build", dir, "--out", out, "--quiet"], { stdio: "pipe" });
    const json = execFileSync("node", [join(shared, "score.mjs"), join(out, "graph.json"), join(dir, "gold.json"), "--json"], { encoding: "utf8" });
    return JSON.parse(json) as Score;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe("extraction quality on the shared gold corpora", () => {
  if (!available && !required) {
    it.skip("needs ../shared/eval (not part of a user's clone): quality gates skipped", () => {});
    return;
  }
  it("has the shared evaluation corpora (CI always does)", () => {
    expect(available, "../shared/eval/score.mjs is missing").toBe(true);
  });
  for (const { corpus, minF1, dir } of GATES) {
    it(`scores at least ${minF1} combined F1 on the ${corpus} corpus, with valid provenance`, () => {
      const s = score(corpus, dir);
      console.log(`${corpus}: combined ${s.combinedF1.toFixed(3)} (entities ${s.entity.f1.toFixed(3)}, relations ${s.relation.f1.toFixed(3)}, facts ${s.facts.recall.toFixed(3)})`);
      expect(s.combinedF1).toBeGreaterThanOrEqual(minF1);
      expect(s.provenance).toEqual({ entities: 1, relations: 1, sentences: 1 });
    });
  }
});
