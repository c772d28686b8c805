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
import { crowdingOfSeries, crowdingScore } from "../core/crowding";
import { DEFAULT_WINDOW, rollingExcess } from "../core/excess";
import { MIN_HISTORY } from "../core/percentile";
import { excelSerial, PRICE_HEADERS, samplePrices, SamplePrices } from "../sample";
import { NA, resultCells } from "./cells";
import { CellStyle, CellValue, SheetBuilder, SheetSpec, WorkbookSpec } from "./model";
import { readmeSheet } from "./readme";

export const CROWDING_MONITOR_FILE = "crowding-monitor.xlsx";
export const CROWDING_SHEETS = ["Readme", "Prices", "Monitor", "Check"] as const;
/** The trailing lookback of the second detail table: about three years of trading days. */
export const MONITOR_LOOKBACK = 750;

export const FMT = {
  date: "yyyy-mm-dd",
  price: "#,##0.00",
  amount: "#,##0.00",
  percent: "0.00%",
  score: "0.0",
  count: "0",
} as const;

const PCT: CellStyle = { numFmt: FMT.percent };
const SCORE: CellStyle = { numFmt: FMT.score };

/** Structured references to the Prices table, as the Monitor formulas use them. */
const REF = {
  date: "Prices[Date]",
  sector: "Prices[Sector]",
  benchmark: "Prices[Benchmark]",
  turnover: "Prices[[Sector turnover]:[Market turnover]]",
} as const;

