/**
 * The one converter from an Excel-shaped grid to typed series.
 *
 * Every function that takes prices or turnover reads them here, so that the
 * rules of the contract hold everywhere alike:
 *
 * - A series is one column (n×1, oldest first) or one row (1×n, oldest
 *   first); an n×k block is k column series. The orientation is remembered so
 *   that results can be given back in the same shape.
 * - `null`, `undefined`, `""` (and text of spaces only, which is what a pasted
 *   blank looks like) and `0` are *missing*: Excel sends an empty cell as any
 *   of them depending on platform. Missing values are `NaN` here until
 *   {@link fillForward} carries the last valid value forward.
 * - Any other text, booleans, negative or non-finite numbers and error values
 *   are bad cells: the whole argument is a `#VALUE!` naming the cell.
 *
 * Cost: one pass over the grid, O(n·k).
 */
import { BatonError, Expectation, isBatonError, LengthUnit, messages, Position, valueError } from "./errors";

/** A 2-D array as Excel hands it to a custom function. */
export type Grid = readonly (readonly unknown[])[];

/** `column`: oldest value in the first row; `row`: oldest value in the first column. */
export type Orientation = "column" | "row";

/** k series of equal length n, as read from one argument. */
export interface SeriesBlock {
  readonly orientation: Orientation;
  /** Series length n. */
  readonly length: number;
  /** One array of n values per series; `NaN` marks a missing value. */
  readonly series: Float64Array[];
}

/** True when a cell is one of the forms Excel uses for an empty cell. */
export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || v === "" || v === 0 || (typeof v === "string" && v.trim() === "");
}

/**
 * Where a cell is, the way an analyst finds it: `column 17` of a row series,
 * `row 17` of a column, `row 17, column 2` of a block (messages word it).
 * @example cellPosition("column", 16, 1, 3) // => { row: 17, column: 2 }
 */
export function cellPosition(orientation: Orientation, index: number, seriesIndex: number, seriesCount: number): Position {
  if (orientation === "row") return { column: index + 1 };
  return seriesCount > 1 ? { row: index + 1, column: seriesIndex + 1 } : { row: index + 1 };
}

/** Width of a grid: the longest row (Excel's grids are rectangular; be lenient with hand-made ones). */
function gridWidth(grid: Grid): number {
  let w = 0;
  for (const row of grid) if (row && row.length > w) w = row.length;
  return w;
}

/**
 * Reads one argument into series. A 1×n grid with n > 1 is one row series;
 * anything else is read column by column.
 *
 * Only the first `rows` positions are read when `rows` is given: the rows of
 * data that the prices decide (see {@link readPricePair}); what lies after
 * them (turnover run on, dates filled in ahead, stray text) is not data and is
 * never looked at. The block keeps its selected `length`.
 *
 * Text in the first position is most often a header, and its message says so.
 *
 * @param grid the argument as Excel gives it (a scalar is read as a 1×1 grid)
 * @param arg the argument's name, used in messages (`sector`)
 * @param what what the values are (`prices`), used in messages
 * @param rows how many leading positions to read (default: all)
 * @returns the series (each `rows` long, or `length` long without `rows`), or
 *   a `#VALUE!` naming the first bad cell
 * @example readSeriesBlock([[100], [""], [102]], "sector", "prices")
 * // => { orientation: "column", length: 3, series: [Float64Array [100, NaN, 102]] }
 */
export function readSeriesBlock(grid: unknown, arg: string, what: Expectation, rows?: number): SeriesBlock | BatonError {
  const g: Grid = Array.isArray(grid) ? (grid as Grid) : [[grid]];
  const height = g.length;
  const width = gridWidth(g);
  if (height === 0 || width === 0) return valueError(messages.emptyArgument(arg));

  const orientation: Orientation = height === 1 && width > 1 ? "row" : "column";
  const length = orientation === "row" ? width : height;
  const read = rows === undefined ? length : Math.min(rows, length);
  const count = orientation === "row" ? 1 : width;
  const series: Float64Array[] = [];

  for (let j = 0; j < count; j++) {
    const out = new Float64Array(read);
    for (let i = 0; i < read; i++) {
      const v = orientation === "row" ? g[0][i] : g[i][j];
      if (typeof v === "number" && v > 0 && v < Infinity) {
        out[i] = v;
      } else if (isBlankCell(v)) {
        out[i] = NaN;
      } else {
        const position = cellPosition(orientation, i, j, count);
        return valueError(
          i === 0 && typeof v === "string" ? messages.headerCell(arg, position, v) : messages.badCell(arg, position, v, what),
        );
      }
    }
    series.push(out);
  }
  return { orientation, length, series };
}

/**
 * Where the data ends: one past the last position at which any of the series
 * holds a value (`0` when none does). Rows after it were selected to leave
 * room (`B2:B5000`, a whole column, a table with spare rows) and are not data.
 * Cost: O(rows after the end + k), scanning back from the bottom.
 * @example dataEnd([Float64Array.of(1, NaN, 2, NaN, NaN)]) // => 3
 */
