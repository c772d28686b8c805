/**
 * A price table picked on the Rotation or Heatmap tab is stored as the tier
 * monitor's table (issue 12: the pictures come from the monitor's prices), so
 * the choice survives a reload and the three views agree. Expected settings
 * are written by hand.
 */
import { patchSettings, pickPriceTable } from "../../../src/taskpane/settingsActions";
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from "../../../src/workbook/settings";

const withMonitor: Settings = { ...DEFAULT_SETTINGS, monitor: { table: "SegmentPrices", benchmarkColumn: "CSI 300", rebound: "2026-04-08" } };

describe("pickPriceTable", () => {
  test("a different table becomes the monitor's; its old benchmark column is dropped, the rebound date kept", () => {
    const patch = pickPriceTable(withMonitor, "Prices2026", "SegmentPrices");
    expect(patch).toEqual({ monitor: { table: "Prices2026", benchmarkColumn: undefined, rebound: "2026-04-08" } });
    const next = patchSettings(withMonitor, patch!)!;
    expect(next.monitor).toEqual({ table: "Prices2026", rebound: "2026-04-08" });
    // What is stored reads back through the schema the pane reads the workbook with.
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(next))).monitor?.table).toBe("Prices2026");
  });

  test("the table already in use (any case) stores nothing and keeps the benchmark choice", () => {
    expect(pickPriceTable(withMonitor, "segmentprices", "SegmentPrices")).toBeUndefined();
  });

  test("with automatic settings (no monitor entry) a pick is stored too", () => {
    expect(pickPriceTable(DEFAULT_SETTINGS, "Prices2026", "SegmentPrices")).toEqual({ monitor: { table: "Prices2026", benchmarkColumn: undefined } });
    expect(pickPriceTable(DEFAULT_SETTINGS, "Prices2026", undefined)?.monitor?.table).toBe("Prices2026");
  });
});
