/**
 * What real Excel does that a plain mock does not (issue 16), modelled in test/support/excelModel.ts
 * after Microsoft's documentation: Excel.RunOptions.delayForCellEdit (a batch waits for the cell edit to
 * end; without the option it fails with InvalidOperationInCellEditMode, office-js #625/#856),
 * Worksheet.onCalculated (ExcelApi 1.8; Table.onChanged misses formula results, office-js #3899) and
 * TableCollection.onAdded/onDeleted (ExcelApi 1.9). Expected values are the tables' cells as written here.
 */
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { WorkbookError, type TableData } from "../../../src/workbook/port";
import { mergeReads, readAll } from "../../../src/taskpane/tableReads";
import { createExcelModel, type ExcelModel, type MockTable } from "../../support/excelModel";

const segments: MockTable = {
  name: "Segments",
  sheet: "Board",
  headers: ["Segment", "Crowding score"],
  rows: [["Optical modules", 88]],
};

let model: ExcelModel;
beforeEach(() => {
  model = createExcelModel([segments], ["Notes"]);
  model.install();
});
afterEach(() => model.uninstall());
const tick = () => new Promise((r) => setImmediate(r));

describe("cell-edit mode", () => {
  test("every batch asks Excel to wait for a cell edit (delayForCellEdit); a read sent mid-edit completes after it", async () => {
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    model.startCellEdit();
    let done: TableData | undefined;
    const reading = wb.readTable("Segments").then((t) => (done = t));
    await tick();
    expect(model.waiting()).toBe(1);
    expect(done).toBeUndefined();
    model.endCellEdit();
    await reading;
    expect(done?.rows).toEqual([["Optical modules", 88]]);
    expect(model.runOptions.every((o) => (o as { delayForCellEdit?: boolean })?.delayForCellEdit === true)).toBe(true);
  });

  test("a host that ignores the option: one retry, then a `busy` error that says to finish editing", async () => {
    model.oldHost = true;
    model.startCellEdit();
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    const e = await wb.readTable("Segments").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkbookError);
    expect(e).toMatchObject({ code: "busy", message: expect.stringMatching(/finish editing/) });
    expect(model.runs).toBe(2);
  });

  test("a re-read during a cell edit keeps the last good data and says it waits; after the edit it refreshes and clears", async () => {
    model.oldHost = true;
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    const first = mergeReads(new Map(), ["Segments"], await readAll(wb, ["Segments"]));
    expect(first).toMatchObject({ waiting: false, error: undefined });
    const good = first.data.get("Segments");
    expect(good?.rows).toEqual([["Optical modules", 88]]);

    model.startCellEdit();
    const during = mergeReads(first.data, ["Segments"], await readAll(wb, ["Segments"]));
    expect(during.data.get("Segments")).toBe(good); // the board keeps the table
    expect(during).toMatchObject({ waiting: true, error: undefined, missing: false });

    model.endCellEdit();
    const after = mergeReads(during.data, ["Segments"], await readAll(wb, ["Segments"]));
    expect(after).toMatchObject({ waiting: false, error: undefined });
    expect(after.data.get("Segments")?.rows).toEqual([["Optical modules", 88]]);
  });

  test("a table that is gone keeps its last data, is reported, and asks for a new list", async () => {
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    const last = { name: "Old", headers: ["Segment"], rows: [["CPO"]] };
    const merged = mergeReads(new Map([["Old", last]]), ["Old"], await readAll(wb, ["Old"]));
    expect(merged.data.get("Old")).toBe(last);
    expect(merged).toMatchObject({ waiting: false, missing: true, error: expect.stringMatching(/^Old: /) });
  });
});

describe("changes the pane must not miss", () => {
  test("a recalculation of the table's sheet calls the listener too (formula-driven tables); unsubscribing removes both", async () => {
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    let calls = 0;
    const off = await wb.onTableChanged("Segments", () => calls++);
    expect(model.calculatedCount("Board")).toBe(1);
    await model.fireCalculated("Board");
    await model.fireChanged("Segments");
    expect(calls).toBe(2);
    off();
    await tick();
    expect(model.calculatedCount("Board")).toBe(0);
    expect(model.handlerCount("Segments")).toBe(0);
  });

  test("without ExcelApi 1.8 only Table.onChanged is registered", async () => {
    model.supported.delete("ExcelApi 1.8");
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    await wb.onTableChanged("Segments", () => undefined);
    expect(model.calculatedCount("Board")).toBe(0);
    expect(model.handlerCount("Segments")).toBe(1);
  });

  test("tables added or deleted call the list listener (ExcelApi 1.9); without 1.9 there is nothing to listen to", async () => {
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    let calls = 0;
    const off = await wb.onTablesChanged(() => calls++);
    await model.fireTablesChanged("added");
    await model.fireTablesChanged("deleted");
    expect(calls).toBe(2);
    off?.();
    await tick();
    await model.fireTablesChanged("added");
    expect(calls).toBe(2);
    model.supported.delete("ExcelApi 1.9");
    expect(await wb.onTablesChanged(() => calls++)).toBeUndefined();
  });
});