export function dataEnd(series: readonly Float64Array[]): number {
  let end = 0;
  for (const x of series) {
    let i = x.length;
    while (i > end && x[i - 1] !== x[i - 1]) i--;
    if (i > end) end = i;
  }
  return end;
}

/**
 * Carries the last valid value forward over missing ones, in place
 * (`Fill=Previous`). Values before the first valid one stay `NaN`.
 * Cost: O(n).
 * @example fillForward(Float64Array.of(NaN, 5, NaN, 6)) // => [NaN, 5, 5, 6]
 */
export function fillForward(values: Float64Array): Float64Array {
  let last = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) last = v;
    else values[i] = last;
  }
  return values;
}

/** What a block's length counts, for messages: columns of a row series, rows otherwise. */
export function lengthUnit(block: SeriesBlock): LengthUnit {
  return block.orientation === "row" ? "column" : "row";
}

/**
 * Lines a benchmark up with k sector series: one benchmark series is used for
 * every sector; k benchmark series are paired column by column.
 *
 * @returns one benchmark array per sector series (shared, not copied), or a
 *   `#VALUE!` giving both sizes
 */
export function pairWith(
  sector: SeriesBlock,
  sectorArg: string,
  other: SeriesBlock,
  otherArg: string,
): Float64Array[] | BatonError {
  if (other.length !== sector.length) {
    return valueError(
      messages.lengthMismatch(sectorArg, sector.length, lengthUnit(sector), otherArg, other.length, lengthUnit(other)),
    );
  }
  const k = sector.series.length;
  if (other.series.length === 1) return new Array<Float64Array>(k).fill(other.series[0]);
  if (other.series.length === k) return other.series;
  return valueError(messages.columnMismatch(sectorArg, k, otherArg, other.series.length));
}

/** The names a price pair's messages use for its two arguments. */
export interface PriceNames {
  readonly sector: string;
  readonly benchmark: string;
}

const ARGUMENT_NAMES: PriceNames = { sector: "sector", benchmark: "benchmark" };

/** A sector argument and its benchmark, read, lined up, cut where the data ends and filled forward. */
export interface PricePair {
  /** The sector block as read: orientation, and `length` as selected (spare rows included). */
  readonly block: SeriesBlock;
  /**
   * Rows of data: up to the last row where a sector column or the benchmark
   * holds a price. Every series below is this long; the selected rows after
   * it are not data (a series output shows `""` there).
   */
  readonly rows: number;
  /** One filled sector series per sector column, `rows` long. */
  readonly sectors: Float64Array[];
  /** The filled benchmark for each sector (one shared array when one benchmark serves all), `rows` long. */
  readonly benchmarks: Float64Array[];
}

/**
 * Reads `sector` and `benchmark` the way every price function does: both
 * through {@link readSeriesBlock}, lined up by {@link pairWith}, cut after the
 * last row where any sector column or the benchmark holds a price (spare
 * rows are never carried forward), at least two rows of data, and filled
 * forward (a benchmark shared by k sectors is filled once). Blank rows inside
 * the data are carried forward as usual.
 *
 * Other arguments that run along the prices (turnover, dates) are read for
 * `rows` positions only: see {@link readSeriesBlock}'s `rows`.
 *
 * Cost: O(n·k).
 * @param names how messages name the two arguments (the pane passes column headers)
 * @returns the filled series, or a `#VALUE!` for the first problem found
 * @example readPricePair([[100], [110], [null], [""]], [[100], [105], [106], [0]]).rows // => 3
 */
export function readPricePair(sector: unknown, benchmark: unknown, names: PriceNames = ARGUMENT_NAMES): PricePair | BatonError {
  const block = readSeriesBlock(sector, names.sector, "prices");
  if (isBatonError(block)) return block;
  const b = readSeriesBlock(benchmark, names.benchmark, "prices");
  if (isBatonError(b)) return b;
  const paired = pairWith(block, names.sector, b, names.benchmark);
  if (isBatonError(paired)) return paired;
  const rows = dataEnd([...block.series, ...b.series]);
  if (rows < 2) {
    return valueError(
      rows === block.length
        ? messages.tooShort(names.sector, block.length, lengthUnit(block), 2)
        : messages.tooFewPrices(names.sector, rows, block.length, lengthUnit(block), 2),
    );
  }
  const cut = (x: Float64Array): Float64Array => (x.length === rows ? x : x.subarray(0, rows));
  const filled = new Map<Float64Array, Float64Array>();
  const benchmarks = paired.map((raw) => {
    let B = filled.get(raw);
    if (!B) {
      B = fillForward(cut(raw));
      filled.set(raw, B);
    }
    return B;
  });
  return { block, rows, sectors: block.series.map((x) => fillForward(cut(x))), benchmarks };
}
