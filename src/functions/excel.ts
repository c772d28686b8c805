/**
 * The Excel side of every custom function: core results and errors out as
 * the 2-D arrays and `CustomFunctions.Error` values Excel expects.
 *
 * This is the only module besides the declarations that touches
 * `CustomFunctions`. It never lets an exception escape: a bug becomes a
 * `#VALUE!` with a message instead of a cell stuck on `#BUSY!`.
 */
import { BatonError, isBatonError, messages } from "../core/errors";
import { ResultColumn, SeriesResult, WordSeriesResult } from "../core/result";

/** What a custom function returns in a cell. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;
export type ExcelGrid = ExcelCell[][];

/** One `CustomFunctions.Error` for a core error. */
export function toExcelError(e: BatonError): CustomFunctions.Error {
  const code = e.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

/** The Excel errors of one result column, built once and shared by its cells. */
function excelErrors(col: ResultColumn): CustomFunctions.Error[] {
  return col.errors.map(toExcelError);
}

/**
 * A series result as a grid in its input's orientation: n×k for columns,
 * 1×n for a row. Rows past a column's data (spare rows the analyst selected)
 * are `""`, cells that look empty. Cost: one pass, one small array per output row.
 */
export function seriesToGrid(result: SeriesResult): ExcelGrid {
  const { length: n, columns, orientation } = result;
  const errs = columns.map(excelErrors);
  if (orientation === "row") {
    const col = columns[0];
    const row: ExcelCell[] = new Array(n);
    const v = col.values;
    const r = col.reasons;
    const e = errs[0];
    const m = Math.min(n, v.length);
    for (let i = 0; i < m; i++) {
      const x = v[i];
      row[i] = x === x ? x : e[r ? r[i] : 0];
    }
    for (let i = m; i < n; i++) row[i] = "";
    return [row];
  }
  const k = columns.length;
  const out: ExcelGrid = new Array(n);
  if (k === 1) {
    const v = columns[0].values;
    const r = columns[0].reasons;
    const e = errs[0];
    const m = Math.min(n, v.length);
    if (r) {
      for (let i = 0; i < m; i++) {
        const x = v[i];
        out[i] = [x === x ? x : e[r[i]]];
      }
    } else {
      const e0 = e[0];
      for (let i = 0; i < m; i++) {
        const x = v[i];
        out[i] = [x === x ? x : e0];
      }
    }
    for (let i = m; i < n; i++) out[i] = [""];
    return out;
  }
  for (let i = 0; i < n; i++) {
    const row: ExcelCell[] = new Array(k);
    for (let j = 0; j < k; j++) {
      const values = columns[j].values;
      if (i >= values.length) {
        row[j] = "";
        continue;
      }
      const x = values[i];
      const r = columns[j].reasons;
      row[j] = x === x ? x : errs[j][r ? r[i] : 0];
    }
    out[i] = row;
  }
  return out;
}

/**
 * A word series (ROTATION's quadrants) as a grid: {@link seriesToGrid} with
 * each index replaced by its word; errors and the `""` past the data stay.
 * Cost: one more pass over the output.
 */
export function wordSeriesToGrid(result: WordSeriesResult): ExcelGrid {
  const grid = seriesToGrid(result);
  const words = result.words;
  for (const row of grid) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c === "number") row[j] = words[c];
    }
  }
  return grid;
}

/** A scalar or table from the core, with core errors mapped to Excel errors. */
export function cellsToGrid(cells: readonly (readonly (number | string | BatonError)[])[]): ExcelGrid {
  return cells.map((row) => row.map((c) => (isBatonError(c) ? toExcelError(c) : c)));
}

/**
 * Runs a custom function's body so that nothing escapes: a core error becomes
 * a 1×1 grid holding it, an unexpected exception a `#VALUE!` naming the function.
 */
export function guard(fn: string, body: () => ExcelGrid | BatonError): ExcelGrid {
  try {
    const r = body();
    return isBatonError(r) ? [[toExcelError(r)]] : r;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, messages.internal(fn, detail))]];
  }
}
