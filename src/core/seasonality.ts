/**
 * SEASONALITY: in which calendar months a sector has beaten its benchmark,
 * and how often (docs/functions.md, section SEASONALITY): the report's "May to
 * June … historically the window when tech has higher win rates".
 *
 * A calendar month's end is its last row in the data. A month's excess is
 * `(S[end]/S[previous end] − 1) − (B[end]/B[previous end] − 1)`, where the
 * previous end is the end of the calendar month just before it; a month
 * counts only when that month has rows too. The first month in the data (no
 * previous end) and the last (maybe unfinished) never count. For each of
 * January … December over all years: mean and median excess, win rate (the
 * share above 0; a tie is not a win) and the number of years.
 *
 * Dates are day serials worked out by integer arithmetic (src/core/dates.ts),
 * never through `Date`, so a date means the same month in every time zone.
 */
import { median as medianOf } from "./median";
import { readChoice } from "./args";
import { isoToSerial, isDateSerial, serialToCivil, serialToIso } from "./dates";
import { BatonError, isBatonError, LengthUnit, messages, naError, valueError } from "./errors";
import { Cells } from "./result";
import { cellPosition, isBlankCell, Orientation, readPricePair, SeriesBlock } from "./series";

/** The forms of SEASONALITY's `output` argument. */
export const SEASONALITY_OUTPUTS = ["table", "mean", "median", "win rate", "count"] as const;
export type SeasonalityOutput = (typeof SEASONALITY_OUTPUTS)[number];

/** The header row of `"table"`: values formulas may compare, English in every language. */
export const SEASONALITY_HEADER = ["Month", "Mean excess", "Median excess", "Win rate", "Years"] as const;

/** Dates read from an argument: one day serial and one month key per row. */
export interface DateColumn {
  /** Excel day serials (time of day dropped), strictly increasing. */
  readonly serials: Float64Array;
  /** `year × 12 + month − 1` per row: consecutive calendar months differ by 1. */
  readonly months: Int32Array;
}

/**
 * The month key of a day serial: `year × 12 + month − 1`. O(1).
 * @example monthKey(46136) // => 24315 (2026-04-24: 2026 × 12 + 3)
 */
export function monthKey(serial: number): number {
  const d = serialToCivil(serial);
  return d.year * 12 + d.month - 1;
}

/**
 * Reads a `dates` argument for the first `rows` positions: Excel date serials
 * (1900 system; a fraction is a time of day and is dropped) or ISO
 * `YYYY-MM-DD` text; strictly increasing by day. Positions after `rows` are
 * not data (blank dates there are fine).
 *
 * The argument must run the sector's way (a column for column series, a row
 * for a row series) and be as long as the sector's selection.
 *
 * Errors (`#VALUE!` naming the position, e.g. `dates row 17`): several
 * columns; a length unlike the sector's; a blank, other text (a header in
 * the first row is called one), a number that is not a date; a date not after
 * the one before it. Cost: O(rows), integer arithmetic only.
 *
 * @example Array.from((readDates([[46112], ["2026-04-01"]], "dates", 2, 2) as DateColumn).months) // => [24314, 24315]
 */
