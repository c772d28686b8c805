import { buildBoard, DEFAULT_RULE, isCatchUp, median, taxonomyFromTable } from "../../../src/core/board/board";
import type { Board, Card, CatchUpRule } from "../../../src/core/board/types";
import { isBatonError } from "../../../src/core/errors";
import type { TableData } from "../../../src/workbook/port";

const HEADERS = ["Segment", "2026E profit growth", "Net upward revision", "Return since rebound", "Crowding score"];

/**
 * A small segments table. Every expected median, badge, zone and order below is
 * worked out by hand from these rows (the working is in the comments).
 */
const TABLE: TableData = {
  name: "Segments",
  headers: HEADERS,
  rows: [
    ["Fiber optic cables", 1.35, 0.28, 0.045, 36], // row 0, tier 1
    ["光模块", 1.25, 0.21, 0.31, 88], //              row 1, tier 1 (Optical modules)
    ["Switches", 0.85, 0.15, 0.06, 47], //            row 2, tier 1
    ["PCB", "70%", "13%", 0.19, 71], //               row 3, tier 1, percent text
    ["Liquid cooling", null, null, null, 44], //      row 4, tier 1, second group (Power & cooling)
    ["国产GPU", 0.8, 0.11, 0.05, 66], //              row 5, tier 2
    ["Data centers", 0.3, "n/a", 0.07, ""], //        row 6, tier 2, a bad cell and a blank one
    ["Power grid", 0.18, 0.02, 0.04, 95], //          row 7, tier 2
    ["", 1, 1, 1, 1], //                              row 8, blank segment: skipped
    ["量子计算", 0.5, 0.05, 0.11, 57], //             row 9, unknown
    ["Games", null, null, null, null], //             row 10, tier 3, no figures
  ],
};

const byName = (b: Board): Map<string, Card> => new Map(b.lanes.flatMap((l) => l.cards).map((c) => [c.name, c]));

