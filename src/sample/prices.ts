/**
 * The sample prices: a TMT-like sector index and an all-A-share benchmark,
 * with sector and market turnover, on weekdays from 2020-04-27 to 2026-04-24.
 *
 * SYNTHETIC. The numbers are generated here from a fixed seed; they are not
 * market data. They are shaped to tell the report's story:
 *
 * - the simple 40-day rolling excess, S[t]/S[t-40] - 1 - (B[t]/B[t-40] - 1),
 *   is exactly 0.0266 on the last row (2026-04-24, "as of April 24"): the last
 *   sector price is solved for it;
 * - past tops of that excess sit near 10% (four episodes between 0.09 and
 *   0.11) and exactly one episode reaches 20–25% (in 2021, more than three
 *   years before the last row, so a three-year lookback sees only the ~10% tops);
 * - the benchmark dips into early April 2026 and rebounds from April 8;
 * - the sector's share of market turnover rises and falls with the excess.
 *
 * How it is built (all deterministic, seed {@link SEED}):
 * 1. benchmark: a geometric random walk with a few gentle regime drifts;
 * 2. sector: the benchmark times a relative factor whose log is a small random
 *    walk plus "episodes" (a ramp up, then a partial give-back). Each
 *    episode's size is calibrated by a short fixed-point loop until the
 *    largest 40-day excess inside it equals its target;
 * 3. prices are rounded to 2 decimals, then the last sector price is solved
 *    so that the last excess is exactly {@link LAST_EXCESS};
 * 4. turnover: market amount a noisy trend, sector share = falling base + k·excess + noise.
 *
 * Units: prices are index points; turnover amounts are CNY 100 million (亿元).
 */
import { weekdays } from "./dates";
import { mulberry32, normals } from "./random";

/** The seed of every random draw in the sample. */
export const SEED = 20260424;
/** The rolling window the report uses (rows). */
export const SAMPLE_WINDOW = 40;
/** The report's reading on April 24: TMT 40-day excess over all A-shares, a decimal. */
export const LAST_EXCESS = 0.0266;
export const FIRST_DATE = "2020-04-27";
/** Benchmark level on the first and (before rounding) the last row, points. */
const BENCH_FIRST = 4300;
const BENCH_LAST = 5600;
export const LAST_DATE = "2026-04-24";

/** The daily sample series, oldest first, all the same length. */
export interface SamplePrices {
  /** ISO `yyyy-mm-dd`, ascending weekdays. */
  readonly dates: readonly string[];
  /** Sector index level (points). */
  readonly sector: readonly number[];
  /** Benchmark index level (points). */
  readonly benchmark: readonly number[];
  /** Sector turnover, CNY 100 million (亿元). */
  readonly sectorTurnover: readonly number[];
  /** Whole-market turnover, CNY 100 million (亿元). */
  readonly marketTurnover: readonly number[];
  readonly sectorName: string;
  readonly benchmarkName: string;
}

/** One excess episode: a ramp of `up` rows, then `down` rows giving back `giveBack` of it. */
interface Episode {
  /** ISO date the ramp starts (first weekday on or after it). */
  readonly start: string;
  readonly up: number;
  readonly down: number;
  readonly giveBack: number;
  /** The largest 40-day simple excess the episode reaches (decimal). */
  readonly target: number;
}

/**
 * The episodes: one 20–25% top (2021) and four near 10%. The current move
 * (a ramp into the last row) is added separately and calibrated to about
 * 2.6% the day before the solved last row.
 */
const EPISODES: readonly Episode[] = [
  { start: "2021-01-18", up: 40, down: 70, giveBack: 0.8, target: 0.228 },
  { start: "2022-06-06", up: 34, down: 60, giveBack: 0.85, target: 0.104 },
  { start: "2023-03-13", up: 36, down: 60, giveBack: 0.7, target: 0.0952 },
  { start: "2024-02-19", up: 35, down: 60, giveBack: 0.8, target: 0.0993 },
  { start: "2025-02-10", up: 33, down: 55, giveBack: 0.85, target: 0.0921 },
];

/** Daily shock of the mean-reverting relative noise (the sector's own wiggle around the benchmark). */
const NOISE = 0.0032;

/** Regime drifts of the benchmark (daily log drift over a date range), loosely like the A-share tape. */
const REGIMES: readonly { readonly from: string; readonly to: string; readonly drift: number }[] = [
  { from: "2020-04-27", to: "2021-02-10", drift: 0.0009 },
  { from: "2021-12-13", to: "2022-04-26", drift: -0.0018 },
  { from: "2023-08-01", to: "2024-02-05", drift: -0.0012 },
  { from: "2024-09-24", to: "2024-10-08", drift: 0.02 },
  { from: "2025-04-14", to: "2025-09-30", drift: 0.0011 },
  { from: "2026-03-09", to: "2026-04-07", drift: -0.0035 },
  { from: "2026-04-08", to: "2026-04-24", drift: 0.006 },
];

function indexOnOrAfter(dates: readonly string[], date: string): number {
  const i = dates.findIndex((d) => d >= date);
  return i < 0 ? dates.length : i;
}

