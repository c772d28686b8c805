/**
 * How many rows of a large table one request may carry. Excel on the web
 * refuses a response over 5 MB ("RequestPayloadSizeLimitExceeded", Office's
 * resource limits for add-ins), and a big response freezes the pane while it
 * is parsed: the Excel adapter reads a table in row chunks that each stay
 * near {@link CHUNK_BUDGET_BYTES} (1 MB). The first chunk is sized from an
 * estimate per cell; later ones from the bytes the previous chunk really took.
 */

/** Aim per request: 1 MB of JSON, a fifth of the web's 5 MB cap. */
export const CHUNK_BUDGET_BYTES = 1_000_000;
/** First guess of one cell's JSON size: a double with 17 significant digits and a comma is about 20 bytes; 32 leaves room for text. */
export const ESTIMATED_CELL_BYTES = 32;

/**
 * Rows per request for `bytesPerRow` (at least 1, at most `remaining`). O(1).
 *
 * @example chunkRows(60 * 32)       // → 520 (1 MB / 1920 bytes a row)
 * @example chunkRows(0, 10)         // → 10
 * @example chunkRows(5_000_000, 10) // → 1
 */
export function chunkRows(bytesPerRow: number, remaining = Number.POSITIVE_INFINITY, budget = CHUNK_BUDGET_BYTES): number {
  const fit = bytesPerRow > 0 ? Math.floor(budget / bytesPerRow) : remaining;
  return Math.max(1, Math.min(remaining, fit));
}

/** The JSON size of a block of values, as Office.js carries it. O(cells). */
export function jsonBytes(values: readonly (readonly unknown[])[]): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}
