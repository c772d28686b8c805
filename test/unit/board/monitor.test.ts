/**
 * The tier monitor (issue 11). Expected values come from:
 * - the worksheet functions' cores on the same columns (crowdingScore
 *   "latest", rollingExcess, rotation "latest": what =BATON.CROWDING_SCORE,
 *   ROLLING_EXCESS and ROTATION answer), never from readMonitor's own code;
 * - plain formulas written here (return since the rebound S[T]/S[r] − 1, the
 *   lowest close of the last 60 rows by a loop);
 * - small tables worked out by hand in the comments.
 */
import { automaticRebound, DEFAULT_RULE, isBenchmarkHeader, monitorBoard, readMonitor } from "../../../src/core/board";
import type { Card } from "../../../src/core/board";
import { crowdingScore } from "../../../src/core/crowding";
import { isBatonError } from "../../../src/core/errors";
import { rollingExcess } from "../../../src/core/excess";
import type { SeriesResult } from "../../../src/core/result";
import { rotation } from "../../../src/core/rotation";
import type { CellValue, TableData } from "../../../src/core/table";
import { buildTaxonomy, type Taxonomy } from "../../../src/core/tiers";
import { sampleSegmentPrices, sampleSegments, segmentPriceTable } from "../../../src/sample";

const prices: TableData = { name: "SegmentPrices", ...segmentPriceTable() };
const fundamentals: TableData = {
  name: "Segments",
  headers: ["Segment", "2026E profit growth", "Net upward revision"],
  rows: sampleSegments.map((s) => [s.segment, s.growth, s.revision]),
};
const col = (values: readonly number[]): number[][] => values.map((v) => [v]);
const lastOf = (r: SeriesResult): number => r.columns[0].values[r.columns[0].values.length - 1];
const en = (ts: readonly { en: string }[]): string => ts.map((t) => t.en).join("\n");
const cards = (b: { lanes: readonly { cards: readonly Card[] }[] }): Card[] => b.lanes.flatMap((l) => l.cards);

describe("the sample's board, computed from its prices, equals the BATON functions on the same columns", () => {
  const { board, monitor } = monitorBoard(prices, fundamentals, { rule: DEFAULT_RULE });
  const B = sampleSegmentPrices.allA;
  const n = B.length;
  // The rebound by a loop: the lowest close of the last 60 rows.
  let r = n - 60;
  for (let t = n - 60; t < n; t++) if (B[t] < B[r]) r = t;

  test("the rebound is the all-A low of April 8, found automatically", () => {
    expect(sampleSegmentPrices.dates[r]).toBe("2026-04-08");
    expect(monitor.rebound).toEqual({ row: r, date: "2026-04-08", how: "automatic" });
    expect(monitor.lastDate).toBe("2026-04-24");
    expect(monitor.benchmark).toEqual({ column: prices.headers.length - 1, header: "All A", how: "recognised" });
    expect(monitor.problems).toEqual([]);
    expect(monitor.notUsed.map((c) => c.header)).toEqual(["量子计算"]);
  });

  test.each(sampleSegmentPrices.columns.filter((c) => c.segment !== "量子计算").map((c) => [c.header, c] as const))(
    "%s",
    (_, c) => {
      const card = cards(board).find((x) => x.prices?.header === c.header) as Card;
      expect(card.name).toBe(c.segment); // the segments table's name: matched by identity
      const S = col(c.values);
      const score = (crowdingScore(S, col(B), null, 40, null, "latest") as number[][])[0][0];
      expect(card.metrics.crowding).toBe(score);
      expect(card.prices?.excess).toBe(lastOf(rollingExcess(S, col(B), 40) as SeriesResult));
      const rot = rotation(S, col(B)) as (number | string)[][];
      expect([card.prices?.ratio, card.prices?.momentum, card.prices?.quadrant]).toEqual([rot[0][0], rot[1][0], rot[2][0]]);
      const T = n - 1;
      expect(card.metrics.sinceRebound).toBe(c.values[T] / c.values[r] - 1);
      // The excess since the rebound is ROLLING_EXCESS with a window reaching back to the rebound.
      expect(card.prices?.excessSinceRebound).toBeCloseTo(lastOf(rollingExcess(S, col(B), T - r) as SeriesResult), 14);
      expect(card.sources).toEqual({ crowding: "prices", sinceRebound: "prices", growth: "typed", revision: "typed" });
      expect(card.prices?.error).toBeUndefined();
    },
  );

  test("badges as the sample documents: catch-up fiber optic cables and switches; crowded optical modules and copper cables", () => {
    expect(cards(board).filter((c) => c.badges.includes("catch-up")).map((c) => c.name)).toEqual(["Fiber optic cables", "Switches"]);
    expect(cards(board).filter((c) => c.badges.includes("crowded")).map((c) => c.name).sort()).toEqual([
      "High-speed copper cables",
      "Optical modules",
    ]);
    expect(board.unknown.map((u) => u.name)).toEqual(["量子计算"]);
    expect(board.ruleMissing).toEqual([]);
  });
});

