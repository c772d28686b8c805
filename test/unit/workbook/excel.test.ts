import { buildBoard, DEFAULT_RULE } from "../../../src/core/board";
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { uniqueTableName } from "../../../src/workbook/names";
import { planTables, planTemplate } from "../../../src/workbook/templatePlan";
import { WorkbookError, WorkbookPort } from "../../../src/workbook/port";
import { parseSettings } from "../../../src/workbook/settings";
import { createExcelModel, ExcelModel, MockTable } from "../../support/excelModel";

// The mock is office-addin-mock's OfficeMockObject: a value read before load + sync is an error
// text, so every expected value below also checks that the adapter loaded what it read.
const english: MockTable = {
  name: "Segments",
  sheet: "Board",
  headers: ["Segment", "2026E profit growth", "Net upward revision", "Return since rebound", "Crowding score"],
  rows: [
    ["Fiber optic cables", 1.35, 0.28, 0.045, 36],
    ["Optical modules", 1.25, 0.21, 0.31, 88],
    ["", "", "", "", ""],
  ],
};
const chinese: MockTable = {
  name: "细分行业表",
  sheet: "数据",
  headers: ["细分领域", "拥挤度"], // no growth, revision or return columns
  rows: [
    ["光纤光缆", 30],
    ["液冷", ""],
  ],
};

let model: ExcelModel;
let wb: WorkbookPort;
beforeEach(() => {
  model = createExcelModel([english, chinese], ["Notes"]);
  model.install();
  wb = createExcelWorkbook({ retryDelayMs: 0 });
});
afterEach(() => model.uninstall());

