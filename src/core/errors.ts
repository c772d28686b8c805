/**
 * Error values of the Baton core, and every message the functions show, in
 * English and 简体中文.
 *
 * The one rule for bad input: a core function never throws for anything a
 * user can type. It returns a {@link BatonError}; the custom-function adapter
 * turns it into `#VALUE!` (kind `"value"`) or `#N/A` (kind `"na"`) with the
 * message in Office's display language. Excel shows custom messages only on
 * those two error types.
 *
 * Messages live here, in one place, so that the wording stays consistent and
 * the tests can pin it. Each message exists twice, `en` and `zh`; the
 * compiler rejects a Chinese catalogue that misses one. Argument names
 * (`sector`, `window`) and words a formula may compare stay as they are in
 * both languages.
 */
import type { Language } from "./language";

/** `"value"` becomes `#VALUE!` (bad input); `"na"` becomes `#N/A` (not enough history, unknown name). */
export type ErrorKind = "value" | "na";

/** A message in both languages. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

/** An error value: what a cell shows instead of a number. */
export class BatonError {
  /** The English message. */
  readonly message: string;
  /** The Chinese message, when the error came from the catalogue (not enumerable: equality compares kind and English text). */
  declare readonly zh?: string;

  constructor(
    readonly kind: ErrorKind,
    text: string | Text,
  ) {
    this.message = typeof text === "string" ? text : text.en;
    if (typeof text !== "string") Object.defineProperty(this, "zh", { value: text.zh, enumerable: false });
  }

  /** The message in a language (English where no Chinese exists). */
  messageIn(lang: Language): string {
    return lang === "zh" && this.zh !== undefined ? this.zh : this.message;
  }
}

export function isBatonError(x: unknown): x is BatonError {
  return x instanceof BatonError;
}

export const valueError = (text: string | Text): BatonError => new BatonError("value", text);
export const naError = (text: string | Text): BatonError => new BatonError("na", text);

/** What an argument's values must be, used in bad-cell messages. */
export type Expectation = "prices" | "turnover";

const expectationText: Record<Expectation, Text> = {
  prices: { en: "prices must be positive numbers", zh: "价格须为正数" },
  turnover: { en: "turnover must be positive numbers", zh: "成交额须为正数" },
};

/** Shortens user text for a message: Excel's error tooltip is small. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/** `"n/a"`, shortened. */
function quote(text: string): string {
  return `"${shorten(text)}"`;
}

/** `“n/a”`, shortened, with Chinese quotation marks. */
function quoteZh(text: string): string {
  return `“${shorten(text)}”`;
}

/** Describes a bad cell's content: `text "n/a"`, `TRUE`, `-3`, `an error value`. */
export function describeCell(v: unknown): string {
  if (typeof v === "string") return `text ${quote(v)}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "not a number";
    if (!Number.isFinite(v)) return "not a finite number";
    return String(v);
  }
  if (v === null || v === undefined) return "empty";
  if (Array.isArray(v)) return "a range of several cells";
  return "an error value";
}

/** {@link describeCell} in Chinese: `文本“n/a”`, `TRUE`, `-3`, `错误值`. */
export function describeCellZh(v: unknown): string {
  if (typeof v === "string") return `文本${quoteZh(v)}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "非数字";
    if (!Number.isFinite(v)) return "非有限数";
    return String(v);
  }
  if (v === null || v === undefined) return "空值";
  if (Array.isArray(v)) return "多个单元格的区域";
  return "错误值";
}

/**
 * Where a cell is in an argument, 1-based, as an analyst finds it: `row`
 * alone in a column, `column` alone in a row, both in a block, neither for a
 * single cell.
 */
export interface Position {
  readonly row?: number;
  readonly column?: number;
}

/** `row 17`, `column 17`, `row 17, column 2`, or `""`. */
function at(p: Position): string {
  if (p.row !== undefined && p.column !== undefined) return `row ${p.row}, column ${p.column}`;
  if (p.row !== undefined) return `row ${p.row}`;
  return p.column !== undefined ? `column ${p.column}` : "";
}

/** `第 17 行`, `第 17 列`, `第 17 行第 2 列`, or `""`. */
function atZh(p: Position): string {
  return `${p.row !== undefined ? `第 ${p.row} 行` : ""}${p.column !== undefined ? `第 ${p.column} 列` : ""}`;
}

