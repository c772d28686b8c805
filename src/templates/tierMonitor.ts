/**
 * The tier-monitor template (issue 11): the tier view computed from an
 * analyst's own segment prices, as a workbook.
 *
 * Sheets:
 * - Readme;
 * - SegmentPrices: the `SegmentPrices` table: a date column, one price column
 *   per segment (headers as data vendors write them: `光模块(CPO)指数`,
 *   `申万游戏Ⅱ`…) and the benchmark (all-A) last; the sample's synthetic prices;
 * - Monitor: the rebound date (B1, an input: the sample's is the benchmark's
 *   lowest close of the last 60 rows) and one row per segment: Tier
 *   (BATON.DIFFUSION_TIER on the header), the latest 40-day excess (the last
 *   number of BATON.ROLLING_EXCESS), the crowding score (BATON.CROWDING_SCORE)
 *   and its zone, Ratio / Momentum / Quadrant (BATON.ROTATION, transposed to
 *   a row), and the return and excess return since the rebound (native);
 * - Check: the same numbers with native formulas only, by position on the
 *   SegmentPrices sheet (LibreOffice recalculates it in CI).
 *
 * Pure: every cached value of a BATON cell comes from the core, called with
 * the grids Excel would pass (the table columns).
 */
import { crowdingScore } from "../core/crowding";
import { DEFAULT_WINDOW, rollingExcess } from "../core/excess";
import { isBatonError } from "../core/errors";
import { cellAt, SeriesResult } from "../core/result";
import { DEFAULT_ROTATION_MOMENTUM, DEFAULT_ROTATION_WINDOW, QUADRANTS, ratioSeries, rotation } from "../core/rotation";
import { diffusionTier } from "../core/tiers";
import { zoneOf } from "../core/zones";
import { columnLetters } from "../core/a1";
import { excelSerial, sampleSegmentPrices, SampleSegmentPrices } from "../sample";
import type { TemplateLang } from "./catalog";
import { coreCell, NA, resultCells } from "./cells";
import { CellStyle, CellValue, SheetBuilder, SheetSpec, WorkbookSpec } from "./model";
import { percentileFormula } from "./crowdingMonitor";
import { readmeSheet } from "./readme";
import { numberFormats, pick, sheetRef, zoneFormula } from "./words";

export const TIER_MONITOR_FILE = "tier-monitor.xlsx";
/** Sheet names by language, in workbook order: Readme, SegmentPrices, Monitor, Check. */
export const TIER_MONITOR_SHEETS: Readonly<Record<TemplateLang, readonly [string, string, string, string]>> = {
  en: ["Readme", "SegmentPrices", "Monitor", "Check"],
  "zh-CN": ["说明", "细分价格", "监测", "核对"],
};
/** The Excel table of segment prices (ASCII in every language). */
export const SEGMENT_PRICES_TABLE = "SegmentPrices";
/** Headers of the date and benchmark columns by language (the segment headers are the vendors' own). */
export const PRICE_ENDS: Readonly<Record<TemplateLang, { readonly date: string; readonly benchmark: string }>> = {
  en: { date: "Date", benchmark: "All A" },
  "zh-CN": { date: "日期", benchmark: "万得全A" },
};
/** Rows the automatic rebound rule looks back over: the benchmark's lowest close of the last 60 rows. */
export const REBOUND_LOOKBACK = 60;

/** Monitor layout: B1 holds the rebound date, row 3 the headers, segments from row 4. */
export const MONITOR_LAYOUT = { reboundCell: "B1", headerRow: 3, firstRow: 4 } as const;

/** A column of a table in a structured reference, with `[`, `]`, `#` and `'` escaped by `'` as Excel requires. */
export function columnRef(table: string, header: string): string {
  return `${table}[${header.replace(/['[\]#]/g, "'$&")}]`;
}

