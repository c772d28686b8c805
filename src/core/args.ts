/**
 * Readers for scalar arguments (window, lookback, method, output, format).
 *
 * Custom functions declare these as `any` so that Baton, not Excel, checks
 * them and can say what is wrong. An omitted optional argument arrives as
 * `null` (or `undefined`) and takes its default. A single-cell range arrives
 * as a 1×1 grid and is unwrapped; a larger range is an error.
 */
import { BatonError, messages, valueError } from "./errors";

/** Unwraps a 1×1 grid; returns `undefined` for a larger range. */
function scalar(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return undefined;
}

/** True when an optional argument was left out (or points at an empty cell). */
export function isOmitted(v: unknown): boolean {
  if (Array.isArray(v) && !(v.length === 1 && Array.isArray(v[0]) && v[0].length === 1)) return false; // a range is given, not omitted
  const s = scalar(v);
  return s === null || s === undefined || s === "";
}

/**
 * Reads a whole number in `[min, max]` (max optional), or the default when
 * omitted (the default must be in range too). `40` and `40.0` are fine; `40.5`, `"40"` and `TRUE` are not.
 */
export function readWholeNumber(
  v: unknown,
  arg: string,
  fallback: number,
  min: number,
  max?: number,
): number | BatonError {
  // The default is held to the same range: a 40-row default on 30 rows is an error too.
  const s = isOmitted(v) ? fallback : scalar(v);
  if (typeof s === "number" && Number.isInteger(s) && s >= min && (max === undefined || s <= max)) return s;
  return valueError(messages.notWhole(arg, s === undefined ? v : s, min, max));
}

/**
 * Reads one of a fixed set of words, any case and surrounding spaces, or the
 * default when omitted. Returns the canonical (listed) spelling.
 */
export function readChoice<T extends string>(
  v: unknown,
  arg: string,
  choices: readonly T[],
  fallback: T,
): T | BatonError {
  if (isOmitted(v)) return fallback;
  const s = scalar(v);
  if (typeof s === "string") {
    const key = s.trim().toLowerCase();
    const hit = choices.find((c) => c.toLowerCase() === key);
    if (hit !== undefined) return hit;
  }
  return valueError(messages.choice(arg, s === undefined ? v : s, choices));
}
