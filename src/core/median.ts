/**
 * The median, once for the core: the board's tier medians and SEASONALITY's
 * median excess use it.
 */

/**
 * The median of some numbers: the middle value, or the mean of the two middle
 * values for an even count; `undefined` for none. Sorts a copy: O(n log n).
 * @example median([3, 1, 2, 10]) // => 2.5
 * @example median([0.02, -0.01, 0.04]) // => 0.02
 */
export function median(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const h = n >> 1;
  return n % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}