/** The display formulas of one Monitor row, for a segment's price column header. */
export function tierMonitorFormulas(header: string, row: number, lang: TemplateLang = "en") {
  const { date, benchmark } = PRICE_ENDS[lang];
  const col = columnRef(SEGMENT_PRICES_TABLE, header);
  const bench = columnRef(SEGMENT_PRICES_TABLE, benchmark);
  const dates = columnRef(SEGMENT_PRICES_TABLE, date);
  const rebound = "$B$1";
  // The last positive number of a column (spare rows after the data, blank, 0 or text, are skipped: the 1/… is #DIV/0! there
  // and LOOKUP passes over errors), over its value on the rebound date.
  const since = (c: string) => `LOOKUP(2,1/(ISNUMBER(${c})*(${c}>0)),${c})/INDEX(${c},MATCH(${rebound},${dates},0))-1`;
  return {
    tier: `BATON.DIFFUSION_TIER(A${row})`,
    excess: `LOOKUP(9.99E+307,BATON.ROLLING_EXCESS(${col},${bench}))`,
    crowding: `BATON.CROWDING_SCORE(${col},${bench})`,
    zone: zoneFormula(`D${row}`),
    rotation: `TRANSPOSE(BATON.ROTATION(${col},${bench}))`,
    sinceRebound: since(col),
    excessSinceRebound: `I${row}-(${since(bench)})`,
  } as const;
}

/** One segment's figures as the Monitor caches them (numbers, words or error values). */
export interface TierMonitorRow {
  readonly header: string;
  readonly tier: CellValue;
  readonly excess: CellValue;
  readonly crowding: CellValue;
  readonly zone: CellValue;
  readonly ratio: CellValue;
  readonly momentum: CellValue;
  readonly quadrant: CellValue;
  readonly sinceRebound: CellValue;
  readonly excessSinceRebound: CellValue;
}

/** The last finite number of a series result (what `LOOKUP(9.99E+307, …)` finds), else #N/A. */
function lastNumber(r: SeriesResult): CellValue {
  const col = r.columns[0];
  for (let i = r.length - 1; i >= 0; i--) {
    const c = cellAt(col, i);
    if (typeof c === "number") return c;
  }
  return NA;
}

/**
 * The Monitor's cached figures, from the core on the columns Excel passes
 * (`SegmentPrices[<header>]` and the benchmark column, n×1 each), and the
 * return since `rebound` (ISO date) by arithmetic on the last price and the
 * rebound day's price, as the native formula computes it. Cost: O(n·k).
 */
export function tierMonitorRows(p: SampleSegmentPrices = sampleSegmentPrices, rebound: string = p.rebound): TierMonitorRow[] {
  const bench = p.allA.map((x) => [x]);
  const r = p.dates.indexOf(rebound);
  const T = p.dates.length - 1;
  const since = (xs: readonly number[]) => (r < 0 ? NA : xs[T] / xs[r] - 1);
  const benchSince = since(p.allA);
  return p.columns.map((c) => {
    const col = c.values.map((x) => [x]);
    const excess = rollingExcess(col, bench);
    const score = crowdingScore(col, bench);
    const rot = rotation(col, bench);
    const tier = resultCells(diffusionTier([[c.header]]))[0][0];
    const scoreCell = isBatonError(score) ? coreCell(score) : coreCell((score as (number | string)[][])[0][0]);
    const rotCells = isBatonError(rot) ? [NA, NA, NA] : (rot as (number | string)[][]).map((row) => coreCell(row[0]));
    const s = since(c.values);
    return {
      header: c.header,
      tier,
      excess: isBatonError(excess) ? coreCell(excess) : lastNumber(excess as SeriesResult),
      crowding: scoreCell,
      zone: typeof scoreCell === "number" ? zoneOf(scoreCell) : NA,
      ratio: rotCells[0],
      momentum: rotCells[1],
      quadrant: rotCells[2],
      sinceRebound: s,
      excessSinceRebound: typeof s === "number" && typeof benchSince === "number" ? s - benchSince : NA,
    };
  });
}

