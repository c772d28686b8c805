/**
 * The task pane's board and gauge models: pure functions from tables (plain
 * data read through the workbook port) to what the pane draws.
 */
export { matchColumns, parseMetric, hasSegmentColumn, normaliseHeader, COLUMN_NAMES, COLUMN_KEYS } from "./columns";
export type { ColumnKey } from "./columns";
export { buildBoard, taxonomyFromTable, DEFAULT_RULE, METRICS, median, isCatchUp, ruleMetrics } from "./board";
export type { BoardOptions } from "./board";
export { gaugeFromTable, guessPriceColumns, dateLabel } from "./gauge";
export type { GaugeModel } from "./gauge";
export type * from "./types";
export { segmentIdentity } from "./board";
export type { PriceFigures } from "./board";
export { readMonitor, monitorBoard, automaticRebound, isBenchmarkHeader, REBOUND_LOOKBACK } from "./monitor";
export type { Monitor, MonitorOptions, MonitorSegment, NotUsedColumn, Rebound } from "./monitor";
