/**
 * How the core hands back a series of results without boxing every cell.
 *
 * A {@link ResultColumn} stores numbers in a `Float64Array`; a `NaN` there
 * marks a cell that is an error value, and `reasons[i]` (when present) picks
 * which of `errors` it is (index 0 otherwise). This keeps a million-row result
 * to one typed array while still giving every error cell its own message.
 */
import type { BatonError } from "./errors";
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
  /**
   * Cells of the output, as selected. A column's `values` may be shorter when
   * the selection runs past the data: the cells after them are blank (`""`).
   */
  readonly length: number;
  readonly columns: readonly ResultColumn[];
}

/**
 * A series of words from a short fixed list (ROTATION's quadrants): each
 * column's `values` holds indexes into `words` (`NaN` where the cell is an
 * error, as in any {@link ResultColumn}). The words are values formulas
 * compare, so they are never translated.
 */
export interface WordSeriesResult extends SeriesResult {
  readonly words: readonly string[];
}

/** True when a series result holds word indexes rather than numbers. */
export function isWordSeries(r: SeriesResult): r is WordSeriesResult {
  return Array.isArray((r as Partial<WordSeriesResult>).words);
}

/** The value of one cell: a finite number, an error, or `""` past the data. */
export function cellAt(col: ResultColumn, i: number): number | BatonError | "" {
  if (i >= col.values.length) return "";
  const v = col.values[i];
  if (v === v) return v;
  return col.errors[col.reasons ? col.reasons[i] : 0];
}

/** One cell of a small result table: a number, a word or an error value. */
export type Cell = number | string | BatonError;

/** A small table of cells (a detail table, a spill of names): rows of {@link Cell}. */
export type Cells = Cell[][];

/** Collects the distinct error values of a result column and indexes them for `reasons`. */
export class ErrorIndex {
  readonly errors: BatonError[] = [];
  private readonly byKey = new Map<string, number>();

  of(e: BatonError): number {
    const key = `${e.kind}:${e.message}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.errors.length;
      this.errors.push(e);
      this.byKey.set(key, i);
    }
    return i;
  }
}