describe("Excel adapter: tables", () => {
  test("lists tables with their sheet, headers and row counts", async () => {
    expect(await wb.listTables()).toEqual([
      { name: "Segments", sheet: "Board", headers: english.headers, rowCount: 3 },
      { name: "细分行业表", sheet: "数据", headers: ["细分领域", "拥挤度"], rowCount: 2 },
    ]);
  });

  test("reads an English table; blank cells come back as null", async () => {
    const t = await wb.readTable("Segments");
    expect(t.headers).toEqual(english.headers);
    expect(t.rows).toEqual([
      ["Fiber optic cables", 1.35, 0.28, 0.045, 36],
      ["Optical modules", 1.25, 0.21, 0.31, 88],
      [null, null, null, null, null],
    ]);
  });

  test("reads a Chinese table with missing optional columns, and the board uses it", async () => {
    const t = await wb.readTable("细分行业表");
    expect(t).toEqual({ name: "细分行业表", headers: ["细分领域", "拥挤度"], rows: [["光纤光缆", 30], ["液冷", null]] });
    const board = buildBoard(t, { rule: DEFAULT_RULE });
    expect(board.columns).toEqual({ segment: "细分领域", crowding: "拥挤度" });
    expect(board.lanes[0].cards.map((c) => [c.canonical, c.metrics])).toEqual([
      ["Fiber optic cables", { crowding: 30 }],
      ["Liquid cooling", {}],
    ]);
  });

  test("an unknown table is a notFound error", async () => {
    await expect(wb.readTable("Nope")).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("Excel adapter: charts", () => {
  const request = {
    title: "TMT rolling excess",
    categoryHeader: "Date",
    categories: ["2026-04-22", "2026-04-23", "2026-04-24"],
    series: [
      { name: "40-day excess", values: [null, 0.025, 0.0266], format: "0.00%" },
      { name: "10% line", values: [0.1, 0.1, 0.1], format: "0.00%" },
    ],
  };

  test("adds a new sheet with the data as Excel dates and a native line chart; existing sheets untouched", async () => {
    const before = model.sheetNames();
    const beforeWrites = before.map((s) => model.writes(s).size);
    expect(await wb.insertChart(request)).toEqual({ sheet: "TMT rolling excess" });
    expect(model.sheetNames()).toEqual([...before, "TMT rolling excess"]);
    expect(before.map((s) => model.writes(s).size)).toEqual(beforeWrites);

    const w = model.writes("TMT rolling excess");
    // 2026-04-22 is Excel serial 46134 (=DATE(2026,4,22) in Excel); a gap is a blank cell.
    expect(w.get("A1:C4")?.values).toEqual([
      ["Date", "40-day excess", "10% line"],
      [46134, "", 0.1],
      [46135, 0.025, 0.1],
      [46136, 0.0266, 0.1],
    ]);
    expect(w.get("A2:A4")?.numberFormat).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]]);
    expect(w.get("B2:B4")?.numberFormat).toEqual([["0.00%"], ["0.00%"], ["0.00%"]]);
    expect(model.charts).toEqual([
      {
        sheet: "TMT rolling excess",
        type: "Line",
        seriesBy: "Columns",
        source: "A1:C4",
        title: "TMT rolling excess",
        position: ["E2", "M21"],
      },
    ]);
  });

  test("a taken name gets a suffix instead of touching the existing sheet", async () => {
    expect(await wb.insertChart({ ...request, title: "Notes" })).toEqual({ sheet: "Notes (2)" });
    expect(model.writes("Notes").size).toBe(0);
  });

  test("texts from the workbook stay texts: the header and text categories are formatted as Text before the values", async () => {
    const textual = {
      title: "Text categories",
      categoryHeader: "=cmd",
      categories: ["=1+1", "Q2", 3],
      series: [{ name: "=HYPERLINK(\"x\")", values: [1, null, 3] }],
    };
    expect(await wb.insertChart(textual)).toEqual({ sheet: "Text categories" });
    // Expected by hand: Excel would turn "=cmd" and "=1+1" into formulas in a General cell; in a "@" cell they stay text.
    expect(model.cell("Text categories", "A1")).toEqual({ value: "=cmd", numberFormat: "@" });
    expect(model.cell("Text categories", "B1")).toEqual({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(model.cell("Text categories", "A2")).toEqual({ value: "=1+1", numberFormat: "@" });
    expect(model.cell("Text categories", "A3")).toEqual({ value: "Q2", numberFormat: "@" });
    expect(model.cell("Text categories", "A4")).toEqual({ value: 3, numberFormat: "General" });
    expect(model.cell("Text categories", "B2")).toEqual({ value: 1 }); // numbers are left alone
    expect(model.cell("Text categories", "B3")).toEqual({ value: "" }); // a gap is a blank cell
  });

  test("dates stay dates: the category column is not made Text", async () => {
    await wb.insertChart(request);
    expect(model.cell("TMT rolling excess", "A1")).toEqual({ value: "Date", numberFormat: "@" });
    expect(model.cell("TMT rolling excess", "A2")).toEqual({ value: 46134, numberFormat: "yyyy-mm-dd" });
  });

  test("a series of the wrong length is refused before anything is written", async () => {
    const bad = { ...request, series: [{ name: "x", values: [1] }] };
    await expect(wb.insertChart(bad)).rejects.toBeInstanceOf(WorkbookError);
    expect(model.runs).toBe(0);
  });

  test("retries once when Excel is in cell-edit mode", async () => {
    model.failNextRuns(1, "InvalidOperationInCellEditMode");
    expect(await wb.insertChart(request)).toEqual({ sheet: "TMT rolling excess" });
    expect(model.runs).toBe(2);
  });

  test("gives up with a clear message when cell-edit mode persists", async () => {
    model.failNextRuns(2, "InvalidOperationInCellEditMode");
    await expect(wb.listTables()).rejects.toThrow(/finish editing/);
    expect(model.runs).toBe(2);
  });
});

describe("Excel adapter: settings", () => {
  test("round-trip through the document settings under one key, as JSON", async () => {
    expect(await wb.readSettings()).toBeUndefined();
    const s = { ...parseSettings(undefined).settings, table: "细分行业表", window: 20 };
    await wb.writeSettings(s);
    expect([...model.settings.keys()]).toEqual(["baton.settings"]);
    expect(typeof model.settings.get("baton.settings")).toBe("string");
    expect(parseSettings(await wb.readSettings())).toEqual({ settings: s });
  });

  test("bad or unreadable stored settings parse to the defaults with a notice", async () => {
    model.settings.set("baton.settings", '{"version":1,"window":"forty"}');
    expect(parseSettings(await wb.readSettings()).notice).toBe("invalid");
    model.settings.set("baton.settings", "{not json");
    expect(parseSettings(await wb.readSettings())).toEqual({ settings: parseSettings(undefined).settings, notice: "invalid" });
    model.settings.set("baton.settings", JSON.stringify({ tableName: "Segments" }));
    expect(parseSettings(await wb.readSettings()).notice).toBe("outdated");
  });

  test("a failed save is reported", async () => {
    model.failSave = true;
    await expect(wb.writeSettings({ version: 1 })).rejects.toMatchObject({ code: "failed" });
  });
});

describe("Excel adapter: templates, events, capabilities", () => {
  test("capabilities follow isSetSupported", () => {
    expect(wb.capabilities()).toEqual({ inExcel: true, charts: true, insertTemplate: true, settings: true, changeEvents: true });
    model.supported.delete("ExcelApi 1.13");
    model.supported.delete("ExcelApi 1.7");
    expect(wb.capabilities()).toMatchObject({ insertTemplate: false, changeEvents: false });
  });

  test("change events call the listener until it unsubscribes", async () => {
    let calls = 0;
    const off = await wb.onTableChanged("Segments", () => calls++);
    await model.fireChanged("Segments");
    expect(calls).toBe(1);
    off();
    await new Promise((r) => setImmediate(r));
    expect(model.handlerCount("Segments")).toBe(0);
    await model.fireChanged("Segments");
    expect(calls).toBe(1);
  });
});

// Template insertion never lets insertWorksheetsFromBase64 meet a taken name (the model refuses one,
// as its behaviour is undocumented): the analyst's clashing sheet is renamed to "~baton tmp N" around
// the insert and renamed back. Every expected name below is written out by hand from the rule
// "base, else base (2), base (3)…, cut to 31 characters before the suffix".
describe("Excel adapter: template insertion", () => {
  const TEMPLATE = "UEsDBA==";
  /** A fresh model with these sheets besides the tables' ("Board", "数据"). */
  function workbookWith(sheets: string[], tables: MockTable[] = []): void {
    model.uninstall();
    model = createExcelModel([english, chinese, ...tables], sheets);
    model.install();
    wb = createExcelWorkbook({ retryDelayMs: 0 });
  }
  const byName = (name: string) => model.sheets().find((s) => s.name === name);

  test("no clash: the sheets go in at the end under their own names; nothing else is renamed", async () => {
    const before = model.sheets();
    expect(await wb.insertTemplate(TEMPLATE, ["Prices", "Crowding"], [])).toEqual({ sheets: ["Prices", "Crowding"] });
    expect(model.inserted).toEqual([{ base64: TEMPLATE, options: { sheetNamesToInsert: ["Prices", "Crowding"], positionType: "End" } }]);
    expect(model.sheets()).toEqual([
      ...before,
      { id: expect.any(String), name: "Prices", origin: "template Prices" },
      { id: expect.any(String), name: "Crowding", origin: "template Crowding" },
    ]);
  });

  test("a clash: the analyst's sheet keeps its name, id and content; the template's sheet becomes \"Prices (2)\"", async () => {
    workbookWith(["Notes", "Prices"]);
    model.writes("Prices").set("A1:A2", { values: [["my prices"], [42]] });
    const mine = byName("Prices");
    expect(await wb.insertTemplate(TEMPLATE, ["Prices", "Crowding"], [])).toEqual({ sheets: ["Prices (2)", "Crowding"] });
    // inserted under the template's own names (free at that moment), then renamed
    expect(model.inserted[0].options).toEqual({ sheetNamesToInsert: ["Prices", "Crowding"], positionType: "End" });
    expect(model.sheetNames()).toEqual(["Notes", "Prices", "Board", "数据", "Prices (2)", "Crowding"]);
    expect(byName("Prices")).toEqual(mine);
    expect(model.writes("Prices").get("A1:A2")).toEqual({ values: [["my prices"], [42]] });
    expect(byName("Prices (2)")?.origin).toBe("template Prices");
    expect(model.writes("Prices (2)").size).toBe(0);
  });

  test("\"Prices (2)\" taken too → \"Prices (3)\"; names clash ignoring case and keep their own case", async () => {
    workbookWith(["prices", "PRICES (2)"]);
    const before = model.sheets();
    expect(await wb.insertTemplate(TEMPLATE, ["Prices"], [])).toEqual({ sheets: ["Prices (3)"] });
    expect(model.sheets()).toEqual([...before, { id: expect.any(String), name: "Prices (3)", origin: "template Prices" }]);
  });

  test("several clashes at once, and a template sheet named like another's suffix", async () => {
    // The template has "Notes" and "Notes (2)"; the workbook has "Notes" and "Board".
    // "Notes" → "Notes (3)" ("Notes (2)" comes with the template); "board" → "board (2)".
    const before = model.sheets();
    expect(await wb.insertTemplate(TEMPLATE, ["Notes", "Notes (2)", "board", "Fresh"], [])).toEqual({
      sheets: ["Notes (3)", "Notes (2)", "board (2)", "Fresh"],
    });
    expect(model.sheets().slice(0, before.length)).toEqual(before);
    expect(model.sheets().slice(before.length).map((s) => [s.name, s.origin])).toEqual([
      ["Notes (3)", "template Notes"],
      ["Notes (2)", "template Notes (2)"],
      ["board (2)", "template board"],
      ["Fresh", "template Fresh"],
    ]);
  });

  test("a 31-character name is cut before the suffix", async () => {
    const long = "Rolling excess by segment 2026A"; // 31 characters
    workbookWith([long]);
    // 27 characters + " (2)" = 31
    expect(await wb.insertTemplate(TEMPLATE, [long], [])).toEqual({ sheets: ["Rolling excess by segment 2 (2)"] });
    expect(model.sheetNames()).toContain(long);
  });

  test("a failed insert: the analyst's sheets have their names again and the error says so", async () => {
    workbookWith(["Prices", "Notes"]);
    const before = model.sheets();
    model.failInsert = { code: "GeneralException", message: "the file is corrupt" };
    const err = await wb.insertTemplate(TEMPLATE, ["Prices", "Notes", "Crowding"], []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ code: "failed", names: ["Prices", "Notes"] });
    expect((err as Error).message).toBe(
      "inserting the template's sheets failed: the file is corrupt. " +
        'Your sheets "Prices", "Notes" have their own names again. Nothing was inserted.',
    );
    expect(model.inserted).toHaveLength(1); // it was tried
    expect(model.sheets()).toEqual(before);
  });

  test("a failure while parking the second sheet undoes the first, and nothing is inserted", async () => {
    workbookWith(["Prices", "Notes"]);
    const before = model.sheets();
    model.failRename("~baton tmp 2");
    const err = await wb.insertTemplate(TEMPLATE, ["Prices", "Notes"], []).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "failed", names: ["Prices", "Notes"] });
    expect((err as Error).message).toMatch(/^renaming your sheets out of the way failed: .*have their own names again\. Nothing was inserted\.$/);
    expect(model.inserted).toEqual([]);
    expect(model.sheets()).toEqual(before);
  });

  test("a failure while renaming the inserted sheet: it is moved aside, the analyst's sheet gets its name back", async () => {
    workbookWith(["Prices"]);
    const mine = byName("Prices");
    model.failRename("Prices (2)"); // once: step 3 fails, the restore's move succeeds
    const err = await wb.insertTemplate(TEMPLATE, ["Prices", "Crowding"], []).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "failed", names: ["Prices"] });
    expect((err as Error).message).toMatch(/^renaming the template's sheets failed: .*"Prices" have their own names again\. The template's sheets already added: "Prices \(2\)", "Crowding"\.$/);
    expect(byName("Prices")).toEqual(mine);
    expect(byName("Prices (2)")?.origin).toBe("template Prices");
  });

  test("when the restore fails too, the error names each temporary name and what to rename it to", async () => {
    workbookWith(["Prices"]);
    model.failInsert = { code: "GeneralException", message: "the file is corrupt" };
    model.failRename("Prices");
    const err = await wb.insertTemplate(TEMPLATE, ["Prices"], []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ code: "failed", names: ["~baton tmp 1"] });
    expect((err as Error).message).toMatch(/^inserting the template's sheets failed \(the file is corrupt\), and Baton could not give your sheets "Prices" their names back/);
    expect((err as Error).message).toContain('"~baton tmp 1" → "Prices"');
    expect(model.sheetNames()).toContain("~baton tmp 1"); // the honest state the message describes
  });

  test("cell-edit mode before anything is renamed is retried; after, it is not (the names are restored instead)", async () => {
    workbookWith(["Prices"]);
    model.failNextRuns(1, "InvalidOperationInCellEditMode");
    expect(await wb.insertTemplate(TEMPLATE, ["Prices"], [])).toEqual({ sheets: ["Prices (2)"] });
    expect(model.runs).toBe(2);

    workbookWith(["Prices"]);
    const before = model.sheets();
    model.failInsert = { code: "InvalidOperationInCellEditMode", message: "cell edit" };
    await expect(wb.insertTemplate(TEMPLATE, ["Prices"], [])).rejects.toThrow(/finish editing .*"Prices" have their own names again/);
    expect(model.runs).toBe(1);
    expect(model.sheets()).toEqual(before);
  });

  test("no clash: cell-edit mode at the start is retried; once the insert was sent, it is not (no second copy)", async () => {
    model.failNextRuns(1, "InvalidOperationInCellEditMode");
    expect(await wb.insertTemplate(TEMPLATE, ["Prices"], [])).toEqual({ sheets: ["Prices"] });
    expect(model.runs).toBe(2);
    expect(model.inserted).toHaveLength(1);

    // The insert went in; the sync after it (reading the inserted names) fails in cell-edit mode.
    workbookWith(["Notes"]);
    model.failSyncAfterInsert = "InvalidOperationInCellEditMode";
    const err = await wb.insertTemplate(TEMPLATE, ["Prices", "Crowding"], []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err).toMatchObject({ code: "failed", names: [] });
    expect((err as Error).message).toBe(
      "reading the inserted sheets failed: Excel is editing a cell; finish editing (Enter or Esc) and try again. " +
        'The template\'s sheets already added: "Prices", "Crowding".',
    );
    expect(model.runs).toBe(1);
    expect(model.inserted).toHaveLength(1);
    expect(model.sheets().filter((s) => s.origin.startsWith("template")).map((s) => s.name)).toEqual(["Prices", "Crowding"]);

    // The insert's own sync fails in cell-edit mode: not retried either, and nothing was added.
    workbookWith(["Notes"]);
    model.failInsert = { code: "InvalidOperationInCellEditMode", message: "cell edit" };
    await expect(wb.insertTemplate(TEMPLATE, ["Prices"], [])).rejects.toThrow(
      "inserting the template's sheets failed: Excel is editing a cell; finish editing (Enter or Esc) and try again. Nothing was inserted.",
    );
    expect(model.runs).toBe(1);
  });

  test("a temporary name already in the workbook is skipped", async () => {
    workbookWith(["~baton tmp 1", "Prices"]);
    expect(await wb.insertTemplate(TEMPLATE, ["Prices"], [])).toEqual({ sheets: ["Prices (2)"] });
    expect(model.sheetNames()).toEqual(["~baton tmp 1", "Prices", "Board", "数据", "Prices (2)"]);
  });

  test("without ExcelApi 1.13 a template is notSupported, before Excel is touched", async () => {
    model.supported.delete("ExcelApi 1.13");
    const err = await wb.insertTemplate(TEMPLATE, ["Prices"], []).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "notSupported" });
    expect((err as Error).message).toMatch(/ExcelApi 1\.13.*download the template/);
    expect(model.runs).toBe(0);
  });

  test("no sheet names, or a name twice (ignoring case), is invalid", async () => {
    await expect(wb.insertTemplate(TEMPLATE, [], [])).rejects.toMatchObject({ code: "invalid" });
    await expect(wb.insertTemplate(TEMPLATE, ["Prices", "PRICES"], [])).rejects.toMatchObject({ code: "invalid" });
    expect(model.runs).toBe(0);
  });
});

