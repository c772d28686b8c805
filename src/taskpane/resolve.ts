/**
 * Which tables and columns the pane shows: the settings' choices where the
 * workbook still has them, else the automatic picks. Pure.
 */
import { hasSegmentColumn } from "../core/board/columns";
import { guessPriceColumns } from "../core/board/gauge";
import type { TableInfo } from "../workbook/port";
import type { Settings } from "../workbook/settings";

/** Which tables and columns the pane shows, resolved against what the workbook has. */
export interface Resolved {
  readonly boardTable?: string;
  readonly taxonomyTable?: string;
  readonly gaugeTable?: string;
  readonly sectorCol?: number;
  readonly benchmarkCol?: number;
  readonly dateCol?: number;
  /** The sector's turnover column (an amount with `marketTurnoverCol`, else a share); undefined: none. */
  readonly turnoverCol?: number;
  /** The market's turnover amount column; used only with `turnoverCol`. */
  readonly marketTurnoverCol?: number;
}

/**
 * The settings' choices where the workbook still has them, else the
 * defaults: the first table with a segment column; the first table whose
 * columns give a sector and a benchmark; the guessed price and turnover
 * columns. A turnover column stored as `null` is "none" (no guess); a stored
 * header the table no longer has falls back to the guess, like the prices.
 */
export function resolve(settings: Settings, tables: readonly TableInfo[]): Resolved {
  const byName = (n?: string) => (n ? tables.find((t) => t.name.toLowerCase() === n.toLowerCase()) : undefined);
  const board = byName(settings.table) ?? tables.find((t) => hasSegmentColumn(t.headers));
  const taxonomy = byName(settings.taxonomyTable);
  // Default price table: one that is not a segments table and has two price columns, one with a date column first.
  const priceLike = tables.filter((t) => {
    const g = guessPriceColumns(t.headers);
    return !hasSegmentColumn(t.headers) && g.sector !== undefined && g.benchmark !== undefined;
  });
  const gauge = byName(settings.gauge.table) ?? priceLike.find((t) => guessPriceColumns(t.headers).date !== undefined) ?? priceLike[0];
  if (!gauge) return { boardTable: board?.name, taxonomyTable: taxonomy?.name };
  const guess = guessPriceColumns(gauge.headers);
  const col = (h?: string) => (h ? gauge.headers.findIndex((x) => x === h) : -1);
  const sector = col(settings.gauge.sectorColumn);
  const bench = col(settings.gauge.benchmarkColumn);
  const optional = (h: string | null | undefined, guessed?: number): number | undefined => {
    if (h === null) return undefined;
    const i = col(h);
    return i >= 0 ? i : guessed;
  };
  const turnover = optional(settings.gauge.turnoverColumn, guess.sectorTurnover);
  const market = turnover === undefined ? undefined : optional(settings.gauge.marketTurnoverColumn, guess.marketTurnover);
  return {
    boardTable: board?.name,
    taxonomyTable: taxonomy?.name,
    gaugeTable: gauge.name,
    sectorCol: sector >= 0 ? sector : guess.sector,
    benchmarkCol: bench >= 0 ? bench : guess.benchmark,
    dateCol: guess.date,
    turnoverCol: turnover,
    marketTurnoverCol: market,
  };
}

