/**
 * The Share section's status lines, in both languages. Expected texts are written out by hand from the
 * reports given here.
 */
import { repairText, shareText } from "../../../src/taskpane/components/Share";
import { strings } from "../../../src/taskpane/i18n";

test("repair: how many and where, and the protected sheets skipped", () => {
  const report = { repaired: [{ sheet: "Monitor", address: "B2" }, { sheet: "My sheet", address: "C3" }], protectedSheets: [{ sheet: "Locked", cells: 2 }] };
  expect(repairText(strings.en.share, report)).toBe(
    "Re-entered 2 formulas: Monitor!B2, 'My sheet'!C3. Skipped protected sheets: Locked (2). Unprotect them and repair again.",
  );
  expect(repairText(strings.zh.share, { repaired: [], protectedSheets: [] })).toBe("没有显示错误的 Baton 公式，未做任何更改。");
});

test("copy for sharing: each copy with the cells frozen and where, then what was skipped", () => {
  const report = {
    copies: [
      { from: "Monitor", to: "Monitor (shared)", frozen: ["B2", "B5:B7"], cells: 4 },
      { from: "Notes", to: "Notes (shared)", frozen: [], cells: 0 },
    ],
    skipped: [{ sheet: "Locked", reason: "protected" as const }],
  };
  expect(shareText(strings.en.share, report)).toBe(
    "“Monitor” → “Monitor (shared)”: 4 cells frozen as values ('Monitor (shared)'!B2, 'Monitor (shared)'!B5:B7). " +
      "“Notes” → “Notes (shared)”: it holds no Baton formula, nothing to freeze. “Locked” is protected and was not copied.",
  );
  expect(shareText(strings.zh.share, { copies: [], skipped: [{ sheet: "Gone", reason: "missing" }] })).toBe("工作簿中已没有“Gone”。");
});