// Table names are unique across a workbook, and the model refuses an insert whose table name is taken
// (undocumented in Office). Expected names by hand from the rule "base, else base2, base3…".
describe("Excel adapter: template tables", () => {
  const TEMPLATE = "UEsDBA==";
  const prices = (name: string, sheet = "Data"): MockTable => ({ name, sheet, headers: ["Date", "Close"], rows: [[46134, 10]] });
  function workbookWith(sheets: string[], tables: MockTable[]): void {
    model.uninstall();
    model = createExcelModel([english, chinese, ...tables], sheets);
    model.install();
    wb = createExcelWorkbook({ retryDelayMs: 0 });
  }
  const MONITOR = { B2: "=BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])", C2: "=ROWS(Prices[#All])" };

  test("the analyst's Prices table keeps its name, id and formulas; the template's becomes Prices2 and its formulas follow", async () => {
    workbookWith(["Notes"], [prices("Prices")]);
    model.setFormula("Notes", "A1", "=SUM(Prices[Close])");
    model.templateSheets = { Prices: { tables: ["Prices"] }, Monitor: { formulas: MONITOR } };
    const before = model.tables();
    expect(await wb.insertTemplate(TEMPLATE, ["Readme", "Prices", "Monitor"], ["Prices"])).toEqual({
      sheets: ["Readme", "Prices", "Monitor"],
      tables: [{ from: "Prices", to: "Prices2" }],
    });
    expect(model.tables()).toEqual([...before, { id: expect.any(String), name: "Prices2", sheet: "Prices", origin: "template Prices" }]);
    expect(model.formula("Notes", "A1")).toBe("=SUM(Prices[Close])");
    expect(model.formula("Monitor", "B2")).toBe("=BATON.ROLLING_EXCESS(Prices2[Sector],Prices2[Benchmark])");
    expect(model.formula("Monitor", "C2")).toBe("=ROWS(Prices2[#All])");
  });

  test("Prices2 taken too (any case) → Prices3, together with a sheet clash", async () => {
    workbookWith(["Prices"], [prices("prices"), prices("PRICES2")]);
    model.templateSheets = { Prices: { tables: ["Prices"], formulas: { D1: "=COUNT(Prices[Close])" } } };
    const before = model.tables();
    const mine = model.sheets().find((s) => s.name === "Prices");
    expect(await wb.insertTemplate(TEMPLATE, ["Prices"], ["Prices"])).toEqual({
      sheets: ["Prices (2)"],
      tables: [{ from: "Prices", to: "Prices3" }],
    });
    expect(model.tables()).toEqual([...before, { id: expect.any(String), name: "Prices3", sheet: "Prices (2)", origin: "template Prices" }]);
    expect(model.sheets().find((s) => s.name === "Prices")).toEqual(mine);
    expect(model.formula("Prices (2)", "D1")).toBe("=COUNT(Prices3[Close])");
  });

  test("no table of the template's names in the workbook: no table is renamed and the result has no tables", async () => {
    workbookWith(["Notes"], [prices("Quotes")]);
    model.templateSheets = { Prices: { tables: ["Prices"] }, Monitor: { formulas: MONITOR } };
    const before = model.tables();
    expect(await wb.insertTemplate(TEMPLATE, ["Prices", "Monitor"], ["Prices"])).toEqual({ sheets: ["Prices", "Monitor"] });
    expect(model.tables().slice(0, before.length)).toEqual(before);
    expect(model.formula("Monitor", "B2")).toBe("=BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])");
  });

  test("without the template's table names, every table of the analyst's is parked and restored", async () => {
    workbookWith(["Notes"], [prices("Prices")]);
    model.setFormula("Notes", "A1", "=SUM(Prices[Close])+ROWS(Segments[#All])");
    model.templateSheets = { Prices: { tables: ["Prices"] }, Monitor: { formulas: MONITOR } };
    const before = model.tables();
    expect(await wb.insertTemplate(TEMPLATE, ["Prices", "Monitor"])).toEqual({
      sheets: ["Prices", "Monitor"],
      tables: [{ from: "Prices", to: "Prices2" }],
    });
    expect(model.tables().slice(0, before.length)).toEqual(before);
    expect(model.formula("Notes", "A1")).toBe("=SUM(Prices[Close])+ROWS(Segments[#All])");
    expect(model.formula("Monitor", "C2")).toBe("=ROWS(Prices2[#All])");
  });

  test("a failed insert: the analyst's table has its name again and the error says so", async () => {
    workbookWith(["Notes"], [prices("Prices")]);
    model.templateSheets = { Prices: { tables: ["Prices"] } };
    const before = model.tables();
    model.failInsert = { code: "GeneralException", message: "the file is corrupt" };
    const err = await wb.insertTemplate(TEMPLATE, ["Prices"], ["Prices"]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "failed", names: ["Prices"] });
    expect((err as Error).message).toBe(
      'inserting the template\'s sheets failed: the file is corrupt. Your tables "Prices" have their own names again. Nothing was inserted.',
    );
    expect(model.tables()).toEqual(before);
  });

  test("a failure renaming the inserted table: it is moved aside, the analyst's table gets its name back", async () => {
    workbookWith(["Notes"], [prices("Prices")]);
    model.templateSheets = { Prices: { tables: ["Prices"] }, Monitor: { formulas: MONITOR } };
    const before = model.tables();
    model.failRename("Prices2"); // once: step 3 fails, the restore's move succeeds
    const err = await wb.insertTemplate(TEMPLATE, ["Prices", "Monitor"], ["Prices"]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "failed", names: ["Prices"] });
    expect((err as Error).message).toMatch(
      /^renaming the template's sheets and tables failed: .*Your tables "Prices" have their own names again\. The template's sheets already added: "Prices", "Monitor"\.$/,
    );
    expect(model.tables()).toEqual([...before, { id: expect.any(String), name: "Prices2", sheet: "Prices", origin: "template Prices" }]);
    expect(model.formula("Monitor", "C2")).toBe("=ROWS(Prices2[#All])");
  });

  test("when the table's restore fails, the error names its temporary name and what to rename it to", async () => {
    workbookWith(["Prices"], [prices("Prices")]);
    model.templateSheets = { Prices: { tables: ["Prices"] } };
    model.failInsert = { code: "GeneralException", message: "the file is corrupt" };
    model.failRename("Prices"); // the sheet's rename back fails first, so the batch drops the table's
    const err = await wb.insertTemplate(TEMPLATE, ["Prices"], ["Prices"]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "failed", names: ["~baton tmp 1", "batonTmp1"] });
    expect((err as Error).message).toMatch(/Baton could not give your sheets "Prices" and tables "Prices" their names back/);
    expect((err as Error).message).toContain('rename it by hand: "~baton tmp 1" → "Prices", "batonTmp1" → "Prices".');
    expect(model.tables().map((t) => t.name)).toContain("batonTmp1");
  });
});

