/**
 * CROWDING_SCORE's numbers: how crowded a sector is, 0 (never less crowded) to 100
 * (never more), from where today's readings rank in the sector's own history,
 * the way brokers' crowding gauges (行业拥挤度) work. It generalises the
 * report's reading "TMT's 40-day rolling excess is 2.66%, far below its usual
 * tops near 10%".
 *
 * Components, each a percentile 0–100 (see ./percentile for the definition
 * `100 × #{h < x} / (|H| − 1)` and the history H):
 *
 * - **E**, excess: the simple `window`-row rolling excess of ROLLING_EXCESS
 *   ({@link excessColumn}), a decimal (0.0266 is 2.66%).
 * - **T**, turnover (when turnover is given): the `window`-row moving average
 *   of the daily turnover share, in whatever unit it came (ranks ignore units).
 *
 * Score = E, or (E + T)/2 with turnover; undefined while a component it needs
 * is. Zone: Low below 50, Elevated from 50, Crowded from 80, Extreme from 95.
 *
 * Two layers, like every Baton function:
 * - {@link crowdingOfSeries} / {@link crowdingLatest}: numbers in (filled
 *   prices and shares as `Float64Array`), numbers out (`NaN` where undefined,
 *   `null` in the plain detail object for the task pane).
 * - {@link crowdingScore}: Excel-shaped arguments, read through the shared
 *   series converter, errors as {@link BatonError} values.
 */
import { BatonError, messages, naError } from "../errors";
import { excessColumn } from "../excess";
import { movingAverage } from "../movingAverage";
import {
  historyMaxAt,
  historyMaxSeries,
  MIN_HISTORY,
  percentileRankAt,
  percentileRankSeries,
} from "../percentile";
import type { ResultColumn } from "../result";
import { type Zone, zoneOf } from "../zones";

/** Inputs of {@link crowdingOfSeries}: already-filled series of one sector. */
export interface CrowdingInput {
  /** Sector prices, missing values carried forward; `NaN` before the first price. */
  readonly sector: Float64Array;
  /** Benchmark prices, same length, filled likewise. */
  readonly benchmark: Float64Array;
  /** Daily turnover share (any unit), same length, filled likewise; omit for an excess-only score. */
  readonly turnoverShare?: Float64Array;
  /** Rows of the rolling excess and of the turnover moving average; whole, ≥ 1. */
  readonly window: number;
  /** Rows of history today is ranked against (whole, ≥ 1; the worksheet function asks ≥ 20); `null` for all rows so far. */
  readonly lookback: number | null;
}

/** The readings of the last row, for the task pane: `null` where undefined. */
export interface CrowdingDetail {
  /** 0–100. */
  readonly score: number | null;
  readonly zone: Zone | null;
  /** Today's simple rolling excess, a decimal (0.0266 is 2.66%). */
  readonly excess: number | null;
  /** 0–100. */
  readonly excessPercentile: number | null;
  /** The largest rolling excess in the history H (defined once H has one value), a decimal. */
  readonly excessPeak: number | null;
  /** Excess peak minus today's excess, a decimal (≥ 0). */
  readonly headroom: number | null;
  /** Today's moving average of the turnover share (its input unit); present when turnover was given. */
  readonly turnoverShare?: number | null;
  /** 0–100; present when turnover was given. */
  readonly turnoverPercentile?: number | null;
  /** Values in the turnover component's history; present when turnover was given. */
  readonly turnoverHistory?: number;
  /** Values in the excess component's history H (the History row of "detail"). */
  readonly history: number;
  /** Why the score is undefined (the `#N/A` message a cell would show); `null` when it is defined. */
  readonly reason: string | null;
  /** The same reason in Chinese, for a pane in 简体中文; present only with a reason. */
  readonly reasonZh?: string;
}

/** Every row's readings, plus the detail of the last row. `NaN` marks an undefined value. */
export interface CrowdingSeries {
  /** Simple rolling excess per row, a decimal. */
  readonly excess: Float64Array;
  /** 0–100 per row. */
  readonly excessPercentile: Float64Array;
  /** Largest excess in each row's history, a decimal. */
  readonly excessPeak: Float64Array;
  /** |H| of the excess per row. */
  readonly excessHistory: Int32Array;
  /** Moving average of the turnover share per row (when turnover was given). */
  readonly turnoverShare?: Float64Array;
  /** 0–100 per row (when turnover was given). */
  readonly turnoverPercentile?: Float64Array;
  /** |H| of the turnover component per row (when turnover was given). */
  readonly turnoverHistory?: Int32Array;
  /** 0–100 per row; `NaN` where the cell is `#N/A`. */
  readonly score: Float64Array;
  /** The last row, as plain values. */
  readonly detail: CrowdingDetail;
}

