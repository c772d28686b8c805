/**
 * Excel serial dates. Expected values: Excel's own (serial 1 = 1900-01-01,
 * 60 = the fictitious 1900-02-29, 61 = 1900-03-01, 46136 = 2026-04-24, as
 * Excel's DATE() gives them) and, for the whole range, a reference built by a
 * different route: JavaScript's UTC `Date` counting days from 1899-12-30.
 */
import fc from "fast-check";
import { civilToSerial, isoToSerial, parseIsoDate, serialToCivil, serialToIso, weekdayOf, MAX_SERIAL } from "../../../src/core/dates";

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const viaDate = (serial: number): string => new Date(EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);

test("Excel's 1900 quirk: serials 59, 60, 61 and the first day", () => {
  expect([1, 59, 60, 61].map(serialToIso)).toEqual(["1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01"]);
  expect(civilToSerial(1900, 2, 28)).toBe(59);
  expect(civilToSerial(1900, 2, 29)).toBe(60);
  expect(civilToSerial(1900, 3, 1)).toBe(61);
  expect(serialToCivil(60).month).toBe(2);
});

test("known dates and Excel's last one", () => {
  expect(serialToIso(46136)).toBe("2026-04-24");
  expect(serialToIso(46136.99)).toBe("2026-04-24"); // a time of day is dropped
  expect(serialToIso(MAX_SERIAL)).toBe("9999-12-31");
  expect(isoToSerial("2026-04-24")).toBe(46136);
  expect(weekdayOf(46136)).toBe(5); // a Friday
});

test("from 1900-03-01 on, the same day as UTC Date counting from 1899-12-30; and back", () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (s) => {
      expect(serialToIso(s)).toBe(viaDate(s));
      const d = serialToCivil(s);
      expect(civilToSerial(d.year, d.month, d.day)).toBe(s);
      expect(weekdayOf(s)).toBe(new Date(EPOCH + s * DAY).getUTCDay());
    }),
    { numRuns: 2000 },
  );
});

test("month ends across years", () => {
  expect(serialToIso(civilToSerial(2023, 12, 31) + 1)).toBe("2024-01-01");
  expect(serialToIso(civilToSerial(2024, 2, 28) + 1)).toBe("2024-02-29");
  expect(serialToIso(civilToSerial(2100, 2, 28) + 1)).toBe("2100-03-01");
  expect(serialToIso(civilToSerial(2000, 2, 28) + 1)).toBe("2000-02-29");
});

test("ISO text: real days only", () => {
  expect(parseIsoDate(" 2024-02-29 ")).toEqual({ year: 2024, month: 2, day: 29 });
  for (const bad of ["2023-02-29", "2026-13-01", "2026-00-10", "2026-4-24", "24/04/2026", ""]) expect(parseIsoDate(bad)).toBeUndefined();
  expect(() => serialToCivil(0)).toThrow(RangeError);
});