export function readDates(grid: unknown, arg: string, rows: number, selected: number, selectedUnit: LengthUnit = "row"): DateColumn | BatonError {
  const g = (Array.isArray(grid) ? grid : [[grid]]) as readonly (readonly unknown[])[];
  const height = g.length;
  let width = 0;
  for (const r of g) if (r && r.length > width) width = r.length;
  if (height === 0 || width === 0) return valueError(messages.emptyArgument(arg));
  const orientation: Orientation = height === 1 && width > 1 ? "row" : "column";
  if (orientation === "column" && width > 1) return valueError(messages.datesColumns(arg, width));
  const length = orientation === "row" ? width : height;
  const unit: LengthUnit = orientation === "row" ? "column" : "row";
  if (length !== selected || unit !== selectedUnit) return valueError(messages.lengthMismatch("sector", selected, selectedUnit, arg, length, unit));

  const n = Math.min(rows, length);
  const serials = new Float64Array(n);
  const months = new Int32Array(n);
  let monthStart = Infinity; // the current month's first and last serials, to skip most civil conversions
  let monthEnd = -Infinity;
  let key = 0;
  for (let i = 0; i < n; i++) {
    const v = orientation === "row" ? g[0][i] : g[i][0];
    let s: number | undefined;
    if (typeof v === "number") s = isDateSerial(v) ? Math.floor(v) : undefined;
    else if (typeof v === "string") s = isoToSerial(v);
    if (s === undefined) {
      const position = cellPosition(orientation, i, 0, 1);
      if (i === 0 && typeof v === "string" && !isBlankCell(v)) return valueError(messages.headerCell(arg, position, v));
      return valueError(messages.badDate(arg, position, isBlankCell(v) ? null : v));
    }
    if (i > 0 && s <= serials[i - 1]) {
      return valueError(
        messages.dateOrder(arg, cellPosition(orientation, i, 0, 1), serialToIso(s), cellPosition(orientation, i - 1, 0, 1), serialToIso(serials[i - 1])),
      );
    }
    if (s < monthStart || s > monthEnd) {
      const d = serialToCivil(s);
      key = d.year * 12 + d.month - 1;
      // Serials of the same month lie within [s − day + 1, s + 27 − day + 1] at least (every month has 28 days).
      monthStart = s - d.day + 1;
      monthEnd = monthStart + 27;
    }
    serials[i] = s;
    months[i] = key;
  }
  return { serials, months };
}

/** The last row of each calendar month in the data, and its month key. */
export interface MonthEnds {
  /** Row index of each month's last row, ascending. */
  readonly ends: Int32Array;
  /** Month key (`year × 12 + month − 1`) of each. */
  readonly keys: Int32Array;
}

/**
 * The month ends of a column of month keys (ascending). O(n).
 * @example Array.from(monthEnds(Int32Array.of(5, 5, 6, 8, 8)).ends) // => [1, 2, 4]
 */
export function monthEnds(months: Int32Array): MonthEnds {
  const n = months.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (i === n - 1 || months[i + 1] !== months[i]) count++;
  const ends = new Int32Array(count);
  const keys = new Int32Array(count);
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (i === n - 1 || months[i + 1] !== months[i]) {
      ends[c] = i;
      keys[c++] = months[i];
    }
  }
  return { ends, keys };
}

/** One counted month's excess. */
export interface MonthExcess {
  /** Calendar month, 0 = January … 11 = December. */
  readonly month: number;
  /** Month key, `year × 12 + month`. */
  readonly key: number;
  /** The month's excess, a decimal. */
  readonly excess: number;
}

/**
 * The excess of every month that counts (see the module comment): the month
 * before has rows, it is not the last month in the data, and both prices at
 * both ends exist. Cost: O(number of months).
 * @example monthlyExcess({ ends: Int32Array.of(0, 1, 2), keys: Int32Array.of(24311, 24312, 24313) }, Float64Array.of(100, 110, 99), Float64Array.of(100, 105, 100))
 * // => [{ month: 0, key: 24312, excess: 0.050000000000000044 }]
 */
export function monthlyExcess(ends: MonthEnds, S: Float64Array, B: Float64Array): MonthExcess[] {
  const out: MonthExcess[] = [];
  const { ends: e, keys } = ends;
  for (let c = 1; c < e.length - 1; c++) {
    if (keys[c] !== keys[c - 1] + 1) continue;
    const x = S[e[c]] / S[e[c - 1]] - 1 - (B[e[c]] / B[e[c - 1]] - 1);
    if (x - x === 0) out.push({ month: keys[c] % 12, key: keys[c], excess: x });
  }
  return out;
}

/** Per calendar month (index 0 = January): the four figures; `NaN` where there are no years. */
export interface MonthStats {
  readonly mean: Float64Array;
  readonly median: Float64Array;
  readonly winRate: Float64Array;
  readonly count: Int32Array;
}

/**
 * Mean, median, win rate (share above 0) and count of excesses per calendar
 * month. Cost: O(N log N) for N excesses (sorting for the medians).
 * @example monthStats([{ month: 4, key: 0, excess: 0.02 }, { month: 4, key: 12, excess: -0.01 }, { month: 4, key: 24, excess: 0.04 }]).median[4] // => 0.02
 */