/** `sector row 17`, or `segment` for a single cell. */
const where = (arg: string, p: Position): string => (at(p) ? `${arg} ${at(p)}` : arg);
const whereZh = (arg: string, p: Position): string => (atZh(p) ? `${arg} ${atZh(p)}` : arg);

/** What a series' length counts: rows of a column, columns of a row. */
export type LengthUnit = "row" | "column";

/** `1 row`, `250 rows`. */
function count(n: number, unit: LengthUnit): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** `250 行`, `3 列`. */
function countZh(n: number, unit: LengthUnit): string {
  return `${n} ${unit === "row" ? "行" : "列"}`;
}

/** English month names, January first (SEASONALITY's messages). */
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Names the core passes for parts of a computation, in Chinese. */
const TERMS_ZH: Record<string, string> = {
  excess: "超额收益",
  "turnover share": "成交额占比",
  sector: "sector",
  benchmark: "benchmark",
  turnover: "turnover",
  "market turnover": "市场成交额",
  name: "名称",
  aliases: "别名",
  tier: "层级",
};
const termZh = (t: string): string => TERMS_ZH[t] ?? t;

/**
 * The English catalogue. Positions are 1-based and named the way an analyst
 * finds the cell: `row 17` in a column, `column 17` in a row, `row 17,
 * column 2` in a block.
 */
const en = {
  badCell: (arg: string, position: Position, v: unknown, what: Expectation): string =>
    `${where(arg, position)} is ${describeCell(v)}; ${expectationText[what].en}`,
  /** Text in the first row (or column) of a series: almost always a header. */
  headerCell: (arg: string, position: Position, text: string): string =>
    `${where(arg, position)} is text ${quote(text)}, a header? Leave headers out of the range, or use a table column such as Prices[${shorten(text)}]`,
  emptyArgument: (arg: string): string => `${arg} is empty; give a range of values`,
  /** `sector has 250 rows but benchmark has 248`; each side's unit is said when they differ (a row against a column). */
  lengthMismatch: (a: string, an: number, aUnit: LengthUnit, b: string, bn: number, bUnit: LengthUnit): string =>
    aUnit === bUnit
      ? `${a} has ${count(an, aUnit)} but ${b} has ${bn}`
      : `${a} has ${count(an, aUnit)} but ${b} has ${count(bn, bUnit)}`,
  columnMismatch: (a: string, ak: number, b: string, bk: number): string =>
    `${a} has ${count(ak, "column")} but ${b} has ${bk}; give one ${b} series or one per ${a} column`,
  notWhole: (arg: string, v: unknown, min: number, max?: number): string =>
    max === undefined
      ? `${arg} must be a whole number of rows of at least ${min}, not ${describeCell(v)}`
      : `${arg} must be a whole number of rows from ${min} to ${max}, not ${describeCell(v)}`,
  choice: (arg: string, v: unknown, choices: readonly string[]): string =>
    `${arg} must be one of ${choices.map((c) => `"${c}"`).join(", ")}, not ${describeCell(v)}`,
  tooShort: (arg: string, n: number, unit: LengthUnit, min: number): string =>
    `${arg} has ${count(n, unit)}; needs at least ${min}`,
  /** Fewer rows of prices than needed inside a larger selection. */
  tooFewPrices: (arg: string, n: number, selected: number, unit: LengthUnit, min: number): string =>
    `${arg} has prices in ${count(n, unit)} of the ${selected} selected; needs at least ${min}`,
  needsRows: (w: number): string => `needs ${w} earlier rows`,
  overflow: (): string => "result is too large to show; check the prices' units",
  internal: (fn: string, detail: string): string => `${fn} failed unexpectedly: ${detail}`,
  // Task pane board and gauge (src/core/board).
  badMetric: (header: string, row: number, segment: string, v: unknown): string =>
    `${header} row ${row} (${segment}) is ${describeCell(v)}; give a number or a percentage such as 21.5%`,
  gaugeColumn: (which: string, header: string): string => `${which} column "${header}" is not in the table`,
  // CROWDING_SCORE
  componentHistory: (component: string, min: number, have: number): string =>
    `${component} needs ${min} values of history to rank today, has ${have}`,
  needsTurnover: (w: number): string => `turnover share needs ${w} rows for its moving average`,
  turnoverColumns: (tk: number, sk: number): string =>
    `turnover has ${tk} column${tk === 1 ? "" : "s"} but sector has ${sk}; give one share column per sector column, or two columns (sector and market turnover) for one sector`,
  detailOneSector: (k: number): string =>
    `output "detail" describes one sector, but sector has ${k} columns; use "latest" or "series", or give one column`,
  // DIFFUSION_TIER and TAXONOMY
  unknownSegment: (name: string): string => `unknown segment ${quote(name)}; add it with the taxonomy argument`,
  badSegmentCell: (arg: string, position: Position, v: unknown): string =>
    `${where(arg, position)} is ${describeCell(v)}; segments must be names`,
  taxonomyColumns: (k: number): string =>
    `taxonomy has ${k} column${k === 1 ? "" : "s"}; give rows of name, tier and optional aliases`,
  taxonomyNoName: (row: number): string => `taxonomy row ${row} has no segment name`,
  taxonomyNoTier: (row: number, name: string): string =>
    `taxonomy row ${row}: ${quote(name)} has no tier; give 1, 2, 3 or a tier key`,
  taxonomyBadTier: (row: number, v: unknown, keys: readonly string[]): string =>
    `taxonomy row ${row}: tier ${describeCell(v)} is not 1, 2, 3 or a tier key (${keys.join(", ")})`,
  taxonomyBadText: (row: number, column: string, v: unknown): string =>
    `taxonomy row ${row}: ${column} is ${describeCell(v)}; give text`,
  // ROTATION and SEASONALITY (issue 10)
  noPrice: (arg: string): string => `${arg} has no price yet at this row`,
  rotationRatio: (w: number): string => `Ratio needs ${w} rows with both sector and benchmark prices (the window)`,
  rotationEarlierRatio: (m: number): string => `Momentum needs a Ratio ${m} rows earlier`,
  rotationMomentum: (w: number): string => `Momentum needs ${w} rows of Ratio's rate of change (the window)`,
  badDate: (arg: string, position: Position, v: unknown): string =>
    `${where(arg, position)} is ${describeCell(v)}; dates must be Excel dates or ISO text such as 2026-04-24`,
  dateOrder: (arg: string, position: Position, date: string, before: Position, previous: string): string =>
    `${where(arg, position)} (${date}) is not after ${at(before)} (${previous}); dates must be strictly increasing`,
  datesColumns: (arg: string, k: number): string => `${arg} has ${k} columns; give one column (or one row) of dates`,
  tableOneSector: (k: number): string =>
    `output "table" describes one sector, but sector has ${k} columns; use "mean", "median", "win rate" or "count", or give one column`,
  /** `month` 1–12. */
  noCompleteMonth: (month: number): string => `no complete ${MONTHS_EN[month - 1]} in the data`,
};

