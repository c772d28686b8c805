/**
 * How the core hands back a series of results without boxing every cell.
 *
 * A {@link ResultColumn} stores numbers in a `Float64Array`; a `NaN` there
 * marks a cell that is an error value, and `reasons[i]` (when present) picks
 * which of `errors` it is (index 0 otherwise). This keeps a million-row result
 * to one typed array while still giving every error cell its own message.
 */
import { BatonError } from "./errors";
import type { Orientation } from "./series";

export interface ResultColumn {
  /** One value per row; `NaN` where the cell is an error. */
  readonly values: Float64Array;
  /** The error values a `NaN` cell can stand for; at least one. */
  readonly errors: readonly BatonError[];
  /** For each row, the index into `errors` of a `NaN` cell; absent means 0 everywhere. */
  readonly reasons?: Uint8Array;
}

/** k result series in the orientation of the input they came from. */
export interface SeriesResult {
  readonly orientation: Orientation;
  readonly length: number;
  readonly columns: readonly ResultColumn[];
}

/** The value of one cell: a finite number or an error. */
export function cellAt(col: ResultColumn, i: number): number | BatonError {
  const v = col.values[i];
  if (v === v) return v;
  return col.errors[col.reasons ? col.reasons[i] : 0];
}