export function monthStats(excesses: readonly MonthExcess[]): MonthStats {
  const by: number[][] = Array.from({ length: 12 }, () => []);
  for (const x of excesses) by[x.month].push(x.excess);
  const mean = new Float64Array(12);
  const median = new Float64Array(12);
  const winRate = new Float64Array(12);
  const count = new Int32Array(12);
  for (let mo = 0; mo < 12; mo++) {
    const xs = by[mo];
    const n = xs.length;
    count[mo] = n;
    if (n === 0) {
      mean[mo] = median[mo] = winRate[mo] = NaN;
      continue;
    }
    let sum = 0;
    let wins = 0;
    for (const x of xs) {
      sum += x;
      if (x > 0) wins++;
    }
    mean[mo] = sum / n;
    median[mo] = medianOf(xs) as number;
    winRate[mo] = wins / n;
  }
  return { mean, median, winRate, count };
}

const lengthUnitOf = (b: SeriesBlock): LengthUnit => (b.orientation === "row" ? "column" : "row");

/**
 * SEASONALITY over Excel-shaped arguments (docs/functions.md): sector and
 * benchmark through {@link readPricePair} (which decides where the data
 * ends), dates through {@link readDates} for those rows only, and output.
 *
 * - `"table"` (default, one sector): 13×5, the header
 *   {@link SEASONALITY_HEADER} then months 1–12.
 * - `"mean"`, `"median"`, `"win rate"`, `"count"`: 12×k, January first, one
 *   column per sector.
 *
 * A month with no years has Mean, Median and Win rate `#N/A` ("no complete
 * May in the data") and Years 0. Errors: `#VALUE!` for bad dates or prices,
 * shapes that do not line up, an unknown output, `"table"` with several
 * sectors. Cost: O(n·k) plus O(N log N) sorting per sector.
 *
 * @example
 * // Month ends 2026-01-30, 02-27, 03-31, 04-24 (the last, not counted). February: (110/100 − 1) − (105/100 − 1) = 0.05.
 * seasonality([[46052], [46080], [46112], [46136]], [[100], [110], [99], [120]], [[100], [105], [100], [100]], "count")
 * // => [[0], [1], [1], [0], [0], [0], [0], [0], [0], [0], [0], [0]]
 */
export function seasonality(dates: unknown, sector: unknown, benchmark: unknown, output?: unknown): Cells | BatonError {
  const p = readPricePair(sector, benchmark);
  if (isBatonError(p)) return p;
  const d = readDates(dates, "dates", p.rows, p.block.length, lengthUnitOf(p.block));
  if (isBatonError(d)) return d;
  const out = readChoice(output, "output", SEASONALITY_OUTPUTS, "table");
  if (isBatonError(out)) return out;
  const k = p.sectors.length;
  if (out === "table" && k > 1) return valueError(messages.tableOneSector(k));

  const ends = monthEnds(d.months);
  const stats = p.sectors.map((S, j) => monthStats(monthlyExcess(ends, S, p.benchmarks[j])));
  const noYears = Array.from({ length: 12 }, (_, mo) => naError(messages.noCompleteMonth(mo + 1)));
  const cell = (x: number, mo: number): number | BatonError => (x === x ? x : noYears[mo]);

  if (out === "table") {
    const s = stats[0];
    const cells: Cells = [[...SEASONALITY_HEADER]];
    for (let mo = 0; mo < 12; mo++) {
      cells.push([mo + 1, cell(s.mean[mo], mo), cell(s.median[mo], mo), cell(s.winRate[mo], mo), s.count[mo]]);
    }
    return cells;
  }
  const pick = (s: MonthStats, mo: number): number | BatonError =>
    out === "count" ? s.count[mo] : cell(out === "mean" ? s.mean[mo] : out === "median" ? s.median[mo] : s.winRate[mo], mo);
  return Array.from({ length: 12 }, (_, mo) => stats.map((s) => pick(s, mo)));
}
