/**
 * Insert chart (the rotation map as a native XY scatter) and Insert (the
 * crowding heatmap as a table with a colour scale) through the Excel adapter,
 * against office-addin-mock (test/support/excelModel.ts), and through the
 * in-memory adapter. Expected cells are written out by hand from the request
 * (one row per point: label, x, then y in its series' column).
 */
import { createExcelWorkbook } from "../../../src/workbook/excel";
import { createMemoryWorkbook } from "../../../src/workbook/memory";
import { type HeatmapRequest, type ScatterRequest, WorkbookError, type WorkbookPort } from "../../../src/workbook/port";
import { scatterGrid } from "../../../src/workbook/vizInsert";
import { createExcelModel, type ExcelModel, type MockTable } from "../../support/excelModel";

const prices: MockTable = { name: "SegmentPrices", sheet: "Rotation map", headers: ["Date", "CPO", "All A"], rows: [[46136, 100, 100]] };

const scatter: ScatterRequest = {
  title: "Rotation map",
  xTitle: "Ratio",
  yTitle: "Momentum",
  labelHeader: "Segment",
  series: [
    { name: "Tier 1", points: [{ label: "Optical modules", x: 101.5, y: 100.25 }, { label: "=cmd", x: 99, y: 98 }] },
    { name: "Tier 2", points: [{ label: "IDC", x: 98.5, y: 101 }] },
  ],
  lines: [
    { name: "Ratio 100", points: [{ x: 100, y: 97 }, { x: 100, y: 103 }] },
    { name: "Momentum 100", points: [{ x: 97, y: 100 }, { x: 103, y: 100 }] },
  ],
  bounds: { min: 97, max: 103 },
};

const heat: HeatmapRequest = {
  title: "Crowding heatmap",
  headers: ["Tier", "Segment", "2026-04-17", "2026-04-24"],
  rows: [
    [1, "Optical modules", 81.5, 88],
    [2, "IDC", null, 42],
  ],
  scoreFrom: 2,
  colors: ["#2E7D32", "#F9A825", "#C62828"],
};

describe("scatterGrid", () => {
  test("one row per point, y in its series' column, lines after the markers", () => {
    expect(scatterGrid(scatter)).toEqual([
      ["Segment", "Ratio", "Tier 1", "Tier 2", "Ratio 100", "Momentum 100"],
      ["Optical modules", 101.5, 100.25, "", "", ""],
      ["=cmd", 99, 98, "", "", ""],
      ["IDC", 98.5, "", 101, "", ""],
      ["", 100, "", "", 97, ""],
      ["", 100, "", "", 103, ""],
      ["", 97, "", "", "", 100],
      ["", 103, "", "", "", 100],
    ]);
  });
});

/** The same scatter with one centroid path of two points (written by hand). */
const withPath: ScatterRequest = { ...scatter, paths: [{ name: "Tier 1 centroid", points: [{ label: "T1", x: 100.5, y: 99 }, { label: "T1", x: 101, y: 100.5 }] }] };

describe("scatterGrid with paths", () => {
  test("path points follow the markers in their own column, in order; lines come last", () => {
    expect(scatterGrid(withPath)).toEqual([
      ["Segment", "Ratio", "Tier 1", "Tier 2", "Tier 1 centroid", "Ratio 100", "Momentum 100"],
      ["Optical modules", 101.5, 100.25, "", "", "", ""],
      ["=cmd", 99, 98, "", "", "", ""],
      ["IDC", 98.5, "", 101, "", "", ""],
      ["T1", 100.5, "", "", 99, "", ""],
      ["T1", 101, "", "", 100.5, "", ""],
      ["", 100, "", "", "", 97, ""],
      ["", 100, "", "", "", 103, ""],
      ["", 97, "", "", "", "", 100],
      ["", 103, "", "", "", "", 100],
    ]);
  });
});

