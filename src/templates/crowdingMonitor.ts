/**
 * The crowding-monitor template: the report's gauge (TMT's 40-day rolling
 * excess over all A-shares, 2.66% on April 24 against tops near 10%) as a
 * workbook a team fills with its own prices.
 *
 * Sheets:
 * - Readme: what the framework says, how to paste your own data, the notice
 *   that the sample prices are synthetic;
 * - Prices: the `Prices` table (date, sector, benchmark, sector turnover,
 *   market turnover), holding the sample data;
 * - Monitor: BATON.ROLLING_EXCESS and BATON.CROWDING_SCORE (series and
 *   detail) on the Prices table, each a dynamic array that spills;
 * - Check: the same rolling excess, percentiles and score with native
 *   formulas only, for colleagues without the add-in.
 *
 * Pure: builds a {@link WorkbookSpec} from the sample data; every cached value
 * of a BATON cell comes from the project's core (src/core), called with the
 * grids Excel would pass.
 */
import { crowdingOfSeries, crowdingScore, DETAIL_LABELS } from "../core/crowding";
import { DEFAULT_WINDOW, rollingExcess } from "../core/excess";
import { MIN_HISTORY } from "../core/percentile";
import { excelSerial, PRICE_HEADERS, samplePrices, SamplePrices } from "../sample";
import type { TemplateLang } from "./catalog";
import { NA, resultCells } from "./cells";
import { CellStyle, CellValue, SheetBuilder, SheetSpec, WorkbookSpec } from "./model";
import { readmeSheet } from "./readme";
import { DETAIL_LABELS_ZH, numberFormats, pick, sheetRef, zoneFormula } from "./words";

export const CROWDING_MONITOR_FILE = "crowding-monitor.xlsx";
/** Sheet names by language, in workbook order: Readme, Prices, Monitor, Check. */
export const CROWDING_SHEETS: Readonly<Record<TemplateLang, readonly [string, string, string, string]>> = {
  en: ["Readme", "Prices", "Monitor", "Check"],
  "zh-CN": ["说明", "价格", "监测", "核对"],
};
/** The trailing lookback of the second detail table: about three years of trading days. */
export const MONITOR_LOOKBACK = 750;
/** The Excel table of prices: the same (ASCII) name in every language, so formulas travel. */
export const PRICES_TABLE = "Prices";

/** Header texts of the Prices table by language (date, sector, benchmark, sector turnover, market turnover). */
export const PRICES_TABLE_HEADERS: Readonly<Record<TemplateLang, readonly string[]>> = {
  en: PRICE_HEADERS,
  "zh-CN": ["日期", "行业", "基准", "行业成交额", "全市场成交额"],
};

/** The English number formats (the zh-CN template differs in its date format only: {@link numberFormats}). */
export const FMT = numberFormats("en");

/** Structured references to the Prices table, as the Monitor formulas use them, by language. */
function refs(lang: TemplateLang) {
  const [date, sector, benchmark, st, mt] = PRICES_TABLE_HEADERS[lang];
  const t = PRICES_TABLE;
  return {
    date: `${t}[${date}]`,
    sector: `${t}[${sector}]`,
    benchmark: `${t}[${benchmark}]`,
    turnover: `${t}[[${st}]:[${mt}]]`,
  } as const;
}

/** The display formulas of the Monitor sheet, by cell, for a language (structured references follow its headers). */
export function monitorFormulas(lang: TemplateLang) {
  const REF = refs(lang);
  return {
    A2: REF.date,
    B2: `BATON.ROLLING_EXCESS(${REF.sector},${REF.benchmark})`,
    C2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},,,,"series")`,
    D2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,,"series")`,
    G2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,,"detail")`,
    J2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,${MONITOR_LOOKBACK},"detail")`,
  } as const;
}

/** The English Monitor formulas. Exported for the docs and tests. */
export const MONITOR_FORMULAS = monitorFormulas("en");

type Formats = ReturnType<typeof numberFormats>;

/** Number format of a detail row by its label. */
function detailStyle(label: CellValue, F: Formats = FMT): CellStyle | undefined {
  switch (label) {
    case DETAIL_LABELS.excess:
    case DETAIL_LABELS.excessPeak:
    case DETAIL_LABELS.headroom:
    case DETAIL_LABELS.turnoverShare:
      return { numFmt: F.percent };
    case DETAIL_LABELS.score:
    case DETAIL_LABELS.excessPercentile:
    case DETAIL_LABELS.turnoverPercentile:
      return { numFmt: F.score };
    case DETAIL_LABELS.history:
      return { numFmt: F.count };
    default:
      return undefined;
  }
}