/** One row's readings; `NaN` where undefined. */
export interface Reading {
  readonly excess: number;
  readonly excessPercentile: number;
  readonly excessPeak: number;
  readonly excessHistory: number;
  readonly hasTurnover: boolean;
  readonly turnoverShare: number;
  readonly turnoverPercentile: number;
  readonly turnoverHistory: number;
  readonly score: number;
  /** The cell error of today's excess when it is undefined (`#N/A` "needs w earlier rows", or overflow). */
  readonly excessError: BatonError;
  readonly window: number;
}

function scoreOf(e: number, tp: number, hasTurnover: boolean): number {
  return hasTurnover ? (e + tp) / 2 : e; // NaN in either component propagates
}

function checkInput(input: CrowdingInput): void {
  const n = input.sector.length;
  const { window: w, lookback } = input;
  if (input.benchmark.length !== n) throw new RangeError(`benchmark has ${input.benchmark.length} rows, sector ${n}`);
  if (input.turnoverShare && input.turnoverShare.length !== n) {
    throw new RangeError(`turnoverShare has ${input.turnoverShare.length} rows, sector ${n}`);
  }
  if (!(Number.isInteger(w) && w >= 1)) throw new RangeError(`window must be a whole number ≥ 1, not ${w}`);
  if (lookback !== null && !(Number.isInteger(lookback) && lookback >= 1)) {
    throw new RangeError(`lookback must be null or a whole number ≥ 1, not ${lookback}`);
  }
}

/** The two component series: rolling excess (with its cell errors) and the turnover moving average. */
function components(input: CrowdingInput): { excess: ResultColumn; share?: Float64Array } {
  checkInput(input);
  const excess = excessColumn(input.sector, input.benchmark, input.window, "simple");
  const share = input.turnoverShare ? movingAverage(input.turnoverShare, input.window) : undefined;
  return { excess, share };
}

function excessErrorAt(col: ResultColumn, t: number): BatonError {
  return col.errors[col.reasons && t >= 0 ? col.reasons[t] : 0];
}

/** Every row's score and what its `#N/A` reasons need: {@link CrowdingSeries} without the peaks and the detail. */
export type ScoreSeries = Omit<CrowdingSeries, "detail" | "excessPeak">;

/** The readings of row t, read from whole-series arrays (the peak is `NaN` when `c` has none). */
export function readingAt(c: ScoreSeries & { excessPeak?: Float64Array }, col: ResultColumn, t: number, window: number): Reading {
  const has = c.turnoverShare !== undefined;
  const ok = t >= 0;
  return {
    excess: ok ? c.excess[t] : NaN,
    excessPercentile: ok ? c.excessPercentile[t] : NaN,
    excessPeak: ok && c.excessPeak ? c.excessPeak[t] : NaN,
    excessHistory: ok ? c.excessHistory[t] : 0,
    hasTurnover: has,
    turnoverShare: ok && c.turnoverShare ? c.turnoverShare[t] : NaN,
    turnoverPercentile: ok && c.turnoverPercentile ? c.turnoverPercentile[t] : NaN,
    turnoverHistory: ok && c.turnoverHistory ? c.turnoverHistory[t] : 0,
    score: ok ? c.score[t] : NaN,
    excessError: excessErrorAt(col, t),
    window,
  };
}

/** The cell error of an undefined score (the first missing piece, excess first); `null` when defined. */
export function scoreError(r: Reading): BatonError | null {
  if (r.score === r.score) return null;
  if (r.excess !== r.excess) return r.excessError;
  if (r.excessPercentile !== r.excessPercentile) return naError(messages.componentHistory("excess", MIN_HISTORY, r.excessHistory));
  if (r.turnoverShare !== r.turnoverShare) return naError(messages.needsTurnover(r.window));
  return naError(messages.componentHistory("turnover share", MIN_HISTORY, r.turnoverHistory));
}

const orNull = (x: number): number | null => (x === x ? x : null);

export function detailOf(r: Reading): CrowdingDetail {
  const reason = scoreError(r);
  const base = {
    score: orNull(r.score),
    zone: r.score === r.score ? zoneOf(r.score) : null,
    excess: orNull(r.excess),
    excessPercentile: orNull(r.excessPercentile),
    excessPeak: orNull(r.excessPeak),
    headroom: orNull(r.excessPeak - r.excess),
    history: r.excessHistory,
    reason: reason ? reason.message : null,
    ...(reason ? { reasonZh: reason.messageIn("zh") } : {}),
  };
  return r.hasTurnover
    ? {
        ...base,
        turnoverShare: orNull(r.turnoverShare),
        turnoverPercentile: orNull(r.turnoverPercentile),
        turnoverHistory: r.turnoverHistory,
      }
    : base;
}

