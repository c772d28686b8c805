/**
 * The Share section's two workbook actions (issue 14), against the Office.js mock and the in-memory
 * workbook: "Repair Baton formulas" re-enters exactly the same formula in BATON cells showing an error
 * (office-js #4185/#4487/#6395/#6611), anchors only, protected sheets skipped; "Copy for sharing" copies
 * sheets and freezes BATON results (spills included) in the copies only. Expected cells are the ones set
 * up here, written out by hand.
 */
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { createMemoryWorkbook } from "../../../src/workbook/memory";
import { batonCells, describeCells, subGrid, usesBaton } from "../../../src/workbook/batonCells";
import { createExcelModel, type ExcelModel } from "../../support/excelModel";

const EXCESS = "=BATON.ROLLING_EXCESS(Prices[Sector],Prices[Benchmark])";
const TIER = "=BATON.DIFFUSION_TIER(A2)";

describe("batonCells", () => {
  test("BATON calls in display or stored form, not in text, not other functions", () => {
    expect(usesBaton(EXCESS)).toBe(true);
    expect(usesBaton("=_xldudf_BATON_CROWDING_SCORE(A:A,B:B)")).toBe(true);
    expect(usesBaton("=baton.taxonomy()")).toBe(true);
    expect(usesBaton('="BATON.X("&A1')).toBe(false);
    expect(usesBaton("=XBATON.F(1)")).toBe(false);
    expect(usesBaton("BATON.TAXONOMY()")).toBe(false); // a text, not a formula
    expect(usesBaton(3)).toBe(false);
  });
  test("positions from the block's corner; with value types, errors only", () => {
    const formulas = [
      ["x", TIER],
      [EXCESS, "=SUM(A1)"],
    ];
    expect(batonCells(formulas, 4, 1).map((c) => c.address)).toEqual(["C5", "B6"]);
    expect(batonCells(formulas, 4, 1, [["String", "Double"], ["Error", "Double"]])).toEqual([{ row: 6, col: 2, address: "B6", formula: EXCESS }]);
  });
  test("subGrid and describeCells", () => {
    expect(subGrid([[1, 2], [3, 4]], 1, 1, "C2:C3")).toEqual([[2], [4]]);
    expect(subGrid([[1]], 0, 0, "A1:B1")).toEqual([[1, ""]]);
    expect(describeCells([{ sheet: "My sheet", address: "B2" }, { sheet: "M", address: "C5" }], 1)).toBe("'My sheet'!B2 (+1)");
  });
});

describe("Excel adapter: Repair Baton formulas", () => {
  let model: ExcelModel;
  beforeEach(() => {
    model = createExcelModel([], ["Monitor", "Locked", "Notes"]);
    model.supported.add("ExcelApi 1.4");
    model.supported.add("ExcelApi 1.10");
    model.supported.add("ExcelApi 1.12");
    model.install();
    // Monitor: a #NAME? anchor (the bug), a working spill B5:B7 whose child B6 shows #N/A, a good formula,
    // a non-BATON error, and plain values.
    model.setCell("Monitor", "B2", { formula: EXCESS, value: "#NAME?" });
    model.setCell("Monitor", "B5", { formula: TIER, value: 1, spillTo: "B5:B7" });
    model.setCell("Monitor", "B6", { value: "#N/A", spillParent: "B5" });
    model.setCell("Monitor", "B7", { value: 3, spillParent: "B5" });
    model.setCell("Monitor", "C2", { formula: "=1/0", value: "#DIV/0!" });
    model.setCell("Monitor", "D2", { formula: TIER, value: 2 });
    model.setCell("Monitor", "A1", { value: "Segment" });
    model.setCell("Locked", "A1", { formula: TIER, value: "#NAME?" });
    model.protect("Locked");
  });
  afterEach(() => model.uninstall());

  test("re-enters exactly the broken anchor; never a spill child, a good formula, another error or a value", async () => {
    const report = await createExcelWorkbook({ retryDelayMs: 0 }).repairFormulas();
    expect(report).toEqual({ repaired: [{ sheet: "Monitor", address: "B2" }], protectedSheets: [{ sheet: "Locked", cells: 1 }] });
    expect(model.formulaWrites).toEqual([{ sheet: "Monitor", address: "B2", formula: EXCESS }]);
    expect(model.cell("Monitor", "B6")).toEqual({ value: "#N/A", spillParent: "B5" });
    expect(model.cell("Monitor", "C2")).toEqual({ formula: "=1/0", value: "#DIV/0!" });
  });

  test("a spill whose anchor is an error is re-entered at the anchor only", async () => {
    model.setCell("Monitor", "B5", { formula: TIER, value: "#NAME?", spillTo: "B5:B7" });
    model.setCell("Monitor", "B7", { value: "#VALUE!", spillParent: "B5" });
    const report = await createExcelWorkbook({ retryDelayMs: 0 }).repairFormulas();
    expect(report.repaired).toEqual([
      { sheet: "Monitor", address: "B2" },
      { sheet: "Monitor", address: "B5" },
    ]);
  });

  test("without ExcelApi 1.4 it is not supported; actions() says so", async () => {
    model.supported.delete("ExcelApi 1.4");
    const wb = createExcelWorkbook({ retryDelayMs: 0 });
    expect(wb.actions().repairFormulas).toBe(false);
    await expect(wb.repairFormulas()).rejects.toMatchObject({ code: "notSupported" });
  });
});

