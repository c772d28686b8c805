/**
 * The sample dataset: ONE module that the preview (in-memory workbook), the
 * workbook templates and the docs all read, so a newcomer sees the same
 * numbers everywhere. Deterministic: built from a fixed seed at import.
 *
 * The prices are SYNTHETIC; show {@link SAMPLE_NOTICE} wherever they appear.
 */
export { samplePrices, buildSamplePrices, SAMPLE_WINDOW, LAST_EXCESS, SEED, FIRST_DATE, LAST_DATE } from "./prices";
export type { SamplePrices } from "./prices";
export { sampleSegments, sampleSegmentTable, SEGMENT_HEADERS } from "./segments";
export type { SampleSegment, SampleFigure } from "./segments";
export { SAMPLE_NOTICE } from "./notice";
export {
  sampleSegmentPrices,
  buildSegmentPrices,
  segmentPriceTable,
  SEGMENT_PRICE_HEADER,
  SEGMENT_PRICES_TABLE,
  SEGMENT_SEED,
  SAMPLE_REBOUND,
  ALL_A_HEADER,
} from "./segmentPrices";
export type { SampleSegmentPrices, SegmentPriceColumn } from "./segmentPrices";
export { weekdays, excelSerial } from "./dates";
export { mulberry32, normals } from "./random";

/** Header texts of the prices table, in column order (date, sector, benchmark, sector turnover, market turnover). */
export const PRICE_HEADERS = ["Date", "Sector", "Benchmark", "Sector turnover", "Market turnover"] as const;
