/**
 * The sample segments table: every segment of the built-in taxonomy with the
 * figures the pane's board and the diffusion-tiers template show.
 *
 * Where the figures come from:
 * - from the report (tier 1, "net upward revisions to 2026 profit
 *   projections"): fiber optic cables have the largest revision and 2026E
 *   growth above 130% (written 1.35); optical modules a revision of about 21%
 *   and growth above 120% (1.25); switches, high-speed copper cables and PCB
 *   revisions of 10–16% and growth of 60–90% (values picked inside those
 *   bands); fiber optic cables, liquid cooling, power equipment and switches
 *   lagged since the April 8 rebound (their returns are the four lowest of tier 1).
 * - ILLUSTRATIVE (invented for the sample, not from the report): every
 *   figure of tier 2 and tier 3, liquid cooling's and power equipment's growth
 *   and revision, every "return since rebound" value and every crowding score.
 *   The `illustrative` field lists which figures of a row are invented.
 *
 * Tier 1 has seven segments, so its median is the 4th value: with the four
 * laggards the four lowest returns, three of them (power equipment, fiber
 * optic cables, switches) are strictly below the median and liquid cooling
 * sits on it. Under the catch-up rule (growth ≥ median, revision ≥ median,
 * return < median) fiber optic cables and switches get the Catch-up badge;
 * optical modules and high-speed copper cables (crowding ≥ 80) get Crowded.
 *
 * Some names are typed in Chinese, the way analysts keep their sheets, and one
 * row ("量子计算", quantum computing) is a segment no taxonomy knows, to show
 * the board's "unknown" list.
 */

/** Header texts of the segments table, in column order. */
export const SEGMENT_HEADERS = [
  "Segment",
  "2026E profit growth",
  "Net upward revision",
  "Return since rebound",
  "Crowding score",
] as const;

/** Which figures of a row are invented for the sample. */
export type SampleFigure = "growth" | "revision" | "sinceRebound" | "crowding";

/** One row of the sample segments table. Decimals: 1.35 is 135%; crowding 0–100. */
export interface SampleSegment {
  /** The name as an analyst typed it (English or Chinese). */
  readonly segment: string;
  /** 2026E net profit growth, decimal. */
  readonly growth: number;
  /** Net upward revision of 2026 profit forecasts since the start of the year, decimal. */
  readonly revision: number;
  /** Return since the April 8, 2026 rebound, decimal. */
  readonly sinceRebound: number;
  /** Crowding score, 0–100. */
  readonly crowding: number;
  /** The figures of this row that are illustrative (not from the report). */
  readonly illustrative: readonly SampleFigure[];
}

const ALL: readonly SampleFigure[] = ["growth", "revision", "sinceRebound", "crowding"];
const MARKET: readonly SampleFigure[] = ["sinceRebound", "crowding"];

function row(
  segment: string,
  growth: number,
  revision: number,
  sinceRebound: number,
  crowding: number,
  illustrative: readonly SampleFigure[],
): SampleSegment {
  return { segment, growth, revision, sinceRebound, crowding, illustrative };
}

/** The sample segments, in the taxonomy's order, plus one unknown name at the end. */
export const sampleSegments: readonly SampleSegment[] = [
  // Tier 1: North American compute chain. Growth/revision from the report (see above).
  row("Fiber optic cables", 1.35, 0.28, 0.045, 36, MARKET),
  row("Optical modules", 1.25, 0.21, 0.31, 88, MARKET),
  row("Switches", 0.85, 0.15, 0.06, 47, MARKET),
  row("High-speed copper cables", 0.75, 0.12, 0.24, 82, MARKET),
  row("PCB", 0.7, 0.13, 0.19, 71, MARKET),
  row("液冷", 0.55, 0.08, 0.08, 44, ALL), // liquid cooling
  row("Power equipment", 0.45, 0.06, 0.035, 39, ALL),
  // Tier 2: domestic compute & AIDC. All figures illustrative.
  row("Domestic CPUs", 0.62, 0.09, 0.12, 58, ALL),
  row("国产GPU", 0.8, 0.11, 0.1, 66, ALL), // domestic GPUs
  row("存储芯片", 0.95, 0.14, 0.16, 72, ALL), // memory chips
  row("Semiconductor materials", 0.32, 0.03, 0.07, 41, ALL),
  row("Semiconductor equipment", 0.38, 0.05, 0.09, 52, ALL),
  row("Wafer fabs", 0.28, 0.02, 0.06, 45, ALL),
  row("Packaging and testing", 0.35, 0.04, 0.08, 43, ALL),
  row("EDA tools", 0.22, 0.01, 0.05, 38, ALL),
  row("Power grid", 0.18, 0.02, 0.04, 35, ALL),
  row("算力租赁", 0.6, 0.07, 0.13, 61, ALL), // computing power leasing
  row("Data centers", 0.3, 0.04, 0.07, 48, ALL),
  // Tier 3: mid- and downstream applications. All figures illustrative.
  row("Consumer electronics", 0.25, 0.03, 0.05, 40, ALL),
  row("人形机器人", 0.4, 0.02, 0.08, 63, ALL), // humanoid robots
  row("Satellite communications", 0.3, 0.01, 0.06, 55, ALL),
  row("IT services", 0.15, 0.01, 0.03, 30, ALL),
  row("Cloud vendors", 0.2, 0.02, 0.04, 34, ALL),
  row("Computers", 0.12, -0.02, 0.01, 22, ALL),
  row("Media", 0.1, -0.03, 0.0, 18, ALL),
  row("Games", 0.16, -0.01, 0.02, 24, ALL),
  row("Film and animation", 0.08, -0.04, -0.01, 15, ALL),
  row("Digital media", 0.11, -0.02, 0.0, 20, ALL),
  // Not in any taxonomy: shows the board's "unknown" list.
  row("量子计算", 0.5, 0.05, 0.11, 57, ALL), // quantum computing
];

/** The sample segments as a table: header row texts and one array of cells per segment. */
export const sampleSegmentTable: {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly [string, number, number, number, number])[];
} = {
  headers: SEGMENT_HEADERS,
  rows: sampleSegments.map((s) => [s.segment, s.growth, s.revision, s.sinceRebound, s.crowding] as const),
};
