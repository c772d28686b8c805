/**
 * Excel serial dates (the 1900 date system), once for the whole project.
 *
 * A serial is a count of days: 1 is 1900-01-01. Excel inherited Lotus 1-2-3's
 * belief that 1900 was a leap year, so serial 60 is the fictitious
 * 1900-02-29 and every serial from 61 (1900-03-01) on is "days since
 * 1899-12-30". Dates are worked out with integer arithmetic on the proleptic
 * Gregorian calendar (Howard Hinnant's `days_from_civil` / `civil_from_days`),
 * never through `Date` in a local time zone: a serial means the same day in
 * Shanghai, London and New York. A fraction is a time of day and is ignored.
 *
 * Excel's range is serial 1 (1900-01-01) to 2958465 (9999-12-31).
 */

/** A calendar day: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The largest serial Excel shows as a date: 9999-12-31. */
export const MAX_SERIAL = 2958465;

/** Days from 1970-01-01 to 1899-12-30, day 0 of the serials from 61 on. */
const EPOCH_DAYS = -25569;

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). O(1). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a count of days since 1970-01-01. O(1). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when `v` is a number Excel shows as a date (1 ≤ v < 2958466). */
export function isDateSerial(v: unknown): v is number {
  return typeof v === "number" && v >= 1 && v < MAX_SERIAL + 1;
}

/**
 * The calendar day of an Excel serial; the fraction (time of day) is dropped.
 * Serial 60 is Excel's 1900-02-29, which never existed: it is returned as
 * `{ 1900, 2, 29 }`, as Excel shows it, so it falls in February.
 *
 * Errors: a serial outside 1 … 2958465 (or not finite) throws a `RangeError`
 * (callers check with {@link isDateSerial}). Cost: O(1).
 *
 * @example serialToCivil(46136) // => { year: 2026, month: 4, day: 24 }
 * @example serialToCivil(59.75) // => { year: 1900, month: 2, day: 28 }
 * @example serialToCivil(60) // => { year: 1900, month: 2, day: 29 }
 * @example serialToCivil(61) // => { year: 1900, month: 3, day: 1 }
 */
export function serialToCivil(serial: number): CivilDate {
  if (!isDateSerial(serial)) throw new RangeError(`not an Excel date serial: ${serial}`);
  const s = Math.floor(serial);
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  // Before the fictitious day, serials count from 1899-12-31.
  return civilFromDays(EPOCH_DAYS + (s < 60 ? s + 1 : s));
}

/**
 * The Excel serial of a calendar day (1900 system). 1900-02-29 gives 60, as
 * in Excel. Cost: O(1).
 * @example civilToSerial(2026, 4, 24) // => 46136
 * @example civilToSerial(1900, 3, 1) // => 61
 * @example civilToSerial(1900, 1, 1) // => 1
 */
export function civilToSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const s = daysFromCivil(year, month, day) - EPOCH_DAYS;
  return s <= 60 ? s - 1 : s;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads ISO `YYYY-MM-DD` text as a calendar day; `undefined` when the text is
 * not one or names a day that does not exist (`2026-02-30`). Cost: O(1).
 * @example parseIsoDate("2026-04-24") // => { year: 2026, month: 4, day: 24 }
 * @example parseIsoDate("2026-02-30") // => undefined
 */
export function parseIsoDate(text: string): CivilDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const back = civilFromDays(daysFromCivil(year, month, day));
  return back.month === month && back.day === day ? { year, month, day } : undefined;
}

/**
 * The Excel serial of ISO `YYYY-MM-DD` text, or `undefined` when it is not one.
 * @example isoToSerial("2026-04-24") // => 46136
 */
export function isoToSerial(text: string): number | undefined {
  const d = parseIsoDate(text);
  return d && civilToSerial(d.year, d.month, d.day);
}

/** `2026-04-24` from a calendar day. */
export function civilToIso(d: CivilDate): string {
  const p = (n: number, w: number): string => String(n).padStart(w, "0");
  return `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
}

/**
 * An Excel serial as ISO `YYYY-MM-DD` (its fraction dropped). Cost: O(1).
 * @example serialToIso(46136) // => "2026-04-24"
 */
export function serialToIso(serial: number): string {
  return civilToIso(serialToCivil(serial));
}

/**
 * Day of the week of a serial, 0 = Sunday … 6 = Saturday (for serials from 61 on;
 * Excel's own WEEKDAY is off by one before March 1900). Cost: O(1).
 * @example weekdayOf(46136) // => 5 (Friday 2026-04-24)
 */
export function weekdayOf(serial: number): number {
  const days = EPOCH_DAYS + Math.floor(serial);
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
