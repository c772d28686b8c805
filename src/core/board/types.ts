/**
 * The board model: what the task pane's tier view shows, as plain data the
 * core computes from a table of segments. React only renders it.
 */
import type { TierNumber } from "../tiers";
import type { Text } from "../errors";
import type { Zone } from "../zones";

/** The metric columns a segments table may have (all optional but the segment name). */
export type MetricKey = "crowding" | "growth" | "revision" | "sinceRebound";

export type Badge = "catch-up" | "crowded";

/** The catch-up rule, kept in the workbook settings. Thresholds compare with the tier's medians. */
export interface CatchUpRule {
  /** Growth must be ≥ the tier's median growth. */
  readonly growthAtLeastMedian: boolean;
  /** Revision must be ≥ the tier's median revision. */
  readonly revisionAtLeastMedian: boolean;
  /** Return since the rebound must be < the tier's median return. */
  readonly returnBelowMedian: boolean;
  /** A crowding score at or above this gets the "Crowded" badge (default 80). */
  readonly crowdedFrom: number;
}

/** Where a card's figure came from: computed from the price table, or typed in the segments table. */
export type FigureSource = "prices" | "typed";

/** What the tier monitor computed for a segment from its price column (issue 11); null where undefined. */
export interface CardPrices {
  /** The price table's header of the segment's column. */
  readonly header: string;
  /** Rows of the rolling excess. */
  readonly window: number;
  /** Today's `window`-day simple excess over the benchmark, a decimal. */
  readonly excess: number | null;
  /** Return since the rebound minus the benchmark's, a decimal. */
  readonly excessSinceRebound: number | null;
  /** Rotation Ratio and Momentum today (100 = the benchmark's pace). */
  readonly ratio: number | null;
  readonly momentum: number | null;
  /** Rotation quadrant today: Leading, Weakening, Lagging or Improving. */
  readonly quadrant: string | null;
  /** Why the crowding score is undefined (too little history), when it is. */
  readonly reason?: string;
  /** Why nothing could be computed: "prices unreadable: row 17 is text "n/a"…" (English and Chinese); only this card is affected. */
  readonly error?: Text;
}

export interface Card {
  /** The name as written in the analyst's table. */
  readonly name: string;
  /** The taxonomy's names for it (English, Chinese) and its group. */
  readonly canonical: string;
  readonly canonicalZh?: string;
  readonly group: string;
  readonly groupZh?: string;
  readonly tier: TierNumber;
  /** Metric values as decimals (growth 1.3 = 130%) or scores (crowding 0–100); absent when the table lacks the column or the cell. */
  readonly metrics: Partial<Record<MetricKey, number>>;
  readonly zone?: Zone;
  readonly badges: readonly Badge[];
  /** The row in the table (0-based data row), to point the analyst back at it; -1 for a card only the price table has. */
  readonly row: number;
  /** Which metrics came from prices and which were typed (present when the board was computed from a price table). */
  readonly sources?: Partial<Record<MetricKey, FigureSource>>;
  /** The monitor's figures from the segment's price column, when the price table has one. */
  readonly prices?: CardPrices;
}

export interface Lane {
  readonly tier: TierNumber;
  readonly key: string;
  readonly label: string;
  readonly labelZh: string;
  readonly cards: readonly Card[];
  /** The tier's medians over the cards that have the metric. */
  readonly medians: Partial<Record<MetricKey, number>>;
}

export interface Board {
  /** Always three lanes, in path order tier 1 → 2 → 3. */
  readonly lanes: readonly Lane[];
  /** Segments no taxonomy knows, with their table rows. */
  readonly unknown: readonly { readonly name: string; readonly row: number }[];
  /** Which metric columns the table has, and which header each came from. */
  readonly columns: Partial<Record<MetricKey | "segment", string>>;
  /** Cells that could not be read as numbers (text in a metric column), named for a notice in either language. */
  readonly problems: readonly Text[];
  /** Metric columns the catch-up rule needs but the table lacks (then no card can get the badge); absent or empty when none. */
  readonly ruleMissing?: readonly MetricKey[];
}
