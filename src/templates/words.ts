/**
 * Small pieces every template builder shares: how a sheet is named inside a
 * formula, the native zone formula, and the Chinese twins of the English
 * words BATON functions return (shown BESIDE those words in the zh-CN
 * templates, never instead of them: formulas compare the English words).
 */
import { DETAIL_LABELS } from "../core/crowding";
import { ZONES, type Zone } from "../core/zones";
import type { TemplateLang } from "./catalog";

/**
 * A sheet name as a formula prefix: bare when it is plain ASCII
 * (`Prices!A2`), else quoted (`'价格'!A2`), which Excel and LibreOffice both
 * read. Cost: O(name).
 */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The zone of a score cell in native formulas, from the core's ZONES table
 * (so the thresholds live once): `IF(x>=95,"Extreme",IF(x>=80,"Crowded",…,"Low"))`.
 */
export function zoneFormula(score: string): string {
  let f = `"${ZONES[0].zone}"`;
  for (let i = 1; i < ZONES.length; i++) f = `IF(${score}>=${ZONES[i].from},"${ZONES[i].zone}",${f})`;
  // Built inside out from the lowest threshold: the highest is tested first.
  return f;
}

/** Chinese twins of the crowding zones (the Readme's 低 / 偏高 / 拥挤 / 极度拥挤). */
export const ZONE_ZH: Readonly<Record<Zone, string>> = {
  Low: "低",
  Elevated: "偏高",
  Crowded: "拥挤",
  Extreme: "极度拥挤",
};

/** Chinese twins of CROWDING_SCORE's `"detail"` labels, by the English label. */
export const DETAIL_LABELS_ZH: Readonly<Record<string, string>> = {
  [DETAIL_LABELS.score]: "得分",
  [DETAIL_LABELS.zone]: "区间",
  [DETAIL_LABELS.excess]: "超额收益",
  [DETAIL_LABELS.excessPercentile]: "超额收益分位",
  [DETAIL_LABELS.excessPeak]: "超额收益峰值",
  [DETAIL_LABELS.headroom]: "距峰值空间",
  [DETAIL_LABELS.turnoverShare]: "成交额占比",
  [DETAIL_LABELS.turnoverPercentile]: "成交额占比分位",
  [DETAIL_LABELS.history]: "历史样本数",
};

/** Number formats by language: only dates differ (Chinese Excel's long date). */
export function numberFormats(lang: TemplateLang) {
  return {
    date: lang === "zh-CN" ? 'yyyy"年"m"月"d"日"' : "yyyy-mm-dd",
    price: "#,##0.00",
    amount: "#,##0.00",
    percent: "0.00%",
    percent1: "0.0%",
    score: "0.0",
    count: "0",
  } as const;
}

/** Pick the text of a language from a pair. */
export function pick<T>(lang: TemplateLang, en: T, zh: T): T {
  return lang === "zh-CN" ? zh : en;
}
