/**
 * The message catalogue in two languages. Expected texts are written here by
 * hand (the first is issue 13's own example), not produced by the catalogue.
 */
import { BatonError, messages, valueError } from "../../../src/core/errors";
import { readPricePair } from "../../../src/core/series";

describe("every message has a Chinese twin", () => {
  // One sample call per message; the compiler already rejects a missing entry,
  // this checks that each twin says something and is not the English text.
  const samples: Record<keyof typeof messages, () => { en: string; zh: string }> = {
    badCell: () => messages.badCell("sector", { row: 17 }, "n/a", "prices"),
    headerCell: () => messages.headerCell("sector", { row: 1 }, "TMT"),
    emptyArgument: () => messages.emptyArgument("sector"),
    lengthMismatch: () => messages.lengthMismatch("sector", 250, "row", "benchmark", 248, "row"),
    columnMismatch: () => messages.columnMismatch("sector", 3, "benchmark", 2),
    notWhole: () => messages.notWhole("window", 40.5, 1, 249),
    choice: () => messages.choice("method", "x", ["simple", "log"]),
    tooShort: () => messages.tooShort("sector", 1, "row", 2),
    tooFewPrices: () => messages.tooFewPrices("sector", 1, 400, "row", 2),
    needsRows: () => messages.needsRows(40),
    overflow: () => messages.overflow(),
    internal: () => messages.internal("ROLLING_EXCESS", "boom"),
    badMetric: () => messages.badMetric("Growth", 3, "PCB", "abc"),
    gaugeColumn: () => messages.gaugeColumn("benchmark", "9"),
    componentHistory: () => messages.componentHistory("excess", 20, 7),
    needsTurnover: () => messages.needsTurnover(40),
    turnoverColumns: () => messages.turnoverColumns(3, 1),
    detailOneSector: () => messages.detailOneSector(2),
    unknownSegment: () => messages.unknownSegment("量子计算"),
    badSegmentCell: () => messages.badSegmentCell("segment", { row: 3 }, true),
    taxonomyColumns: () => messages.taxonomyColumns(1),
    taxonomyNoName: () => messages.taxonomyNoName(4),
    taxonomyNoTier: () => messages.taxonomyNoTier(4, "PCB"),
    taxonomyBadTier: () => messages.taxonomyBadTier(4, 7, ["na-compute", "domestic-compute", "applications"]),
    taxonomyBadText: () => messages.taxonomyBadText(4, "aliases", true),
    // ROTATION and SEASONALITY
    noPrice: () => messages.noPrice("sector"),
    rotationRatio: () => messages.rotationRatio(40),
    rotationEarlierRatio: () => messages.rotationEarlierRatio(10),
    rotationMomentum: () => messages.rotationMomentum(40),
    badDate: () => messages.badDate("dates", { row: 17 }, "n/a"),
    dateOrder: () => messages.dateOrder("dates", { row: 17 }, "2024-05-03", { row: 16 }, "2024-05-03"),
    datesColumns: () => messages.datesColumns("dates", 2),
    tableOneSector: () => messages.tableOneSector(3),
    noCompleteMonth: () => messages.noCompleteMonth(5),
  };

  test.each(Object.keys(samples))("%s", (key) => {
    const t = samples[key as keyof typeof messages]();
    expect(t.en.length).toBeGreaterThan(0);
    expect(t.zh.length).toBeGreaterThan(0);
    expect(t.zh).not.toBe(t.en);
    expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the sample list covers the whole catalogue", () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(messages).sort());
  });
});

describe("Chinese messages name the same argument and cell", () => {
  test("issue 13's example: a text price in row 17", () => {
    expect(messages.badCell("sector", { row: 17 }, "n/a", "prices")).toEqual({
      en: 'sector row 17 is text "n/a"; prices must be positive numbers',
      zh: "sector 第 17 行是文本“n/a”；价格须为正数",
    });
  });

  test("a block names row and column; a row series names the column", () => {
    expect(messages.badCell("turnover", { row: 5, column: 2 }, -3, "turnover").zh).toBe("turnover 第 5 行第 2 列是-3；成交额须为正数");
    expect(messages.badCell("sector", { column: 4 }, true, "prices").zh).toBe("sector 第 4 列是TRUE；价格须为正数");
  });

  test("a text first row is called a header, in both languages", () => {
    const e = readPricePair([["TMT"], [100], [101]], [[1], [100], [101]]) as BatonError;
    expect(e.message).toBe('sector row 1 is text "TMT", a header? Leave headers out of the range, or use a table column such as Prices[TMT]');
    expect(e.messageIn("zh")).toBe("sector 第 1 行是文本“TMT”，是表头吗？请不要把表头选进区域，或改用表格列，例如 Prices[TMT]");
    expect(e.messageIn("en")).toBe(e.message);
  });

  test("SEASONALITY's dates messages name the same cells in Chinese", () => {
    expect(messages.dateOrder("dates", { row: 17 }, "2024-05-03", { row: 16 }, "2024-05-03")).toEqual({
      en: "dates row 17 (2024-05-03) is not after row 16 (2024-05-03); dates must be strictly increasing",
      zh: "dates 第 17 行（2024-05-03）不晚于第 16 行（2024-05-03）；日期须严格递增",
    });
    expect(messages.noCompleteMonth(5)).toEqual({ en: "no complete May in the data", zh: "数据中没有完整的 5 月" });
  });

  test("an error made from a plain string has only its English text", () => {
    const e = valueError("plain");
    expect(e.messageIn("zh")).toBe("plain");
  });

  test("errors compare by kind and English text (the Chinese twin is not enumerable)", () => {
    expect(valueError(messages.needsRows(40))).toEqual(valueError("needs 40 earlier rows"));
  });
});