/**
 * Crowding readings for every row of one sector: the rolling excess, its
 * percentile, its history peak, the turnover moving average and its
 * percentile, the score; and the last row's detail as plain values.
 *
 * Units: excess, peak and headroom are decimals (0.0266 is 2.66%);
 * percentiles and the score are 0–100; the turnover share keeps its input unit.
 *
 * Edge cases: a row's score is `NaN` (a `#N/A` cell) while its excess is
 * undefined (the first `window` rows, rows before both prices exist, an
 * overflow), while a component has fewer than 20 values of history, or while
 * the turnover average lacks `window` rows. A lookback longer than the series
 * is the expanding history. Empty inputs give empty series and a detail of nulls.
 *
 * Errors: inputs of different lengths, or a window / lookback that is not a
 * whole number ≥ 1, throw a `RangeError` (programming errors: the worksheet
 * function checks what users type before it calls this).
 *
 * Cost: O(n log n) for the percentiles (Fenwick tree over value ranks, see
 * ./percentile), O(n) for the excess and the peaks, O(n·window) for the
 * turnover average; O(n) memory.
 *
 * @example
 * // 61 rows; the sector gains 1% a row for 30 rows, then flat; benchmark flat.
 * const S = Float64Array.from({ length: 61 }, (_, t) => 100 * 1.01 ** Math.min(t, 30));
 * const B = new Float64Array(61).fill(100);
 * const c = crowdingOfSeries({ sector: S, benchmark: B, window: 10, lookback: null });
 * c.detail // => { score: 0, zone: "Low", excess: 0, excessPercentile: 0,
 * //   excessPeak: 0.10462212541120475, headroom: 0.10462212541120475, history: 51, reason: null }
 */
export function crowdingOfSeries(input: CrowdingInput): CrowdingSeries {
  return seriesWithErrors(input).series;
}

/** {@link crowdingOfSeries}, keeping the excess column's cell errors for the worksheet function. */
export function seriesWithErrors(input: CrowdingInput): { series: CrowdingSeries; col: ResultColumn } {
  const { series, col } = scoreSeries(input);
  const full = { ...series, excessPeak: historyMaxSeries(col.values, input.lookback) };
  return { series: { ...full, detail: detailOf(readingAt(full, col, input.sector.length - 1, input.window)) }, col };
}

/**
 * Every row's score with its components, and the excess column's cell errors,
 * without the history peaks and the last row's detail: what CROWDING_SCORE
 * "series" returns, so it skips a pass it would not show.
 */
export function scoreSeries(input: CrowdingInput): { series: ScoreSeries; col: ResultColumn } {
  const { excess: col, share } = components(input);
  const n = input.sector.length;
  const e = percentileRankSeries(col.values, input.lookback);
  if (!share) {
    // Without turnover the score is the excess percentile: one array serves both (neither is written after).
    return { series: { excess: col.values, excessPercentile: e.percentile, excessHistory: e.history, score: e.percentile }, col };
  }
  const score = new Float64Array(n);
  const tp = percentileRankSeries(share, input.lookback);
  for (let t = 0; t < n; t++) score[t] = scoreOf(e.percentile[t], tp.percentile[t], true);
  return {
    series: {
      excess: col.values,
      excessPercentile: e.percentile,
      excessHistory: e.history,
      turnoverShare: share,
      turnoverPercentile: tp.percentile,
      turnoverHistory: tp.history,
      score,
    },
    col,
  };
}

/** The last row's readings by plain scans of its history: O(lookback) beyond the components. */
export function latestReading(input: CrowdingInput): Reading {
  const { excess: col, share } = components(input);
  const t = input.sector.length - 1;
  if (t < 0) {
    return {
      excess: NaN, excessPercentile: NaN, excessPeak: NaN, excessHistory: 0, hasTurnover: !!share,
      turnoverShare: NaN, turnoverPercentile: NaN, turnoverHistory: 0, score: NaN,
      excessError: excessErrorAt(col, t), window: input.window,
    };
  }
  const e = percentileRankAt(col.values, t, input.lookback);
  const tp = share ? percentileRankAt(share, t, input.lookback) : { percentile: NaN, history: 0 };
  return {
    excess: col.values[t],
    excessPercentile: e.percentile,
    excessPeak: historyMaxAt(col.values, t, input.lookback),
    excessHistory: e.history,
    hasTurnover: !!share,
    turnoverShare: share ? share[t] : NaN,
    turnoverPercentile: tp.percentile,
    turnoverHistory: tp.history,
    score: scoreOf(e.percentile, tp.percentile, !!share),
    excessError: excessErrorAt(col, t),
    window: input.window,
  };
}

/**
 * The last row's crowding detail alone, without ranking every row: the same
 * values as `crowdingOfSeries(input).detail`, for a pane that shows only
 * today's gauge.
 *
 * Units, edge cases and errors as {@link crowdingOfSeries}.
 * Cost: O(n) for the excess, O(n·window) for the turnover average, O(lookback)
 * (O(n) expanding) for the ranks; no sort.
 *
 * @example
 * const S = Float64Array.from({ length: 61 }, (_, t) => 100 * 1.01 ** Math.min(t, 30));
 * crowdingLatest({ sector: S, benchmark: new Float64Array(61).fill(100), window: 10, lookback: null }).score
 * // => 0
 */
export function crowdingLatest(input: CrowdingInput): CrowdingDetail {
  return detailOf(latestReading(input));
}