function pricesSheet(p: SamplePrices, lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const headers = PRICES_TABLE_HEADERS[lang];
  const s = new SheetBuilder(CROWDING_SHEETS[lang][1]).tab("FF2E7D32");
  s.header(1, 1, headers);
  for (let i = 0; i < p.dates.length; i++) {
    const r = i + 2;
    s.value(r, 1, excelSerial(p.dates[i]));
    s.value(r, 2, p.sector[i]);
    s.value(r, 3, p.benchmark[i]);
    s.value(r, 4, p.sectorTurnover[i]);
    s.value(r, 5, p.marketTurnover[i]);
  }
  s.table({ name: PRICES_TABLE, topLeft: "A1", columns: headers, rows: p.dates.length });
  s.setColumns([
    { width: lang === "zh-CN" ? 16 : 12, style: { numFmt: F.date } },
    { width: 12, style: { numFmt: F.price } },
    { width: 12, style: { numFmt: F.price } },
    { width: 16, style: { numFmt: F.amount } },
    { width: 16, style: { numFmt: F.amount } },
  ]);
  return s.freeze(1).done();
}

/**
 * The Prices table's columns as Excel passes them to the Monitor formulas
 * (`Prices[Sector]` n×1, the two turnover columns n×2), optionally with
 * `spare` blank rows appended, as a table with room to grow passes them.
 */
export function monitorInputs(p: SamplePrices = samplePrices, spare = 0, blank: unknown = null) {
  const pad = <T>(rows: T[][], width: number): unknown[][] => [...rows, ...Array.from({ length: spare }, () => Array(width).fill(blank))];
  return {
    sector: pad(p.sector.map((x) => [x]), 1),
    benchmark: pad(p.benchmark.map((x) => [x]), 1),
    turnover: pad(
      p.sectorTurnover.map((x, i) => [x, p.marketTurnover[i]]),
      2,
    ),
  };
}

/** The cached results of the Monitor formulas, from the core, with the grids Excel would pass. */
export function monitorResults(p: SamplePrices = samplePrices) {
  const { sector, benchmark, turnover } = monitorInputs(p);
  return {
    dates: p.dates.map((d) => [excelSerial(d)] as CellValue[]),
    excess: resultCells(rollingExcess(sector, benchmark)),
    scoreExcess: resultCells(crowdingScore(sector, benchmark, null, null, null, "series")),
    scoreTurnover: resultCells(crowdingScore(sector, benchmark, turnover, null, null, "series")),
    detail: resultCells(crowdingScore(sector, benchmark, turnover, null, null, "detail")),
    detailLookback: resultCells(crowdingScore(sector, benchmark, turnover, null, MONITOR_LOOKBACK, "detail")),
  };
}

function monitorSheet(p: SamplePrices, lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const PCT: CellStyle = { numFmt: F.percent };
  const SCORE: CellStyle = { numFmt: F.score };
  const formulas = monitorFormulas(lang);
  const zh = lang === "zh-CN";
  const r = monitorResults(p);
  const s = new SheetBuilder(CROWDING_SHEETS[lang][2]).tab("FF1F6FEB");
  s.header(
    1,
    1,
    pick(
      lang,
      ["Date", `Rolling excess (${DEFAULT_WINDOW}d)`, "Crowding score (excess)", "Crowding score (excess + turnover)"],
      ["日期", `${DEFAULT_WINDOW}日滚动超额收益`, "拥挤度（超额）", "拥挤度（超额 + 成交额）"],
    ),
  );
  s.value(1, 7, pick(lang, "Latest (all history)", "最新（全部历史）"), { bold: true });
  s.value(1, 10, pick(lang, `Latest (last ${MONITOR_LOOKBACK} rows)`, `最新（最近 ${MONITOR_LOOKBACK} 行）`), { bold: true });
  s.spill(2, 1, formulas.A2, r.dates, () => ({ numFmt: F.date }));
  s.spill(2, 2, formulas.B2, r.excess, () => PCT);
  s.spill(2, 3, formulas.C2, r.scoreExcess, () => SCORE);
  s.spill(2, 4, formulas.D2, r.scoreTurnover, () => SCORE);
  s.spill(2, 7, formulas.G2, r.detail, (i, j) => (j === 1 ? detailStyle(r.detail[i][0], F) : undefined));
  s.spill(2, 10, formulas.J2, r.detailLookback, (i, j) => (j === 1 ? detailStyle(r.detailLookback[i][0], F) : undefined));
  if (zh) {
    // Chinese twins of the detail labels, left of each detail table; the
    // labels the function returns stay English (formulas may compare them).
    r.detail.forEach((row, i) => s.value(2 + i, 6, DETAIL_LABELS_ZH[String(row[0])] ?? "", { italic: true }));
    r.detailLookback.forEach((row, i) => s.value(2 + i, 9, DETAIL_LABELS_ZH[String(row[0])] ?? "", { italic: true }));
  }
  const notes = pick(
    lang,
    [
      "Every BATON cell shows the value the add-in computed when this file was built; with the add-in",
      "loaded, Excel recalculates them and they follow your data in the Prices table.",
      `Detail at G2 ranks today against all history; J2 against the last ${MONITOR_LOOKBACK} rows (about three years).`,
    ],
    [
      "每个 BATON 单元格显示的是生成本文件时加载项计算的值；加载项加载后，Excel 会重新计算，",
      "结果随“价格”表中的数据变化。",
      `G2 的明细以全部历史为比较基准；J2 以最近 ${MONITOR_LOOKBACK} 行（约三年）为基准。明细标签（Score、Zone…）保持英文，左侧为中文对照。`,
    ],
  );
  notes.forEach((t, i) => s.value(15 + i, 7, t, { italic: true }));
  s.setColumns([
    { width: zh ? 16 : 12 },
    { width: 18 },
    { width: 22 },
    { width: 30 },
    { width: 3 },
    { width: zh ? 14 : 3 },
    { width: 20 },
    { width: 12 },
    { width: zh ? 14 : 3 },
    { width: 20 },
    { width: 12 },
  ]);
  return s.freeze(1).done();
}

