/**
 * uniqueSheetName never proposes a name Excel refuses. Expected names written by hand from Excel's
 * rules (1–31 characters; none of \ / ? * [ ] :; no apostrophe at either end; "History" is reserved,
 * any case) and the suffix rule "base, base (2), base (3)…".
 */
import fc from "fast-check";
import { uniqueSheetName } from "../../../src/workbook/port";

describe("uniqueSheetName", () => {
  test("suffixes a taken name, ignoring case, and replaces forbidden characters", () => {
    expect(uniqueSheetName("Notes", [])).toBe("Notes");
    expect(uniqueSheetName("Notes", ["notes", "NOTES (2)"])).toBe("Notes (3)");
    expect(uniqueSheetName("a/b:c", [])).toBe("a b c");
  });

  test("strips leading and trailing apostrophes (and the spaces around them)", () => {
    expect(uniqueSheetName("'Prices'", [])).toBe("Prices");
    expect(uniqueSheetName("' Q1 view '", [])).toBe("Q1 view");
    expect(uniqueSheetName("it's", [])).toBe("it's"); // an apostrophe inside is fine
    expect(uniqueSheetName("''", [])).toBe("Sheet");
    expect(uniqueSheetName("'Prices'", ["prices"])).toBe("Prices (2)");
  });

  test('never proposes the reserved "History", in any case', () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName("HISTORY", ["history (2)"])).toBe("HISTORY (3)");
    expect(uniqueSheetName("'history'", [])).toBe("history (2)");
    expect(uniqueSheetName("Historical", [])).toBe("Historical");
  });

  test("any base gives a name Excel accepts and that is not taken (property)", () => {
    const valid = (n: string) =>
      n.length >= 1 && n.length <= 31 && !/[\\/?*[\]:]/.test(n) && !n.startsWith("'") && !n.endsWith("'") && n.toLowerCase() !== "history";
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 35 }), { maxLength: 5 }), (base, existing) => {
        const name = uniqueSheetName(base, existing);
        expect(valid(name)).toBe(true);
        expect(existing.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
      }),
    );
  });
});
