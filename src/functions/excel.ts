/**
 * The Excel side of every custom function: core results and errors out as
 * the 2-D arrays and `CustomFunctions.Error` values Excel expects.
 *
 * This is the only module besides the declarations that touches
 * `CustomFunctions`. It never lets an exception escape: a bug becomes a
 * `#VALUE!` with a message instead of a cell stuck on `#BUSY!`.
 */
import { BatonError, isBatonError, messages } from "../core/errors";
import { type Language, languageFromTag } from "../core/language";
import { Cells, ResultColumn, SeriesResult, WordSeriesResult } from "../core/result";

/** What a custom function returns in a cell. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;
export type ExcelGrid = ExcelCell[][];

/**
 * The language of error messages: Office's display language in the shared
 * runtime (`Office.context.displayLanguage`, "zh-CN" → Chinese), English
 * where Office is absent or says nothing. The task pane decides by the same
 * rule (`languageFromTag`). Read at each call, so a changed display language
 * shows at the next recalculation.
 */
export function messageLanguage(): Language {
  try {
    return languageFromTag(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "en";
  }
}

/** One `CustomFunctions.Error` for a core error, its message in `lang`. */
export function toExcelError(e: BatonError, lang: Language = messageLanguage()): CustomFunctions.Error {
  const code = e.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.messageIn(lang));
}

/** The Excel errors of one result column, built once and shared by its cells. */
function excelErrors(col: ResultColumn, lang: Language): CustomFunctions.Error[] {
  return col.errors.map((e) => toExcelError(e, lang));
}

/**
 * A series result as a grid in its input's orientation: n×k for columns,
 * 1×n for a row. Rows past a column's data (spare rows the analyst selected)
 * are `""`, cells that look empty. Cost: one pass, one small array per output
 * row (a one-column series shares the rows that hold the same number: {@link columnRows}).
 */
export function seriesToGrid(result: SeriesResult): ExcelGrid {
  const { length: n, columns, orientation } = result;
  const lang = messageLanguage();
  const errs = columns.map((c) => excelErrors(c, lang));
  if (orientation === "row") {
    const col = columns[0];
    const row: ExcelCell[] = new Array(n);
    const v = col.values;
    const r = col.reasons;
    const e = errs[0];
    const m = Math.min(n, v.length);
    for (let i = 0; i < m; i++) {
      const x = v[i];
      row[i] = x === x ? x : e[r ? r[i] : 0];
    }
    for (let i = m; i < n; i++) row[i] = "";
    return [row];
  }
  const k = columns.length;
  const out: ExcelGrid = new Array(n);
  if (k === 1) {
    const col = columns[0];
    const m = Math.min(n, col.values.length);
    columnRows(col.values, col.reasons, errs[0], m, out);
    for (let i = m; i < n; i++) out[i] = [""];
    return out;
  }
  for (let i = 0; i < n; i++) {
    const row: ExcelCell[] = new Array(k);
    for (let j = 0; j < k; j++) {
      const values = columns[j].values;
      if (i >= values.length) {
        row[j] = "";
        continue;
      }
      const x = values[i];
      const r = columns[j].reasons;
      row[j] = x === x ? x : errs[j][r ? r[i] : 0];
    }
    out[i] = row;
  }
  return out;
}

/** Slots of the cache through which one-column rows holding the same number share one array. */
const SHARE_SLOTS = 4096;
/** Rows after which sharing stops unless at least half of them found their number in the cache. */
const SHARE_PROBE = 1024;
const shareKeys = new Float64Array(SHARE_SLOTS);
const shareRows: ExcelCell[][] = new Array<ExcelCell[]>(SHARE_SLOTS);
const keyBits = new Float64Array(1);
const keyWords = new Uint32Array(keyBits.buffer);

/**
 * The rows of a one-column series, `[value]` or `[error]`, written into `out[0 … m)`.
 *
 * Rows that hold the same number are one shared array while that pays: a
 * percentile over a trailing window of L rows takes at most about L distinct
 * values, so a 200k-row CROWDING_SCORE "series" would otherwise allocate 200k
 * one-cell arrays (11 MB) and pay young-generation collections that copy them.
 * A small direct-mapped cache (number → its row) finds repeats; after
 * {@link SHARE_PROBE} rows, fewer than half of them found gives up sharing for
 * the rest (a rolling excess or a ratio has no repeats to share). Excel reads
 * the grid and never writes into it; the words of {@link wordSeriesToGrid}
 * depend only on the number, so a shared row is rewritten to the same word.
 * Cost: one pass; a hash of the number's bits per row while sharing.
 */
function columnRows(v: Float64Array, r: Uint8Array | undefined, e: readonly CustomFunctions.Error[], m: number, out: ExcelGrid): void {
  shareKeys.fill(NaN);
  let hits = 0;
  let i = 0;
  for (; i < m; i++) {
    const x = v[i];
    if (x !== x) {
      out[i] = [e[r ? r[i] : 0]];
      continue;
    }
    keyBits[0] = x;
    const slot = Math.imul(keyWords[0] ^ keyWords[1], 0x9e3779b1) >>> 20; // top 12 bits: 0 … 4095
    if (shareKeys[slot] === x) {
      out[i] = shareRows[slot];
      hits++;
    } else {
      const row: ExcelCell[] = [x];
      shareKeys[slot] = x;
      shareRows[slot] = row;
      out[i] = row;
    }
    if (i === SHARE_PROBE && 2 * hits < SHARE_PROBE) {
      i++;
      break;
    }
  }
  for (; i < m; i++) {
    const x = v[i];
    out[i] = [x === x ? x : e[r ? r[i] : 0]];
  }
  shareRows.fill(undefined as unknown as ExcelCell[]); // keep no row of this call alive
}

/**
 * A word series (ROTATION's quadrants) as a grid: {@link seriesToGrid} with
 * each index replaced by its word; errors and the `""` past the data stay.
 * Cost: one more pass over the output.
 */
export function wordSeriesToGrid(result: WordSeriesResult): ExcelGrid {
  const grid = seriesToGrid(result);
  const words = result.words;
  for (const row of grid) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c === "number") row[j] = words[c];
    }
  }
  return grid;
}

/**
 * A table from the core (a detail table, a spill of names) as Excel's grid:
 * its errors become Excel errors, in place, in one pass with no second grid
 * (a 100,000-name column would otherwise allocate its rows twice). A core
 * error repeated across cells becomes one shared Excel error. The core hands
 * over a fresh table on every call, so changing it is safe.
 */
export function cellsToGrid(cells: Cells): ExcelGrid {
  const lang = messageLanguage();
  const made = new Map<BatonError, CustomFunctions.Error>();
  for (const row of cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (isBatonError(c)) {
        let e = made.get(c);
        if (!e) made.set(c, (e = toExcelError(c, lang)));
        (row as unknown[])[j] = e;
      }
    }
  }
  return cells as unknown as ExcelGrid;
}

/**
 * Runs a custom function's body so that nothing escapes: a core error becomes
 * a 1×1 grid holding it, an unexpected exception a `#VALUE!` naming the function.
 */
export function guard(fn: string, body: () => ExcelGrid | BatonError): ExcelGrid {
  try {
    const r = body();
    return isBatonError(r) ? [[toExcelError(r)]] : r;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const text = messages.internal(fn, detail);
    return [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, messageLanguage() === "zh" ? text.zh : text.en)]];
  }
}
