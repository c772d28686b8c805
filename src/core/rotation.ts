/**
 * ROTATION: where each sector sits on the two axes of a Relative Rotation
 * Graph against its benchmark (docs/functions.md, section ROTATION).
 *
 * This is an OPEN normalisation in the spirit of RRG, not the proprietary
 * JdK RS-Ratio / RS-Momentum formulas (which are unpublished). With filled
 * prices S and B, a window w, a momentum m and row t:
 *
 * - `RS[t] = 100 × S[t] / B[t]`
 * - `Ratio[t] = 100 + (RS[t] − mean(RS[t−w+1..t])) / sd(RS[t−w+1..t])`
 * - `ROC[t] = 100 × (Ratio[t] / Ratio[t−m] − 1)`
 * - `Momentum[t] = 100 + (ROC[t] − mean(ROC[t−w+1..t])) / sd(ROC[t−w+1..t])`
 *
 * `sd` is the sample standard deviation (divisor w − 1); where it is 0 the
 * deviation counts as 0, so a flat stretch reads exactly 100. Quadrants:
 * Leading (Ratio ≥ 100, Momentum ≥ 100), Weakening (Ratio ≥ 100, Momentum <
 * 100), Lagging (both < 100), Improving (Ratio < 100, Momentum ≥ 100). A
 * sector rotating the usual way moves clockwise: Improving → Leading →
 * Weakening → Lagging.
 *
 * One pass per series, nothing recomputed per window: the trailing mean
 * comes from a compensated (Neumaier) running sum, the sum of squared
 * deviations from Welford's add/remove update, re-summed exactly every
 * max(w, 256) rows and whenever the spread shrinks a thousandfold (so
 * rounding cannot build up), and both are set exactly when the last w values
 * are all equal (so a flat stretch gives exactly 100, not 100 plus rounding
 * noise). Results agree with a two-pass computation to ~1e-11.
 *
 * The pane's rotation map and tier monitor call {@link rotationTrail} (k
 * series at once, the last points of each trail); the worksheet function
 * calls {@link rotation}.
 */
import { readChoice, readWholeNumber } from "./args";
import { BatonError, isBatonError, messages, naError, valueError } from "./errors";
import { Cells, ErrorIndex, ResultColumn, SeriesResult, WordSeriesResult } from "./result";
import { readPricePair } from "./series";