describe("Excel adapter: Copy for sharing", () => {
  let model: ExcelModel;
  beforeEach(() => {
    model = createExcelModel([], ["Monitor", "Locked"]);
    model.supported.add("ExcelApi 1.4");
    model.supported.add("ExcelApi 1.10");
    model.supported.add("ExcelApi 1.12");
    model.install();
    model.setCell("Monitor", "A1", { value: "Segment" });
    model.setCell("Monitor", "B2", { formula: EXCESS, value: 0.0266 });
    model.setCell("Monitor", "B5", { formula: TIER, value: 1, spillTo: "B5:B7" });
    model.setCell("Monitor", "B6", { value: 2, spillParent: "B5" });
    model.setCell("Monitor", "B7", { value: "#N/A", spillParent: "B5" });
    model.setCell("Monitor", "C2", { formula: "=A1&\"!\"", value: "Segment!" });
    model.setCell("Locked", "A1", { formula: TIER, value: 1 });
    model.protect("Locked");
  });
  afterEach(() => model.uninstall());

  test("copies the sheet, freezes its BATON cells and spills in the copy only; other formulas stay", async () => {
    const original = ["A1", "B2", "B5", "B6", "B7", "C2"].map((a) => model.cell("Monitor", a));
    const report = await createExcelWorkbook({ retryDelayMs: 0 }).copyForSharing(["monitor", "Locked", "Gone"]);
    expect(report).toEqual({
      copies: [{ from: "Monitor", to: "Monitor (shared)", frozen: ["B2", "B5:B7"], cells: 4 }],
      skipped: [
        { sheet: "Locked", reason: "protected" },
        { sheet: "Gone", reason: "missing" },
      ],
    });
    expect(["A1", "B2", "B5", "B6", "B7", "C2"].map((a) => model.cell("Monitor", a))).toEqual(original);
    const copy = (a: string) => model.cell("Monitor (shared)", a);
    expect(copy("B2")).toMatchObject({ value: 0.0266 });
    expect(copy("B2")?.formula).toBeUndefined();
    expect(model.formula("Monitor (shared)", "B2")).toBeUndefined();
    expect([copy("B5")?.value, copy("B6")?.value, copy("B7")?.value]).toEqual([1, 2, "#N/A"]);
    expect(copy("B5")?.formula).toBeUndefined();
    expect(copy("C2")).toMatchObject({ formula: '=A1&"!"' }); // not a BATON formula: left as it is
    expect(model.sheetNames()).toEqual(["Monitor", "Locked", "Monitor (shared)"]);
  });

  test("no sheet picked is invalid; without ExcelApi 1.10 it is not supported", async () => {
    await expect(createExcelWorkbook({ retryDelayMs: 0 }).copyForSharing([])).rejects.toMatchObject({ code: "invalid" });
    model.supported.delete("ExcelApi 1.10");
    await expect(createExcelWorkbook({ retryDelayMs: 0 }).copyForSharing(["Monitor"])).rejects.toMatchObject({ code: "notSupported" });
  });
});

describe("in-memory workbook (the preview)", () => {
  const wb = () =>
    createMemoryWorkbook({
      cells: [
        { sheet: "Monitor", address: "B2", formula: EXCESS, value: "#NAME?" },
        { sheet: "Monitor", address: "B3", formula: TIER, value: 2 },
        { sheet: "Monitor", address: "A1", value: "Segment" },
        { sheet: "Locked", address: "A1", formula: TIER, value: "#NAME?" },
      ],
      protectedSheets: ["Locked"],
    });
  test("repair reports the broken BATON cells and the protected sheets", async () => {
    expect(await wb().repairFormulas()).toEqual({ repaired: [{ sheet: "Monitor", address: "B2" }], protectedSheets: [{ sheet: "Locked", cells: 1 }] });
  });
  test("copy for sharing freezes BATON cells in the copy and leaves the original", async () => {
    const w = wb();
    expect(await w.copyForSharing(["Monitor", "Locked"])).toEqual({
      copies: [{ from: "Monitor", to: "Monitor (shared)", frozen: ["B2", "B3"], cells: 2 }],
      skipped: [{ sheet: "Locked", reason: "protected" }],
    });
    expect(w.cells("Monitor (shared)")).toEqual([
      { sheet: "Monitor (shared)", address: "B2", value: "#NAME?" },
      { sheet: "Monitor (shared)", address: "B3", value: 2 },
      { sheet: "Monitor (shared)", address: "A1", value: "Segment" },
    ]);
    expect(w.cells("Monitor")[0]).toEqual({ sheet: "Monitor", address: "B2", formula: EXCESS, value: "#NAME?" });
    expect(await w.listSheets()).toEqual(["Monitor", "Locked", "Monitor (shared)"]);
  });
});