/** Rows and ranges of the Check sheet, shared by the builder and the tests. */
export function checkLayout(n: number, w: number = DEFAULT_WINDOW) {
  const first = 2; // first data row (row 1 is the header), as on Prices
  const last = first + n - 1;
  const excessFirst = first + w; // first row with a rolling excess
  const shareFirst = first + w - 1; // first row with a w-row average share
  const lookbackFirst = Math.max(last - MONITOR_LOOKBACK + 1, excessFirst);
  const shareLookbackFirst = Math.max(last - MONITOR_LOOKBACK + 1, shareFirst);
  return { first, last, excessFirst, shareFirst, lookbackFirst, shareLookbackFirst };
}

/** `100*#{h<x}/(|H|-1)`, or #N/A with fewer than MIN_HISTORY values: the contract's percentile, natively. */
export function percentileFormula(range: string, x: string): string {
  return `IF(COUNT(${range})<${MIN_HISTORY},NA(),100*SUMPRODUCT(--(${range}<${x}))/(COUNT(${range})-1))`;
}

function checkSheet(p: SamplePrices, lang: TemplateLang): SheetSpec {
  const F = numberFormats(lang);
  const PCT: CellStyle = { numFmt: F.percent };
  const SCORE: CellStyle = { numFmt: F.score };
  const zh = lang === "zh-CN";
  const prices = sheetRef(CROWDING_SHEETS[lang][1]);
  const n = p.dates.length;
  const w = DEFAULT_WINDOW;
  const L = checkLayout(n, w);
  // Cached values: from the core's numeric API (the same numbers the Monitor caches).
  const fill = (xs: readonly number[]) => Float64Array.from(xs);
  const share = p.sectorTurnover.map((x, i) => x / p.marketTurnover[i]);
  const c = crowdingOfSeries({
    sector: fill(p.sector),
    benchmark: fill(p.benchmark),
    turnoverShare: Float64Array.from(share),
    window: w,
    lookback: null,
  });
  const r = monitorResults(p);
  const excessPct = r.scoreExcess; // CROWDING_SCORE without turnover = the excess percentile

  const s = new SheetBuilder(CROWDING_SHEETS[lang][3]).tab("FF6A737D");
  s.header(
    1,
    1,
    pick(
      lang,
      ["Date", `Rolling excess (${w}d)`, "Excess percentile", "Turnover share", `Share ${w}d average`, "Turnover percentile", "Score"],
      ["日期", `${w}日滚动超额收益`, "超额收益分位", "成交额占比", `占比${w}日均值`, "成交额占比分位", "得分"],
    ),
  );
  const na = (row: number, col: number, style?: CellStyle) => s.formula(row, col, "NA()", NA, style);
  for (let i = 0; i < n; i++) {
    const row = L.first + i;
    s.formula(row, 1, `${prices}!A${row}`, excelSerial(p.dates[i]), { numFmt: F.date });
    if (row >= L.excessFirst) {
      const back = row - w;
      s.formula(row, 2, `(${prices}!B${row}/${prices}!B${back}-1)-(${prices}!C${row}/${prices}!C${back}-1)`, r.excess[i][0], PCT);
      s.formula(row, 3, percentileFormula(`B$${L.excessFirst}:B${row}`, `B${row}`), excessPct[i][0], SCORE);
    } else {
      na(row, 2, PCT);
      na(row, 3, SCORE);
    }
    s.formula(row, 4, `${prices}!D${row}/${prices}!E${row}`, share[i], PCT);
    if (row >= L.shareFirst) {
      const ma = c.turnoverShare![i];
      const tp = c.turnoverPercentile![i];
      s.formula(row, 5, `AVERAGE(D${row - w + 1}:D${row})`, ma === ma ? ma : NA, PCT);
      s.formula(row, 6, percentileFormula(`E$${L.shareFirst}:E${row}`, `E${row}`), tp === tp ? tp : NA, SCORE);
    } else {
      na(row, 5, PCT);
      na(row, 6, SCORE);
    }
    s.formula(row, 7, `(C${row}+F${row})/2`, r.scoreTurnover[i][0], SCORE);
  }

  // The latest readings, natively, beside the Monitor's detail tables.
  const last = L.last;
  const blocks = [
    { col: 10, detail: r.detail, ex: `B$${L.excessFirst}:B${last}`, sh: `E$${L.shareFirst}:E${last}` },
    { col: 11, detail: r.detailLookback, ex: `B${L.lookbackFirst}:B${last}`, sh: `E${L.shareLookbackFirst}:E${last}` },
  ];
  s.value(1, 9, pick(lang, "Latest", "最新"), { bold: true });
  s.value(1, 10, pick(lang, "All history", "全部历史"), { bold: true });
  s.value(1, 11, pick(lang, `Last ${MONITOR_LOOKBACK} rows`, `最近 ${MONITOR_LOOKBACK} 行`), { bold: true });
  const labels = r.detail.map((row) => row[0]);
  labels.forEach((label, i) => s.value(2 + i, 9, label));
  if (zh) labels.forEach((label, i) => s.value(2 + i, 8, DETAIL_LABELS_ZH[String(label)] ?? "", { italic: true }));
  const rowOf = (label: string) => 2 + labels.indexOf(label);
  const D = DETAIL_LABELS;
  for (const b of blocks) {
    const cell = (label: string) => `${String.fromCharCode(64 + b.col)}${rowOf(label)}`;
    const cached = (label: string) => b.detail[rowOf(label) - 2][1];
    const put = (label: string, formula: string) => s.formula(rowOf(label), b.col, formula, cached(label), detailStyle(label, F));
    put(D.score, `(${cell(D.excessPercentile)}+${cell(D.turnoverPercentile)})/2`);
    put(D.zone, zoneFormula(cell(D.score)));
    put(D.excess, `B${last}`);
    put(D.excessPercentile, percentileFormula(b.ex, `B${last}`));
    put(D.excessPeak, `MAX(${b.ex})`);
    put(D.headroom, `${cell(D.excessPeak)}-${cell(D.excess)}`);
    put(D.turnoverShare, `E${last}`);
    put(D.turnoverPercentile, percentileFormula(b.sh, `E${last}`));
    put(D.history, `COUNT(${b.ex})`);
  }
  const notes = pick(
    lang,
    [
      "Native formulas only (arithmetic, AVERAGE, MAX, COUNT, SUMPRODUCT): works without the add-in.",
      `Percentile = 100 × #{history < today} / (count − 1); #N/A with fewer than ${MIN_HISTORY} values.`,
      "Pasted more rows into Prices? Fill these columns down to the last row.",
    ],
    [
      "仅用原生公式（四则运算、AVERAGE、MAX、COUNT、SUMPRODUCT）：无需加载项即可计算。",
      `分位 = 100 × #{历史值 < 今日值} / (个数 − 1)；不足 ${MIN_HISTORY} 个值时为 #N/A。`,
      "在“价格”表中粘贴了更多行？请把这些列的公式向下填充到最后一行。",
    ],
  );
  notes.forEach((t, i) => s.value(13 + i, 9, t, { italic: true }));
  s.setColumns([
    { width: zh ? 16 : 12 },
    { width: 18 },
    { width: 17 },
    { width: 15 },
    { width: 18 },
    { width: 19 },
    { width: 9 },
    { width: zh ? 14 : 3 },
    { width: 20 },
    { width: 12 },
    { width: 16 },
  ]);
  return s.freeze(1).done();
}

/** Builds the crowding-monitor workbook model from the sample data, in a language (default English). */
export function buildCrowdingMonitor(p: SamplePrices = samplePrices, lang: TemplateLang = "en"): WorkbookSpec {
  const span = `${p.dates[0]} – ${p.dates[p.dates.length - 1]}`;
  const readme = readmeSheet(
    "crowding-monitor",
    lang,
    pick(
      lang,
      [`Sample series: ${p.sectorName} against ${p.benchmarkName}, ${p.dates[0]} to ${p.dates[p.dates.length - 1]}.`],
      [`示例序列：${p.sectorName} 相对 ${p.benchmarkName}，${span}。`],
    ),
  );
  return {
    file: CROWDING_MONITOR_FILE,
    title: pick(lang, "Baton crowding monitor", "Baton 拥挤度监测"),
    sheets: [readme, pricesSheet(p, lang), monitorSheet(p, lang), checkSheet(p, lang)],
  };
}