describe("Excel adapter: insertScatter and insertHeatmap", () => {
  let model: ExcelModel;
  let wb: WorkbookPort;
  beforeEach(() => {
    model = createExcelModel([prices], ["Notes"]);
    model.install();
    wb = createExcelWorkbook({ retryDelayMs: 0 });
  });
  afterEach(() => model.uninstall());

  test("the scatter goes on a NEW sheet (the title's name is taken: a suffix), nothing else is written", async () => {
    const before = model.sheets();
    const beforeWrites = before.map((s) => model.writes(s.name).size);
    expect(await wb.insertScatter(scatter)).toEqual({ sheet: "Rotation map (2)" });
    expect(model.sheets().slice(0, before.length)).toEqual(before);
    expect(model.sheets().slice(before.length)).toMatchObject([{ name: "Rotation map (2)", origin: "added" }]);
    expect(before.map((s) => model.writes(s.name).size)).toEqual(beforeWrites);
    expect(model.writes("Rotation map (2)").get("A1:F8")?.values).toEqual(scatterGrid(scatter));
  });

  test("the chart: an XY scatter of columns B… (x in B), one series per tier then the two lines drawn as lines, titled axes, bounds", async () => {
    await wb.insertScatter(scatter);
    expect(model.charts).toEqual([
      {
        sheet: "Rotation map (2)",
        type: "XYScatter",
        seriesBy: "Columns",
        source: "B1:F8",
        title: "Rotation map",
        position: ["H2", "P24"],
        axes: { category: { title: "Ratio", minimum: 97, maximum: 103 }, value: { title: "Momentum", minimum: 97, maximum: 103 } },
        seriesTypes: { 2: "XYScatterLinesNoMarkers", 3: "XYScatterLinesNoMarkers" },
      },
    ]);
    // Labels from the workbook stay text: "=cmd" in a Text cell is no formula.
    expect(model.cell("Rotation map (2)", "A3")).toEqual({ value: "=cmd", numberFormat: "@" });
  });

  test("a centroid path is drawn as a line with markers, the cross lines after it without markers", async () => {
    await wb.insertScatter(withPath);
    expect(model.charts[0]).toMatchObject({ source: "B1:G10", seriesTypes: { 2: "XYScatterLines", 3: "XYScatterLinesNoMarkers", 4: "XYScatterLinesNoMarkers" } });
    await expect(wb.insertScatter({ ...withPath, paths: [{ name: "x", points: [{ label: "T1", x: 1, y: Infinity }] }] })).rejects.toMatchObject({ code: "invalid" });
  });

  test("without ExcelApi 1.7 the lines stay marker series, still on a new sheet", async () => {
    model.supported.delete("ExcelApi 1.7");
    await wb.insertScatter(scatter);
    expect(model.charts[0].seriesTypes).toBeUndefined();
  });

  test("a scatter without points, or with a NaN, is refused before anything runs", async () => {
    await expect(wb.insertScatter({ ...scatter, series: [] })).rejects.toBeInstanceOf(WorkbookError);
    await expect(wb.insertScatter({ ...scatter, lines: [{ name: "x", points: [{ x: NaN, y: 1 }] }] })).rejects.toMatchObject({ code: "invalid" });
    expect(model.runs).toBe(0);
  });

  test("the heatmap: a table on a new sheet, blanks for undefined scores, a 3-colour scale 0/50/100 on the score block only", async () => {
    const before = model.sheetNames();
    expect(await wb.insertHeatmap(heat)).toEqual({ sheet: "Crowding heatmap", colorScale: true });
    expect(model.sheetNames()).toEqual([...before, "Crowding heatmap"]);
    expect(model.writes("Crowding heatmap").get("A1:D3")?.values).toEqual([
      ["Tier", "Segment", "2026-04-17", "2026-04-24"],
      [1, "Optical modules", 81.5, 88],
      [2, "IDC", "", 42],
    ]);
    expect(model.writes("Crowding heatmap").get("C2:D3")?.numberFormat).toEqual([["0", "0"], ["0", "0"]]);
    expect(model.conditionalFormats).toEqual([
      {
        sheet: "Crowding heatmap",
        address: "C2:D3",
        type: "ColorScale",
        criteria: {
          minimum: { formula: "0", type: "Number", color: "#2E7D32" },
          midpoint: { formula: "50", type: "Number", color: "#F9A825" },
          maximum: { formula: "100", type: "Number", color: "#C62828" },
        },
      },
    ]);
    // Header dates stay text (not turned into serials by Excel).
    expect(model.cell("Crowding heatmap", "C1")).toEqual({ value: "2026-04-17", numberFormat: "@" });
  });

  test("without ExcelApi 1.6 the table is written and the answer says there is no colour scale", async () => {
    model.supported.delete("ExcelApi 1.6");
    expect(await wb.insertHeatmap(heat)).toEqual({ sheet: "Crowding heatmap", colorScale: false });
    expect(model.conditionalFormats).toEqual([]);
  });

  test("a row of the wrong width is refused before anything runs", async () => {
    await expect(wb.insertHeatmap({ ...heat, rows: [[1, "x"]] })).rejects.toMatchObject({ code: "invalid" });
    expect(model.runs).toBe(0);
  });
});

describe("in-memory adapter: insertScatter and insertHeatmap", () => {
  test("each on a new uniquely named sheet, kept with its data", async () => {
    const wb = createMemoryWorkbook({ tables: [{ ...prices, rows: [[46136, 100, 100]] }] });
    expect(await wb.insertScatter(scatter)).toEqual({ sheet: "Rotation map (2)" });
    expect(await wb.insertHeatmap(heat)).toEqual({ sheet: "Crowding heatmap", colorScale: true });
    expect(wb.sheets()).toEqual(["Rotation map", "Rotation map (2)", "Crowding heatmap"]);
    expect(wb.scatters()).toEqual([{ ...scatter, sheet: "Rotation map (2)" }]);
    expect(wb.heatmaps()[0].rows).toEqual(heat.rows);
    await expect(wb.insertHeatmap({ ...heat, scoreFrom: 4 })).rejects.toMatchObject({ code: "invalid" });
  });
});
