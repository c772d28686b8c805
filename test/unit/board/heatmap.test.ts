/**
 * The crowding heatmap's model (issue 12). Expected values come from:
 * - the worksheet function's core, `crowdingScore(sector, benchmark, , window,
 *   lookback, "series")` (what =BATON.CROWDING_SCORE(…, "series") answers), on
 *   the same columns of the sample price table, read at the week-end rows;
 * - a calendar worked out by hand (2026-04-24 is a Friday; weeks run Monday
 *   to Sunday);
 * - orders written out by hand.
 */
import { heatmap, sortHeatmap, weekEnds, type HeatmapRow } from "../../../src/core/board/heatmap";
import { readSegmentTable } from "../../../src/core/board/segmentSeries";
import { crowdingScore } from "../../../src/core/crowding";
import type { SeriesResult } from "../../../src/core/result";
import { columnGrid, type TableData } from "../../../src/core/table";
import { zoneOf } from "../../../src/core/zones";
import { segmentPriceTable } from "../../../src/sample";

describe("weekEnds", () => {
  test("the last row of each Monday–Sunday week, by hand", () => {
    // Thu 9, Fri 10 | Mon 13, Wed 15 | Tue 21 | (gap) | Mon 27 …; a Saturday row belongs to its week.
    const dates = ["2026-04-09", "2026-04-10", "2026-04-13", "2026-04-15", "2026-04-18", "2026-04-21", "2026-04-27"];
    expect(weekEnds(dates, dates.length, 12)).toEqual([
      { row: 1, date: "2026-04-10" },
      { row: 4, date: "2026-04-18" },
      { row: 5, date: "2026-04-21" },
      { row: 6, date: "2026-04-27" },
    ]);
    expect(weekEnds(dates, dates.length, 2)).toEqual([
      { row: 5, date: "2026-04-21" },
      { row: 6, date: "2026-04-27" },
    ]);
  });

  test("Excel serials work like ISO text (46136 is Friday 2026-04-24); a blank date row joins the week before", () => {
    expect(weekEnds([46133, 46136, null, 46139], 4)).toEqual([
      { row: 2, date: null },
      { row: 3, date: "2026-04-27" },
    ]);
  });

  test("only the data rows count: dates past `rows` are spare", () => {
    expect(weekEnds(["2026-04-20", "2026-04-21", "2026-04-28"], 2)).toEqual([{ row: 1, date: "2026-04-21" }]);
  });

  test("without dates, a week is 5 rows counted back from the last row", () => {
    expect(weekEnds(undefined, 23, 3)).toEqual([
      { row: 12, date: null },
      { row: 17, date: null },
      { row: 22, date: null },
    ]);
    expect(weekEnds([null, "x"], 2, 12)).toEqual([{ row: 1, date: null }]);
  });
});

describe("heatmap of the sample price table equals CROWDING_SCORE's series on each column", () => {
  const table: TableData = { name: "SegmentPrices", ...segmentPriceTable() };
  const read = readSegmentTable(table);
  const dates = columnGrid(table.rows, read.dateColumn!).map((r) => r[0]);
  const map = heatmap(read.segments, dates, { window: 40, lookback: null });
  const bench = table.headers.indexOf("All A");

  test("12 weeks, the last ending on the last row (Friday 2026-04-24), every week-end a Friday or the last row", () => {
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks[11]).toEqual({ row: table.rows.length - 1, date: "2026-04-24" });
    expect(map.weeks[0].date).toBe("2026-02-06"); // 11 Fridays before 2026-04-24
    expect(map.rows).toHaveLength(read.segments.length);
  });

  test.each(read.segments.map((s, j) => [s.header, j] as const))("%s", (header, j) => {
    const col = table.headers.indexOf(header);
    const series = crowdingScore(columnGrid(table.rows, col), columnGrid(table.rows, bench), null, 40, null, "series") as SeriesResult;
    const values = series.columns[0].values;
    map.rows[j].cells.forEach((c, i) => {
      const expected = values[map.weeks[i].row];
      expect(c.score).toBeCloseTo(expected, 9);
      expect(c.zone).toBe(zoneOf(expected));
    });
  });

  test("a lookback changes the scores as CROWDING_SCORE's lookback does", () => {
    const h = heatmap(read.segments.slice(0, 1), dates, { window: 20, lookback: 250 });
    const col = table.headers.indexOf(read.segments[0].header);
    const series = crowdingScore(columnGrid(table.rows, col), columnGrid(table.rows, bench), null, 20, 250, "series") as SeriesResult;
    expect(h.rows[0].cells.map((c) => c.score)).toEqual(h.weeks.map((w) => series.columns[0].values[w.row]));
  });
});

describe("heatmap at the edges", () => {
  test("a score not yet defined is a null cell with no zone (no NaN)", () => {
    const S = Float64Array.from({ length: 30 }, (_, t) => 100 + t);
    const h = heatmap([{ header: "S", name: "S", tier: 1, column: 1, sector: S, benchmark: new Float64Array(30).fill(100) }], undefined, {
      window: 40,
    });
    expect(h.rows[0].cells.every((c) => c.score === null && c.zone === null)).toBe(true);
    expect(JSON.stringify(h)).not.toMatch(/NaN/);
  });
});

describe("sortHeatmap", () => {
  const row = (name: string, tier: 1 | 2 | 3, today: number | null): HeatmapRow => ({
    name, header: name, tier, cells: [{ score: 50, zone: "Elevated" }, { score: today, zone: today === null ? null : zoneOf(today) }],
  });
  const rows = [row("x", 2, 70), row("y", 1, 20), row("z", 3, null), row("w", 1, 90), row("v", 2, 70)];

  test("by tier: tier 1 → 3, the board's order inside a tier, then as given", () => {
    expect(sortHeatmap(rows, "tier").map((r) => r.name)).toEqual(["y", "w", "x", "v", "z"]);
    expect(sortHeatmap(rows, "tier", ["w", "v"]).map((r) => r.name)).toEqual(["w", "y", "v", "x", "z"]);
  });

  test("by today's score: highest first, undefined last, ties by tier then as given", () => {
    expect(sortHeatmap(rows, "today").map((r) => r.name)).toEqual(["w", "x", "v", "y", "z"]);
  });

  test("returns a new array and leaves the input alone", () => {
    const before = rows.map((r) => r.name);
    expect(sortHeatmap(rows, "today")).not.toBe(rows);
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});
