import { buildBoard, DEFAULT_RULE, gaugeFromTable, GaugeModel, guessPriceColumns } from "../../../src/core/board";
import { createMemoryWorkbook, createSampleWorkbook, SettingsStorage } from "../../../src/workbook/memory";
import { WorkbookError } from "../../../src/workbook/port";
import { parseSettings } from "../../../src/workbook/settings";
import { LAST_EXCESS, samplePrices } from "../../../src/sample";

const segments = {
  name: "Segments",
  sheet: "Sheet1",
  headers: ["细分领域", "拥挤度"],
  rows: [["光模块", 88], ["液冷", 40]],
};

describe("createMemoryWorkbook", () => {
  test("lists and reads tables", async () => {
    const wb = createMemoryWorkbook({ tables: [segments] });
    expect(await wb.listTables()).toEqual([{ name: "Segments", sheet: "Sheet1", headers: ["细分领域", "拥挤度"], rowCount: 2 }]);
    expect(await wb.readTable("segments")).toEqual({ name: "Segments", headers: segments.headers, rows: segments.rows });
    await expect(wb.readTable("Nope")).rejects.toMatchObject({ code: "notFound" });
  });

  test("reading gives a copy: the caller cannot change the workbook", async () => {
    const wb = createMemoryWorkbook({ tables: [segments] });
    const t = await wb.readTable("Segments");
    (t.rows[0] as unknown[])[1] = 0;
    expect((await wb.readTable("Segments")).rows[0][1]).toBe(88);
  });

  test("refuses two tables of one name and ragged rows", () => {
    expect(() => createMemoryWorkbook({ tables: [segments, { ...segments, name: "SEGMENTS" }] })).toThrow(WorkbookError);
    expect(() => createMemoryWorkbook({ tables: [{ ...segments, rows: [["x"]] }] })).toThrow(/row 1 has 1 cells/);
  });

  test("a chart goes on a new sheet, never over an existing one", async () => {
    const wb = createMemoryWorkbook({ tables: [segments], sheets: ["Baton chart"] });
    const req = { title: "Baton chart", categoryHeader: "Date", categories: [1, 2], series: [{ name: "Excess", values: [null, 0.01] }] };
    expect(await wb.insertChart(req)).toEqual({ sheet: "Baton chart (2)" });
    expect(await wb.insertChart(req)).toEqual({ sheet: "Baton chart (3)" });
    expect(wb.sheets()).toEqual(["Baton chart", "Sheet1", "Baton chart (2)", "Baton chart (3)"]);
    expect(wb.charts()).toHaveLength(2);
    await expect(wb.insertChart({ ...req, series: [{ name: "x", values: [1] }] })).rejects.toMatchObject({ code: "invalid" });
  });

  test("settings round-trip as JSON; nothing stored reads as undefined", async () => {
    const wb = createMemoryWorkbook();
    expect(await wb.readSettings()).toBeUndefined();
    const s = { ...parseSettings(undefined).settings, table: "Segments" };
    await wb.writeSettings(s);
    expect(parseSettings(await wb.readSettings())).toEqual({ settings: s });
  });

  test("bad stored settings reach the pane as they are, and parse to defaults with a notice", async () => {
    const wb = createMemoryWorkbook({ settings: { version: 1, window: -4 } });
    expect(parseSettings(await wb.readSettings()).notice).toBe("invalid");
  });

  test("settings persist in the given storage", async () => {
    const store = new Map<string, string>();
    const storage: SettingsStorage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) };
    await createMemoryWorkbook({ storage }).writeSettings({ version: 1, table: "T" });
    expect(await createMemoryWorkbook({ storage }).readSettings()).toEqual({ version: 1, table: "T" });
  });

  test("updateCell changes the table and calls its change listeners until they unsubscribe", async () => {
    const wb = createMemoryWorkbook({ tables: [segments] });
    const calls: string[] = [];
    const off = await wb.onTableChanged("Segments", () => calls.push("a"));
    wb.updateCell("Segments", 1, 1, 99);
    expect((await wb.readTable("Segments")).rows[1][1]).toBe(99);
    expect(calls).toEqual(["a"]);
    off();
    wb.updateCell("Segments", 1, 1, 98);
    expect(calls).toEqual(["a"]);
    expect(() => wb.updateCell("Segments", 5, 0, 1)).toThrow(WorkbookError);
  });

  test("templates cannot be inserted in the preview", async () => {
    const wb = createMemoryWorkbook();
    expect(wb.capabilities().insertTemplate).toBe(false);
    await expect(wb.insertTemplate("", [])).rejects.toMatchObject({ code: "notSupported" });
  });
});

describe("createSampleWorkbook", () => {
  test("holds the Segments, Prices, Taxonomy and SegmentPrices tables", async () => {
    const wb = createSampleWorkbook();
    const tables = await wb.listTables();
    expect(tables.map((t) => t.name)).toEqual(["Segments", "Prices", "Taxonomy", "SegmentPrices"]);
    expect(tables[3].rowCount).toBe(samplePrices.dates.length);
    expect(tables[1].rowCount).toBe(samplePrices.dates.length);
  });

  test("the board of the sample shows what the sample module documents", async () => {
    // src/sample/segments.ts works it out by hand: fiber optic cables and switches get Catch-up;
    // optical modules and high-speed copper cables (crowding ≥ 80) get Crowded; 量子计算 is unknown.
    const board = buildBoard(await createSampleWorkbook().readTable("Segments"), { rule: DEFAULT_RULE });
    const cards = board.lanes.flatMap((l) => l.cards);
    expect(cards.filter((c) => c.badges.includes("catch-up")).map((c) => c.name)).toEqual(["Fiber optic cables", "Switches"]);
    expect(cards.filter((c) => c.badges.includes("crowded")).map((c) => c.name).sort()).toEqual([
      "High-speed copper cables",
      "Optical modules",
    ]);
    expect(board.unknown.map((u) => u.name)).toEqual(["量子计算"]);
    expect(board.problems).toEqual([]);
  });

  test("the gauge of the sample reads the report's 2.66% on the last row", async () => {
    const prices = await createSampleWorkbook().readTable("Prices");
    const cols = guessPriceColumns(prices.headers);
    const g = gaugeFromTable(prices, cols.sector as number, cols.benchmark as number, cols.date, 40, null) as GaugeModel;
    expect(g.latest.excess).toBeCloseTo(LAST_EXCESS, 4);
    expect(g.dates[g.dates.length - 1]).toBe(46136); // 2026-04-24 as an Excel serial
  });
});
