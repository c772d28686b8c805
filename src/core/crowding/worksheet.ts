/**
 * CROWDING_SCORE over Excel-shaped arguments: the worksheet function's
 * arguments read through the shared readers, its three outputs as cells.
 * The numbers come from ./readings.
 */
import { isOmitted, readChoice, readWholeNumber } from "../args";
import { BatonError, isBatonError, messages, naError, valueError } from "../errors";
import { DEFAULT_WINDOW } from "../excess";
import { MIN_HISTORY } from "../percentile";
import { Cells, ErrorIndex, ResultColumn, SeriesResult } from "../result";
import { readPricePair } from "../series";
import { zoneOf } from "../zones";
import { CrowdingInput, latestReading, Reading, readingAt, scoreError, scoreSeries } from "./readings";
import { readTurnover } from "./turnover";

/** The forms of the `output` argument. */
export const CROWDING_OUTPUTS = ["latest", "series", "detail"] as const;
export type CrowdingOutput = (typeof CROWDING_OUTPUTS)[number];

/** Labels of the `"detail"` table, in its row order (the turnover rows only with turnover). */
export const DETAIL_LABELS = {
  score: "Score",
  zone: "Zone",
  excess: "Excess",
  excessPercentile: "Excess percentile",
  excessPeak: "Excess peak",
  headroom: "Headroom",
  turnoverShare: "Turnover share",
  turnoverPercentile: "Turnover percentile",
  history: "History",
} as const;

/** The score series as a result column: each `#N/A` cell says why. */
function scoreColumn(input: CrowdingInput): ResultColumn {
  const { series: c, col } = scoreSeries(input);
  const n = c.score.length;
  const index = new ErrorIndex();
  let reasons: Uint8Array | undefined;
  for (let t = 0; t < n; t++) {
    if (c.score[t] === c.score[t]) continue;
    const err = scoreError(readingAt(c, col, t, input.window)) as BatonError;
    reasons ??= new Uint8Array(n);
    reasons[t] = index.of(err);
  }
  if (index.errors.length === 0) index.of(naError(messages.needsRows(input.window)));
  return reasons ? { values: c.score, errors: index.errors, reasons } : { values: c.score, errors: index.errors };
}

/** The two-column `"detail"` table of one sector's last row. */
function detailCells(r: Reading): Cells {
  const cell = (x: number, err: () => BatonError): number | BatonError => (x === x ? x : err());
  const scoreErr = (): BatonError => scoreError(r) as BatonError;
  const excessErr = (): BatonError => r.excessError;
  const excessHistErr = (): BatonError =>
    r.excess !== r.excess ? r.excessError : naError(messages.componentHistory("excess", MIN_HISTORY, r.excessHistory));
  const shareErr = (): BatonError => naError(messages.needsTurnover(r.window));
  const shareHistErr = (): BatonError =>
    r.turnoverShare !== r.turnoverShare ? shareErr() : naError(messages.componentHistory("turnover share", MIN_HISTORY, r.turnoverHistory));
  const L = DETAIL_LABELS;
  const rows: Cells = [
    [L.score, cell(r.score, scoreErr)],
    [L.zone, r.score === r.score ? zoneOf(r.score) : scoreErr()],
    [L.excess, cell(r.excess, excessErr)],
    [L.excessPercentile, cell(r.excessPercentile, excessHistErr)],
    [L.excessPeak, cell(r.excessPeak, excessHistErr)],
    [L.headroom, cell(r.excessPeak - r.excess, excessHistErr)],
  ];
  if (r.hasTurnover) {
    rows.push([L.turnoverShare, cell(r.turnoverShare, shareErr)]);
    rows.push([L.turnoverPercentile, cell(r.turnoverPercentile, shareHistErr)]);
  }
  rows.push([L.history, r.excessHistory]);
  return rows;
}

/**
 * The `lookback` argument: omitted (or `null`) is the expanding history,
 * else a whole number of rows of at least {@link MIN_HISTORY} (20): a shorter
 * history could never rank today. The pane's gauge reads its setting here too.
 * @example readLookback(null) // => null
 * @example readLookback(750) // => 750
 * @example (readLookback(5) as BatonError).message // => "lookback must be a whole number of rows of at least 20, not 5"
 */
export function readLookback(lookback: unknown): number | null | BatonError {
  return isOmitted(lookback) ? null : readWholeNumber(lookback, "lookback", MIN_HISTORY, MIN_HISTORY);
}

/**
 * CROWDING_SCORE over Excel-shaped arguments (docs/functions.md): reads and checks
 * them through the shared series converter and argument readers, then scores
 * each sector column.
 *
 * - `"latest"` (default): a 1×k row of scores (number, or `#N/A` saying why).
 * - `"series"`: a score for every row, in the sector's shape (a
 *   {@link SeriesResult}).
 * - `"detail"`: the two-column table of labels and values for the last row
 *   (one sector only); Zone holds the zone word.
 *
 * Errors (`#VALUE!`, naming argument and cell): bad cells in sector,
 * benchmark or turnover; lengths that differ; a turnover range of the wrong
 * width; a window that is not whole or not in [1, n−1]; a lookback that is not
 * whole or below 20; an unknown output; "detail" with several sectors.
 *
 * Cost: "series" O(n log n) per sector (O(n·window) more with turnover);
 * "latest" and "detail" O(n) per sector plus O(n·window) with turnover.
 *
 * @returns a {@link SeriesResult} for "series", {@link Cells} otherwise, or a `#VALUE!`
 * @example
 * // The sector doubles on each of 20 rows, then stays flat; the benchmark is flat; window 1.
 * // Today's excess, 0, is above none of the 21 values of its history: score 0.
 * const sector = [...Array.from({ length: 21 }, (_, t) => [2 ** t]), [2 ** 20]];
 * crowdingScore(sector, sector.map(() => [100]), null, 1) // => [[0]]
 */
export function crowdingScore(
  sector: unknown,
  benchmark: unknown,
  turnover?: unknown,
  window?: unknown,
  lookback?: unknown,
  output?: unknown,
): SeriesResult | Cells | BatonError {
  const p = readPricePair(sector, benchmark);
  if (isBatonError(p)) return p;
  const s = p.block;
  const shares = isOmitted(turnover) ? undefined : readTurnover(turnover, s, p.rows);
  if (isBatonError(shares)) return shares;
  // isOmitted is false for a range of several cells, so a range where one
  // value belongs is an error from the readers, never the default.
  const w = readWholeNumber(window, "window", DEFAULT_WINDOW, 1, p.rows - 1);
  if (isBatonError(w)) return w;
  const L = readLookback(lookback);
  if (isBatonError(L)) return L;
  const out = readChoice(output, "output", CROWDING_OUTPUTS, "latest");
  if (isBatonError(out)) return out;
  const k = p.sectors.length;
  if (out === "detail" && k > 1) return valueError(messages.detailOneSector(k));

  const inputs: CrowdingInput[] = p.sectors.map((S, j) => ({
    sector: S,
    benchmark: p.benchmarks[j],
    turnoverShare: shares?.[j],
    window: w,
    lookback: L,
  }));

  if (out === "series") return { orientation: s.orientation, length: s.length, columns: inputs.map(scoreColumn) };
  if (out === "detail") return detailCells(latestReading(inputs[0]));
  return [
    inputs.map((input) => {
      const r = latestReading(input);
      return r.score === r.score ? r.score : (scoreError(r) as BatonError);
    }),
  ];
}
