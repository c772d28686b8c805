/**
 * Trading-day calendar of the sample data: weekdays only. Public holidays
 * (Chinese New Year, National Day…) are deliberately ignored: the sample is
 * synthetic and a weekday calendar is easy to reproduce anywhere. Dates are
 * worked out by src/core/dates (Excel serials, integer arithmetic).
 */
import { isoToSerial, serialToIso, weekdayOf } from "../core/dates";

/** The Excel serial of an ISO date the sample itself names; throws on anything else (a programming error). */
function serialOf(date: string): number {
  const s = isoToSerial(date);
  if (s === undefined) throw new RangeError(`not an ISO date: ${date}`);
  return s;
}

/**
 * The weekdays from `first` to `last`, both ISO dates, inclusive, ascending.
 * Cost: O(days).
 * @example weekdays("2026-04-24", "2026-04-28") // => ["2026-04-24", "2026-04-27", "2026-04-28"]
 */
export function weekdays(first: string, last: string): string[] {
  const out: string[] = [];
  for (let s = serialOf(first), end = serialOf(last); s <= end; s++) {
    const dow = weekdayOf(s);
    if (dow !== 0 && dow !== 6) out.push(serialToIso(s));
  }
  return out;
}

/**
 * The Excel serial number (1900 date system) of an ISO date, for writing
 * real Excel dates.
 * @example excelSerial("2026-04-24") // => 46136
 */
export function excelSerial(date: string): number {
  return serialOf(date);
}