describe("buildBoard", () => {
  const board = buildBoard(TABLE, { rule: DEFAULT_RULE });
  const cards = byName(board);

  test("three lanes in path order with the taxonomy's labels", () => {
    expect(board.lanes.map((l) => [l.tier, l.key, l.labelZh])).toEqual([
      [1, "na-compute", "北美算力链低估值环节"],
      [2, "domestic-compute", "国产算力与AIDC"],
      [3, "applications", "中下游软件应用"],
    ]);
    expect(board.lanes[0].label).toBe("North American compute chain (low-valued segments)");
  });

  test("the columns found, by header", () => {
    expect(board.columns).toEqual({
      segment: "Segment",
      growth: "2026E profit growth",
      revision: "Net upward revision",
      sinceRebound: "Return since rebound",
      crowding: "Crowding score",
    });
    expect(board.ruleMissing).toEqual([]);
  });

  test("cards carry the taxonomy's names and the metrics as decimals", () => {
    expect(cards.get("光模块")).toMatchObject({ canonical: "Optical modules", canonicalZh: "光模块", tier: 1, row: 1 });
    expect(cards.get("PCB")?.metrics).toEqual({ growth: 0.7, revision: 0.13, sinceRebound: 0.19, crowding: 71 });
    expect(cards.get("Liquid cooling")).toMatchObject({ group: "Power & cooling", groupZh: "电力与散热", metrics: { crowding: 44 } });
    expect(cards.get("Games")?.metrics).toEqual({});
    expect(cards.get("Games")?.zone).toBeUndefined();
  });

  test("medians per tier over the cards that have each metric", () => {
    // Tier 1 growth: 0.7, 0.85, 1.25, 1.35 -> (0.85 + 1.25)/2 = 1.05 (Liquid cooling has none).
    // Tier 1 revision: 0.13, 0.15, 0.21, 0.28 -> (0.15 + 0.21)/2 = 0.18.
    // Tier 1 since rebound: 0.045, 0.06, 0.19, 0.31 -> (0.06 + 0.19)/2 = 0.125.
    // Tier 1 crowding: 36, 44, 47, 71, 88 -> 47.
    const m1 = board.lanes[0].medians;
    expect(m1.growth).toBeCloseTo(1.05, 12);
    expect(m1.revision).toBeCloseTo(0.18, 12);
    expect(m1.sinceRebound).toBeCloseTo(0.125, 12);
    expect(m1.crowding).toBe(47);
    // Tier 2 growth 0.18, 0.3, 0.8 -> 0.3; revision 0.02, 0.11 (Data centers' is bad) -> 0.065;
    // since rebound 0.04, 0.05, 0.07 -> 0.05; crowding 66, 95 (Data centers' is blank) -> 80.5.
    expect(board.lanes[1].medians).toEqual({ growth: 0.3, revision: 0.065, sinceRebound: 0.05, crowding: 80.5 });
    expect(board.lanes[2].medians).toEqual({});
  });

  test("catch-up: growth and revision at or above the tier median, return below it", () => {
    // Tier 1: only Fiber optic cables has growth ≥ 1.05, revision ≥ 0.18 and return < 0.125.
    // Tier 2: 国产GPU's return 0.05 equals the median 0.05, which is not below it.
    const catchUp = [...cards.values()].filter((c) => c.badges.includes("catch-up")).map((c) => c.name);
    expect(catchUp).toEqual(["Fiber optic cables"]);
  });

  test("crowded from a score of 80; zones from the score", () => {
    const crowded = [...cards.values()].filter((c) => c.badges.includes("crowded")).map((c) => c.name);
    expect(crowded.sort()).toEqual(["Power grid", "光模块"]);
    expect(Object.fromEntries([...cards.values()].map((c) => [c.name, c.zone]))).toEqual({
      "Fiber optic cables": "Low", // 36
      "光模块": "Crowded", // 88
      Switches: "Low", // 47
      PCB: "Elevated", // 71
      "Liquid cooling": "Low", // 44
      "国产GPU": "Elevated", // 66
      "Data centers": undefined, // blank
      "Power grid": "Extreme", // 95
      Games: undefined,
    });
  });

  test("sorting: catch-up first, then taxonomy group order, then name", () => {
    // Fiber (catch-up); then the optical group by code-point name order (P < S < 光);
    // then Power & cooling's Liquid cooling, although "L" sorts before "P" by name.
    expect(board.lanes[0].cards.map((c) => c.name)).toEqual([
      "Fiber optic cables",
      "PCB",
      "Switches",
      "光模块",
      "Liquid cooling",
    ]);
    // Tier 2: Domestic chips (国产GPU), then AIDC infrastructure: Data centers, Power grid.
    expect(board.lanes[1].cards.map((c) => c.name)).toEqual(["国产GPU", "Data centers", "Power grid"]);
  });

  test("unknown segments are listed apart with their rows; blank names are skipped", () => {
    expect(board.unknown).toEqual([{ name: "量子计算", row: 9 }]);
    const all = board.lanes.flatMap((l) => l.cards).length;
    expect(all).toBe(9);
  });

  test("a cell that is not a number is named in problems, not dropped silently", () => {
    expect(board.problems.map((p) => p.en)).toEqual([
      'Net upward revision row 7 (Data centers) is text "n/a"; give a number or a percentage such as 21.5%',
    ]);
    // The same notice in Chinese, written out by hand.
    expect(board.problems.map((p) => p.zh)).toEqual(["Net upward revision 第 7 行（Data centers）是文本“n/a”；请填数字或百分比，例如 21.5%"]);
  });

  test("Chinese headers with missing optional columns: no catch-up, the rule's missing columns named", () => {
    const t: TableData = {
      name: "表1",
      headers: ["板块", "拥挤度"],
      rows: [["光纤光缆", 30], ["光模块", 85], ["液冷", 10]],
    };
    const b = buildBoard(t, { rule: DEFAULT_RULE });
    expect(b.columns).toEqual({ segment: "板块", crowding: "拥挤度" });
    expect(b.ruleMissing).toEqual(["growth", "revision", "sinceRebound"]);
    const c = byName(b);
    expect([...c.values()].filter((x) => x.badges.includes("catch-up"))).toEqual([]);
    expect(c.get("光模块")?.badges).toEqual(["crowded"]);
    expect(b.lanes[0].medians).toEqual({ crowding: 30 });
  });

  test("a table without a segment column gives three empty lanes", () => {
    const b = buildBoard({ name: "Prices", headers: ["Date", "Close"], rows: [[46136, 100]] }, { rule: DEFAULT_RULE });
    expect(b.lanes.map((l) => l.cards.length)).toEqual([0, 0, 0]);
    expect(b.columns).toEqual({});
    expect(b.unknown).toEqual([]);
  });

  test("a taxonomy table adds unknown names and overrides tiers", () => {
    const tax = taxonomyFromTable({ name: "Taxonomy", headers: ["Segment", "Tier"], rows: [["量子计算", 3], ["Power grid", 3]] });
    if (isBatonError(tax)) throw new Error(tax.message);
    const b = buildBoard(TABLE, { rule: DEFAULT_RULE, taxonomy: tax });
    expect(b.unknown).toEqual([]);
    expect(b.lanes[2].cards.map((c) => c.name).sort()).toEqual(["Games", "Power grid", "量子计算"]);
    expect(b.lanes[1].cards.map((c) => c.name)).toEqual(["国产GPU", "Data centers"]);
  });

  test("a bad taxonomy table is an error naming the row", () => {
    const tax = taxonomyFromTable({ name: "Taxonomy", headers: ["Segment", "Tier"], rows: [["Robotaxi", 4]] });
    expect(isBatonError(tax)).toBe(true);
  });

  test("the rule's settings change the badges", () => {
    // Only "return below median": tier 1 returns below 0.125 are Fiber (0.045) and Switches (0.06);
    // tier 2 below 0.05 is Power grid (0.04). Crowded from 90: only Power grid (95).
    const rule: CatchUpRule = { growthAtLeastMedian: false, revisionAtLeastMedian: false, returnBelowMedian: true, crowdedFrom: 90 };
    const c = byName(buildBoard(TABLE, { rule }));
    const withBadge = (badge: string): string[] =>
      [...c.values()].filter((x) => x.badges.includes(badge as never)).map((x) => x.name).sort();
    expect(withBadge("catch-up")).toEqual(["Fiber optic cables", "Power grid", "Switches"]);
    expect(withBadge("crowded")).toEqual(["Power grid"]);
  });

  test("a rule with every test off badges nobody as catch-up", () => {
    const rule: CatchUpRule = { growthAtLeastMedian: false, revisionAtLeastMedian: false, returnBelowMedian: false, crowdedFrom: 80 };
    const b = buildBoard(TABLE, { rule });
    expect(b.lanes.flatMap((l) => l.cards).filter((c) => c.badges.includes("catch-up"))).toEqual([]);
  });
});

describe("median and isCatchUp", () => {
  test.each<[number[], number | undefined]>([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[3, 1, 2, 10], 2.5],
    [[-1, -3], -2],
  ])("median of %p is %p", (xs, m) => {
    expect(median(xs)).toBe(m);
  });

  test("at the median counts for growth and revision, not for the return", () => {
    const medians = { growth: 0.5, revision: 0.1, sinceRebound: 0.2 };
    expect(isCatchUp({ growth: 0.5, revision: 0.1, sinceRebound: 0.19 }, medians, DEFAULT_RULE)).toBe(true);
    expect(isCatchUp({ growth: 0.5, revision: 0.1, sinceRebound: 0.2 }, medians, DEFAULT_RULE)).toBe(false);
    expect(isCatchUp({ growth: 0.49, revision: 0.1, sinceRebound: 0.1 }, medians, DEFAULT_RULE)).toBe(false);
    expect(isCatchUp({ growth: 0.5, sinceRebound: 0.1 }, medians, DEFAULT_RULE)).toBe(false);
  });
});