/** The quadrant words, in code order: code `c` (1–4) is `QUADRANTS[c − 1]`. Values formulas compare: English in every language. */
export const QUADRANTS = ["Leading", "Weakening", "Lagging", "Improving"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Default rows of the normalising window. */
export const DEFAULT_ROTATION_WINDOW = 40;
/** Default rows of Ratio's rate of change. */
export const DEFAULT_ROTATION_MOMENTUM = 10;

/** The forms of ROTATION's `output` argument. */
export const ROTATION_OUTPUTS = ["latest", "ratio", "momentum", "quadrant"] as const;
export type RotationOutput = (typeof ROTATION_OUTPUTS)[number];

/** Labels of the rows of `"latest"`, in order. */
export const ROTATION_LATEST_LABELS = ["Ratio", "Momentum", "Quadrant"] as const;

/**
 * The quadrant code of a point: 1 Leading, 2 Weakening, 3 Lagging, 4
 * Improving ({@link QUADRANTS}), 0 when either value is missing (`NaN`).
 * Cost: O(1).
 * @example quadrantCode(101, 99) // => 2
 * @example quadrantCode(100, 100) // => 1
 * @example quadrantCode(NaN, 100) // => 0
 */
export function quadrantCode(ratio: number, momentum: number): number {
  if (ratio !== ratio || momentum !== momentum) return 0;
  if (ratio >= 100) return momentum >= 100 ? 1 : 2;
  return momentum >= 100 ? 4 : 3;
}

/**
 * The quadrant word of a point, or `undefined` when either value is missing.
 * @example quadrantOf(99, 101) // => "Improving"
 */
export function quadrantOf(ratio: number, momentum: number): Quadrant | undefined {
  const c = quadrantCode(ratio, momentum);
  return c === 0 ? undefined : QUADRANTS[c - 1];
}

/**
 * `100 + z-score` of each value over the trailing `w` values (sample sd),
 * written into `out` (same length as `x`). A value is `NaN` unless the last
 * `w` values are all finite; a window with sd 0 gives exactly 100.
 *
 * One pass, O(n) time plus an exact re-sum of the window every max(w, 256)
 * rows (O(n) in all), and when the spread collapses (rare in prices; at
 * worst O(n·w), the cost of the naive method); no allocation.
 */
export function rollingNormalise(x: Float64Array, w: number, out: Float64Array): Float64Array {
  const n = x.length;
  const resumEvery = Math.max(w, 256);
  const dof = w - 1;
  const invDof = 1 / dof;
  let run = 0; // consecutive finite values ending at t
  let equal = 0; // consecutive values equal to x[t], ending at t
  let prev = NaN;
  // The window's sum, compensated (Neumaier): the mean never drifts from the level.
  let sum = 0;
  let comp = 0;
  let mean = 0;
  let m2 = 0; // sum of squared deviations from the mean over the window (Welford)
  let peak = 0; // largest m2 since the last exact sum
  let since = 0;
  for (let t = 0; t < n; t++) {
    const v = x[t];
    if (v - v !== 0) {
      // NaN (no value yet) or ±Infinity: no window can hold it.
      run = 0;
      equal = 0;
      prev = NaN;
      sum = comp = mean = m2 = peak = 0;
      since = 0;
      out[t] = NaN;
      continue;
    }
    equal = v === prev ? equal + 1 : 1;
    prev = v;
    if (run < w) {
      run++;
      const u = sum + v;
      comp += Math.abs(sum) >= Math.abs(v) ? sum - u + v : v - u + sum;
      sum = u;
      const next = (sum + comp) / run;
      m2 += (v - mean) * (v - next);
      mean = next;
      if (m2 > peak) peak = m2;
      if (run < w) {
        out[t] = NaN;
        continue;
      }
    } else {
      const o = x[t - w];
      let u = sum + v;
      comp += Math.abs(sum) >= Math.abs(v) ? sum - u + v : v - u + sum;
      sum = u;
      u = sum - o;
      comp += Math.abs(sum) >= Math.abs(o) ? sum - u - o : -o - u + sum;
      sum = u;
      const next = (sum + comp) / w;
      m2 += (v - o) * (v - next + o - mean);
      mean = next;
      if (m2 > peak) peak = m2;
      // Rounding in m2's updates is relative to the largest spread since the
      // last exact sum. Sum again, exactly, every resumEvery rows, and at once
      // when the spread has shrunk a thousandfold since (cancellation).
      if (++since >= resumEvery || m2 < peak * 1e-3) {
        since = 0;
        let q = 0;
        for (let i = t - w + 1; i <= t; i++) {
          const d = x[i] - mean;
          q += d * d;
        }
        m2 = q;
        peak = q;
      }
    }
    if (equal >= w) {
      // All w values are the same number: the exact state is known.
      mean = v;
      m2 = peak = 0;
      out[t] = 100;
      continue;
    }
    out[t] = m2 > 0 ? 100 + (v - mean) / Math.sqrt(m2 * invDof) : 100;
  }
  return out;
}

/**
 * Ratio (the relative-strength trend) of one sector against one benchmark,
 * for every row. `scratch`, when given (at least as long as `S`), holds RS so
 * that k series need one scratch array between them.
 *
 * @param S sector prices, filled forward (`NaN` before the first price)
 * @param B benchmark prices, same length, filled likewise
 * @param w window, ≥ 2
 * @returns Ratio for every row, `NaN` where undefined (see {@link rotationReasons})
 * Cost: one pass, O(n).
 * @example Array.from(ratioSeries(Float64Array.of(100, 100, 102, 101), Float64Array.of(100, 100, 100, 100), 2))
 * // => [NaN, 100, 100.70710678118655, 99.29289321881345]
 */
export function ratioSeries(S: Float64Array, B: Float64Array, w: number, scratch?: Float64Array): Float64Array {
  const n = S.length;
  const rs = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  for (let t = 0; t < n; t++) rs[t] = (100 * S[t]) / B[t];
  return rollingNormalise(rs, w, new Float64Array(n));
}

/** Ratio, Momentum and Quadrant of one sector for every row. */
export interface RotationSeries {
  /** Ratio per row; `NaN` where undefined. */
  readonly ratio: Float64Array;
  /** Momentum per row; `NaN` where undefined. */
  readonly momentum: Float64Array;
  /** Quadrant code per row (see {@link quadrantCode}); 0 where Ratio or Momentum is undefined. */
  readonly quadrant: Uint8Array;
}

/**
 * Ratio, Momentum and Quadrant of one sector against one benchmark, for
 * every row. Cost: two passes of {@link rollingNormalise}, O(n); four arrays
 * of n.
 *
 * @param S sector prices, filled forward
 * @param B benchmark prices, filled forward, same length
 * @param w window, ≥ 2
 * @param m momentum, ≥ 1
 * @example
 * const r = rotationSeries(Float64Array.of(100, 101, 103, 102, 104, 107), Float64Array.of(100, 100, 100, 100, 100, 100), 2, 1);
 * // With w = 2, Ratio is 100 ± 1/√2 as RS last rose or fell; ROC rose 1.42 at row 4, was 0 at row 5: Momentum 100 − 1/√2.
 * [r.ratio[5], r.momentum[5], r.quadrant[5]] // => [100.70710678118655, 99.29289321881345, 2]
 */
export function rotationSeries(S: Float64Array, B: Float64Array, w: number, m: number, scratch?: Float64Array): RotationSeries {
  const n = S.length;
  const ratio = ratioSeries(S, B, w, scratch);
  const roc = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  for (let t = 0; t < n; t++) roc[t] = t < m ? NaN : 100 * (ratio[t] / ratio[t - m] - 1);
  const momentum = rollingNormalise(roc, w, new Float64Array(n));
  const quadrant = new Uint8Array(n);
  for (let t = 0; t < n; t++) quadrant[t] = quadrantCode(ratio[t], momentum[t]);
  return { ratio, momentum, quadrant };
}

/** k sectors, their benchmarks and the two lengths: what the pane passes. */
export interface RotationInput {
  /** k sector series, filled forward (`NaN` before the first price), all the same length. */
  readonly sectors: readonly Float64Array[];
  /** One benchmark per sector, filled forward (one array may be shared by all). */
  readonly benchmarks: readonly Float64Array[];
  /** Rows of the normalising window, ≥ 2 (default 40). */
  readonly window?: number;
  /** Rows of Ratio's rate of change, ≥ 1 (default 10). */
  readonly momentum?: number;
}

/** Which points of the trail: the last `points` rows, `every` rows apart (default 1), ending at the last row. */
export interface TrailOptions {
  readonly points: number;
  readonly every?: number;
}

/** One sector's trail, oldest point first. */
export interface RotationTrail {
  /** 0-based row of each point in the series, ascending; the last is the last row. */
  readonly rows: Int32Array;
  /** Ratio at each point; `NaN` where undefined (not enough history). */
  readonly ratio: Float64Array;
  /** Momentum at each point; `NaN` where undefined. */
  readonly momentum: Float64Array;
  /** Quadrant code at each point (1 Leading … 4 Improving, {@link QUADRANTS}); 0 where undefined. */
  readonly quadrant: Uint8Array;
}

const whole = (v: number | undefined, fallback: number, min: number): number => {
  const x = v === undefined || !Number.isFinite(v) ? fallback : Math.floor(v);
  return x < min ? min : x;
};

/**
 * The last points of each sector's rotation trail, for the pane's rotation
 * map (a tail of points per sector) and the tier monitor (`points: 1`: where
 * each sector is today).
 *
 * Points are the rows `n−1, n−1−every, …` (at most `points` of them, fewer
 * when the series is shorter), returned oldest first. Each series is computed
 * from its first row, exactly as {@link rotationSeries} and `=BATON.ROTATION`
 * compute it, so every point equals the worksheet function's value bit for
 * bit. (Starting from a suffix would agree only to rounding, and with a short
 * window rounding noise in a flat stretch can flip a quadrant.) Cost: O(k·n),
 * one pass per series.
 *
 * Never throws: window is taken as at least 2, momentum, points and every
 * as at least 1 (fractions are dropped); an empty input gives `[]`.
 *
 * @example
 * const S = Float64Array.of(100, 101, 103, 102, 104, 107);
 * const B = Float64Array.of(100, 100, 100, 100, 100, 100);
 * const [trail] = rotationTrail({ sectors: [S], benchmarks: [B], window: 2, momentum: 1 }, { points: 2, every: 2 });
 * [Array.from(trail.rows), Array.from(trail.quadrant)] // => [[3, 5], [3, 2]]
 */
export function rotationTrail(input: RotationInput, options: TrailOptions): RotationTrail[] {
  const w = whole(input.window, DEFAULT_ROTATION_WINDOW, 2);
  const m = whole(input.momentum, DEFAULT_ROTATION_MOMENTUM, 1);
  const points = whole(options.points, 1, 1);
  const every = whole(options.every, 1, 1);
  let scratch: Float64Array | undefined;
  return input.sectors.map((S, j) => {
    const B = input.benchmarks[j] ?? input.benchmarks[0];
    const n = Math.min(S.length, B ? B.length : 0);
    const count = n === 0 ? 0 : Math.min(points, Math.floor((n - 1) / every) + 1);
    const rows = new Int32Array(count);
    for (let i = 0; i < count; i++) rows[i] = n - 1 - (count - 1 - i) * every;
    const ratio = new Float64Array(count);
    const momentum = new Float64Array(count);
    const quadrant = new Uint8Array(count);
    if (count > 0) {
      // From the first row, as the worksheet function computes it (see above).
      const from = 0;
      const len = n - from;
      if (!scratch || scratch.length < len) scratch = new Float64Array(len);
      const r = rotationSeries(S.subarray(from, n), B.subarray(from, n), w, m, scratch);
      for (let i = 0; i < count; i++) {
        const t = rows[i] - from;
        ratio[i] = r.ratio[t];
        momentum[i] = r.momentum[t];
        quadrant[i] = r.quadrant[t];
      }
    }
    return { rows, ratio, momentum, quadrant };
  });
}

/** Why a Ratio or Momentum cell is empty: the codes {@link rotationReasons} returns. */
const Why = { noSector: 1, noBenchmark: 2, overflow: 3, ratioWindow: 4, earlierRatio: 5, momentumWindow: 6 } as const;

/** The error value of a reason code. */
function whyError(why: number, w: number, m: number): BatonError {
  switch (why) {
    case Why.noSector:
      return naError(messages.noPrice("sector"));
    case Why.noBenchmark:
      return naError(messages.noPrice("benchmark"));
    case Why.overflow:
      return valueError(messages.overflow());
    case Why.ratioWindow:
      return naError(messages.rotationRatio(w));
    case Why.earlierRatio:
      return naError(messages.rotationEarlierRatio(m));
    default:
      return naError(messages.rotationMomentum(w));
  }
}

/** Why Ratio is undefined at row t (it is `NaN` there). */
function ratioWhy(S: Float64Array, B: Float64Array, t: number): number {
  if (S[t] !== S[t]) return Why.noSector;
  if (B[t] !== B[t]) return Why.noBenchmark;
  const rs = (100 * S[t]) / B[t];
  return rs - rs !== 0 ? Why.overflow : Why.ratioWindow;
}

/** Why Momentum is undefined at row t. */
function momentumWhy(S: Float64Array, B: Float64Array, ratio: Float64Array, t: number, m: number): number {
  if (ratio[t] !== ratio[t]) return ratioWhy(S, B, t);
  if (t < m || ratio[t - m] !== ratio[t - m]) return Why.earlierRatio;
  const roc = 100 * (ratio[t] / ratio[t - m] - 1);
  return roc - roc !== 0 ? Why.overflow : Why.momentumWindow;
}

/**
 * The error value for each empty cell of a Ratio (`which = "ratio"`) or
 * Momentum series: no price yet (naming sector or benchmark), not enough rows
 * for the window, no Ratio `m` rows earlier, or an overflow. Only the empty
 * cells are looked at. Cost: O(n).
 */
export function rotationColumn(
  which: "ratio" | "momentum",
  values: Float64Array,
  S: Float64Array,
  B: Float64Array,
  ratio: Float64Array,
  w: number,
  m: number,
): ResultColumn {
  const n = values.length;
  const index = new ErrorIndex();
  const byWhy: number[] = [];
  let reasons: Uint8Array | undefined;
  for (let t = 0; t < n; t++) {
    if (values[t] === values[t]) continue;
    const why = which === "ratio" ? ratioWhy(S, B, t) : momentumWhy(S, B, ratio, t, m);
    let e = byWhy[why];
    if (e === undefined) e = byWhy[why] = index.of(whyError(why, w, m));
    if (e !== 0) (reasons ??= new Uint8Array(n))[t] = e;
  }
  if (index.errors.length === 0) index.of(whyError(which === "ratio" ? Why.ratioWindow : Why.momentumWindow, w, m));
  return reasons ? { values, errors: index.errors, reasons } : { values, errors: index.errors };
}

/** A Quadrant series as word indexes (0–3 into {@link QUADRANTS}), `NaN` with Momentum's reason where undefined. */
function quadrantColumn(r: RotationSeries, momentum: ResultColumn): ResultColumn {
  const n = r.quadrant.length;
  const values = new Float64Array(n);
  for (let t = 0; t < n; t++) values[t] = r.quadrant[t] === 0 ? NaN : r.quadrant[t] - 1;
  return momentum.reasons ? { values, errors: momentum.errors, reasons: momentum.reasons } : { values, errors: momentum.errors };
}

/**
 * ROTATION over Excel-shaped arguments (docs/functions.md): reads sector and
 * benchmark through {@link readPricePair} (blanks carried forward, spare rows
 * after the data are not data), window (2 ≤ w < rows, default 40), momentum
 * (1 ≤ m < rows, default 10) and output.
 *
 * - `"latest"` (default): 3×k cells, Ratio, Momentum and the Quadrant word at
 *   the last row with data, one column per sector (a row series gives 3×1);
 *   an undefined value is `#N/A` saying why.
 * - `"ratio"`, `"momentum"`: a {@link SeriesResult} in the sector's shape.
 * - `"quadrant"`: a {@link WordSeriesResult} (indexes into {@link QUADRANTS}).
 *
 * Errors: `#VALUE!` for bad cells, lengths or widths that do not line up,
 * fewer than two rows of prices, window or momentum out of range, an unknown
 * output. Cost: O(n·k) for the series outputs (one pass per series and
 * stage), and O(n·k) for `"latest"` too: it is the last row of the same
 * series, computed from the first row so that it matches them to the bit.
 *
 * @example
 * // Benchmark flat; sector 100, 101, 103, 102, 104, 107; window 2, momentum 1.
 * // Last two RS 104, 107: Ratio = 100 + 1.5/2.1213 = 100 + 1/√2. Ratio's 1-row ROC went
 * // 1.42 (row 5) then 0 (row 6): Momentum = 100 − 1/√2. Ratio ≥ 100, Momentum < 100: Weakening.
 * rotation([[100], [101], [103], [102], [104], [107]], [[100], [100], [100], [100], [100], [100]], 2, 1)
 * // => [[100.70710678118655], [99.29289321881345], ["Weakening"]]
 */
export function rotation(
  sector: unknown,
  benchmark: unknown,
  window?: unknown,
  momentum?: unknown,
  output?: unknown,
): SeriesResult | WordSeriesResult | Cells | BatonError {
  const p = readPricePair(sector, benchmark);
  if (isBatonError(p)) return p;
  const w = readWholeNumber(window, "window", DEFAULT_ROTATION_WINDOW, 2, p.rows - 1);
  if (isBatonError(w)) return w;
  const m = readWholeNumber(momentum, "momentum", DEFAULT_ROTATION_MOMENTUM, 1, p.rows - 1);
  if (isBatonError(m)) return m;
  const out = readChoice(output, "output", ROTATION_OUTPUTS, "latest");
  if (isBatonError(out)) return out;
  const { orientation, length } = p.block;

  if (out === "latest") {
    const trails = rotationTrail({ sectors: p.sectors, benchmarks: p.benchmarks, window: w, momentum: m }, { points: 1 });
    const last = p.rows - 1;
    const cells: Cells = [[], [], []];
    trails.forEach((tr, j) => {
      const ratio = tr.ratio[0];
      const mom = tr.momentum[0];
      let ratioErr: BatonError | undefined;
      let momErr: BatonError | undefined;
      if (mom !== mom) {
        // Not enough history (a short series): say why from the whole series, O(n) once.
        const S = p.sectors[j];
        const B = p.benchmarks[j];
        const whole = ratioSeries(S, B, w);
        if (ratio !== ratio) ratioErr = whyError(ratioWhy(S, B, last), w, m);
        momErr = whyError(momentumWhy(S, B, whole, last, m), w, m);
      }
      cells[0].push(ratioErr ?? ratio);
      cells[1].push(momErr ?? mom);
      cells[2].push(momErr ?? QUADRANTS[tr.quadrant[0] - 1]);
    });
    return cells;
  }

  const scratch = new Float64Array(p.rows);
  const columns = p.sectors.map((S, j) => {
    const B = p.benchmarks[j];
    if (out === "ratio") {
      const ratio = ratioSeries(S, B, w, scratch);
      return rotationColumn("ratio", ratio, S, B, ratio, w, m);
    }
    const r = rotationSeries(S, B, w, m, scratch);
    const mom = rotationColumn("momentum", r.momentum, S, B, r.ratio, w, m);
    return out === "momentum" ? mom : quadrantColumn(r, mom);
  });
  return out === "quadrant" ? { orientation, length, columns, words: QUADRANTS } : { orientation, length, columns };
}
