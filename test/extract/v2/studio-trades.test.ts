// Companies whose names end in a studio's head word ("Entertainment", "Media", "Television") but that are of
// another trade: a talent agency, a record label, a publisher, a broadcaster. They are organisations, not studios,
// where the story says their trade.
import { describe, expect, it } from "vitest";
import { story } from "./helpers.ts";
import { labels } from "./names-helpers.ts";

describe("studio head words of other trades", () => {
  it("trade press: a talent agency named beside a film stays an agency; the film's maker stays a studio", () => {
    const s = story(`Producer sued over unpaid fees on thriller

Talent agency Brightmoor Entertainment has sued producer Anselm Pemberville, claiming he withheld commissions on the thriller "Glass Harbour". The film was made by Larkfield Pictures. Brightmoor Entertainment represents three of the film's stars.`);
    expect(labels(s, "Organization")).toContain("Brightmoor Entertainment");
    expect(labels(s, "Studio")).toEqual(["Larkfield Pictures"]);
  });

  it("Korean wire: an agency and a publisher told as such are organisations wherever named", () => {
    const s = story(`Agency founder indicted for embezzlement

The founder of talent agency Hanbit Entertainment was indicted on Tuesday on charges of embezzling 3 billion won. Prosecutors said Yoon Dal-ho diverted company funds. Hanbit Entertainment manages four idol groups. Yoon also sat on the board of Daesan Media, a newspaper publisher.`);
    expect(labels(s, "Organization")).toEqual(["Daesan Media", "Hanbit Entertainment"]);
    expect(labels(s, "Studio")).toEqual([]);
  });

  it("a broadcaster described as one, in a story about a film, is an organisation", () => {
    const s = story(`Network settles with writer

The documentary was shown by Northstar Television, the cable network, in May. Writer Ines Varga sued over the film.`);
    expect(labels(s, "Organization")).toContain("Northstar Television");
    expect(labels(s, "Studio")).toEqual([]);
  });
});
