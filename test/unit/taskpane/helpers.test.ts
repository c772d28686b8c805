/**
 * The pane's pure helpers: number formats, language and theme detection, the
 * sample notice split, and which tables the pane picks by default.
 * Expected values are written out by hand.
 */
import { formatDate, formatPercent, formatScore } from "../../../src/taskpane/format";
import { languageFromTag, strings } from "../../../src/taskpane/i18n";
import { luminance } from "../../../src/taskpane/theme";
import { splitNotice } from "../../../src/taskpane/components/Notices";
import { resolve } from "../../../src/taskpane/usePane";
import { DEFAULT_SETTINGS } from "../../../src/workbook/settings";

describe("formatPercent", () => {
  test.each([
    [0.0266, false, "2.7%"],
    [0.0266, true, "+2.7%"],
    [1.35, false, "135%"],
    [-0.04, true, "−4.0%"],
    [0.1, false, "10%"],
    [0, true, "0.0%"],
    [-0.00001, true, "0.0%"],
  ])("%p (signed %p) is %p", (x, signed, text) => expect(formatPercent(x, signed)).toBe(text));
  test("fixed digits for the gauge headline", () => expect(formatPercent(0.02661, true, 2)).toBe("+2.66%"));
});

test("scores have one decimal", () => expect(formatScore(83.3333)).toBe("83.3"));

test("Excel date serials become ISO dates (46136 is 2026-04-24, per Excel's DATE(2026,4,24))", () => {
  expect(formatDate(46136)).toBe("2026-04-24");
  expect(formatDate("Apr 24")).toBe("Apr 24");
  // Excel's own DATE(1900,1,7) is 7: before March 1900 serials count from 1899-12-31 (Excel's fictitious
  // 1900-02-29). The pane's old copy of the epoch said 1900-01-06 here; core/dates says what Excel shows.
  expect(formatDate(7)).toBe("1900-01-07");
  expect(formatDate(61)).toBe("1900-03-01"); // Excel: DATE(1900,3,1) = 61
});

test("language from Office's or the browser's tag", () => {
  expect(languageFromTag("zh-CN")).toBe("zh");
  expect(languageFromTag("zh-Hans-CN")).toBe("zh");
  expect(languageFromTag("ZH-tw")).toBe("zh");
  expect(languageFromTag("en-US")).toBe("en");
  expect(languageFromTag("fr-FR")).toBe("en");
  expect(languageFromTag(undefined)).toBe("en");
});

test("both languages define the same strings", () => {
  const keys = (o: object): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
  expect(keys(strings.zh)).toEqual(keys(strings.en));
  expect(strings.zh.tier(2)).toBe("第二梯队");
});

test("luminance tells Office's dark themes from light ones", () => {
  expect(luminance("#FFFFFF")).toBeCloseTo(1, 6);
  expect(luminance("#000")).toBe(0);
  expect(luminance("#262626")! < 0.3).toBe(true); // Office "Black" theme body background
  expect(luminance("#E6E6E6")! > 0.3).toBe(true); // Office "Colorful"/"White"
  expect(luminance("not a colour")).toBeUndefined();
});

test("the sample notice shows its first two sentences first, decimals intact", () => {
  expect(splitNotice("Sample data. Prices are SYNTHETIC: 2.66% on Apr 24. More here. And more.")).toEqual([
    "Sample data. Prices are SYNTHETIC: 2.66% on Apr 24.",
    "More here. And more.",
  ]);
  expect(splitNotice("示例数据。均为合成数据。其余说明。")).toEqual(["示例数据。均为合成数据。", "其余说明。"]);
});

describe("resolve: the tables the pane shows", () => {
  const tables = [
    { name: "Notes", sheet: "S1", headers: ["A", "B"], rowCount: 1 },
    { name: "Segs", sheet: "S2", headers: ["Segment", "Crowding"], rowCount: 3 },
    { name: "Px", sheet: "S3", headers: ["Date", "TMT", "Wind All A"], rowCount: 100 },
  ];
  test("defaults: the first table with a segment column; a price table with a date column", () => {
    expect(resolve(DEFAULT_SETTINGS, tables)).toEqual({ boardTable: "Segs", taxonomyTable: undefined, gaugeTable: "Px", sectorCol: 1, benchmarkCol: 2, dateCol: 0 });
  });
  test("stored choices win while the workbook has them", () => {
    const r = resolve({ ...DEFAULT_SETTINGS, table: "notes", gauge: { table: "Px", sectorColumn: "Wind All A", benchmarkColumn: "TMT" } }, tables);
    expect(r).toMatchObject({ boardTable: "Notes", sectorCol: 2, benchmarkCol: 1 });
  });
  test("a stored table that is gone falls back to the default", () => {
    expect(resolve({ ...DEFAULT_SETTINGS, table: "Deleted" }, tables).boardTable).toBe("Segs");
  });
});
