import { DEFAULT_RULE, monitorBoard } from "../../src/core/board";
import type { Card } from "../../src/core/board";
import { sampleSegments, segmentPriceTable } from "../../src/sample";
import { loadFunctionsBundle } from "../support/bundle";

// The tier monitor's board on the sample prices against the BUILT functions
// (dist/functions.js in a plain JavaScript context, run `npm run build`
// first): for every sample segment the card's crowding, 40-day excess and
// rotation quadrant equal what =BATON.CROWDING_SCORE, =BATON.ROLLING_EXCESS
// and =BATON.ROTATION answer on the same columns, and the excess since the
// rebound what ROLLING_EXCESS answers with a window reaching back to it.

describe("the sample's monitor board equals the built BATON functions on the same columns", () => {
  const bundle = loadFunctionsBundle();
  const crowding = bundle.fn("CROWDING_SCORE") as (...a: unknown[]) => unknown[][];
  const excess = bundle.fn("ROLLING_EXCESS") as (...a: unknown[]) => unknown[][];
  const rotation = bundle.fn("ROTATION") as (...a: unknown[]) => unknown[][];
  const t = segmentPriceTable();
  const prices = { name: "SegmentPrices", ...t };
  const segments = {
    name: "Segments",
    headers: ["Segment", "2026E profit growth", "Net upward revision"],
    rows: sampleSegments.map((s) => [s.segment, s.growth, s.revision]),
  };
  const { board, monitor } = monitorBoard(prices, segments, { rule: DEFAULT_RULE });
  const cards: Card[] = board.lanes.flatMap((l) => l.cards);
  const col = (j: number): number[][] => t.rows.map((r) => [r[j]]);
  const bench = col(t.headers.length - 1);
  const T = t.rows.length - 1;
  const r = monitor.rebound?.row ?? -1;

  test.each(t.headers.slice(1, -1).filter((h) => h !== "量子计算"))("%s", (header) => {
    const j = t.headers.indexOf(header);
    const card = cards.find((c) => c.prices?.header === header) as Card;
    expect(card.metrics.crowding).toBe(crowding(col(j), bench)[0][0]);
    const ex = excess(col(j), bench, 40);
    expect(card.prices?.excess).toBe(ex[T][0]);
    const rot = rotation(col(j), bench);
    expect([card.prices?.ratio, card.prices?.momentum, card.prices?.quadrant]).toEqual([rot[0][0], rot[1][0], rot[2][0]]);
    const since = excess(col(j), bench, T - r);
    expect(card.prices?.excessSinceRebound).toBeCloseTo(since[T][0] as number, 14);
  });
});