/** The display formulas of the Monitor sheet, by cell. Exported for the docs and tests. */
export const MONITOR_FORMULAS = {
  A2: REF.date,
  B2: `BATON.ROLLING_EXCESS(${REF.sector},${REF.benchmark})`,
  C2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},,,,"series")`,
  D2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,,"series")`,
  G2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,,"detail")`,
  J2: `BATON.CROWDING_SCORE(${REF.sector},${REF.benchmark},${REF.turnover},,${MONITOR_LOOKBACK},"detail")`,
} as const;

/** Number format of a detail row by its label. */
function detailStyle(label: CellValue): CellStyle | undefined {
  switch (label) {
    case "Excess":
    case "Excess peak":
    case "Headroom":
    case "Turnover share":
      return PCT;
    case "Score":
    case "Excess percentile":
    case "Turnover percentile":
      return SCORE;
    case "History":
      return { numFmt: FMT.count };
    default:
      return undefined;
  }
}

function pricesSheet(p: SamplePrices): SheetSpec {
  const s = new SheetBuilder("Prices").tab("FF2E7D32");
  s.header(1, 1, PRICE_HEADERS);
  for (let i = 0; i < p.dates.length; i++) {
    const r = i + 2;
    s.value(r, 1, excelSerial(p.dates[i]));
    s.value(r, 2, p.sector[i]);
    s.value(r, 3, p.benchmark[i]);
    s.value(r, 4, p.sectorTurnover[i]);
    s.value(r, 5, p.marketTurnover[i]);
  }
  s.table({ name: "Prices", topLeft: "A1", columns: PRICE_HEADERS, rows: p.dates.length });
  s.setColumns([
    { width: 12, style: { numFmt: FMT.date } },
    { width: 12, style: { numFmt: FMT.price } },
    { width: 12, style: { numFmt: FMT.price } },
    { width: 16, style: { numFmt: FMT.amount } },
    { width: 16, style: { numFmt: FMT.amount } },
  ]);
  return s.freeze(1).done();
}

/** The cached results of the Monitor formulas, from the core, with the grids Excel would pass. */
export function monitorResults(p: SamplePrices = samplePrices) {
  const col = (xs: readonly number[]) => xs.map((x) => [x]);
  const sector = col(p.sector);
  const benchmark = col(p.benchmark);
  const turnover = p.sectorTurnover.map((x, i) => [x, p.marketTurnover[i]]);
  return {
    dates: p.dates.map((d) => [excelSerial(d)] as CellValue[]),
    excess: resultCells(rollingExcess(sector, benchmark)),
    scoreExcess: resultCells(crowdingScore(sector, benchmark, null, null, null, "series")),
    scoreTurnover: resultCells(crowdingScore(sector, benchmark, turnover, null, null, "series")),
    detail: resultCells(crowdingScore(sector, benchmark, turnover, null, null, "detail")),
    detailLookback: resultCells(crowdingScore(sector, benchmark, turnover, null, MONITOR_LOOKBACK, "detail")),
  };
}

function monitorSheet(p: SamplePrices): SheetSpec {
  const r = monitorResults(p);
  const s = new SheetBuilder("Monitor").tab("FF1F6FEB");
  s.header(1, 1, [
    "Date",
    `Rolling excess (${DEFAULT_WINDOW}d)`,
    "Crowding score (excess)",
    "Crowding score (excess + turnover)",
  ]);
  s.value(1, 7, "Latest (all history)", { bold: true });
  s.value(1, 10, `Latest (last ${MONITOR_LOOKBACK} rows)`, { bold: true });
  s.spill(2, 1, MONITOR_FORMULAS.A2, r.dates, () => ({ numFmt: FMT.date }));
  s.spill(2, 2, MONITOR_FORMULAS.B2, r.excess, () => PCT);
  s.spill(2, 3, MONITOR_FORMULAS.C2, r.scoreExcess, () => SCORE);
  s.spill(2, 4, MONITOR_FORMULAS.D2, r.scoreTurnover, () => SCORE);
  s.spill(2, 7, MONITOR_FORMULAS.G2, r.detail, (i, j) => (j === 1 ? detailStyle(r.detail[i][0]) : undefined));
  s.spill(2, 10, MONITOR_FORMULAS.J2, r.detailLookback, (i, j) =>
    j === 1 ? detailStyle(r.detailLookback[i][0]) : undefined,
  );
  const notes = [
    "Every BATON cell shows the value the add-in computed when this file was built; with the add-in",
    "loaded, Excel recalculates them and they follow your data in the Prices table.",
    `Detail at G2 ranks today against all history; J2 against the last ${MONITOR_LOOKBACK} rows (about three years).`,
  ];
  notes.forEach((t, i) => s.value(15 + i, 7, t, { italic: true }));
  s.setColumns([
    { width: 12 },
    { width: 18 },
    { width: 22 },
    { width: 30 },
    { width: 3 },
    { width: 3 },
    { width: 20 },
    { width: 12 },
    { width: 3 },
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
function percentileFormula(range: string, x: string): string {
  return `IF(COUNT(${range})<${MIN_HISTORY},NA(),100*SUMPRODUCT(--(${range}<${x}))/(COUNT(${range})-1))`;
}

const ZONE_FORMULA = (score: string) =>
  `IF(${score}>=95,"Extreme",IF(${score}>=80,"Crowded",IF(${score}>=50,"Elevated","Low")))`;

function checkSheet(p: SamplePrices): SheetSpec {
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

  const s = new SheetBuilder("Check").tab("FF6A737D");
  s.header(1, 1, [
    "Date",
    `Rolling excess (${w}d)`,
    "Excess percentile",
    "Turnover share",
    `Share ${w}d average`,
    "Turnover percentile",
    "Score",
  ]);
  const na = (row: number, col: number, style?: CellStyle) => s.formula(row, col, "NA()", NA, style);
  for (let i = 0; i < n; i++) {
    const row = L.first + i;
    s.formula(row, 1, `Prices!A${row}`, excelSerial(p.dates[i]), { numFmt: FMT.date });
    if (row >= L.excessFirst) {
      const back = row - w;
      s.formula(row, 2, `(Prices!B${row}/Prices!B${back}-1)-(Prices!C${row}/Prices!C${back}-1)`, r.excess[i][0], PCT);
      s.formula(row, 3, percentileFormula(`B$${L.excessFirst}:B${row}`, `B${row}`), excessPct[i][0], SCORE);
    } else {
      na(row, 2, PCT);
      na(row, 3, SCORE);
    }
    s.formula(row, 4, `Prices!D${row}/Prices!E${row}`, share[i], PCT);
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
  s.value(1, 9, "Latest", { bold: true });
  s.value(1, 10, "All history", { bold: true });
  s.value(1, 11, `Last ${MONITOR_LOOKBACK} rows`, { bold: true });
  const labels = r.detail.map((row) => row[0]);
  labels.forEach((label, i) => s.value(2 + i, 9, label));
  const rowOf = (label: string) => 2 + labels.indexOf(label);
  for (const b of blocks) {
    const cell = (label: string) => `${String.fromCharCode(64 + b.col)}${rowOf(label)}`;
    const cached = (label: string) => b.detail[rowOf(label) - 2][1];
    const put = (label: string, formula: string) => s.formula(rowOf(label), b.col, formula, cached(label), detailStyle(label));
    put("Score", `(${cell("Excess percentile")}+${cell("Turnover percentile")})/2`);
    put("Zone", ZONE_FORMULA(cell("Score")));
    put("Excess", `B${last}`);
    put("Excess percentile", percentileFormula(b.ex, `B${last}`));
    put("Excess peak", `MAX(${b.ex})`);
    put("Headroom", `${cell("Excess peak")}-${cell("Excess")}`);
    put("Turnover share", `E${last}`);
    put("Turnover percentile", percentileFormula(b.sh, `E${last}`));
    put("History", `COUNT(${b.ex})`);
  }
  s.value(13, 9, "Native formulas only (arithmetic, AVERAGE, MAX, COUNT, SUMPRODUCT): works without the add-in.", {
    italic: true,
  });
  s.value(14, 9, `Percentile = 100 × #{history < today} / (count − 1); #N/A with fewer than ${MIN_HISTORY} values.`, {
    italic: true,
  });
  s.value(15, 9, "Pasted more rows into Prices? Fill these columns down to the last row.", { italic: true });
  s.setColumns([
    { width: 12 },
    { width: 18 },
    { width: 17 },
    { width: 15 },
    { width: 18 },
    { width: 19 },
    { width: 9 },
    { width: 3 },
    { width: 20 },
    { width: 12 },
    { width: 16 },
  ]);
  return s.freeze(1).done();
}

/** Builds the crowding-monitor workbook model from the sample data. */
export function buildCrowdingMonitor(p: SamplePrices = samplePrices): WorkbookSpec {
  const readme = readmeSheet("crowding-monitor", [
    `Sample series: ${p.sectorName} against ${p.benchmarkName}, ${p.dates[0]} to ${p.dates[p.dates.length - 1]}.`,
  ]);
  return {
    file: CROWDING_MONITOR_FILE,
    title: "Baton crowding monitor",
    sheets: [readme, pricesSheet(p), monitorSheet(p), checkSheet(p)],
  };
}
