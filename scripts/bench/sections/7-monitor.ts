/**
 * The tier monitor (issue 11): the whole board computed from a price table of
 * 60 segment columns × 2,500 rows (ten years of trading days) and its
 * benchmark: readMonitor (every column read through readPricePair, crowding
 * score, return since the rebound, rotation) plus buildBoard over a
 * 60-row segments table. Beside it, the time to read the same table through
 * the in-memory workbook adapter (what the pane does before computing), and
 * the sample's own board (28 segments × 1,565 rows). The target is < 100 ms
 * for the board; above 50 ms it would move off the main thread.
 */
import { priceGrid, Row, time } from "../harness";
import { DEFAULT_RULE } from "../../../src/core/board/board";
import { monitorBoard, readMonitor } from "../../../src/core/board/monitor";
import { buildTaxonomy, SEGMENTS, type Taxonomy } from "../../../src/core/tiers";
import type { TableData } from "../../../src/core/table";
import { createMemoryWorkbook } from "../../../src/workbook/memory";
import { createSampleWorkbook } from "../../../src/workbook/memory";

export const title = "Tier monitor: the board from a price table (60 segments × 2,500 rows) and the read through the in-memory adapter";

/** 60 segment columns: the 28 built-in segments (vendor-style headers) and 32 added by a taxonomy table. */
function setup(k: number, n: number): { prices: TableData; segments: TableData; taxonomy?: Taxonomy } {
  const extra = Array.from({ length: Math.max(0, k - SEGMENTS.length) }, (_, i) => `Bench segment ${i + 1}`);
  const taxonomy = extra.length ? (buildTaxonomy(extra.map((name, i) => [name, (i % 3) + 1])) as Taxonomy) : undefined;
  const names = [...SEGMENTS.map((s, i) => (i % 2 ? `${s.nameZh}指数` : s.name)), ...extra].slice(0, k);
  const grid = priceGrid(n, 11, k + 1);
  const prices: TableData = {
    name: "SegmentPrices",
    headers: ["Date", ...names, "Wind All A"],
    rows: grid.map((r, t) => [40000 + t, ...r]),
  };
  const segments: TableData = {
    name: "Segments",
    headers: ["Segment", "2026E profit growth", "Net upward revision"],
    rows: names.map((name, i) => [name, 0.1 + (i % 7) * 0.1, (i % 5) * 0.03]),
  };
  return { prices, segments, taxonomy };
}

export async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  const { prices, segments, taxonomy } = setup(60, 2500);
  const opts = { rule: DEFAULT_RULE, taxonomy };
  const board = monitorBoard(prices, segments, opts);
  const cards = board.board.lanes.reduce((s, l) => s + l.cards.length, 0);

  const wb = createMemoryWorkbook({ tables: [{ ...prices, sheet: "SegmentPrices" }] });
  // The port is async; time many awaited reads and take the best.
  let readMs = Infinity;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await wb.readTable("SegmentPrices");
    readMs = Math.min(readMs, performance.now() - t0);
  }
  const small = setup(6, 2500);
  const smallMs = time(() => monitorBoard(small.prices, small.segments, { rule: DEFAULT_RULE, taxonomy: small.taxonomy }), 9);

  rows.push({ case: "read the price table (memory adapter)", size: "60 × 2,500", ms: readMs, note: "readTable: a copy of the rows" });
  rows.push({ case: "readMonitor (per-segment figures)", size: "60 × 2,500", ms: time(() => readMonitor(prices, opts), 9) });
  rows.push({
    case: "monitorBoard (whole board)",
    size: "60 × 2,500",
    ms: time(() => monitorBoard(prices, segments, opts), 9),
    baseline: "same, 6 segments",
    baselineMs: smallMs,
    note: `${cards} cards; target < 100 ms`,
  });
  const sample = await createSampleWorkbook().readTable("SegmentPrices");
  const sampleSegs = await createSampleWorkbook().readTable("Segments");
  rows.push({ case: "monitorBoard, the sample", size: `28 × ${sample.rows.length}`, ms: time(() => monitorBoard(sample, sampleSegs, { rule: DEFAULT_RULE }), 9) });
  return rows;
}
