/**
 * The tier monitor's words (issue 11), in English and Simplified Chinese.
 * Part of the pane's `strings` (i18n.ts: `t.monitor`), kept in their own
 * module so that the monitor's texts sit together.
 */

export interface MonitorStrings {
  /** "since the rebound on 2026-04-08 (automatic)". */
  readonly rebound: (date: string, how: "automatic" | "typed") => string;
  /** A rebound without a date column: "since the rebound at row 1503 (automatic)". */
  readonly reboundRow: (row: number, how: "automatic" | "typed") => string;
  /** "Computed from SegmentPrices (28 segments, last date 2026-04-24) against All A". */
  readonly computedFrom: (table: string, segments: number, lastDate: string | null, benchmark: string) => string;
  readonly problemsTitle: string;
  readonly notUsedTitle: (n: number) => string;
  /** Marks on a card's figures. */
  readonly fromPrices: string;
  readonly typed: string;
  readonly sourceLegend: string;
  readonly excess: (window: number) => string;
  readonly excessSinceRebound: string;
  readonly quadrant: string;
  readonly quadrants: { readonly Leading: string; readonly Weakening: string; readonly Lagging: string; readonly Improving: string };
  readonly pricesColumn: (header: string) => string;
  readonly noPrices: string;
  // Settings
  readonly settingsTitle: string;
  readonly priceTable: string;
  readonly priceTableHint: string;
  readonly none: string;
  readonly benchmark: string;
  readonly benchmarkAuto: string;
  readonly reboundSetting: string;
  readonly reboundAuto: string;
  readonly reboundTyped: string;
  readonly reboundDate: string;
  readonly reboundHint: string;
}

export const monitorEn: MonitorStrings = {
  rebound: (date, how) => `since the rebound on ${date} (${how === "automatic" ? "automatic" : "typed"})`,
  reboundRow: (row, how) => `since the rebound at row ${row} (${how === "automatic" ? "automatic" : "typed"})`,
  computedFrom: (table, n, last, bench) =>
    `Crowding and returns computed from ${table} (${n} segment${n === 1 ? "" : "s"}${last ? `, last date ${last}` : ""}) against ${bench}.`,
  problemsTitle: "The price table",
  notUsedTitle: (n) => `${n} column${n === 1 ? "" : "s"} of the price table not used`,
  fromPrices: "P",
  typed: "T",
  sourceLegend: "P: computed from prices · T: typed in the segments table (a typed figure wins)",
  excess: (w) => `${w}-day excess`,
  excessSinceRebound: "Excess since rebound",
  quadrant: "Rotation",
  quadrants: { Leading: "Leading", Weakening: "Weakening", Lagging: "Lagging", Improving: "Improving" },
  pricesColumn: (h) => `Price column: ${h}`,
  noPrices: "No price column for this segment: crowding and return since the rebound are as typed.",
  settingsTitle: "Tier monitor (board from prices)",
  priceTable: "Segment price table",
  priceTableHint: "A date column, one price column per segment (any name the tiers know, vendor names such as 光模块(CPO)指数 too) and a benchmark column.",
  none: "None (board from typed figures only)",
  benchmark: "Benchmark column",
  benchmarkAuto: "Recognised by its header (All A, 万得全A, 881001, 沪深300…)",
  reboundSetting: "Rebound",
  reboundAuto: "Automatic: the benchmark's lowest close of the last 60 rows",
  reboundTyped: "On a date I type",
  reboundDate: "Rebound date",
  reboundHint: "The last close on or before this date is the start of the returns since the rebound.",
};

export const monitorZh: MonitorStrings = {
  rebound: (date, how) => `自 ${date} 反弹以来（${how === "automatic" ? "自动" : "手动"}）`,
  reboundRow: (row, how) => `自第 ${row} 行反弹以来（${how === "automatic" ? "自动" : "手动"}）`,
  computedFrom: (table, n, last, bench) =>
    `拥挤度与涨幅由 ${table} 计算（${n} 个细分领域${last ? `，最新日期 ${last}` : ""}），基准为 ${bench}。`,
  problemsTitle: "价格表",
  notUsedTitle: (n) => `价格表中有 ${n} 列未使用`,
  fromPrices: "价",
  typed: "填",
  sourceLegend: "价：由价格计算 · 填：细分行业表中手动填写（手填数字优先）",
  excess: (w) => `${w} 日超额收益`,
  excessSinceRebound: "反弹以来超额收益",
  quadrant: "轮动象限",
  quadrants: { Leading: "领先", Weakening: "转弱", Lagging: "落后", Improving: "改善" },
  pricesColumn: (h) => `价格列：${h}`,
  noPrices: "该细分领域没有价格列：拥挤度与反弹以来涨幅为手动填写的数字。",
  settingsTitle: "梯队监控（由价格计算看板）",
  priceTable: "细分行业价格表",
  priceTableHint: "一列日期、每个细分领域一列价格（梯队认识的任何名称，包括 光模块(CPO)指数 等数据商名称）和一列基准。",
  none: "无（仅用手动填写的数字）",
  benchmark: "基准列",
  benchmarkAuto: "按表头识别（All A、万得全A、881001、沪深300…）",
  reboundSetting: "反弹日",
  reboundAuto: "自动：基准最近 60 行的最低收盘",
  reboundTyped: "手动填写日期",
  reboundDate: "反弹日期",
  reboundHint: "以该日期当天或之前最近一个收盘作为反弹以来涨幅的起点。",
};
