/**
 * The pane's pictures as native Excel objects on a NEW sheet (issue 12): the
 * rotation map as an XY scatter, the crowding heatmap as a table of scores
 * with a colour scale. The data layouts are pure functions (tested alone);
 * the batches write them on a sheet the caller has just added, so nothing
 * existing is ever written over. A1 text comes from core/a1.
 */
import { address as cellAddress } from "../core/a1";
import { block } from "./chartData";
import type { HeatmapRequest, ScatterRequest } from "./port";
import { supported } from "./officeRun";

/**
 * The scatter's data block: a header row, then one row per point: its label,
 * its x, and its y in the column of its series (blank in the others, so each
 * column plots as one series against the shared x column). Paths follow the
 * marker series, line series come last. O(points × series).
 *
 * @example scatterGrid({ title: "t", xTitle: "Ratio", yTitle: "Momentum", labelHeader: "Segment", series: [{ name: "Tier 1", points: [{ label: "CPO", x: 101, y: 99 }] }], lines: [{ name: "100", points: [{ x: 98, y: 100 }] }] })
 * // → [["Segment", "Ratio", "Tier 1", "100"], ["CPO", 101, 99, ""], ["", 98, "", 100]]
 */
export function scatterGrid(request: ScatterRequest): (string | number)[][] {
  const paths = request.paths ?? [];
  const names = [...request.series.map((s) => s.name), ...paths.map((p) => p.name), ...request.lines.map((l) => l.name)];
  const out: (string | number)[][] = [[request.labelHeader, request.xTitle, ...names]];
  const row = (label: string, x: number, y: number, j: number): (string | number)[] => {
    const r: (string | number)[] = [label, x, ...names.map(() => "")];
    r[2 + j] = y;
    return r;
  };
  request.series.forEach((s, j) => s.points.forEach((p) => out.push(row(p.label, p.x, p.y, j))));
  paths.forEach((path, i) => path.points.forEach((p) => out.push(row(p.label, p.x, p.y, request.series.length + i))));
  request.lines.forEach((l, i) => l.points.forEach((p) => out.push(row("", p.x, p.y, request.series.length + paths.length + i))));
  return out;
}

/**
 * Writes the scatter on `sheet` (new, empty) and adds the chart: the data
 * from A1 (labels in column A are not plotted), an XY scatter of columns
 * B… (x in B), axis titles, both axes from `bounds`; where ExcelApi 1.7 is
 * there, paths are drawn as lines with markers and the line series as lines
 * without markers.
 */
export function writeScatter(sheet: Excel.Worksheet, request: ScatterRequest): void {
  const grid = scatterGrid(request);
  const n = grid.length;
  const k = grid[0].length;
  // Texts from the workbook (segment names, headers) are formatted as Text first: "=x" stays text.
  sheet.getRange(block(0, 0, 1, k)).numberFormat = [grid[0].map(() => "@")];
  sheet.getRange(block(1, 0, n - 1, 1)).numberFormat = grid.slice(1).map(() => ["@"]);
  sheet.getRange(block(0, 0, n, k)).values = grid;
  sheet.getRange(block(1, 1, n - 1, k - 1)).numberFormat = grid.slice(1).map((r) => r.slice(1).map(() => "0.00"));
  sheet.getRange(block(0, 0, n, k)).format.autofitColumns();
  const chart = sheet.charts.add(Excel.ChartType.xyscatter, sheet.getRange(block(0, 1, n, k - 1)), Excel.ChartSeriesBy.columns);
  chart.title.text = request.title;
  chart.axes.categoryAxis.title.text = request.xTitle;
  chart.axes.valueAxis.title.text = request.yTitle;
  if (request.bounds) {
    for (const axis of [chart.axes.categoryAxis, chart.axes.valueAxis]) {
      axis.minimum = request.bounds.min;
      axis.maximum = request.bounds.max;
    }
  }
  if (supported("ExcelApi", "1.7")) {
    const paths = request.paths?.length ?? 0;
    for (let i = 0; i < paths; i++) chart.series.getItemAt(request.series.length + i).chartType = Excel.ChartType.xyscatterLines;
    request.lines.forEach((_, i) => {
      chart.series.getItemAt(request.series.length + paths + i).chartType = Excel.ChartType.xyscatterLinesNoMarkers;
    });
  }
  chart.setPosition(cellAddress(2, k + 2), cellAddress(24, k + 10));
}

/**
 * Writes the heatmap table on `sheet` (new, empty) from A1: headers as Text,
 * texts as Text, scores as whole numbers, and a 3-colour scale (0, 50, 100)
 * over the score block where ExcelApi 1.6 has conditional formats. Returns
 * whether the colour scale was added.
 */
export function writeHeatmap(sheet: Excel.Worksheet, request: HeatmapRequest): boolean {
  const k = request.headers.length;
  const n = request.rows.length;
  const from = request.scoreFrom;
  sheet.getRange(block(0, 0, 1, k)).numberFormat = [request.headers.map(() => "@")];
  if (n > 0 && from > 0) sheet.getRange(block(1, 0, n, from)).numberFormat = request.rows.map((r) => r.slice(0, from).map((c) => (typeof c === "string" ? "@" : "General")));
  sheet.getRange(block(0, 0, n + 1, k)).values = [[...request.headers], ...request.rows.map((r) => r.map((c) => (c === null ? "" : c)))];
  if (n === 0) return false;
  const scores = sheet.getRange(block(1, from, n, k - from));
  scores.numberFormat = request.rows.map(() => request.headers.slice(from).map(() => "0"));
  sheet.getRange(block(0, 0, n + 1, k)).format.autofitColumns();
  if (!supported("ExcelApi", "1.6")) return false;
  const cf = scores.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
  const [low, mid, high] = request.colors;
  const number = Excel.ConditionalFormatColorCriterionType.number;
  cf.colorScale.criteria = {
    minimum: { formula: "0", type: number, color: low },
    midpoint: { formula: "50", type: number, color: mid },
    maximum: { formula: "100", type: number, color: high },
  };
  return true;
}
