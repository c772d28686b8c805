/**
 * Core results as the cached cell values of a template: numbers stay
 * numbers, core errors become the Excel error they show as (`#N/A` or
 * `#VALUE!`; a file cannot store the custom message, Excel shows it once the
 * add-in recalculates).
 */
import { BatonError, isBatonError } from "../core/errors";
import { Cell, Cells, cellAt, SeriesResult } from "../core/result";
import type { CellValue, ErrorValue } from "./model";

export const NA: ErrorValue = Object.freeze({ error: "#N/A" });
export const VALUE: ErrorValue = Object.freeze({ error: "#VALUE!" });

/** The error value a core error shows as. */
export function errorCell(e: BatonError): ErrorValue {
  return e.kind === "na" ? NA : VALUE;
}

/** One core cell (number, text or error) as a cached value. */
export function coreCell(c: Cell): CellValue {
  return isBatonError(c) ? errorCell(c) : c;
}

/**
 * A core series result as the grid Excel would show: n×k for column series,
 * 1×n for a row series.
 */
export function seriesCells(r: SeriesResult): CellValue[][] {
  if (r.orientation === "row") {
    const col = r.columns[0];
    return [Array.from({ length: r.length }, (_, i) => coreCell(cellAt(col, i)))];
  }
  return Array.from({ length: r.length }, (_, i) => r.columns.map((col) => coreCell(cellAt(col, i))));
}

/** A core table of cells as cached values. */
export function tableCells(cells: Cells): CellValue[][] {
  return cells.map((row) => row.map(coreCell));
}

/**
 * A core result (series, table or a single error) as a grid; an error
 * becomes a 1×1 grid holding it, as in the custom function's adapter.
 */
export function resultCells(r: SeriesResult | Cells | BatonError): CellValue[][] {
  if (isBatonError(r)) return [[errorCell(r)]];
  return Array.isArray(r) ? tableCells(r) : seriesCells(r as SeriesResult);
}

/** A number series (NaN = #N/A) as one column of cached cells. */
export function numberColumn(values: ArrayLike<number>): CellValue[][] {
  return Array.from({ length: values.length }, (_, i) => {
    const v = values[i];
    return [v === v ? v : NA];
  });
}
