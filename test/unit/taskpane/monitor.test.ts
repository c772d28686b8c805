/**
 * The pane's side of the tier monitor: which table it reads, and the monitor
 * settings as stored. Expected tables are picked by hand from the headers
 * written here; settings by the schema's documented rules (a bad field falls
 * back alone, with the "invalid" notice).
 */
import { findPriceTable, resolvePriceTable } from "../../../src/taskpane/useMonitor";
import { DEFAULT_SETTINGS, parseSettings } from "../../../src/workbook/settings";
import type { TableInfo } from "../../../src/workbook/port";

const info = (name: string, headers: string[]): TableInfo => ({ name, sheet: name, headers, rowCount: 10 });
const tables = [
  info("Segments", ["Segment", "Growth"]), // a segments table, never the price table
  info("Prices", ["Date", "Sector", "Benchmark"]), // the gauge's table: no segment header
  info("SegPx", ["日期", "光模块(CPO)指数", "申万游戏Ⅱ", "万得全A"]),
  info("Other", ["Date", "PCB", "881001.WI"]),
];

describe("the monitor's price table", () => {
  test("by default the first table with a benchmark and a segment column, not a segments table", () => {
    expect(findPriceTable(tables)?.name).toBe("SegPx");
    expect(findPriceTable(tables.slice(0, 2))).toBeUndefined();
  });

  test("a table chosen in Settings wins (any case); null is none; a table no longer there is none", () => {
    const s = (table: string | null | undefined) => ({ ...DEFAULT_SETTINGS, monitor: { table } });
    expect(resolvePriceTable(s(undefined), tables)).toBe("SegPx");
    expect(resolvePriceTable(s("other"), tables)).toBe("Other");
    expect(resolvePriceTable(s(null), tables)).toBeUndefined();
    expect(resolvePriceTable(s("Gone"), tables)).toBeUndefined();
  });
});

describe("monitor settings", () => {
  test("round-trip: table, benchmark column, typed rebound", () => {
    const stored = { version: 1, monitor: { table: "SegPx", benchmarkColumn: "万得全A", rebound: "2026-04-08" } };
    const p = parseSettings(JSON.parse(JSON.stringify(stored)));
    expect(p.notice).toBeUndefined();
    expect(p.settings.monitor).toEqual(stored.monitor);
  });

  test("absent means automatic everything; a bad rebound falls back alone", () => {
    expect(parseSettings({ version: 1 }).settings.monitor).toBeUndefined();
    const p = parseSettings({ version: 1, monitor: { table: "SegPx", rebound: "April 8" } });
    expect(p.notice).toBe("invalid");
    expect(p.settings.monitor).toEqual({ table: "SegPx" });
  });
});
