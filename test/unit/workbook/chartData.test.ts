/**
 * The chart sheet's data block. Expected serials are Excel's own: =DATE(2026,4,24) is 46136,
 * =DATE(1990,1,1) is 32874; the grids are written out by hand.
 */
import { categoryCells, chartGrid } from "../../../src/workbook/chartData";

describe("categoryCells", () => {
  test("ISO dates become Excel serials and are marked as dates", () => {
    expect(categoryCells(["2026-04-24", "2026-04-27"])).toEqual({ cells: [46136, 46139], dates: true });
  });
  test("serials between 1990 and 2100 are dates already; other numbers and texts are not", () => {
    expect(categoryCells([32874, 46136])).toEqual({ cells: [32874, 46136], dates: true });
    expect(categoryCells([1, 2, 3])).toEqual({ cells: [1, 2, 3], dates: false });
    expect(categoryCells(["Q1", 46136])).toEqual({ cells: ["Q1", 46136], dates: false });
  });
  test("a day that does not exist stays text, and no categories are no dates", () => {
    expect(categoryCells(["2026-02-30"])).toEqual({ cells: ["2026-02-30"], dates: false });
    expect(categoryCells([])).toEqual({ cells: [], dates: false });
  });
});

test("chartGrid: a header row, one row per category, gaps (null, NaN) as blank cells", () => {
  const grid = chartGrid(
    { title: "t", categoryHeader: "Date", categories: [1, 2], series: [{ name: "a", values: [null, 0.5] }, { name: "b", values: [NaN, 2] }] },
    [1, 2],
  );
  expect(grid).toEqual([
    ["Date", "a", "b"],
    [1, "", ""],
    [2, 0.5, 2],
  ]);
});
