/**
 * Error values of the Baton core, and every message the functions show.
 *
 * The one rule for bad input: a core function never throws for anything a
 * user can type. It returns a {@link BatonError}; the custom-function adapter
 * turns it into `#VALUE!` (kind `"value"`) or `#N/A` (kind `"na"`) with the
 * message. Excel shows custom messages only on those two error types.
 *
 * Messages live here, in one place, so that the wording stays consistent and
 * the tests can pin it.
 */

/** `"value"` becomes `#VALUE!` (bad input); `"na"` becomes `#N/A` (not enough history, unknown name). */
export type ErrorKind = "value" | "na";

/** An error value: what a cell shows instead of a number. */
export class BatonError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
  ) {}
}

export function isBatonError(x: unknown): x is BatonError {
  return x instanceof BatonError;
}

export const valueError = (message: string): BatonError => new BatonError("value", message);
export const naError = (message: string): BatonError => new BatonError("na", message);

/** What an argument's values must be, used in bad-cell messages. */
export type Expectation = "prices" | "turnover";

const expectationText: Record<Expectation, string> = {
  prices: "prices must be positive numbers",
  turnover: "turnover must be positive numbers",
};

/** Shortens user text for a message: Excel's error tooltip is small. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** `"n/a"`, shortened. */
function quote(text: string): string {
  return `"${shorten(text)}"`;
}