/** Simple w-row rolling excess with NaN before row w (a plain loop, as in the contract). */
function simpleExcess(S: Float64Array, B: Float64Array, w: number): Float64Array {
  const e = new Float64Array(S.length).fill(NaN);
  for (let t = w; t < S.length; t++) e[t] = S[t] / S[t - w] - B[t] / B[t - w];
  return e;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Builds the sample. Pure: the same output on every call. Cost: O(n) per calibration pass, 60 passes. */
export function buildSamplePrices(): SamplePrices {
  const dates = weekdays(FIRST_DATE, LAST_DATE);
  const n = dates.length;
  const z = normals(mulberry32(SEED));

  // 1. Benchmark: log random walk, 1.1% daily vol, plus regime drifts.
  const drift = new Float64Array(n).fill(0.0001);
  for (const r of REGIMES) {
    for (let t = indexOnOrAfter(dates, r.from); t < n && dates[t] <= r.to; t++) drift[t] = r.drift;
  }
  const logB = new Float64Array(n);
  logB[0] = Math.log(BENCH_FIRST);
  for (let t = 1; t < n; t++) logB[t] = logB[t - 1] + drift[t] + 0.011 * z();
  // Tilt the walk linearly so that it ends at BENCH_LAST (keeps the wiggles, fixes the ends).
  const tilt = (Math.log(BENCH_LAST) - logB[n - 1]) / (n - 1);
  const B = new Float64Array(n);
  for (let t = 0; t < n; t++) B[t] = Math.exp(logB[t] + tilt * t);

  // 2. Sector: benchmark × exp(rel); rel = mean-reverting noise + episodes.
  const noise = new Float64Array(n);
  let level = 0;
  for (let t = 1; t < n; t++) {
    level = 0.985 * level + NOISE * z();
    noise[t] = level;
  }
  const starts = EPISODES.map((ep) => indexOnOrAfter(dates, ep.start));
  // The current move: a ramp over the last window into the last row.
  const finalStart = n - 1 - SAMPLE_WINDOW;
  const amp = EPISODES.map((ep) => ep.target);
  let finalAmp = LAST_EXCESS;

  const sector = (): Float64Array => {
    const shape = new Float64Array(n);
    EPISODES.forEach((ep, k) => {
      const s = starts[k];
      for (let i = 0; i < ep.up + ep.down && s + i < n; i++) {
        const x = i < ep.up ? ((i + 1) / ep.up) * amp[k] : amp[k] * (1 - (ep.giveBack * (i + 1 - ep.up)) / ep.down);
        shape[s + i] += x;
      }
      // After the give-back the relative level keeps what was not given back.
      for (let t = s + ep.up + ep.down; t < n; t++) shape[t] += amp[k] * (1 - ep.giveBack);
    });
    for (let t = finalStart; t < n; t++) shape[t] += ((t - finalStart) / SAMPLE_WINDOW) * finalAmp;
    const S = new Float64Array(n);
    for (let t = 0; t < n; t++) S[t] = B[t] * 0.62 * Math.exp(noise[t] + shape[t]);
    return S;
  };

  // Calibrate episode sizes: move each amplitude by the miss of its top.
  for (let pass = 0; pass < 60; pass++) {
    const e = simpleExcess(sector(), B, SAMPLE_WINDOW);
    EPISODES.forEach((ep, k) => {
      // The extreme the episode reaches: its largest excess, or its lowest for a negative one.
      const sign = ep.target >= 0 ? 1 : -1;
      let top = -Infinity;
      for (let t = starts[k]; t < Math.min(n, starts[k] + ep.up + ep.down); t++) if (sign * e[t] > top) top = sign * e[t];
      amp[k] += (ep.target - sign * top) * 0.8;
    });
    finalAmp += (LAST_EXCESS - e[n - 2]) * 0.8;
  }

  // 3. Round, then solve the last sector price for the exact last excess.
  const S = Array.from(sector(), round2);
  const Bench = Array.from(B, round2);
  const T = n - 1;
  S[T] = S[T - SAMPLE_WINDOW] * (Bench[T] / Bench[T - SAMPLE_WINDOW] + LAST_EXCESS);

  // 4. Turnover: market amount trends from ~7,000 to ~15,000 (亿元); the
  // sector's share follows its excess (crowding money chases the move) around
  // a base that drifts down from 26% to 21% and then, in the last 60 rows,
  // to 14% (the report: this week's leaders were resources and consumption,
  // money rebalancing out of tech). Today's share so ranks low in its
  // history: the report's point that the sector as a whole is not crowded;
  // its crowding is internal, in a few segments.
  const e = simpleExcess(Float64Array.from(S), Float64Array.from(Bench), SAMPLE_WINDOW);
  const marketTurnover: number[] = [];
  const sectorTurnover: number[] = [];
  let m = 0;
  let sh = 0;
  for (let t = 0; t < n; t++) {
    m = 0.9 * m + 0.06 * z();
    sh = 0.9 * sh + 0.006 * z();
    const trend = 7000 * Math.pow(15000 / 7000, t / (n - 1));
    const mt = trend * Math.exp(m);
    const ex = e[t] === e[t] ? e[t] : 0;
    const lastWeeks = Math.max(0, (t - (n - 60)) / 60); // money rotating out of tech lately
    const base = 0.26 - 0.05 * (t / (n - 1)) - 0.07 * lastWeeks;
    const share = Math.min(0.55, Math.max(0.12, base + 0.9 * ex + sh));
    marketTurnover.push(round2(mt));
    sectorTurnover.push(round2(mt * share));
  }

  return {
    dates,
    sector: S,
    benchmark: Bench,
    sectorTurnover,
    marketTurnover,
    sectorName: "TMT (synthetic)",
    benchmarkName: "All A-shares (synthetic)",
  };
}

/** The sample, built once at import (deterministic). */
export const samplePrices: SamplePrices = buildSamplePrices();
