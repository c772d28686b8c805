import { matchColumns, normaliseHeader, parseMetric } from "../../../src/core/board/columns";

// Expected indices are read off the header rows written in each test.
describe("matchColumns", () => {
  test("finds every column of an English header row", () => {
    expect(
      matchColumns(["Segment", "2026E profit growth", "Net upward revision", "Return since rebound", "Crowding score"]),
    ).toEqual({ segment: 0, growth: 1, revision: 2, sinceRebound: 3, crowding: 4 });
  });

  test("finds Chinese headers, in any order", () => {
    expect(matchColumns(["拥挤度", "反弹以来涨幅", "细分领域", "盈利预测上调幅度", "2026E净利润增速"])).toEqual({
      crowding: 0,
      sinceRebound: 1,
      segment: 2,
      revision: 3,
      growth: 4,
    });
  });

  test.each([["板块"], ["行业"], ["领域"], ["细分行业"], ["Segments"], ["Sector segment"], ["  SEGMENT "]])(
    "%s is a segment column",
    (h) => {
      expect(matchColumns(["x", h])).toEqual({ segment: 1 });
    },
  );

  test("ignores case, spaces, punctuation, units in brackets and full-width forms", () => {
    expect(
      matchColumns(["ｓｅｇｍｅｎｔ", "２０２６Ｅ 净利润增速（%）", "Return since Apr 8 (%)", "net-upward_revision", "CROWDING"]),
    ).toEqual({ segment: 0, growth: 1, sinceRebound: 2, revision: 3, crowding: 4 });
  });

  test("missing optional columns are simply absent; unknown headers are ignored", () => {
    expect(matchColumns(["Segment", "Notes", "Since rebound"])).toEqual({ segment: 0, sinceRebound: 2 });
    expect(matchColumns(["Date", "Close"])).toEqual({});
    expect(matchColumns([])).toEqual({});
  });

  test("the first header naming a column wins", () => {
    expect(matchColumns(["板块", "行业", "Growth?", "Profit growth", "净利润增速"])).toEqual({ segment: 0, growth: 3 });
  });

  test("normaliseHeader folds width and case and drops spaces and punctuation", () => {
    expect(normaliseHeader("2026E Profit-Growth (%)")).toBe("2026eprofitgrowth");
    expect(normaliseHeader("２０２６Ｅ净利润增速（％）")).toBe("2026e净利润增速");
  });
});

// Expected decimals are the percentages divided by 100 by hand.
describe("parseMetric", () => {
  test.each<[unknown, number | undefined | "bad"]>([
    [1.35, 1.35],
    [0, 0],
    [-0.02, -0.02],
    [85, 85],
    ["135%", 1.35],
    ["21.5%", 0.215],
    [" -3% ", -0.03],
    ["+4.5%", 0.045],
    ["１３５％", 1.35],
    ["1,200%", 12],
    ["0.5", 0.5],
    [".5", 0.5],
    ["12", 12],
    [null, undefined],
    [undefined, undefined],
    ["", undefined],
    ["   ", undefined],
    ["-", undefined],
    ["—", undefined],
    ["n/a", "bad"],
    ["#N/A", "bad"],
    ["12%%", "bad"],
    ["1.2.3", "bad"],
    ["%", "bad"],
    [true, "bad"],
    [NaN, "bad"],
    [Infinity, "bad"],
  ])("%p reads as %p", (v, expected) => {
    expect(parseMetric(v)).toBe(expected);
  });
});