/** Describes a bad cell's content: `text "n/a"`, `TRUE`, `-3`, `an error value`. */
export function describeCell(v: unknown): string {
  if (typeof v === "string") return `text ${quote(v)}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "not a number";
    if (!Number.isFinite(v)) return "not a finite number";
    return String(v);
  }
  if (v === null || v === undefined) return "empty";
  if (Array.isArray(v)) return "a range of several cells";
  return "an error value";
}

/** What a series' length counts: rows of a column, columns of a row. */
export type LengthUnit = "row" | "column";

/** `1 row`, `250 rows`. */
function count(n: number, unit: LengthUnit): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * Message catalogue. Positions are 1-based and named the way an analyst finds
 * the cell: `row 17` in a column, `column 17` in a row, `row 17, column 2` in
 * a block.
 */
export const messages = {
  badCell: (arg: string, position: string, v: unknown, what: Expectation): string =>
    `${arg} ${position} is ${describeCell(v)}; ${expectationText[what]}`,
  /** Text in the first row (or column) of a series: almost always a header. */
  headerCell: (arg: string, position: string, text: string): string =>
    `${arg} ${position} is text ${quote(text)}, a header? Leave headers out of the range, or use a table column such as Prices[${shorten(text)}]`,
  emptyArgument: (arg: string): string => `${arg} is empty; give a range of values`,
  /** `sector has 250 rows but benchmark has 248`; each side's unit is said when they differ (a row against a column). */
  lengthMismatch: (a: string, an: number, aUnit: LengthUnit, b: string, bn: number, bUnit: LengthUnit): string =>
    aUnit === bUnit
      ? `${a} has ${count(an, aUnit)} but ${b} has ${bn}`
      : `${a} has ${count(an, aUnit)} but ${b} has ${count(bn, bUnit)}`,
  columnMismatch: (a: string, ak: number, b: string, bk: number): string =>
    `${a} has ${count(ak, "column")} but ${b} has ${bk}; give one ${b} series or one per ${a} column`,
  notWhole: (arg: string, v: unknown, min: number, max?: number): string =>
    max === undefined
      ? `${arg} must be a whole number of rows of at least ${min}, not ${describeCell(v)}`
      : `${arg} must be a whole number of rows from ${min} to ${max}, not ${describeCell(v)}`,
  choice: (arg: string, v: unknown, choices: readonly string[]): string =>
    `${arg} must be one of ${choices.map((c) => `"${c}"`).join(", ")}, not ${describeCell(v)}`,
  tooShort: (arg: string, n: number, unit: LengthUnit, min: number): string =>
    `${arg} has ${count(n, unit)}; needs at least ${min}`,
  /** Fewer rows of prices than needed inside a larger selection. */
  tooFewPrices: (arg: string, n: number, selected: number, unit: LengthUnit, min: number): string =>
    `${arg} has prices in ${count(n, unit)} of the ${selected} selected; needs at least ${min}`,
  needsRows: (w: number): string => `needs ${w} earlier rows`,
  needsHistory: (min: number, have: number): string =>
    `needs ${min} values of history, has ${have}`,
  noPrice: (arg: string): string => `${arg} has no price yet at this row`,
  overflow: (): string => "result is too large to show; check the prices' units",
  internal: (fn: string, detail: string): string => `${fn} failed unexpectedly: ${detail}`,
  // Task pane board and gauge (src/core/board).
  badMetric: (header: string, row: number, segment: string, v: unknown): string =>
    `${header} row ${row} (${segment}) is ${describeCell(v)}; give a number or a percentage such as 21.5%`,
  gaugeColumn: (which: string, header: string): string => `${which} column "${header}" is not in the table`,
  // CROWDING_SCORE (issue 3)
  componentHistory: (component: string, min: number, have: number): string =>
    `${component} needs ${min} values of history to rank today, has ${have}`,
  needsTurnover: (w: number): string => `turnover share needs ${w} rows for its moving average`,
  turnoverColumns: (tk: number, sk: number): string =>
    `turnover has ${tk} column${tk === 1 ? "" : "s"} but sector has ${sk}; give one share column per sector column, or two columns (sector and market turnover) for one sector`,
  detailOneSector: (k: number): string =>
    `output "detail" describes one sector, but sector has ${k} columns; use "latest" or "series", or give one column`,
  // DIFFUSION_TIER and TAXONOMY (issue 4)
  unknownSegment: (name: string): string => `unknown segment ${quote(name)}; add it with the taxonomy argument`,
  badSegmentCell: (arg: string, position: string, v: unknown): string =>
    `${position ? `${arg} ${position}` : arg} is ${describeCell(v)}; segments must be names`,
  taxonomyColumns: (k: number): string =>
    `taxonomy has ${k} column${k === 1 ? "" : "s"}; give rows of name, tier and optional aliases`,
  taxonomyNoName: (row: number): string => `taxonomy row ${row} has no segment name`,
  taxonomyNoTier: (row: number, name: string): string =>
    `taxonomy row ${row}: ${quote(name)} has no tier; give 1, 2, 3 or a tier key`,
  taxonomyBadTier: (row: number, v: unknown, keys: readonly string[]): string =>
    `taxonomy row ${row}: tier ${describeCell(v)} is not 1, 2, 3 or a tier key (${keys.join(", ")})`,
  taxonomyBadText: (row: number, column: string, v: unknown): string =>
    `taxonomy row ${row}: ${column} is ${describeCell(v)}; give text`,
  // ROTATION and SEASONALITY (issue 10)
  rotationRatio: (w: number): string => `Ratio needs ${w} rows with both sector and benchmark prices (the window)`,
  rotationEarlierRatio: (m: number): string => `Momentum needs a Ratio ${m} rows earlier`,
  rotationMomentum: (w: number): string => `Momentum needs ${w} rows of Ratio's rate of change (the window)`,
  badDate: (arg: string, position: string, v: unknown): string =>
    `${arg} ${position} is ${describeCell(v)}; dates must be Excel dates or ISO text such as 2026-04-24`,
  dateOrder: (arg: string, position: string, date: string, before: string, previous: string): string =>
    `${arg} ${position} (${date}) is not after ${before} (${previous}); dates must be strictly increasing`,
  datesColumns: (arg: string, k: number): string =>
    `${arg} has ${k} columns; give one column (or one row) of dates`,
  tableOneSector: (k: number): string =>
    `output "table" describes one sector, but sector has ${k} columns; use "mean", "median", "win rate" or "count", or give one column`,
  noCompleteMonth: (month: string): string => `no complete ${month} in the data`,
} as const;
