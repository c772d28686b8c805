/**
 * Crowding zones: how a 0–100 crowding score reads in words. The words are
 * values (`=IF(X="Crowded", …)`), the same in every language.
 */

/** How crowded a score reads, from least to most. */
export type Zone = "Low" | "Elevated" | "Crowded" | "Extreme";

/** The zones as data, lowest first: a score belongs to the last zone whose `from` it reaches. */
export const ZONES: readonly { readonly zone: Zone; readonly from: number }[] = [
  { zone: "Low", from: 0 },
  { zone: "Elevated", from: 50 },
  { zone: "Crowded", from: 80 },
  { zone: "Extreme", from: 95 },
];

/**
 * The zone of a score (0–100): below 50 `Low`, from 50 `Elevated`, from 80
 * `Crowded`, from 95 `Extreme`. A score below 0 reads `Low`.
 *
 * Errors: a `NaN` or infinite score throws a `RangeError` (an undefined score
 * has no zone; callers check it first). Cost: O(1).
 *
 * @example zoneOf(79.99) // => "Elevated"
 * @example zoneOf(80) // => "Crowded"
 */
export function zoneOf(score: number): Zone {
  if (!Number.isFinite(score)) throw new RangeError(`a zone needs a finite score, not ${score}`);
  for (let i = ZONES.length - 1; i > 0; i--) if (score >= ZONES[i].from) return ZONES[i].zone;
  return ZONES[0].zone;
}