/** A catalogue with the same messages and arguments as the English one. */
type Catalogue = { readonly [K in keyof typeof en]: (...args: Parameters<(typeof en)[K]>) => string };

/**
 * The Chinese catalogue, written as a Chinese analyst would say it, naming
 * the same argument and cell (`sector 第 17 行是文本“n/a”；价格须为正数`).
 */
const zh: Catalogue = {
  badCell: (arg, position, v, what) => `${whereZh(arg, position)}是${describeCellZh(v)}；${expectationText[what].zh}`,
  headerCell: (arg, position, text) =>
    `${whereZh(arg, position)}是文本${quoteZh(text)}，是表头吗？请不要把表头选进区域，或改用表格列，例如 Prices[${shorten(text)}]`,
  emptyArgument: (arg) => `${arg} 为空；请给出一个数值区域`,
  lengthMismatch: (a, an, aUnit, b, bn, bUnit) => `${a} 有 ${countZh(an, aUnit)}，但 ${b} 有 ${countZh(bn, bUnit)}`,
  columnMismatch: (a, ak, b, bk) => `${a} 有 ${countZh(ak, "column")}，但 ${b} 有 ${bk} 列；请给出一个 ${b} 序列，或每个 ${a} 列各一个`,
  notWhole: (arg, v, min, max) =>
    max === undefined
      ? `${arg} 须为不少于 ${min} 的整数行数，而不是 ${describeCellZh(v)}`
      : `${arg} 须为 ${min} 到 ${max} 之间的整数行数，而不是 ${describeCellZh(v)}`,
  choice: (arg, v, choices) => `${arg} 须为 ${choices.map((c) => `"${c}"`).join("、")} 之一，而不是 ${describeCellZh(v)}`,
  tooShort: (arg, n, unit, min) => `${arg} 只有 ${countZh(n, unit)}；至少需要 ${min}`,
  tooFewPrices: (arg, n, selected, unit, min) => `${arg} 选中的 ${selected} ${unit === "row" ? "行" : "列"}中只有 ${countZh(n, unit)}有价格；至少需要 ${min}`,
  needsRows: (w) => `需要此前 ${w} 行数据`,
  overflow: () => "结果过大，无法显示；请检查价格的单位",
  internal: (fn, detail) => `${fn} 意外出错：${detail}`,
  badMetric: (header, row, segment, v) => `${header} 第 ${row} 行（${segment}）是${describeCellZh(v)}；请填数字或百分比，例如 21.5%`,
  gaugeColumn: (which, header) => `${termZh(which)}列“${header}”不在表格中`,
  componentHistory: (component, min, have) => `${termZh(component)}需要 ${min} 个历史值才能给当日排位，现有 ${have} 个`,
  needsTurnover: (w) => `成交额占比需要 ${w} 行才能计算移动平均`,
  turnoverColumns: (tk, sk) =>
    `turnover 有 ${tk} 列，但 sector 有 ${sk} 列；请每个 sector 列给一列占比，或对单个行业给两列（行业成交额与市场成交额）`,
  detailOneSector: (k) => `output "detail" 只描述一个行业，但 sector 有 ${k} 列；请用 "latest" 或 "series"，或只给一列`,
  unknownSegment: (name) => `未知细分领域${quoteZh(name)}；请用 taxonomy 参数添加`,
  badSegmentCell: (arg, position, v) => `${whereZh(arg, position)}是${describeCellZh(v)}；细分领域须为名称`,
  taxonomyColumns: (k) => `taxonomy 有 ${k} 列；请按行给出名称、层级及可选的别名`,
  taxonomyNoName: (row) => `taxonomy 第 ${row} 行没有细分领域名称`,
  taxonomyNoTier: (row, name) => `taxonomy 第 ${row} 行：${quoteZh(name)}没有层级；请填 1、2、3 或层级键`,
  taxonomyBadTier: (row, v, keys) => `taxonomy 第 ${row} 行：层级 ${describeCellZh(v)} 不是 1、2、3 或层级键（${keys.join("、")}）`,
  taxonomyBadText: (row, column, v) => `taxonomy 第 ${row} 行：${termZh(column)}是${describeCellZh(v)}；请填文本`,
  // ROTATION and SEASONALITY (issue 10)
  noPrice: (arg) => `${arg} 在这一行还没有价格`,
  rotationRatio: (w) => `Ratio 需要 ${w} 行 sector 与 benchmark 都有价格的数据（窗口）`,
  rotationEarlierRatio: (m) => `Momentum 需要 ${m} 行之前的 Ratio`,
  rotationMomentum: (w) => `Momentum 需要 ${w} 行 Ratio 变化率（窗口）`,
  badDate: (arg, position, v) => `${whereZh(arg, position)}是${describeCellZh(v)}；日期须为 Excel 日期或 ISO 文本，例如 2026-04-24`,
  dateOrder: (arg, position, date, before, previous) =>
    `${whereZh(arg, position)}（${date}）不晚于${atZh(before)}（${previous}）；日期须严格递增`,
  datesColumns: (arg, k) => `${arg} 有 ${k} 列；请给出一列（或一行）日期`,
  tableOneSector: (k) => `output "table" 只描述一个行业，但 sector 有 ${k} 列；请用 "mean"、"median"、"win rate" 或 "count"，或只给一列`,
  noCompleteMonth: (month) => `数据中没有完整的 ${month} 月`,
};

/** Every message, in both languages: `messages.badCell(...)` gives `{ en, zh }`. */
export const messages: { readonly [K in keyof typeof en]: (...args: Parameters<(typeof en)[K]>) => Text } = Object.fromEntries(
  (Object.keys(en) as (keyof typeof en)[]).map((k) => [
    k,
    (...args: unknown[]) => ({
      en: (en[k] as (...a: unknown[]) => string)(...args),
      zh: (zh[k] as (...a: unknown[]) => string)(...args),
    }),
  ]),
) as never;
