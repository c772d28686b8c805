/**
 * Trading-day calendar of the sample data: weekdays only. Public holidays
 * (Chinese New Year, National Day…) are deliberately ignored: the sample is
 * synthetic and a weekday calendar is easy to reproduce anywhere.
 */

const DAY_MS = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system (it absorbs Excel's 1900 leap-year bug for dates after March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ISO `yyyy-mm-dd` of a UTC timestamp. */
function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses an ISO `yyyy-mm-dd` date as midnight UTC. */
export function parseIsoDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * The weekdays from `first` to `last`, both ISO dates, inclusive, ascending.
 * Cost: O(days).
 * @example weekdays("2026-04-24", "2026-04-28") // => ["2026-04-24", "2026-04-27", "2026-04-28"]
 */
export function weekdays(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = parseIsoDate(first), end = parseIsoDate(last); t <= end; t += DAY_MS) {
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) out.push(iso(t));
  }
  return out;
}

/**
 * The Excel serial number (1900 date system) of an ISO date, for writing
 * real Excel dates.
 * @example excelSerial("2026-04-24") // => 46136
 */
export function excelSerial(date: string): number {
  return Math.round((parseIsoDate(date) - EXCEL_EPOCH_MS) / DAY_MS);
}