describe("the rebound", () => {
  test("automatic: the lowest close of the last 60 rows, the earliest of equal lows", () => {
    // By hand: rows 3 and 4 both close at 7, the lowest; row 3 is the earlier.
    expect(automaticRebound(Float64Array.of(10, 8, 9, 7, 7, 8), 60)).toBe(3);
    // Only the last 3 rows count: 9, 7, 8 → row 3 … and with 2 rows, 7, 8 → row 4.
    expect(automaticRebound(Float64Array.of(10, 1, 9, 7, 7, 8), 4)).toBe(3);
    expect(automaticRebound(Float64Array.of(10, 1, 9, 7, 7, 8), 2)).toBe(4);
    expect(automaticRebound(Float64Array.of(NaN, NaN), 60)).toBe(-1);
  });

  // Five days; all-A 100, 95, 90, 96, 99: its low is row 3 (2026-04-08).
  // 2026-04-06 (Mon) … 04-09 (Thu), then 04-13 (Mon; Friday a holiday). Serials by hand from 46136 = 2026-04-24.
  const days = [46118, 46119, 46120, 46121, 46125];
  const t: TableData = {
    name: "P",
    headers: ["日期", "光纤光缆", "万得全A"],
    rows: days.map((d, i) => [d, [50, 48, 45, 47, 54][i], [100, 95, 90, 96, 99][i]]),
  };
  test("a hand example: automatic at the low, typed on the row on or before its date", () => {
    const auto = readMonitor(t);
    expect(auto.rebound).toEqual({ row: 2, date: "2026-04-08", how: "automatic" });
    expect(auto.segments[0].metrics.sinceRebound).toBeCloseTo(54 / 45 - 1, 15); // 20%
    expect(auto.segments[0].card.excessSinceRebound).toBeCloseTo(54 / 45 - 99 / 90, 15); // 20% − 10%
    const typed = readMonitor(t, { rebound: "2026-04-11" }); // a Saturday: the last close on or before it, Thursday's (row 4)
    expect(typed.rebound).toEqual({ row: 3, date: "2026-04-09", how: "typed" });
    expect(typed.segments[0].metrics.sinceRebound).toBeCloseTo(54 / 47 - 1, 15);
    expect(readMonitor(t, { rebound: 46118 }).rebound?.row).toBe(0);
  });

  test("a typed date that cannot be placed falls back to automatic and says why", () => {
    const m = readMonitor(t, { rebound: "2025-01-01" });
    expect(m.rebound?.how).toBe("automatic");
    expect(en(m.problems)).toMatch(/2025-01-01 is outside the price table's dates \(2026-04-06 to 2026-04-13\)/);
    expect(en(readMonitor(t, { rebound: "April 8" }).problems)).toMatch(/is not a date/);
    const noDates = readMonitor({ ...t, headers: ["x", "光纤光缆", "万得全A"], rows: t.rows.map((r) => ["", r[1], r[2]]) }, { rebound: "2026-04-08" });
    expect(en(noDates.problems)).toMatch(/needs a date column/);
    expect(noDates.rebound).toEqual({ row: 2, date: null, how: "automatic" });
  });
});

describe("reading the price table", () => {
  const rows = (k: number, n = 70): CellValue[][] =>
    Array.from({ length: n }, (_, t) => [46000 + t, ...Array.from({ length: k }, (_, j) => 100 + j + Math.sin(t + j)), 100 + Math.cos(t)]);

  test("identity across English, Chinese, alias and vendor headers, against the segments table's spelling", () => {
    const headers = ["Date", "Fiber optic cables", "液冷服务器", "光模块(CPO)指数", "SW游戏Ⅱ", "884113.WI 交换机", "Wind All A"];
    const seg: TableData = {
      name: "S",
      headers: ["细分行业", "净利润增速"],
      rows: [["光纤光缆", 1.35], ["Liquid cooling", 0.5], ["optical modules", 1.2], ["Games", 0.1], ["network switches", 0.8]],
    };
    const { board, monitor } = monitorBoard({ name: "P", headers, rows: rows(5) }, seg, { rule: DEFAULT_RULE });
    expect(monitor.segments.map((s) => s.match.name)).toEqual(["Fiber optic cables", "Liquid cooling", "Optical modules", "Games", "Switches"]);
    const byName = new Map(cards(board).map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(["Games", "Liquid cooling", "network switches", "optical modules", "光纤光缆"].sort());
    expect(byName.get("光纤光缆")?.prices?.header).toBe("Fiber optic cables");
    expect(byName.get("network switches")?.prices?.header).toBe("884113.WI 交换机");
    expect(byName.get("光纤光缆")?.metrics.growth).toBe(1.35);
  });

  test("benchmark headers are recognised, decorations looked through; others are not", () => {
    for (const h of ["All A", "Wind All A", "万得全A", "万得全A指数", "全A", "881001", "881001.WI", "Benchmark", "基准", "CSI 300", "沪深300"]) {
      expect([h, isBenchmarkHeader(h)]).toEqual([h, true]);
    }
    for (const h of ["Optical modules", "Date", "TMT", "Turnover"]) expect([h, isBenchmarkHeader(h)]).toEqual([h, false]);
  });

  test("a bad cell marks only its segment's card", () => {
    const r = rows(3);
    r[16][2] = "n/a"; // data row 17 of the second segment column
    const t: TableData = { name: "P", headers: ["Date", "PCB", "Switches", "EDA", "All A"], rows: r };
    const { board, monitor } = monitorBoard(t, undefined, { rule: DEFAULT_RULE });
    expect(monitor.problems).toEqual([]);
    const byName = new Map(cards(board).map((c) => [c.name, c]));
    expect(byName.get("Switches")?.prices?.error).toEqual({
      en: 'prices unreadable: row 17 is text "n/a"; prices must be positive numbers',
      zh: "价格无法读取：第 17 行是文本“n/a”；价格须为正数",
    });
    expect(byName.get("Switches")?.metrics).toEqual({});
    for (const ok of ["PCB", "EDA"]) {
      expect(byName.get(ok)?.prices?.error).toBeUndefined();
      expect(byName.get(ok)?.metrics.crowding).toBe((crowdingScore(r.map((x) => [x[ok === "PCB" ? 1 : 3]]), r.map((x) => [x[4]]), null, 40) as number[][])[0][0]);
    }
  });

  test("spare rows after the data are not data; blanks are carried forward", () => {
    const r = rows(1);
    r[30][1] = null; // a blank inside the data: carried forward, like the functions do
    const spare = [...r, [null, null, null], ["", "", ""]];
    const a = readMonitor({ name: "P", headers: ["Date", "PCB", "All A"], rows: spare });
    expect(a.rows).toBe(70);
    const expected = (crowdingScore(r.map((x) => [x[1]]), r.map((x) => [x[2]]), null, 40) as number[][])[0][0];
    expect(a.segments[0].metrics.crowding).toBe(expected);
  });

  test("a table too short for the window and 20 rows of history says what is missing", () => {
    const m = readMonitor({ name: "P", headers: ["Date", "PCB", "All A"], rows: rows(1, 45) });
    expect(m.problems.map((p) => p.en)).toEqual(["the price table has 45 rows of prices; a 40-day excess and its crowding score need at least 60 (40 + 20 of history)"]);
    expect(m.segments[0].card.excess).not.toBeNull(); // 45 > 40: today's excess exists
    expect(m.segments[0].metrics.crowding).toBeUndefined();
    expect(m.segments[0].card.reason).toMatch(/needs 20 values of history/);
  });

  test("no benchmark: the board says how to name or pick one; a picked benchmark is used", () => {
    const t: TableData = { name: "P", headers: ["Date", "PCB", "My index"], rows: rows(1) };
    expect(en(readMonitor(t).problems)).toMatch(/no benchmark column/);
    const picked = readMonitor(t, { benchmark: "My index" });
    expect(picked.benchmark).toEqual({ column: 2, header: "My index", how: "picked" });
    expect(picked.segments).toHaveLength(1);
    expect(en(readMonitor(t, { benchmark: "Gone" }).problems)).toMatch(/benchmark column "Gone" is not in the price table/);
  });

  test("columns that are not segments, and a second column of one segment, are listed as not used", () => {
    const t: TableData = { name: "P", headers: ["Date", "PCB", "Turnover", "印制电路板", "中信电子指数", "All A"], rows: rows(4) };
    const m = readMonitor(t);
    expect(m.notUsed.map((c) => [c.header, c.hint.en])).toEqual([
      ["Turnover", '"Turnover" is not a segment Baton knows: rename it to a segment name (Optical modules, 光模块…) or add it to a taxonomy table in Settings'],
      ["印制电路板", '"印制电路板" is the same segment as "PCB", which is used'],
      ["中信电子指数", expect.stringMatching(/not a segment Baton knows/)],
    ]);
  });

  test("a taxonomy table makes its names count", () => {
    const tax = buildTaxonomy([["Quantum computing", 3, "量子计算"]]) as Taxonomy;
    const t: TableData = { name: "P", headers: ["Date", "量子计算指数", "All A"], rows: rows(1) };
    expect(readMonitor(t).notUsed).toHaveLength(1);
    expect(readMonitor(t, { taxonomy: tax }).segments.map((s) => s.match.name)).toEqual(["Quantum computing"]);
  });

  test("a typed figure in the segments table wins over the computed one, and the card says which is which", () => {
    const seg: TableData = { name: "S", headers: ["Segment", "Crowding", "Profit growth"], rows: [["PCB", 12, 0.7]] };
    const { board } = monitorBoard({ name: "P", headers: ["Date", "PCB", "All A"], rows: rows(1) }, seg, { rule: DEFAULT_RULE });
    const card = cards(board)[0];
    expect(card.metrics.crowding).toBe(12);
    expect(card.sources).toEqual({ crowding: "typed", growth: "typed", sinceRebound: "prices" });
    expect(card.zone).toBe("Low");
  });

  test("never throws: no rows, a first column of text, nonsense options", () => {
    expect(() => readMonitor({ name: "P", headers: [], rows: [] })).not.toThrow();
    expect(readMonitor({ name: "P", headers: ["PCB", "All A"], rows: [] }).problems.length).toBeGreaterThan(0);
    const m = readMonitor({ name: "P", headers: ["Date", "PCB", "All A"], rows: rows(1) }, { window: 0, lookback: 3, rotationWindow: -1 });
    expect(m.window).toBe(40);
    expect(isBatonError(m)).toBe(false);
  });
});