function pricesSheet(p: SampleSegmentPrices, lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const headers = [PRICE_ENDS[lang].date, ...p.columns.map((c) => c.header), PRICE_ENDS[lang].benchmark];
  const s = new SheetBuilder(TIER_MONITOR_SHEETS[lang][1]).tab("FF2E7D32");
  s.header(1, 1, headers);
  const k = p.columns.length;
  for (let t = 0; t < p.dates.length; t++) {
    const row = t + 2;
    s.value(row, 1, excelSerial(p.dates[t]));
    p.columns.forEach((c, j) => s.value(row, j + 2, c.values[t]));
    s.value(row, k + 2, p.allA[t]);
  }
  s.table({ name: SEGMENT_PRICES_TABLE, topLeft: "A1", columns: headers, rows: p.dates.length });
  s.setColumns([
    { width: lang === "zh-CN" ? 16 : 12, style: { numFmt: F.date } },
    ...headers.slice(1).map((h) => ({ width: Math.max(10, Math.min(24, h.length * 1.6)), style: { numFmt: F.price } })),
  ]);
  return s.freeze(1).done();
}

function monitorSheet(p: SampleSegmentPrices, rows: readonly TierMonitorRow[], lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const PCT: CellStyle = { numFmt: F.percent };
  const PCT1: CellStyle = { numFmt: F.percent1 };
  const SCORE: CellStyle = { numFmt: F.score };
  const RRG: CellStyle = { numFmt: "0.00" };
  const s = new SheetBuilder(TIER_MONITOR_SHEETS[lang][2]).tab("FF1F6FEB");
  s.value(1, 1, pick(lang, "Rebound date", "反弹日"), { bold: true });
  s.value(1, 2, excelSerial(p.rebound), { numFmt: F.date, bold: true });
  s.value(
    1,
    3,
    pick(
      lang,
      `The sample's rebound: the benchmark's lowest close of the last ${REBOUND_LOOKBACK} rows. Type your own date over it.`,
      `示例的反弹日：基准最近 ${REBOUND_LOOKBACK} 行中的最低收盘日。可直接输入您自己的日期。`,
    ),
    { italic: true },
  );
  s.header(
    MONITOR_LAYOUT.headerRow,
    1,
    pick(
      lang,
      ["Segment", "Tier", `Excess (${DEFAULT_WINDOW}d)`, "Crowding score", "Zone", "Ratio", "Momentum", "Quadrant", "Return since rebound", "Excess since rebound"],
      ["细分行业", "层级", `${DEFAULT_WINDOW}日超额收益`, "拥挤度", "拥挤区间", "Ratio", "Momentum", "象限", "反弹以来涨幅", "反弹以来超额收益"],
    ),
  );
  rows.forEach((r, i) => {
    const row = MONITOR_LAYOUT.firstRow + i;
    const f = tierMonitorFormulas(r.header, row, lang);
    s.value(row, 1, r.header);
    s.spill(row, 2, f.tier, [[r.tier]]);
    s.spill(row, 3, f.excess, [[r.excess]], () => PCT);
    s.spill(row, 4, f.crowding, [[r.crowding]], () => SCORE);
    s.formula(row, 5, f.zone, r.zone);
    s.spill(row, 6, f.rotation, [[r.ratio, r.momentum, r.quadrant]], (_i, j) => (j < 2 ? RRG : undefined));
    s.formula(row, 9, f.sinceRebound, r.sinceRebound, PCT1);
    s.formula(row, 10, f.excessSinceRebound, r.excessSinceRebound, PCT1);
  });
  const note = MONITOR_LAYOUT.firstRow + rows.length + 1;
  pick(
    lang,
    [
      "Every BATON cell shows the value the add-in computed when this file was built; with the add-in loaded, Excel recalculates them from the SegmentPrices table.",
      "Words stay English in every language (Zone: Low/Elevated/Crowded/Extreme; Quadrant: Leading/Weakening/Lagging/Improving) so formulas compare them the same way everywhere.",
      "A segment header no taxonomy knows (量子计算) shows #N/A as its tier; its prices are still measured.",
    ],
    [
      "每个 BATON 单元格显示的是生成本文件时加载项计算的值；加载项加载后，Excel 会根据 SegmentPrices 表重新计算。",
      "区间与象限保持英文（Low 低 / Elevated 偏高 / Crowded 拥挤 / Extreme 极度拥挤；Leading 领先 / Weakening 转弱 / Lagging 落后 / Improving 改善），以便各语言的公式比较结果一致。",
      "任何分类都不认识的表头（量子计算）层级显示 #N/A；其价格指标照常计算。",
    ],
  ).forEach((t, i) => s.value(note + i, 1, t, { italic: true }));
  s.setColumns([
    { width: 24 },
    { width: 7 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
    { width: 10 },
    { width: 11 },
    { width: 12 },
    { width: 20 },
    { width: 20 },
  ]);
  return s.freeze(MONITOR_LAYOUT.headerRow).done();
}

/** Rows and columns of the Check sheet, shared by the builder and the tests. */
export function tierCheckLayout(n: number, k: number, w: number = DEFAULT_ROTATION_WINDOW, m: number = DEFAULT_ROTATION_MOMENTUM) {
  const first = 2; // first price row on SegmentPrices
  const last = first + n - 1;
  /** Column of segment j's price on SegmentPrices (1-based); the benchmark is after the k segments. */
  const priceCol = (j: number) => j + 2;
  const benchCol = k + 2;
  /** The summary: one row per segment from row 2; the automatic rebound date two rows below it. */
  const reboundRow = first + k + 1;
  /** Segment j's rolling-excess series, aligned with the price rows. */
  const excessCol = (j: number) => 13 + j;
  const rotationBase = 13 + k + 1;
  /** Segment j's RS, Ratio and ROC columns (rows: only the tail that the last Momentum needs). */
  const rsCol = (j: number) => rotationBase + 3 * j;
  const ratioCol = (j: number) => rsCol(j) + 1;
  const rocCol = (j: number) => rsCol(j) + 2;
  const rocFirst = last - w + 1;
  const ratioFirst = rocFirst - m;
  const rsFirst = ratioFirst - w + 1;
  return { first, last, priceCol, benchCol, reboundRow, excessCol, excessFirst: first + DEFAULT_WINDOW, rsCol, ratioCol, rocCol, rsFirst, ratioFirst, rocFirst, w, m };
}

function checkSheet(p: SampleSegmentPrices, rows: readonly TierMonitorRow[], lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const PCT: CellStyle = { numFmt: F.percent };
  const PCT1: CellStyle = { numFmt: F.percent1 };
  const SCORE: CellStyle = { numFmt: F.score };
  const RRG: CellStyle = { numFmt: "0.00" };
  const P = sheetRef(TIER_MONITOR_SHEETS[lang][1]);
  const M = sheetRef(TIER_MONITOR_SHEETS[lang][2]);
  const n = p.dates.length;
  const k = p.columns.length;
  const L = tierCheckLayout(n, k);
  const { w, m } = L;
  const at = (col: number, row: number) => `${columnLetters(col)}${row}`;
  const pAt = (col: number, row: number) => `${P}!${at(col, row)}`;
  const num = (x: number): CellValue => (x === x ? x : NA);
  const bench = p.allA.map((x) => [x]);
  const B = Float64Array.from(p.allA);

  const s = new SheetBuilder(TIER_MONITOR_SHEETS[lang][3]).tab("FF6A737D");
  s.header(
    1,
    1,
    pick(
      lang,
      ["Segment", `Excess (${DEFAULT_WINDOW}d)`, "Crowding score", "Zone", "Ratio", "Momentum", "Quadrant", "Return since rebound", "Excess since rebound"],
      ["细分行业", `${DEFAULT_WINDOW}日超额收益`, "拥挤度", "拥挤区间", "Ratio", "Momentum", "象限", "反弹以来涨幅", "反弹以来超额收益"],
    ),
  );
  const last = L.last;
  const benchSince = `(${pAt(L.benchCol, last)}/INDEX(${P}!${at(L.benchCol, L.first)}:${at(L.benchCol, last)},MATCH(${M}!$B$1,${P}!$A$${L.first}:$A$${last},0))-1)`;
  p.columns.forEach((c, j) => {
    const row = 2 + j;
    const r = rows[j];
    const pc = L.priceCol(j);
    const ex = L.excessCol(j);
    const exRange = `${at(ex, L.excessFirst)}:${at(ex, last)}`;
    s.formula(row, 1, pAt(pc, 1), c.header);
    s.formula(row, 2, at(ex, last), r.excess, PCT);
    s.formula(row, 3, percentileFormula(exRange, at(ex, last)), r.crowding, SCORE);
    s.formula(row, 4, zoneFormula(at(3, row)), r.zone);
    s.formula(row, 5, at(L.ratioCol(j), last), r.ratio, RRG);
    const rocRange = `${at(L.rocCol(j), L.rocFirst)}:${at(L.rocCol(j), last)}`;
    s.formula(
      row,
      6,
      `IF(STDEV(${rocRange})=0,100,100+(${at(L.rocCol(j), last)}-AVERAGE(${rocRange}))/STDEV(${rocRange}))`,
      r.momentum,
      RRG,
    );
    s.formula(
      row,
      7,
      `IF(AND(E${row}>=100,F${row}>=100),"${QUADRANTS[0]}",IF(E${row}>=100,"${QUADRANTS[1]}",IF(F${row}>=100,"${QUADRANTS[3]}","${QUADRANTS[2]}")))`,
      r.quadrant,
    );
    const since = `${pAt(pc, last)}/INDEX(${P}!${at(pc, L.first)}:${at(pc, last)},MATCH(${M}!$B$1,${P}!$A$${L.first}:$A$${last},0))-1`;
    s.formula(row, 8, since, r.sinceRebound, PCT1);
    s.formula(row, 9, `H${row}-${benchSince}`, r.excessSinceRebound, PCT1);

    // Series: the rolling excess on every row with one (cached from the core's series).
    const excess = rollingExcess(c.values.map((x) => [x]), bench) as SeriesResult;
    s.value(1, ex, `${pick(lang, "Excess", "超额")}: ${c.header}`, { bold: true });
    for (let row2 = L.excessFirst; row2 <= last; row2++) {
      const back = row2 - DEFAULT_WINDOW;
      const cached = cellAt(excess.columns[0], row2 - L.first);
      s.formula(
        row2,
        ex,
        `(${pAt(pc, row2)}/${pAt(pc, back)}-1)-(${pAt(L.benchCol, row2)}/${pAt(L.benchCol, back)}-1)`,
        typeof cached === "number" ? cached : NA,
        PCT,
      );
    }
    // Rotation tail: RS, Ratio (the core's ratioSeries), ROC, on the rows the last Momentum needs.
    const S = Float64Array.from(c.values);
    const ratio = ratioSeries(S, B, w);
    const rs = (t: number) => (100 * S[t]) / B[t];
    s.value(1, L.rsCol(j), `RS: ${c.header}`, { bold: true });
    s.value(1, L.ratioCol(j), `Ratio: ${c.header}`, { bold: true });
    s.value(1, L.rocCol(j), `ROC: ${c.header}`, { bold: true });
    for (let row2 = L.rsFirst; row2 <= last; row2++) {
      const t = row2 - L.first;
      s.formula(row2, L.rsCol(j), `100*${pAt(pc, row2)}/${pAt(L.benchCol, row2)}`, rs(t), RRG);
      if (row2 >= L.ratioFirst) {
        const rsRange = `${at(L.rsCol(j), row2 - w + 1)}:${at(L.rsCol(j), row2)}`;
        s.formula(
          row2,
          L.ratioCol(j),
          `IF(STDEV(${rsRange})=0,100,100+(${at(L.rsCol(j), row2)}-AVERAGE(${rsRange}))/STDEV(${rsRange}))`,
          num(ratio[t]),
          RRG,
        );
      }
      if (row2 >= L.rocFirst) {
        s.formula(row2, L.rocCol(j), `100*(${at(L.ratioCol(j), row2)}/${at(L.ratioCol(j), row2 - m)}-1)`, num(100 * (ratio[t] / ratio[t - m] - 1)), RRG);
      }
    }
  });

  // The automatic rebound rule, natively: the date of the benchmark's lowest close of the last 60 rows.
  const from = last - REBOUND_LOOKBACK + 1;
  const benchTail = `${P}!${at(L.benchCol, from)}:${at(L.benchCol, last)}`;
  s.value(L.reboundRow, 1, pick(lang, "Automatic rebound date", "自动反弹日"), { bold: true });
  s.formula(
    L.reboundRow,
    2,
    `INDEX(${P}!A${from}:A${last},MATCH(MIN(${benchTail}),${benchTail},0))`,
    // Cached: the sample's rebound, which the sample builds as exactly this rule's answer (LibreOffice re-checks it).
    excelSerial(p.rebound),
    { numFmt: F.date },
  );
  const notes = pick(
    lang,
    [
      `The benchmark's lowest close of the last ${REBOUND_LOOKBACK} rows; the Monitor's B1 holds the date in use.`,
      "Native formulas only (arithmetic, AVERAGE, STDEV, MIN, INDEX, MATCH, SUMPRODUCT): works without the add-in.",
      "It reads SegmentPrices by position: after pasting more rows, fill the series columns (from column M) down and move the summary's references to the last row.",
      `Ratio = 100 + (RS − mean)/sd over ${w} rows (RS = 100 × segment / benchmark); Momentum the same on Ratio's ${m}-row rate of change; sd 0 reads 100.`,
    ],
    [
      `基准最近 ${REBOUND_LOOKBACK} 行中的最低收盘日；“监测”表 B1 为实际使用的反弹日。`,
      "仅用原生公式（四则运算、AVERAGE、STDEV、MIN、INDEX、MATCH、SUMPRODUCT）：无需加载项即可计算。",
      "本表按行号读取“细分价格”表：粘贴更多行后，请把序列列（从 M 列起）向下填充，并把汇总区的引用改到最后一行。",
      `Ratio = 100 + (RS − 均值)/标准差（${w} 行，RS = 100 × 细分指数 / 基准）；Momentum 对 Ratio 的 ${m} 行变化率做同样处理；标准差为 0 时为 100。`,
    ],
  );
  notes.forEach((t, i) => s.value(L.reboundRow + 1 + i, 1, t, { italic: true }));
  s.setColumns([
    { width: 24 },
    { width: 14 },
    { width: 14 },
    { width: 12 },
    { width: 10 },
    { width: 11 },
    { width: 12 },
    { width: 20 },
    { width: 20 },
  ]);
  return s.freeze(1).done();
}

/** Builds the tier-monitor workbook model from the sample segment prices, in a language (default English). */
export function buildTierMonitor(p: SampleSegmentPrices = sampleSegmentPrices, lang: TemplateLang = "en"): WorkbookSpec {
  const rows = tierMonitorRows(p);
  const readme = readmeSheet(
    "tier-monitor",
    lang,
    pick(
      lang,
      [`Sample: ${p.columns.length} segment indices and the all-A index, ${p.dates[0]} to ${p.dates[p.dates.length - 1]}; rebound ${p.rebound}.`],
      [`示例：${p.columns.length} 个细分行业指数与全A指数，${p.dates[0]} 至 ${p.dates[p.dates.length - 1]}；反弹日 ${p.rebound}。`],
    ),
  );
  return {
    file: TIER_MONITOR_FILE,
    title: pick(lang, "Baton tier monitor", "Baton 分层监测"),
    sheets: [readme, pricesSheet(p, lang), monitorSheet(p, rows, lang), checkSheet(p, rows, lang)],
  };
}
