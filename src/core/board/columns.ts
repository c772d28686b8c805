/**
 * Which column of an analyst's segments table holds what.
 *
 * A segments table has one segment-name column and up to four metric columns,
 * headed in English or Chinese the way analysts write them (`Segment`,
 * `细分领域`, `2026E净利润增速`, `Return since Apr 8 (%)`…). Headers are
 * compared after normalisation: case, spaces, punctuation (brackets, `%`,
 * hyphens, underscores…) and full-width forms are ignored, so
 * `２０２６Ｅ 净利润增速（%）` matches `2026E净利润增速`.
 */
import { normaliseName } from "../tiers/normalise";
import type { MetricKey } from "./types";

/**
 * A header as compared: the segment-name key of the tiers module
 * ({@link normaliseName}: full-width forms folded, lower case, `&` as "and"),
 * then every space, punctuation and symbol character removed, so units in
 * brackets and `%` do not matter (`"2026E Profit-Growth (%)"` →
 * `"2026eprofitgrowth"`). Cost: O(length).
 * @example normaliseHeader("２０２６Ｅ净利润增速（％）") // => "2026e净利润增速"
 */
export function normaliseHeader(h: string): string {
  return normaliseName(h).replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** A column the board reads: the segment name or one of the metrics. */
export type ColumnKey = MetricKey | "segment";

/**
 * The header names each column is recognised by, in English and Chinese.
 * Add names here (any spelling: they are normalised before comparing).
 */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, readonly string[]>> = {
  segment: [
    "Segment",
    "Segments",
    "Sector segment",
    "Sub-segment",
    "Subsector",
    "Sub-sector",
    "Segment name",
    "细分领域",
    "细分行业",
    "细分板块",
    "细分赛道",
    "板块",
    "行业",
    "领域",
    "赛道",
    "环节",
  ],
  crowding: ["Crowding", "Crowding score", "Crowding (0-100)", "拥挤度", "拥挤度得分", "拥挤度分数", "交易拥挤度"],
  growth: [
    "2026E profit growth",
    "2026E growth",
    "2026E net profit growth",
    "Profit growth",
    "Net profit growth",
    "Earnings growth",
    "净利润增速",
    "2026E净利润增速",
    "2026年净利润增速",
    "2026E盈利增速",
    "盈利增速",
    "利润增速",
  ],
  revision: [
    "Net upward revision",
    "Upward revision",
    "Revision",
    "Earnings revision",
    "Profit revision",
    "上调幅度",
    "盈利预测上调幅度",
    "净上调",
    "净上调幅度",
    "盈利预测上调",
    "预测上调幅度",
  ],
  sinceRebound: [
    "Return since rebound",
    "Since rebound",
    "Return since Apr 8",
    "Return since April 8",
    "Since Apr 8",
    "Rebound return",
    "反弹以来涨幅",
    "反弹以来收益",
    "反弹以来涨跌幅",
    "4月8日以来涨幅",
    "4月8日以来涨跌幅",
  ],
};

/** Column order of the search: the segment first, then metrics in card order. */
export const COLUMN_KEYS: readonly ColumnKey[] = ["segment", "crowding", "growth", "revision", "sinceRebound"];

const lookup: ReadonlyMap<string, ColumnKey> = (() => {
  const m = new Map<string, ColumnKey>();
  for (const key of COLUMN_KEYS) for (const name of COLUMN_NAMES[key]) m.set(normaliseHeader(name), key);
  return m;
})();

/**
 * Finds the segment and metric columns of a table from its header row.
 *
 * Each header is normalised (case, spaces, punctuation and full-width forms
 * ignored) and looked up among {@link COLUMN_NAMES}. The first header that
 * names a column wins; later duplicates are ignored. Columns the table lacks
 * are simply absent from the result: every metric is optional, and a table
 * without a `segment` entry is not a segments table.
 *
 * Cost: O(h) for h headers.
 *
 * @param headers the table's header texts, left to right
 * @returns the 0-based index of each column found
 * @example matchColumns(["细分领域", "2026E净利润增速(%)", "Notes"])
 * // => { segment: 0, growth: 1 }
 */
export function matchColumns(headers: readonly string[]): Partial<Record<ColumnKey, number>> {
  const out: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((h, i) => {
    if (typeof h !== "string") return;
    const key = lookup.get(normaliseHeader(h));
    if (key !== undefined && out[key] === undefined) out[key] = i;
  });
  return out;
}

/** True when a header row has a segment column (the pane's default table is the first such table). */
export function hasSegmentColumn(headers: readonly string[]): boolean {
  return matchColumns(headers).segment !== undefined;
}

/** Texts analysts put in a cell to mean "no figure": read as missing, not as a problem. */
const NO_FIGURE = new Set(["", "-", "--", "—", "–", "——"]);

/**
 * Reads one metric cell.
 *
 * - A finite number is taken as it is: Excel stores a cell shown as `135%`
 *   as `1.35`, so metrics are decimals (growth 1.35 = 135%) and the crowding
 *   score is 0–100.
 * - Text is trimmed and read after full-width forms are folded (`１３５％`):
 *   a percent string is divided by 100 (`"135%"` → 1.35, `"21.5%"` → 0.215,
 *   `"-3%"` → -0.03); a plain number string is taken as it is (`"0.5"` → 0.5);
 *   thousands separators are allowed (`"1,200%"` → 12).
 * - `null`, empty text and the dashes analysts use for "no figure" (`-`, `—`)
 *   are missing: `undefined`.
 * - Anything else (other text such as `"n/a"` or `"#N/A"`, booleans,
 *   non-finite numbers) is `"bad"`: the caller names the cell in a notice
 *   rather than silently dropping it.
 *
 * Cost: O(length of the text).
 *
 * @example parseMetric("135%") // => 1.35
 * @example parseMetric(0.21) // => 0.21
 * @example parseMetric("") // => undefined
 * @example parseMetric("n/a") // => "bad"
 */
export function parseMetric(v: unknown): number | undefined | "bad" {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : "bad";
  if (typeof v !== "string") return "bad";
  const s = v.normalize("NFKC").trim().replace(/\s+/g, "");
  if (NO_FIGURE.has(s)) return undefined;
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)(%?)$/.exec(s);
  if (!m) return "bad";
  const x = Number(m[1].replace(/,/g, ""));
  if (!Number.isFinite(x)) return "bad";
  return m[2] === "%" ? x / 100 : x;
}