describe("uniqueTableName and planTables", () => {
  test("a free name Excel accepts: base, base2, base3…; base_N when baseN reads as a cell", () => {
    expect(uniqueTableName("Free", ["Prices"])).toBe("Free");
    expect(uniqueTableName("Prices", ["prices", "Prices2"])).toBe("Prices3");
    expect(uniqueTableName("AB", ["ab"])).toBe("AB_2"); // AB2 is a cell
    expect(uniqueTableName("R", ["R"])).toBe("R_2"); // R2 is an R1C1 row
    expect(uniqueTableName("Q1 sales", [])).toBe("Q1_sales");
    expect(uniqueTableName("2026", [])).toBe("_2026");
    expect(uniqueTableName("细分行业表", ["细分行业表"])).toBe("细分行业表2");
    expect(uniqueTableName("x".repeat(255), ["x".repeat(255)])).toBe(`${"x".repeat(253)}2`);
  });

  test("parks the analyst's tables the template brings (ignoring case), or all when unknown", () => {
    expect(planTables(["Prices", "Notes", "batonTmp1"], ["prices", "Monitor"])).toEqual([{ name: "Prices", temp: "batonTmp2" }]);
    expect(planTables(["A", "B"], undefined)).toEqual([
      { name: "A", temp: "batonTmp1" },
      { name: "B", temp: "batonTmp2" },
    ]);
    expect(planTables(["A"], ["BATONTMP1", "a"])).toEqual([{ name: "A", temp: "batonTmp2" }]);
    expect(planTables(["A"], [])).toEqual([]);
  });
});

describe("planTemplate", () => {
  test("parks each clashing sheet under the lowest free temporary name and suffixes the template's", () => {
    expect(planTemplate(["Notes", "prices"], ["Prices", "Crowding"])).toEqual({
      parked: [{ name: "prices", temp: "~baton tmp 1" }],
      finals: ["Prices (2)", "Crowding"],
    });
    expect(planTemplate(["~BATON TMP 1", "A", "B"], ["B", "~baton tmp 2", "a"])).toEqual({
      parked: [
        { name: "B", temp: "~baton tmp 3" },
        { name: "A", temp: "~baton tmp 4" },
      ],
      finals: ["B (2)", "~baton tmp 2", "a (2)"],
    });
    expect(planTemplate([], ["X"])).toEqual({ parked: [], finals: ["X"] });
  });
});
