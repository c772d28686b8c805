/** Moving averages over filled series. */

/**
 * The `w`-row moving average of a series: row t averages rows t−w+1 … t;
 * `NaN` for t < w−1, where a row in the window is `NaN`, or where the sum
 * overflows.
 *
 * Each window is summed afresh, left to right, rather than by a running sum:
 * identical windows then give bit-identical averages, so a stale (carried
 * forward) share ranks as a tie, exactly as `#{h < x}` asks; a running sum
 * drifts in the last bits and would break ties at random.
 *
 * Cost: O(n·w) (w is the excess window, 40 by default).
 *
 * @example movingAverage(Float64Array.of(1, 2, 3, 4), 2) // => [NaN, 1.5, 2.5, 3.5]
 */
export function movingAverage(x: Float64Array, w: number): Float64Array {
  const n = x.length;
  const out = new Float64Array(n).fill(NaN);
  // Skip the head before the first value: filled series are NaN only there.
  let first = 0;
  while (first < n && x[first] !== x[first]) first++;
  for (let t = first + w - 1; t < n; t++) {
    let s = 0;
    for (let i = t - w + 1; i <= t; i++) s += x[i];
    const m = s / w;
    out[t] = m - m === 0 ? m : NaN;
  }
  return out;
}
